import { describe, expect, it } from '@jest/globals';
import { newConversationData, readConversationData } from '../../src/core/conversation.js';
import { decide, welcome } from '../../src/core/decide.js';
import { understandMessage } from '../../src/core/read.js';
import { rootClient } from '../support/dialogClient.js';
import { runTable } from '../support/stepTable.js';
import { content } from '../support/content.js';

async function input(text: string, canHandOff = false) {
    const { understander } = await content();
    const { understanding, lang } = understandMessage(text, newConversationData(), {
        numberedOptions: false,
        defaultLang: 'en',
        understander,
    });
    return { understanding, lang, canHandOff };
}

describe('decide (the conversation core)', () => {
    it('is a pure function: the stored state is not changed, and the same input decides the same', async () => {
        const { answers, catalog, flows } = await content();
        const stored = Object.freeze({
            ...newConversationData(),
            walkthrough: Object.freeze({ step: 2, active: true, interrupted: false }),
        });
        const first = decide(stored, await input('next'), { answers, catalog, flows });
        const again = decide(stored, await input('next'), { answers, catalog, flows });
        expect(stored.walkthrough.step).toBe(2);
        expect(first.state.walkthrough).toEqual({ step: 3, active: true, interrupted: false });
        expect(again).toEqual(first);
    });

    it('asks for a person as an effect to run after the save, and only where someone can be reached', async () => {
        const { answers, catalog, flows } = await content();
        const reachable = decide(newConversationData(), await input('talk to a person', true), {
            answers,
            catalog,
            flows,
        });
        expect(reachable.effects.filter((e) => e.kind === 'handoff.request')).toEqual([
            { kind: 'handoff.request', reason: 'asked' },
        ]);
        expect(reachable.replies[0]!.lines.join()).toContain("I've asked a person");
        const nobody = decide(newConversationData(), await input('talk to a person', false), {
            answers,
            catalog,
            flows,
        });
        expect(nobody.effects.filter((e) => e.kind === 'handoff.request')).toEqual([]);
        expect(nobody.replies[0]!.lines.join()).toContain('12333');
    });

    it('after two misses offers a person, and "yes" then asks for one', async () => {
        const c = await rootClient('test', { canHandOff: true });
        await runTable(c.send, c.next, [
            { user: 'what is the weather like tomorrow', replies: [{ has: ["I can't help with that"] }] },
            { user: 'tell me a joke', replies: [{ has: ['Would you like to talk to a person?'] }] },
            { user: 'yes', replies: [{ has: ["I've asked a person"] }] },
        ]);
        expect(c.effects.filter((e) => e.kind === 'handoff.request')).toEqual([
            { kind: 'handoff.request', reason: 'not-understood' },
        ]);
    });

    it('greets once', async () => {
        const { answers, catalog, flows } = await content();
        const first = welcome(newConversationData(), 'zh', { answers, catalog, flows });
        expect(first.replies).toHaveLength(1);
        expect(first.state.offered?.length).toBeGreaterThan(0);
        expect(welcome(first.state, 'zh', { answers, catalog, flows }).replies).toEqual([]);
    });

    it('carries over a conversation stored by the earlier version (walkthrough position as flowStep)', async () => {
        const { answers, catalog, flows } = await content();
        const stored = readConversationData({ misses: 0, flowStep: 4, flowInterrupted: true, lastCard: 'physical' });
        const d = decide(stored, await input('continue'), { answers, catalog, flows });
        expect(toText(d.replies[0])).toContain('Step 4 of 6');
    });
});

const toText = (r: { title?: string; lines: string[] } | undefined) => [r?.title, ...(r?.lines ?? [])].join('\n');
