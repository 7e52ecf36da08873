/**
 * The corrections of issue #11, pinned: what the content says must be what its sources support.
 * Each test would fail on the seed-derived content the bot had before.
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
        ...kb.steps.map((s) => ({ name: `step ${s.n}`, lang, reply: answers.stepReply(lang, s.n, []) })),
        ...kb.steps.map((s) => ({ name: `why of step ${s.n}`, lang, reply: answers.stepWhyReply(lang, s.n, []) })),
        ...CARD_KINDS.map((k) => ({ name: `card ${k}`, lang, reply: answers.cardReply(lang, k) })),
        { name: 'activation intro', lang, reply: answers.activationIntro(lang) },
    ]);
}

describe('content corrections (issue #11)', () => {
    it('every reply that states a fact carries a source line', async () => {
        for (const { name, lang, reply } of await factReplies()) {
            const lead = lang === 'en' ? /^(Sources:|Text of the Measures|Legal basis:)/ : /^(来源：|《管理办法》条文来源|法律依据：)/;
            expect({ name, lang, sourceLine: (reply.sources ?? []).some((l) => lead.test(l.text)) }).toEqual({ name, lang, sourceLine: true });
        }
    });

    it('the physical card is activated at its service bank (or an HRSS window), never at a medical insurance window', async () => {
        const { answers } = await content();
        const en = toPlainText(answers.cardReply('en', 'physical'));
        expect(en).toContain('service bank printed on the card');
        expect(en).toContain('HRSS service window');
        expect(en.toLowerCase()).not.toContain('medical insurance window');
        const zh = toPlainText(answers.cardReply('zh', 'physical'));
        expect(zh).toContain('服务银行柜台');
        expect(zh).not.toMatch(/医保窗口|医保中心/);
    });

    it('no reply about the e-voucher (an NHSA credential) or the electronic card (which the 2011 Measures predate) cites the Measures', async () => {
        const { answers } = await content();
        for (const lang of LANGS) {
            for (const card of ['e-voucher', 'electronic'] as const) {
                const text = toPlainText(answers.cardReply(lang, card));
                expect({ card, text }).not.toEqual({ card, text: expect.stringMatching(/Article 16|Measures|第十六条|管理办法/) });
                expect(answers.cardReply(lang, card).sourceIds).not.toContain('measures-16');
            }
        }
    });

    it('the documents answer asks for one guardian’s ID, never the seed’s "parents’ ID cards"', async () => {
        const { answers } = await content();
        const en = toPlainText(answers.topicReply('en', 'documents'));
        expect(en).toContain('the ID card of one guardian');
        expect(en).toContain('proof that you are the guardian');
        expect(en).not.toMatch(/the parents' ID cards/i);
        const zh = toPlainText(answers.topicReply('zh', 'documents'));
        expect(zh).toContain('一位监护人');
        expect(zh).not.toContain('父母的身份证');
    });

    it('Article 16 is framed as an obligation to publish rules, never as a list of steps', async () => {
        for (const { name, reply } of await factReplies()) {
            for (const line of reply.sources ?? []) {
                if (!/Article 16 of|第十六条要求/.test(line.text)) continue;
                expect({ name, framed: /requires your local HRSS department to publish|要求当地人社部门公布/.test(line.text) }).toEqual({ name, framed: true });
            }
        }
    });

    it('a fact whose sources are all secondary is said as such', async () => {
        const { kb, answers } = await content();
        const report = contentReport(kb);
        expect(report.secondaryOnly).toBeGreaterThan(0);
        // One documents fact rests on secondary copies only; another (Zhongshan's newborn bundle) on an official page.
        const docs = kb.topics.find((t) => t.id === 'documents')!;
        const secondary = docs.facts.find((f) => f.sources.every((id) => kb.sources.find((s) => s.id === id)!.label === 'secondary'))!;
        const official = docs.facts.find((f) => f.sources.some((id) => kb.sources.find((s) => s.id === id)!.label === 'official'))!;
        for (const lang of LANGS) {
            const items = answers.topicReply(lang, 'documents').items!;
            const tag = lang === 'en' ? '(secondary source)' : '（转载资料）';
            expect(items.find((i) => i.startsWith(secondary.text[lang]))).toContain(tag);
            expect(items.find((i) => i.startsWith(official.text[lang]))).not.toContain(tag);
        }
        // A reply whose facts are all secondary says so once instead of on every line.
        const photoSteps = answers.stepReply('en', 4, []);
        expect(photoSteps.after?.join(' ')).toContain('Everything above comes from secondary sources');
    });

    it('source lines link official pages only, with issuer and year; copies on other sites are counted, not linked', async () => {
        const { kb } = await content();
        const official = new Set(kb.sources.filter((s) => s.label === 'official').map((s) => s.url));
        for (const { name, reply } of await factReplies()) {
            for (const cite of (reply.sources ?? []).flatMap((l) => l.cites ?? [])) {
                expect({ name, cite: cite.label, linkedOfficial: !cite.url || official.has(cite.url) || /hnr\.cn/.test(cite.url) }).toEqual({ name, cite: cite.label, linkedOfficial: true });
                expect(cite.label).toMatch(/\d{4}|[^\d]$/);
            }
        }
    });

    it('the electronic card does not claim "the same effect and functions" (the source says 状态相同、功能相通)', async () => {
        const { answers } = await content();
        expect(toPlainText(answers.cardReply('zh', 'electronic'))).toContain('状态相同、功能相通');
        for (const lang of LANGS) expect(toPlainText(answers.cardKindsReply(lang))).not.toMatch(/同等效力|same status and functions/);
    });

    it('newborn insurance cites 医保办函〔2021〕11号 with what is not verified, and no Article 16', async () => {
        const { answers } = await content();
        const en = toPlainText(answers.topicReply('en', 'newborn-insurance'));
        expect(en).toContain('90 days');
        expect(en).toContain('医保办函〔2021〕11号');
        expect(en).toContain('official full text was not seen');
        expect(en).not.toContain('Article 16');
    });

    it('dates read as Chinese government services write them', async () => {
        const { answers } = await content();
        expect(answers.formatDate('zh', '2011-04-20')).toBe('2011年4月20日');
        expect(answers.formatDate('en', '2011-04-20')).toBe('20 April 2011');
        expect(toPlainText(answers.legalReply('zh'))).toContain('2011年4月20日');
    });
});
