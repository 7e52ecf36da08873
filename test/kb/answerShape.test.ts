/**
 * Issue #17's answer shape, over every topic and card in both languages: the first reply fits one
 * phone screen (about 600 visible characters in English, 300 in Chinese, buttons excluded), says
 * where it comes from once, at the end, and opens with the answer. As content grows, this keeps
 * answers short: what does not fit goes behind "More details".
 */
import { describe, expect, it } from '@jest/globals';
import { visibleText, type Reply } from '../../src/core/reply.js';
import type { ChildProfile } from '../../src/core/child.js';
import type { CardKindId } from '../../src/core/conversation.js';
import { CARD_KINDS, LANGS, type Lang } from '../../src/kb/schema.js';
import { content } from '../support/content.js';

const LIMIT: Record<Lang, number> = { en: 600, zh: 300 };

async function firstReplies(): Promise<{ name: string; lang: Lang; reply: Reply }[]> {
    const { kb, answers } = await content();
    return LANGS.flatMap((lang) => [
        ...kb.topics.map((t) => ({ name: `topic ${t.id}`, lang, reply: answers.topicReply(lang, t.id) })),
        ...CARD_KINDS.map((k) => ({ name: `card ${k}`, lang, reply: answers.cardReply(lang, k) })),
    ]);
}

describe('answer shape (issue #17)', () => {
    it('every first reply fits one phone screen: at most 600 visible characters in English, 300 in Chinese', async () => {
        const over = (await firstReplies())
            .map(({ name, lang, reply }) => ({ name, lang, length: [...visibleText(reply)].length }))
            .filter((r) => r.length > LIMIT[r.lang]);
        expect(over).toEqual([]);
    });

    it('a narrower first sentence (a lead of a topic or a card, asked with its first words) still fits about one screen', async () => {
        const { kb, answers } = await content();
        const over: { name: string; lang: Lang; length: number }[] = [];
        for (const lang of LANGS) {
            const check = (name: string, reply: Reply) => {
                const length = [...visibleText(reply)].length;
                if (length > { en: 650, zh: 330 }[lang]) over.push({ name, lang, length });
            };
            const ctx = (asked: string) => ({ child: {}, today: '2026-12-02', asked });
            for (const t of kb.topics)
                for (const l of t.leads ?? [])
                    check(`topic ${t.id}: ${l.when[lang][0]}`, answers.topicReply(lang, t.id, ctx(l.when[lang][0]!)));
            for (const k of kb.cardKinds)
                for (const l of k.leads ?? [])
                    check(
                        `card ${k.id}: ${l.when[lang][0]}`,
                        answers.cardReply(lang, k.id as CardKindId, ctx(l.when[lang][0]!)),
                    );
        }
        expect(over).toEqual([]);
    });

    it('says its provenance once, at the end: at most one sources line, then at most one legal-basis sentence', async () => {
        for (const { name, lang, reply } of await firstReplies()) {
            const lines = reply.sources ?? [];
            const provenance = lines.filter((l) =>
                /^(Sources:|来源：|Text of the Measures|《管理办法》条文来源)/.test(l.text),
            );
            const legal = lines.filter((l) => /^(Legal basis:|法律依据：)/.test(l.text));
            expect({
                name,
                lang,
                provenance: provenance.length <= 1,
                said: provenance.length + legal.length >= 1,
            }).toEqual({ name, lang, provenance: true, said: true });
            expect({
                name,
                lang,
                other: lines.length - provenance.length - legal.length,
                legal: legal.length <= 1,
            }).toEqual({ name, lang, other: 0, legal: true });
            expect({ name, lang, first: lines[0] === (provenance[0] ?? legal[0]) }).toEqual({
                name,
                lang,
                first: true,
            });
        }
    });

    it('shows no internal file names or ids, and no per-bullet source tags', async () => {
        const { kb } = await content();
        const ids = kb.sources.map((s) => s.id);
        for (const { name, reply } of await firstReplies()) {
            const text = visibleText(reply);
            expect({
                name,
                internal: ids.filter((id) => text.includes(id)),
                files: /\.md\b|\bS\d{1,2}\b|\bF\d{1,2}\b/.test(text),
            }).toEqual({ name, internal: [], files: false });
            expect({ name, tags: /\(secondary source\)|（转载资料）/.test(text) }).toEqual({ name, tags: false });
        }
    });

    it('English sentences stay under 25 words (names of documents aside)', async () => {
        const { kb } = await content();
        const long: string[] = [];
        for (const { reply } of (await firstReplies()).filter((r) => r.lang === 'en')) {
            const parts = [
                ...reply.lines,
                ...(reply.items ?? []),
                ...(reply.groups ?? []).flatMap((g) => g.items),
                ...(reply.after ?? []),
            ];
            for (const part of parts) {
                const text = part.replace(kb.instrument.title.en, 'the Measures').replace(/\([^)]*\)/g, '');
                for (const sentence of text.split(/(?<=[.!?])\s+/))
                    if (sentence.split(/\s+/).filter(Boolean).length >= 25) long.push(sentence);
            }
        }
        expect(long).toEqual([]);
    });

    it('opens with the answer to the question asked: yes/no first, the place first, the list first', async () => {
        const { answers } = await content();
        const opening = (lang: Lang, id: string) => answers.topicReply(lang, id).lines[0]!;
        expect(opening('en', 'child-eligibility')).toMatch(/^Yes, /);
        expect(opening('zh', 'child-eligibility')).toMatch(/^可以/);
        expect(opening('en', 'who-can-act')).toMatch(/^A parent or other legal guardian/);
        expect(opening('en', 'apply-where')).toMatch(/^At an outlet of a bank/);
        expect(opening('zh', 'apply-where')).toMatch(/^到当地社保卡合作银行网点/);
        expect(opening('en', 'documents')).toBe('One guardian brings:');
        expect(answers.topicReply('en', 'documents').items![0]).toBe('your own ID card (original)');
        // "Can I do it on my phone?" lands on activation: the answer says what can and what cannot.
        expect(answers.activationIntro('en').lines[0]).toMatch(
            /set up on your phone.*can often be switched on online too; its bank function needs the service bank's counter/,
        );
    });

    it('puts the rest behind "More details", which continues where the first reply stopped', async () => {
        const { kb, answers } = await content();
        for (const lang of LANGS) {
            for (const t of kb.topics.filter((x) => x.more.length)) {
                const first = answers.topicReply(lang, t.id);
                expect({ id: t.id, button: first.actions?.[0]?.label }).toEqual({
                    id: t.id,
                    button: lang === 'en' ? 'More details' : '详细说明',
                });
                const more = answers.detailsReply(lang, { topic: t.id });
                const shown = visibleText(first);
                expect({ id: t.id, repeated: (more.items ?? []).filter((i) => shown.includes(i)) }).toEqual({
                    id: t.id,
                    repeated: [],
                });
                expect(more.meta).toEqual({ kind: 'details', topic: t.id });
            }
        }
    });

    // What the parent said about the child adds lines (said back, enrol first, the city's rule, "I have
    // no rule for X"): the first reply still fits, and what it leaves out is behind "More details".
    const TODAY = '2026-12-02';
    const city = (id: string, en: string, zh: string, province?: [string, string, string]) => ({
        id,
        name: { en, zh },
        ...(province ? { province: { id: province[0], name: { en: province[1], zh: province[2] } } } : {}),
    });
    const zhongshan = city('zhongshan', 'Zhongshan', '中山', ['guangdong', 'Guangdong', '广东']);
    const children: [string, ChildProfile][] = [
        ['a 21-day-old', { ageDays: 21, ageOn: TODAY }],
        ['a 2-month-old', { ageDays: 61, ageOn: TODAY }],
        ['an 8-year-old', { ageDays: 8 * 365, ageOn: TODAY }],
        ['a baby born on 2026-11-11', { birthDate: '2026-11-11' }],
        ['Zhongshan', { city: zhongshan }],
        ['Haikou', { city: city('haikou', 'Haikou', '海口', ['hainan', 'Hainan', '海南']) }],
        ['Guiyang', { city: city('guiyang', 'Guiyang', '贵阳', ['guizhou', 'Guizhou', '贵州']) }],
        ['Kunming (no rule)', { city: city('kunming', 'Kunming', '昆明', ['yunnan', 'Yunnan', '云南']) }],
        ['a 2-month-old in Zhongshan', { ageDays: 61, ageOn: TODAY, city: zhongshan }],
    ];

    // "About" one screen: the tolerance blind scenario writers use (650 / 330). Known to run longer, and
    // held to a cap here so they do not grow: the six-step overview for a baby (the dated "enrol first"
    // beside step 1; about 725 with Zhongshan's one-stop line) and the physical card with the city's own
    // rule (README, "Answer shape").
    const ABOUT: Record<Lang, number> = { en: 650, zh: 330 };
    const CAP: Record<Lang, number> = { en: 730, zh: 330 };
    const known = (name: string, label: string) =>
        (name === 'topic process' && /old|born/.test(label)) ||
        (name === 'card physical' && /Zhongshan|Haikou|Guiyang|Kunming/.test(label));

    it('past one screen, the legal basis is cited without what the article requires; within one, in full', async () => {
        const { answers } = await content();
        const long = { child: { ageDays: 61, ageOn: TODAY, city: zhongshan }, today: TODAY };
        const legal = (reply: ReturnType<typeof answers.topicReply>) =>
            reply.sources?.find((l) => /Article 16|第十六条/.test(l.text))?.text;
        for (const lang of LANGS) {
            expect(legal(answers.topicReply(lang, 'documents'))).toMatch(/requires|要求/);
            expect(legal(answers.topicReply(lang, 'documents', long))).toMatch(
                /^(Legal basis: Article 16 of the card Measures \(.*\)\.|法律依据：.*第十六条。)$/,
            );
        }
        // The overview for a baby in Zhongshan (the date beside step 1, the city's one-stop line) is past one screen.
        for (const lang of LANGS) {
            expect(legal(answers.topicReply(lang, 'process'))).toMatch(/requires|要求/);
            expect(legal(answers.topicReply(lang, 'process', long))).not.toMatch(/requires|要求/);
        }
    });

    it.each(children)('with %s, every first reply still fits about one phone screen', async (label, child) => {
        const { kb, answers } = await content();
        const ctx = { child, today: TODAY };
        const over = LANGS.flatMap((lang) =>
            [
                ...kb.topics.map((t) => ({ name: `topic ${t.id}`, reply: answers.topicReply(lang, t.id, ctx) })),
                ...CARD_KINDS.map((k) => ({ name: `card ${k}`, reply: answers.cardReply(lang, k, ctx) })),
            ]
                .map(({ name, reply }) => ({ name, lang, length: [...visibleText(reply)].length }))
                .filter((r) => r.length > (known(r.name, label) ? CAP : ABOUT)[lang]),
        );
        expect(over).toEqual([]);
    });

    it('what a first reply with the child leaves out, "More details" shows, and no required document is left out', async () => {
        const { kb, answers } = await content();
        const ctx = { child: { ageDays: 61, ageOn: TODAY, city: zhongshan }, today: TODAY };
        for (const lang of LANGS) {
            for (const t of kb.topics.filter(
                (x) => !['legal-basis', 'card-kinds', 'process', 'activation'].includes(x.id),
            )) {
                const first = answers.topicReply(lang, t.id, ctx);
                const shown = visibleText(first);
                const more = first.meta?.more ? visibleText(answers.detailsReply(lang, { topic: t.id }, ctx)) : '';
                const missing = [...t.facts, ...t.more]
                    // Newborn-only facts (under 90 days) are what the dated "enrol first" line says instead.
                    .filter((f) => !f.maxAgeDays || f.maxAgeDays >= 90)
                    .map((f) => f.text[lang])
                    .filter((text) => !shown.includes(text) && !more.includes(text));
                expect({ id: t.id, lang, missing }).toEqual({ id: t.id, lang, missing: [] });
                const caveat = t.caveat?.[lang];
                if (caveat)
                    expect({
                        id: t.id,
                        caveat: shown.includes(caveat) || more.includes(caveat) || /12333|12393/.test(shown),
                    }).toEqual({
                        id: t.id,
                        caveat: true,
                    });
            }
            const documents = visibleText(answers.topicReply(lang, 'documents', ctx));
            for (const f of kb.topics.find((x) => x.id === 'documents')!.facts)
                expect({ lang, shown: documents.includes(f.text[lang]) }).toEqual({ lang, shown: true });
        }
    });
});
