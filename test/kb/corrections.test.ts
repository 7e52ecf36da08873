/**
 * The corrections of issues #11 and #17, pinned: what the content says must be what its sources
 * support (shared/reference/activation.md), the way they support it. Each test would fail on the
 * content the bot had before.
 */
import { describe, expect, it } from '@jest/globals';
import { toPlainText, type Reply } from '../../src/core/reply.js';
import { contentReport } from '../../src/kb/report.js';
import { CARD_KINDS, LANGS, type Lang } from '../../src/kb/schema.js';
import { content } from '../support/content.js';

/** Every reply that states facts from the knowledge base, with a name for failure messages. */
async function factReplies(): Promise<{ name: string; lang: Lang; reply: Reply }[]> {
    const { kb, answers } = await content();
    return LANGS.flatMap((lang) => [
        ...kb.topics.map((t) => ({ name: `topic ${t.id}`, lang, reply: answers.topicReply(lang, t.id) })),
        ...kb.topics.map((t) => ({
            name: `more of ${t.id}`,
            lang,
            reply: answers.detailsReply(lang, { topic: t.id }),
        })),
        ...kb.steps.map((s) => ({ name: `step ${s.n}`, lang, reply: answers.stepReply(lang, s.n, []) })),
        ...kb.steps.map((s) => ({ name: `why of step ${s.n}`, lang, reply: answers.stepWhyReply(lang, s.n, []) })),
        ...CARD_KINDS.map((k) => ({ name: `card ${k}`, lang, reply: answers.cardReply(lang, k) })),
        ...CARD_KINDS.map((k) => ({
            name: `more of card ${k}`,
            lang,
            reply: answers.detailsReply(lang, { topic: 'activation', card: k }),
        })),
        { name: 'activation intro', lang, reply: answers.activationIntro(lang) },
    ]);
}

/** The first reply and its "More details", as one text. */
async function whole(lang: Lang, topic: string, card?: (typeof CARD_KINDS)[number]): Promise<string> {
    const { answers } = await content();
    const first = card ? answers.cardReply(lang, card) : answers.topicReply(lang, topic);
    return `${toPlainText(first)}\n${toPlainText(answers.detailsReply(lang, { topic, card }))}`;
}

describe('content corrections (issues #11 and #17)', () => {
    it('every reply that states a fact carries a source line', async () => {
        for (const { name, lang, reply } of await factReplies()) {
            if (reply.meta?.kind === 'details' && !reply.items?.length && !reply.lines.length) continue;
            const lead =
                lang === 'en'
                    ? /^(Sources:|Text of the Measures|Legal basis:)/
                    : /^(来源：|《管理办法》条文来源|法律依据：)/;
            const facts = (reply.items?.length ?? 0) + (reply.groups?.length ?? 0) + reply.lines.length;
            if (!facts || /That's all I have|能说的就这些/.test(reply.lines.join())) continue;
            expect({ name, lang, sourceLine: (reply.sources ?? []).some((l) => lead.test(l.text)) }).toEqual({
                name,
                lang,
                sourceLine: true,
            });
        }
    });

    it('no fact is tagged per bullet: what rests on secondary copies is said once, in the provenance line', async () => {
        for (const { name, reply } of await factReplies()) {
            const text = toPlainText(reply);
            expect({ name, tagged: /\(secondary source\)|（转载资料）/.test(text) }).toEqual({ name, tagged: false });
        }
        const { answers } = await content();
        // The documents answer rests on an official Guangzhou page and on copies of other cities' rules.
        const docs = answers
            .topicReply('en', 'documents')
            .sources!.map((l) => `${l.text} ${(l.cites ?? []).map((c) => c.label).join()} ${l.tail ?? ''}`);
        expect(docs[0]).toContain('Guangzhou HRSS Bureau, 2024');
        expect(docs[0]).toContain('Other points rest on unofficial copies');
        expect(contentReport((await content()).kb).secondaryOnly).toBeGreaterThan(0);
    });

    it('the physical card: at its service bank, the social security function also at HRSS or online; never a medical insurance window', async () => {
        const en = await whole('en', 'activation', 'physical');
        expect(en).toContain('service bank printed on the card');
        expect(en).toContain('HRSS window or online');
        expect(en.toLowerCase()).not.toContain('medical insurance window');
        // "In person (banking rules)" is true of the bank function only, and said as reported.
        expect(en).not.toContain('in person (banking rules)');
        expect(en).toContain('The bank function is said to need an in-person visit');
        expect(en).toContain("another person act with the guardian's authorisation");
        const zh = await whole('zh', 'activation', 'physical');
        expect(zh).toContain('服务银行柜台');
        expect(zh).not.toMatch(/医保窗口|医保中心/);
    });

    it('facts once secondary-only now cite the official pages found later (activation.md §6)', async () => {
        const { answers } = await content();
        expect(answers.cardReply('en', 'physical').sourceIds).toContain('suixi-2025');
        expect(answers.topicReply('en', 'documents').sourceIds).toContain('guangzhou-hrss-2024');
        expect(answers.topicReply('en', 'lost-card').sourceIds).toContain('suixi-2025');
    });

    it('no reply about the e-voucher (an NHSA credential) or the electronic card cites the Measures', async () => {
        const { answers } = await content();
        for (const lang of LANGS) {
            for (const card of ['e-voucher', 'electronic'] as const) {
                const text = await whole(lang, 'activation', card);
                expect({ card, text }).not.toEqual({
                    card,
                    text: expect.stringMatching(/Article 16|Measures|第十六条|管理办法/),
                });
                expect(answers.cardReply(lang, card).sourceIds).not.toContain('measures-16');
            }
        }
    });

    it('the documents answer starts with the list for one guardian, never the seed’s "parents’ ID cards"', async () => {
        const en = await whole('en', 'documents');
        expect(en).toMatch(/One guardian brings:\n\n• your own ID card \(original\)/);
        expect(en).toContain('proof you are the guardian');
        expect(en).not.toMatch(/the parents' ID cards/i);
        const zh = await whole('zh', 'documents');
        expect(zh).toContain('一位监护人');
        expect(zh).not.toContain('父母的身份证');
    });

    it('Article 16 is framed as an obligation to publish rules, in one sentence, never as a list of steps', async () => {
        for (const { name, reply } of await factReplies()) {
            for (const line of reply.sources ?? []) {
                if (!/Article 16 of|第十六条要求/.test(line.text)) continue;
                expect({
                    name,
                    framed: /requires local HRSS departments to publish|要求当地人社部门公布/.test(line.text),
                }).toEqual({ name, framed: true });
                expect({ name, sentences: line.text.split(/[.。](\s|$)/).filter((s) => s.trim()).length }).toEqual({
                    name,
                    sentences: 1,
                });
            }
        }
    });

    it('who can act: yes/no first, and the child comes along in Linxiang (its official notice), not "our sources don’t say"', async () => {
        const en = await whole('en', 'who-can-act');
        expect(en).toMatch(
            /^【Who can do it for a child】\n\nA parent or other legal guardian.*A grandparent or anyone else only where local rules allow it/s,
        );
        expect(en).toContain('Linxiang: the child comes along with the guardian');
        expect(en).not.toContain("don't say whether the child must come");
        expect(await whole('zh', 'who-can-act')).toContain('未成年人需监护人一起持相关证件');
    });

    it('newborn insurance: 90 days "in principle", never "the limit"; no back-dated cover; localities are encouraged to explore the birth certificate route', async () => {
        const en = await whole('en', 'newborn-insurance');
        expect(en).toMatch(/^【Medical insurance for a newborn】\n\nIn principle, enrol your baby within 90 days/);
        expect(en).toContain('医保办函〔2021〕11号');
        expect(en).toContain('Some cities allow longer');
        expect(en).not.toMatch(/\bthe limit\b/);
        expect(en).toContain(
            'encourages localities to try enrolment with just the birth medical certificate (鼓励地方探索)',
        );
        expect(en).toContain('医保基金不追溯支付');
        expect(en).not.toContain('Article 16');
        const { answers } = await content();
        expect(answers.topicReply('en', 'newborn-insurance').sourceIds).toContain('nhsa-2021-11');
        expect(toPlainText(answers.sourceDetails('en', ['nhsa-2021-11']))).toContain('official full text was not seen');
    });

    it('child eligibility keeps "in principle" and the premium', async () => {
        const en = await whole('en', 'child-eligibility');
        expect(en).toContain('in principle within 90 days of birth, premium paid');
        expect(await whole('zh', 'child-eligibility')).toContain('原则上在出生后90天内参保缴费');
    });

    it('12393 is said as reported (a secondary site), 12333 with its 2003 notice', async () => {
        const en = await whole('en', 'hotlines');
        expect(en).toContain(
            '12393 is reported as the medical insurance line set up by the National Healthcare Security Administration',
        );
        expect(en).not.toContain('12393 is run by');
        expect(await whole('zh', 'hotlines')).toContain('据报道，12393是国家医保局设立的');
    });

    it('collecting the card, step 3’s reason and the walkthrough say no more than their sources', async () => {
        const { answers } = await content();
        expect(toPlainText(answers.stepReply('en', 5, []))).toContain(
            "In the rules we have, the guardian collects a child's card",
        );
        expect(toPlainText(answers.stepWhyReply('en', 3, []))).toContain(
            'HRSS windows and online applications exist too',
        );
        expect(toPlainText(answers.stepWhyReply('en', 3, []))).not.toContain(
            'in the cities we have rules for the card is made',
        );
    });

    it('the e-voucher: Alipay "currently" (目前), the child insured without citing Wuhan for it, headings in sentence case', async () => {
        const { kb, answers } = await content();
        const zh = await whole('zh', 'activation', 'e-voucher');
        expect(zh).not.toContain('2024年起');
        expect(zh).toContain('目前支付宝也可以');
        const voucher = kb.cardKinds.find((k) => k.id === 'e-voucher')!;
        const insured = [voucher.summary, ...voucher.where, ...voucher.who, ...voucher.bring, ...voucher.extra].filter(
            (f) => /must be insured/.test(f.text.en),
        );
        for (const f of insured) expect(f.sources).not.toContain('wuhan-2023');
        for (const card of CARD_KINDS) expect(answers.cardReply('en', card).title).toMatch(/^Activating the [a-z]/);
        for (const { name, reply } of await factReplies()) {
            const first = reply.lines[0] ?? '';
            if (first)
                expect({ name, first: first.slice(0, 12) }).not.toEqual({
                    name,
                    first: expect.stringMatching(/^[a-z]/),
                });
        }
    });

    it('Haikou’s dated copy is the one without the commitment option; Cixi’s official 8 relatives, no "10 slots"', async () => {
        const { kb } = await content();
        const haikou = kb.sources.find((s) => s.id === 'haikou-rules')!;
        expect(haikou.date).toBeUndefined();
        expect(haikou.note?.en).toContain('dated 7 April 2022 has no commitment');
        const all = JSON.stringify(kb.cardKinds) + JSON.stringify(kb.topics.map((t) => [t.summary, t.facts, t.more]));
        expect(all).not.toMatch(/10 slots|10个名额/);
        expect(await whole('en', 'activation', 'electronic')).toContain(
            'Cixi: each person can claim for up to 8 relatives',
        );
    });

    it('the electronic card: "the same status and functions"; the sources reply names no internal file', async () => {
        const { answers } = await content();
        expect(await whole('zh', 'activation', 'electronic')).toContain('状态相同、功能相通');
        expect(await whole('en', 'activation', 'electronic')).toContain('the same status and functions');
        const details = toPlainText(answers.sourceDetails('en', answers.cardReply('en', 'electronic').sourceIds!));
        expect(details).not.toMatch(/\.md\b|as summarised/);
    });

    it('what parents were missing (activation.md): the newborn order, PIN and phone routes, Alipay, Zhongshan’s conditions, a cancelled card, WeChat, a logo', async () => {
        expect(await whole('en', 'newborn-insurance')).toContain(
            'Then: the e-voucher in your family account, the physical card, then the e-card',
        );
        expect(await whole('en', 'newborn-insurance')).toContain('180 days after birth');
        expect(await whole('en', 'newborn-insurance')).toContain('both parents with Guangdong hukou and married');
        expect(await whole('en', 'activation', 'physical')).toContain(
            'by changing its PIN before first use, or by phone',
        );
        expect(await whole('en', 'activation', 'e-voucher')).toContain('Alipay');
        expect(await whole('en', 'activation', 'electronic')).toContain(
            "If the physical card is cancelled, the electronic card's personal services stop",
        );
        expect(await whole('en', 'activation', 'electronic')).toContain('family service in WeChat');
        expect(await whole('en', 'photo')).toContain('a logo can replace the photo');
    });

    it('dates read as Chinese government services write them', async () => {
        const { answers } = await content();
        expect(answers.formatDate('zh', '2011-04-20')).toBe('2011年4月20日');
        expect(answers.formatDate('en', '2011-04-20')).toBe('20 April 2011');
        expect(toPlainText(answers.legalReply('zh'))).toContain('2011年4月20日');
    });
});
