import { describe, expect, it } from '@jest/globals';
import { capabilitiesFor } from '../src/channels/capabilities.js';
import { renderReply } from '../src/channels/render.js';
import type { Reply } from '../src/core/reply.js';
import { LANGS } from '../src/kb/schema.js';
import { content } from './support/content.js';

async function everyReply(): Promise<Reply[]> {
    const { kb, answers } = await content();
    return LANGS.flatMap((lang) => [
        ...kb.topics.map((t) => answers.topicReply(lang, t.id)),
        ...kb.steps.map((s) => answers.stepReply(lang, s.n, answers.walkthroughActions(lang, s.n))),
        ...kb.steps.map((s) => answers.stepWhyReply(lang, s.n, [])),
        ...kb.routes.map((r) => answers.routeReply(lang, r)),
        answers.legalReply(lang, 15),
        answers.welcome(lang),
        answers.activationChoice(lang),
    ]);
}

describe('rendering per channel', () => {
    it('keeps every reply within Teams’ message size (28 KB) with a plain-text equivalent', async () => {
        for (const reply of await everyReply()) {
            for (const type of ['personal', 'channel']) {
                const activity = renderReply(reply, capabilitiesFor('msteams', type), '');
                expect(Buffer.byteLength(JSON.stringify(activity))).toBeLessThan(28 * 1024);
                expect(activity.text?.length).toBeGreaterThan(0);
            }
        }
    });

    it('sends no markup to plain channels: no cards, no markdown emphasis, numbered options', async () => {
        for (const reply of await everyReply()) {
            const activity = renderReply(reply, capabilitiesFor('sms'), 'Reply with a number.');
            expect(activity.attachments).toBeUndefined();
            expect(activity.suggestedActions).toBeUndefined();
            expect(activity.text).not.toMatch(/\*\*|<\/?[a-z]+>/i);
            if (reply.actions?.length) expect(activity.text).toContain(`1. ${reply.actions[0]!.label}`);
        }
    });
});
