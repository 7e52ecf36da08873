/**
 * Answers shaped by what the bot knows about the child (issue #17), against the pure core: a
 * conversation whose state already holds `child` (the memory that fills it is conv17's), on a
 * fixed day. Said back when used; a baby within the newborn window is told to enrol first, with
 * the date; a late or older child never gets newborn-only advice; a city's rule comes first, and
 * a city the knowledge base lacks is named with where to ask. Also "More details" and "why?".
 */
import { describe, expect, it } from '@jest/globals';
import type { Activity } from 'botbuilder';
import { capabilitiesFor } from '../../src/channels/capabilities.js';
import { renderReply } from '../../src/channels/render.js';
import type { ChildProfile } from '../../src/core/child.js';
import { newConversationData, type ConversationData } from '../../src/core/conversation.js';
import { decide } from '../../src/core/decide.js';
import { understandMessage } from '../../src/core/read.js';
import type { ReplyMeta } from '../../src/core/reply.js';
import { content } from '../support/content.js';
import { runTable } from '../support/stepTable.js';

const TODAY = '2026-12-02';

/** A conversation with the pure core whose state starts with this child, on TODAY. */
async function withChild(child?: ChildProfile, channelId = 'test') {
    const { answers, catalog, understander, flows } = await content();
    const caps = capabilitiesFor(channelId);
    let state: ConversationData = { ...newConversationData(), ...(child ? { child } : {}) };
    let queue: Partial<Activity>[] = [];
    const metas: ReplyMeta[] = [];
    return {
        async send(text: string) {
            const { understanding, lang } = understandMessage(text, state, {
                numberedOptions: !caps.suggestedActions,
                defaultLang: 'en',
                understander,
            });
            const d = decide(
                state,
                { understanding, lang, canHandOff: false, today: TODAY },
                { answers, catalog, flows },
            );
            state = d.state;
            metas.push(...d.replies.map((r) => r.meta ?? { kind: 'error' as const }));
            queue = d.replies.map((r) => renderReply(r, caps, catalog.t(lang, 'list.chooseByNumber')));
            return queue.shift();
        },
        next: () => queue.shift(),
        get state() {
            return state;
        },
        metas,
    };
}

const haikou = { id: 'haikou', name: { en: 'Haikou', zh: '海口' } };
const guiyang = { id: 'guiyang', name: { en: 'Guiyang', zh: '贵阳' } };
const lhasa = { id: 'lasa', name: { en: 'Lhasa', zh: '拉萨' } };
const wuhan = { id: 'wuhan', name: { en: 'Wuhan', zh: '武汉' } };

describe('answers for this child (AnswerContext)', () => {
    it('a 2-month-old: said back, and "enrol in medical insurance first" with the day the 90 days end, in principle', async () => {
        const c = await withChild({ ageDays: 60, ageOn: TODAY });
        await runTable(c.send, c.next, [
            {
                user: 'what do I need to bring',
                replies: [
                    {
                        has: [
                            'For a 2-month-old: One guardian brings:',
                            'Enrol your baby in medical insurance first, in principle within 90 days of birth (by about 1 January 2027). Your city may allow longer.',
                            'your own ID card',
                        ],
                    },
                ],
            },
            {
                user: 'can a newborn baby get a social security card',
                replies: [
                    { has: ['For a 2-month-old: Yes, where local rules provide for it', 'about 1 January 2027'] },
                ],
            },
        ]);
    });

    it("a list's lead-in stays next to its list: what the age adds follows the list", async () => {
        for (const [said, lead, item, added] of [
            ['what do I need to bring', 'One guardian brings:', 'your own ID card', 'Enrol your baby'],
            ['要带什么材料', '由一位监护人携带：', '监护人本人身份证原件', '请先为宝宝参加医保'],
        ] as const) {
            const c = await withChild({ ageDays: 60, ageOn: TODAY });
            const text = (await c.send(said))?.text ?? '';
            const at = [lead, item, added].map((s) => text.indexOf(s));
            expect(at.every((i) => i >= 0)).toBe(true);
            expect(at).toEqual([...at].sort((a, b) => a - b));
            // Nothing but the list between the lead-in and its first item.
            expect(text.slice(at[0]! + lead.length, at[1]).trim()).toMatch(/^[-•*]$/);
        }
    });

    it('a birth date gives the exact day; the age counts on from the day it was told (Chinese)', async () => {
        const c = await withChild({ birthDate: '2026-11-01' });
        await runTable(c.send, c.next, [
            {
                user: '要带什么材料',
                replies: [
                    {
                        has: [
                            '孩子出生31天，由一位监护人携带：',
                            '请先为宝宝参加医保，原则上在出生后90天内（2027年1月30日前）办理。',
                        ],
                    },
                ],
            },
        ]);
        const later = await withChild({ ageDays: 40, ageOn: '2026-11-22' });
        await runTable(later.send, later.next, [
            {
                user: '新生儿怎么参保',
                replies: [
                    {
                        has: ['孩子出生50天，原则上在宝宝出生后90天内参保', '您的宝宝约2027年1月11日前。'],
                        not: ['请先为宝宝参加医保'],
                    },
                ],
            },
        ]);
    });

    it('a 5-month-old asking about newborn insurance: past the 90 days, no back-dated cover', async () => {
        const c = await withChild({ ageDays: 150, ageOn: TODAY });
        await runTable(c.send, c.next, [
            {
                user: 'how do I enrol my newborn in medical insurance',
                replies: [
                    {
                        has: [
                            'For a 5-month-old: In principle, enrol your baby within 90 days',
                            'Past the 90 days, enrolment follows local rules',
                            'not back-dated',
                        ],
                        not: ['Enrol your baby in medical insurance first'],
                    },
                ],
            },
        ]);
    });

    it('a 10-year-old never gets newborn-only advice', async () => {
        const c = await withChild({ ageDays: 3652, ageOn: TODAY });
        await runTable(c.send, c.next, [
            {
                user: 'how do I enrol my newborn in medical insurance',
                replies: [
                    {
                        has: ['For a 10-year-old: The newborn rules do not apply at this age', '12393'],
                        not: ['90 days', 'e-voucher in your family account'],
                    },
                ],
            },
            {
                user: 'what do I need to bring',
                // The age shaped this answer (a newborn-only detail is left out of "More details"), so it is said back.
                replies: [{ has: ['For a 10-year-old: One guardian brings:'], not: ['Enrol your baby'] }],
            },
            {
                user: 'more details',
                replies: [{ has: ['Haikou'], not: ['newborn one-stop service takes', 'Enrol your baby'] }],
            },
            {
                user: 'how do I activate the medical insurance e-voucher',
                replies: [
                    { has: ['Activating the medical insurance e-voucher'], not: ['a newborn without an ID number'] },
                ],
            },
        ]);
    });

    it('a city the knowledge base has: its rule first, labelled as that city’s', async () => {
        const c = await withChild({ city: haikou });
        const first = await c.send('what do I need to bring');
        const bullets = first!.text!.split('\n').filter((l) => l.startsWith('- '));
        expect(bullets[0]).toMatch(/^- Haikou: a copy of each ID as well/);
        expect(first!.text).not.toContain('I have no rule for');
        const zh = await withChild({ city: haikou });
        const photo = await zh.send('孩子办卡要照片吗');
        expect(photo!.text!.split('\n').filter((l) => l.startsWith('- '))[0]).toMatch(/^- 海口：未满7周岁可不提供照片/);
        const voucher = await withChild({ city: wuhan });
        await runTable(voucher.send, voucher.next, [
            {
                user: 'how do I activate the medical insurance e-voucher',
                replies: [{ has: ['- Wuhan: a child can be bound by both parents'] }],
            },
        ]);
    });

    it('the age said back takes the article its number is said with: an 8-month-old, a 9-month-old, an 11-month-old', async () => {
        for (const [ageDays, said] of [
            [245, 'For an 8-month-old:'],
            [275, 'For a 9-month-old:'],
            [335, 'For an 11-month-old:'],
        ] as const) {
            const c = await withChild({ ageDays, ageOn: TODAY });
            await runTable(c.send, c.next, [
                { user: 'how do I enrol my newborn in medical insurance', replies: [{ has: [said] }] },
            ]);
        }
    });

    it('a city it lacks: the general answer, plus "I have no rule for X; X’s bureau or 12333 can tell you"', async () => {
        const c = await withChild({ city: guiyang });
        await runTable(c.send, c.next, [
            {
                user: 'what do I need to bring',
                replies: [
                    {
                        has: [
                            'One guardian brings:',
                            "I have no rule for Guiyang on this; Guiyang's HRSS bureau or 12333 can tell you.",
                        ],
                        // The topic's own "ask your HRSS bureau or 12333" would say the same twice.
                        not: ["The exact list is your city's"],
                    },
                ],
            },
            {
                user: 'who can do it for my son',
                replies: [{ has: ['Guiyang: another person brings'], not: ['I have no rule for Guiyang'] }],
            },
        ]);
        const far = await withChild({ city: lhasa });
        await runTable(far.send, far.next, [
            {
                user: '新生儿怎么参保',
                replies: [
                    {
                        has: [
                            '原则上在宝宝出生后90天内',
                            '我没有拉萨这方面的规定，可咨询拉萨医保经办机构或拨打12393。',
                        ],
                    },
                ],
            },
        ]);
    });

    it('"More details" continues where the first reply stopped, once; state remembers what is pending', async () => {
        const c = await withChild();
        await runTable(c.send, c.next, [
            { user: 'more details', replies: [{ has: ["There's nothing more to show yet"] }] },
            {
                user: 'who can act for my child',
                replies: [
                    {
                        has: ['A parent or other legal guardian'],
                        actions: ['More details', 'What to bring', 'Where to apply', 'Talk to a person'],
                    },
                ],
            },
            {
                user: 'More details',
                replies: [
                    {
                        has: [
                            'Who can do it for a child: more details',
                            'Guiyang: another person brings',
                            'Henan: the father, the mother or another agent',
                        ],
                        not: ['A parent or other legal guardian'],
                    },
                ],
            },
            { user: 'more details', replies: [{ has: ["That's all I have on this"] }] },
            {
                user: '要带什么材料',
                replies: [
                    {
                        has: ['由一位监护人携带'],
                        actions: ['详细说明', '谁可以为孩子代办', '办理地点', '怎么激活', '转人工'],
                    },
                ],
            },
            { user: '详细说明', replies: [{ has: ['办理材料：详细说明', '海口：各证件另需复印件一份'] }] },
        ]);
        expect(c.metas.map((m) => m.kind)).toEqual(['details', 'answer', 'details', 'details', 'answer', 'details']);
        expect(c.state.lastAnswer).toEqual({ topic: 'documents', more: false });
    });

    it('"More details" is a numbered option on a plain channel', async () => {
        const c = await withChild(undefined, 'sms');
        await runTable(c.send, c.next, [
            { user: 'what do I need to bring', replies: [{ has: ['1. More details\n2. Who can do it for a child'] }] },
            { user: '1', replies: [{ has: ['What to bring: more details', 'Haikou'] }] },
        ]);
    });

    it('"why?" after an answer gives its reason and source; with nothing to explain, the legal basis', async () => {
        const c = await withChild();
        await runTable(c.send, c.next, [
            { user: 'why?', replies: [{ has: ['Legal basis', 'Article 16'] }] },
            { user: 'what do I need to bring', replies: [{ has: ['One guardian brings:'] }] },
            {
                user: 'why?',
                replies: [
                    {
                        has: [
                            'Why: A guardian acts for a child under 16',
                            'Sources:',
                            'Guangzhou HRSS Bureau, 2024',
                            'Legal basis: Article 16',
                        ],
                    },
                ],
            },
            {
                user: 'how do I activate the e-voucher',
                replies: [{ has: ['Activating the medical insurance e-voucher'] }],
            },
            {
                user: '为什么',
                replies: [{ has: ['原因：医保电子凭证是参保人的医保凭证', '来源：'], not: ['法律依据'] }],
            },
        ]);
        expect(c.metas.filter((m) => m.kind === 'why')).toEqual([
            { kind: 'why', topic: 'legal-basis' },
            { kind: 'why', topic: 'documents' },
            { kind: 'why', topic: 'activation', card: 'e-voucher' },
        ]);
    });

    it('every reply the answer builders make says what it is (ReplyMeta)', async () => {
        const c = await withChild({ city: haikou });
        for (const text of [
            'hello',
            'what to bring',
            'more details',
            'why?',
            'how do I activate',
            'the physical card',
            'sources',
            'walk me through',
            'next',
            'tell me a joke',
        ])
            await c.send(text);
        expect(c.metas.every((m) => typeof m.kind === 'string')).toBe(true);
        expect(c.metas).toContainEqual({ kind: 'answer', topic: 'activation', card: 'physical', more: true });
        expect(c.metas).toContainEqual({ kind: 'step', step: 1 });
        expect(c.metas).toContainEqual({ kind: 'clarify', topic: 'activation' });
        expect(c.metas).toContainEqual({ kind: 'sources' });
    });
});
