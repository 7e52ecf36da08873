import { describe, expect, it } from '@jest/globals';
import { capabilitiesFor } from '../src/channels/capabilities.js';
import { renderReply } from '../src/channels/render.js';
import type { Reply } from '../src/core/reply.js';
import { CARD_KINDS, LANGS } from '../src/kb/schema.js';
import { content } from './support/content.js';

async function everyReply(): Promise<Reply[]> {
    const { kb, answers } = await content();
    return LANGS.flatMap((lang) => [
        ...kb.topics.map((t) => answers.topicReply(lang, t.id)),
        ...kb.steps.map((s) => answers.stepReply(lang, s.n, answers.walkthroughActions(lang, s.n))),
        ...kb.steps.map((s) => answers.stepWhyReply(lang, s.n, [])),
        ...CARD_KINDS.map((k) => answers.cardReply(lang, k)),
        answers.legalReply(lang, 15),
        answers.welcome(lang),
        answers.activationIntro(lang),
    ]);
}

describe('rendering per channel', () => {
    it('shows each answer once on Teams and Web Chat: Markdown text, and no card repeating it', async () => {
        for (const reply of await everyReply()) {
            for (const [channel, type] of [
                ['msteams', 'personal'],
                ['msteams', 'channel'],
                ['webchat', undefined],
            ] as const) {
                const activity = renderReply(reply, capabilitiesFor(channel, type), '');
                expect(Buffer.byteLength(JSON.stringify(activity))).toBeLessThan(28 * 1024);
                expect(activity.textFormat).toBe('markdown');
                expect(activity.text?.length).toBeGreaterThan(0);
                // Buttons only, where chips do not show: a card with text would repeat the answer.
                for (const a of activity.attachments ?? []) {
                    const card = a.content as { title?: string; text?: string; buttons?: unknown[] };
                    expect(card.text ?? '').toBe('');
                    expect(card.title ?? '').toBe('');
                    expect(card.buttons?.length).toBeGreaterThan(0);
                }
            }
        }
    });

    it('renders lists as Markdown lists, one item a line, and official sources as links', async () => {
        const { answers } = await content();
        const activity = renderReply(answers.topicReply('en', 'documents'), capabilitiesFor('webchat'), '');
        const bullets = activity.text!.split('\n').filter((l) => l.startsWith('- '));
        expect(bullets.length).toBeGreaterThanOrEqual(3);
        expect(activity.text).toMatch(/\[Guangzhou HRSS Bureau, 2024\]\(https:\/\/rsj\.gz\.gov\.cn\/[^)]+\)/);
    });

    it('renders a heading with one item as one line, bold closed before the colon (so Chinese renders too)', async () => {
        const { answers } = await content();
        const zh = renderReply(answers.cardReply('zh', 'physical'), capabilitiesFor('webchat'), '').text!;
        expect(zh).toContain('**办理人**：16周岁以下由监护人办理');
        const en = renderReply(answers.cardReply('en', 'physical'), capabilitiesFor('webchat'), '').text!;
        expect(en).toContain('**Who**: A guardian, for a child under 16');
        expect(renderReply(answers.cardReply('en', 'physical'), capabilitiesFor('sms'), '').text).toContain(
            '\nWho: A guardian, for a child under 16',
        );
    });

    it('sends no markup to plain channels: no cards, no Markdown, numbered options, addresses written out', async () => {
        for (const reply of await everyReply()) {
            const activity = renderReply(reply, capabilitiesFor('sms'), 'Reply with a number.');
            expect(activity.attachments).toBeUndefined();
            expect(activity.suggestedActions).toBeUndefined();
            expect(activity.text).not.toMatch(/\*\*|<\/?[a-z]+>|\]\(/i);
            if (reply.actions?.length) expect(activity.text).toContain(`1. ${reply.actions[0]!.label}`);
        }
        const { answers } = await content();
        expect(renderReply(answers.topicReply('zh', 'documents'), capabilitiesFor('sms'), '').text).toContain(
            'https://rsj.gz.gov.cn/',
        );
    });

    it('on WeChat, links are tappable labels (<a href>), no other markup; the phone is spared the addresses', async () => {
        const { answers } = await content();
        for (const reply of await everyReply()) {
            const text = renderReply(reply, capabilitiesFor('wechat'), '回复数字即可。').text ?? '';
            expect(text).not.toMatch(/\*\*|\]\(/);
            // The only tags are whole anchors with a quoted http(s) address.
            const tags = text.match(/<[^>]*>/g) ?? [];
            expect(tags.filter((t) => !/^<a href="https?:\/\/[^"<>\s]+">$|^<\/a>$/.test(t))).toEqual([]);
            expect(tags.filter((t) => t === '</a>').length).toBe(tags.length / 2);
        }
        const wechat = renderReply(answers.topicReply('zh', 'documents'), capabilitiesFor('wechat'), '').text!;
        expect(wechat).toMatch(/<a href="https:\/\/rsj\.gz\.gov\.cn\/[^"]+">广州市人力资源和社会保障局（2024年）<\/a>/);
        expect(wechat).not.toMatch(/[^"]https:\/\/rsj\.gz\.gov\.cn/);
        const sms = renderReply(answers.topicReply('zh', 'documents'), capabilitiesFor('sms'), '').text!;
        // What the parent sees (the anchors' labels) is shorter by the address.
        expect(wechat.replace(/<[^>]*>/g, '').length).toBeLessThan(sms.length - 60);
    });
});
