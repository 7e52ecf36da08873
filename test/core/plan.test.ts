import { describe, expect, it } from '@jest/globals';
import { handoffNotice } from '../../src/core/handoff.js';
import { content } from '../support/content.js';
import { rootClient } from '../support/dialogClient.js';
import { runTable } from '../support/stepTable.js';

/**
 * The turn as a plan: what arrived (text, empty, too long, not text, over the limit) and who has the
 * chat (the bot, waiting, a person) are inputs of the pure core, which decides every reply and the
 * effects the edge carries out. Rows in brackets are not text: `[picture]` a non-text message,
 * `[flood] …` the first message over the conversation's limit, `[flood again] …` the rest of the
 * flood; `[agent accepts]`, `[agent hands back]`, `[nobody came]` change who has the chat outside a turn.
 */
async function client(options: { canHandOff?: boolean; maxChars?: number } = {}) {
    const c = await rootClient('test', options);
    const send = (user: string) => {
        if (user === '[picture]') return c.send('', { notText: true });
        if (user.startsWith('[flood again] ')) return c.send(user.slice(14), { rate: 'quiet' });
        if (user.startsWith('[flood] ')) return c.send(user.slice(8), { rate: 'tell' });
        if (user === '[agent accepts]') return (c.handOver('agent'), Promise.resolve(undefined));
        if (user === '[agent hands back]' || user === '[nobody came]')
            return (c.handOver('bot'), Promise.resolve(undefined));
        return c.send(user);
    };
    return { ...c, send };
}

/** The menu's labels (what the menu offers is content's to say). */
const MENU = (await content()).answers.menuActions('en').map((a) => a.label);

describe('handoff, decided by the core', () => {
    it('queues, tells once that the parent waits, relays quietly, and "cancel" gives the chat back to the bot', async () => {
        const c = await client({ canHandOff: true });
        await runTable(c.send, c.next, [
            { user: 'talk to a person', replies: [{ has: ["I've asked a person"] }] },
            { user: 'hello?', replies: [{ has: ["You're in the queue for a person"] }] },
            { user: 'anyone there?', replies: [] },
            // Not answered by the bot while a person is coming: passed on to them.
            { user: 'what documents do I need', replies: [] },
            { user: 'cancel', replies: [{ has: ["you're no longer waiting for a person"], actions: MENU }] },
            { user: 'what documents do I need', replies: [{ has: ['What to bring'] }] },
        ]);
        expect(c.effects.filter((e) => e.kind.startsWith('handoff.'))).toEqual([
            { kind: 'handoff.request', reason: 'asked' },
            { kind: 'handoff.relay', notified: true },
            { kind: 'handoff.relay', notified: false },
            { kind: 'handoff.relay', notified: false },
            { kind: 'handoff.release' },
        ]);
        expect(c.holder).toBe('bot');
    });

    it('relays to a person who took the chat without telling the parent they wait; after hand-back the bot answers again', async () => {
        const c = await client({ canHandOff: true });
        await runTable(c.send, c.next, [
            { user: 'talk to a person', replies: [{ has: ["I've asked a person"] }] },
            { user: '[agent accepts]', replies: [] },
            { user: 'my card does not work', replies: [] },
            { user: '[agent hands back]', replies: [] },
            { user: 'step 2', replies: [{ has: ['Step 2 of 6'] }] },
        ]);
        expect(c.effects.filter((e) => e.kind === 'handoff.relay')).toEqual([
            { kind: 'handoff.relay', notified: false },
        ]);
    });

    it('when nobody came (a hub gave up), the next message is the bot’s again and can ask once more', async () => {
        const c = await client({ canHandOff: true });
        await runTable(c.send, c.next, [
            { user: 'talk to a person', replies: [{ has: ["I've asked a person"] }] },
            { user: '[nobody came]', replies: [] },
            { user: 'what documents do I need', replies: [{ has: ['What to bring'] }] },
            { user: 'talk to a person', replies: [{ has: ["I've asked a person"] }] },
            { user: 'hello', replies: [{ has: ["You're in the queue for a person"] }] },
        ]);
    });

    it('records bot turns for agents and logs unanswered questions, but not relayed or unread messages', async () => {
        const c = await client({ canHandOff: true });
        await c.send('tell me a joke');
        await c.send('');
        await c.send('talk to a person');
        await c.send('tell me another joke');
        expect(c.effects.map((e) => e.kind)).toEqual([
            'transcript.record',
            'unanswered.log',
            'handoff.request',
            'transcript.record',
            'handoff.relay',
        ]);
        expect(c.effects[1]).toEqual({ kind: 'unanswered.log', text: 'tell me a joke' });
    });
});

describe('messages the bot does not read, decided by the core', () => {
    it('answers empty, too long and non-text messages, asks once to wait in a flood and then stays quiet; the walkthrough keeps its place', async () => {
        const c = await client({ maxChars: 50 });
        await runTable(c.send, c.next, [
            { user: 'step 3', replies: [{ has: ['Step 3 of 6'] }] },
            { user: '   ', replies: [{ has: ['I only understand text messages'], actions: MENU }] },
            { user: 'x'.repeat(51), replies: [{ has: ['That message is too long for me'] }] },
            { user: '[picture]', replies: [{ has: ['I can only read text'] }] },
            { user: '[flood] next', replies: [{ has: ["You're sending messages faster than I can answer"] }] },
            { user: '[flood again] next', replies: [] },
            { user: 'next', replies: [{ has: ['Step 4 of 6'] }] },
        ]);
        expect(c.effects.filter((e) => e.kind !== 'transcript.record')).toEqual([]);
    });

    it('answers in the conversation’s language, and asks to wait in the language of the unread message', async () => {
        const c = await client();
        await runTable(c.send, c.next, [
            { user: '要带什么材料', replies: [{ has: ['户口簿'] }] },
            { user: '[picture]', replies: [{ has: ['我只能读懂文字'] }] },
            { user: '', replies: [{ has: ['我只能理解文字消息'] }] },
            { user: '[flood] what documents do I need', replies: [{ has: ["You're sending messages faster"] }] },
        ]);
    });

    it('answers a picture while waiting for a person instead of relaying it', async () => {
        const c = await client({ canHandOff: true });
        await c.send('talk to a person');
        await runTable(c.send, c.next, [{ user: '[picture]', replies: [{ has: ['I can only read text'] }] }]);
        expect(c.effects.filter((e) => e.kind === 'handoff.relay')).toEqual([]);
    });
});

describe('what the parent hears when who has the chat changes outside their turn', () => {
    it('a hub giving up says why (or that no reason was given) with the menu; a hub finishing says the bot is back only if a person had the chat', async () => {
        const deps = await content();
        const text = (r: ReturnType<typeof handoffNotice>) => r?.lines.join(' ') ?? null;
        expect(
            text(handoffNotice({ kind: 'hub', state: 'failed', message: 'all busy', before: 'waiting' }, 'en', deps)),
        ).toContain('(all busy)');
        expect(text(handoffNotice({ kind: 'hub', state: 'failed', before: 'waiting' }, 'zh', deps))).toContain(
            '未说明原因',
        );
        expect(handoffNotice({ kind: 'hub', state: 'failed', before: 'waiting' }, 'en', deps)).toMatchObject({
            plain: true,
            actions: MENU.map((label) => expect.objectContaining({ label })),
        });
        expect(text(handoffNotice({ kind: 'hub', state: 'completed', before: 'agent' }, 'en', deps))).toContain(
            "I'm back",
        );
        expect(handoffNotice({ kind: 'hub', state: 'completed', before: 'bot' }, 'en', deps)).toBeNull();
        expect(handoffNotice({ kind: 'hub', state: 'accepted', before: 'waiting' }, 'en', deps)).toBeNull();
    });

    it("passes an agent's words on as plain text, never as markup", async () => {
        const deps = await content();
        const said = handoffNotice({ kind: 'agentSays', agent: 'alice', text: '**hello** [x](y)' }, 'en', deps)!;
        expect(said.plain).toBe(true);
        expect(said.lines.join()).toContain('alice (support): **hello** [x](y)');
    });
});
