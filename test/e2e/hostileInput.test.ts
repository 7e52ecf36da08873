import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startCaptureChannel } from '../support/channel.js';
import { captureLogs, listen } from '../support/http.js';

/**
 * Whatever a client sends to /api/messages, the bot answers with a clear status (never a 500, never a
 * stack trace), keeps serving, and the conversation it was aimed at still works afterwards. Runs
 * against the real server (createApp + listen) with the default limits and the embedded database.
 */
const CONVERSATION = 'hostile-1';
const STACK = /\bat [^\s]+ \(?[^)\s]*:\d+:\d+\)?|\n\s+at /;

let channel: Awaited<ReturnType<typeof startCaptureChannel>>;
let bot: Awaited<ReturnType<typeof listen>>;
let stateDir: string;
const logs = captureLogs('info');

beforeAll(async () => {
    channel = await startCaptureChannel();
    stateDir = await mkdtemp(path.join(os.tmpdir(), 'hostile-'));
    bot = await listen({ STORAGE: 'lmdb', STATE_DIR: stateDir, RATE_LIMIT_CONVERSATION: '0' }, { logger: logs.logger });
});

afterAll(async () => {
    bot?.close();
    await channel?.close();
    if (stateDir) await rm(stateDir, { recursive: true, force: true });
});

let seq = 0;
/** A well-formed message in the conversation under test; `extra` overrides or adds fields. */
const activity = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    type: 'message',
    id: `h-${++seq}`,
    channelId: 'emulator',
    serviceUrl: channel.url,
    conversation: { id: CONVERSATION },
    from: { id: 'parent' },
    recipient: { id: 'bot' },
    locale: 'en-US',
    text: 'hello',
    ...extra,
});
/** The same, without the named fields. */
const without = (...fields: string[]) => {
    const a = activity();
    for (const f of fields) delete a[f];
    return a;
};

async function send(body: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${bot.base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });
    return { status: res.status, body: await res.text() };
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

type Case = [name: string, send: () => Promise<{ status: number; body: string }>, statuses: number[]];

const cases: Case[] = [
    // Fields the bot needs to reply, present but unusable.
    ['no channelId', () => send(without('channelId')), [400]],
    ['a serviceUrl that is not a URL', () => send(activity({ serviceUrl: 'not a url' })), [400]],
    ['a serviceUrl that is not http(s)', () => send(activity({ serviceUrl: 'file:///etc/passwd' })), [400]],
    [
        'a conversation id with control characters',
        () => send(activity({ conversation: { id: '../../etc/passwd\u0000\r\nx-evil: 1' } })),
        [400],
    ],
    ['a numeric conversation id', () => send(activity({ conversation: { id: 42 } })), [400]],
    ['a conversation that is a string', () => send(activity({ conversation: CONVERSATION })), [400]],
    ['an empty type', () => send(activity({ type: '' })), [400]],
    ['JSON nested 50,000 deep', () => send(nested(50_000)), [400]],
    // Wrong content type or encoding.
    ['a form post', () => send('type=message&text=hi', { 'content-type': 'application/x-www-form-urlencoded' }), [415]],
    ['XML', () => send('<activity type="message"/>', { 'content-type': 'application/xml' }), [415]],
    ['no content type', () => send(JSON.stringify(activity()), { 'content-type': '' }), [415]],
    [
        'a 60 KB gzip body that would inflate to 60 MB',
        () =>
            send(gzipSync(JSON.stringify(activity({ text: 'x'.repeat(60 * 1024 * 1024) }))), {
                'content-encoding': 'gzip',
            }),
        [415],
    ],
    ['an unknown content encoding', () => send(JSON.stringify(activity()), { 'content-encoding': 'br' }), [415]],
    ['a declared length over the limit', () => send(JSON.stringify(activity({ text: 'x'.repeat(300 * 1024) }))), [413]],
    // Fields the bot reads, of the wrong kind or size: refused at the edge (the inbound activity schema).
    ['a from that is a string', () => send(activity({ from: 'parent' })), [400]],
    ['a recipient that is a number', () => send(activity({ recipient: 5 })), [400]],
    ['a nonsense locale', () => send(activity({ locale: '../../etc/passwd' })), [400]],
    ['a 200 KB locale', () => send(activity({ locale: `en-${'x'.repeat(200_000)}` })), [400]],
    ['a 10 KB member name', () => send(activity({ from: { id: 'parent', name: 'n'.repeat(10_000) } })), [400]],
    ['entities with null, a number and a typeless object', () => send(activity({ entities: [null, 5, {}] })), [400]],
    [
        'a handoff.status event from a channel that is not a hub',
        () => send(activity({ type: 'event', name: 'handoff.status', value: { state: 'completed' } })),
        [400],
    ],
    [
        'a conversationUpdate with members that are not a list',
        () => send(activity({ type: 'conversationUpdate', membersAdded: 'everyone' })),
        [400],
    ],
    // Odd but well-formed activities: accepted.
    ['no id', () => send(without('id')), [200]],
    [
        'a __proto__ field',
        () =>
            send(
                JSON.stringify(activity({ text: 'help' })).replace(
                    '{',
                    '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},',
                ),
            ),
        [200],
    ],
    [
        'an event with an unknown name',
        () => send(activity({ type: 'event', name: 'who.knows', value: { a: 1 } })),
        [200],
    ],
    [
        'a thousand attachments',
        () =>
            send(
                activity({
                    attachments: Array.from({ length: 1000 }, (_, i) => ({
                        contentType: 'image/png',
                        contentUrl: `http://127.0.0.1:9/${i}.png`,
                        name: `${i}.png`,
                    })),
                }),
            ),
        [200],
    ],
    [
        'a hero card with 200 KB of text and deeply nested buttons',
        () =>
            send(
                JSON.stringify(
                    activity({
                        text: '',
                        attachments: [
                            {
                                contentType: 'application/vnd.microsoft.card.hero',
                                content: { title: 'x'.repeat(100_000), text: 'y'.repeat(100_000), buttons: 'NESTED' },
                            },
                        ],
                    }),
                ).replace('"NESTED"', nested(2000)),
            ),
        [200],
    ],
    [
        'channelData nested 20,000 deep',
        () =>
            send(JSON.stringify(activity({ text: 'help', channelData: 'NESTED' })).replace('"NESTED"', nested(20_000))),
        [200],
    ],
    ['zero-width characters only', () => send(activity({ text: '\u200b\u200c\u200d\ufeff' })), [200]],
    ['an empty text', () => send(activity({ text: '' })), [200]],
    ['emoji and Chinese', () => send(activity({ text: '👨‍👩‍👧 社保卡 ✨🎉 要带什么？🙏🏽' })), [200]],
    ['Hebrew and Arabic', () => send(activity({ text: 'שלום مرحبا، كيف أفعّل البطاقة؟' })), [200]],
];

describe('hostile or malformed requests to /api/messages', () => {
    it.each(cases)('%s: a clear status, no stack trace, still serving', async (_name, run, statuses) => {
        const r = await run();
        expect(statuses).toContain(r.status);
        expect(r.body).not.toMatch(STACK);
        if (r.status >= 400 && r.status !== 501) expect(JSON.parse(r.body)).toEqual({ error: expect.any(String) });
        expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);
    });

    it('accepts the same activity posted twice', async () => {
        const twice = activity({ text: 'what documents do I need' });
        expect((await send(twice)).status).toBe(200);
        expect((await send(twice)).status).toBe(200);
    });

    it('never put a stack trace or an internal error in a reply, and nothing polluted Object.prototype', () => {
        expect(channel.received.length).toBeGreaterThanOrEqual(10);
        for (const reply of channel.received) expect(JSON.stringify(reply)).not.toMatch(STACK);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('afterwards still answers a normal question in the same conversation', async () => {
        const before = channel.received.length;
        expect((await send(activity({ text: 'What do I need to bring to activate the card?' }))).status).toBe(200);
        const got = await channel.waitFor(before + 1);
        const answer = got.slice(before).find((a) => a.conversation?.id === CONVERSATION)!;
        expect(answer.text).toContain('What to bring');
        expect(answer.text).toContain('household register');
    });

    it('logged no 5xx-class failure', () => {
        const failures = logs.lines.filter((l) => (l.level as number) >= 50 && !/serviceUrl|reply/.test(String(l.msg)));
        expect(failures).toEqual([]);
    });
});
