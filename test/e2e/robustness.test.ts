import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startCaptureChannel } from '../support/channel.js';
import { captureLogs, listen, message, post } from '../support/http.js';

/**
 * Junk over HTTP at the real server (the embedded database, as deployed by default): every request gets a
 * clear status, never a 500, a crash or a stack trace, no turn ends in the "something went wrong"
 * apology, and the conversation still works afterwards.
 */
let channel: Awaited<ReturnType<typeof startCaptureChannel>>;
let bot: Awaited<ReturnType<typeof listen>>;
const logs = captureLogs('warn');

beforeAll(async () => {
    channel = await startCaptureChannel();
    bot = await listen(
        {
            STORAGE: 'lmdb',
            STATE_DIR: await mkdtemp(path.join(os.tmpdir(), 'robust-')),
            RATE_LIMIT_CONVERSATION: '0',
            RATE_LIMIT_IP_PER_MINUTE: '0',
        },
        { logger: logs.logger },
    );
});

afterAll(async () => {
    bot?.close();
    await channel?.close();
});

const CONV = 'robust-1';
// Tables are built before the channel starts; those bodies are refused before any reply is attempted.
const msg = (text: unknown, extra: Record<string, unknown> = {}) =>
    message(channel?.url ?? 'http://127.0.0.1:9/unused', text as string, { conversation: { id: CONV }, ...extra });
const repliesTo = (id: unknown) => channel.received.filter((a) => a.replyToId === id);
const STACK = /\bat [\w.<>]+ \(|node_modules|\.ts:\d+|\.js:\d+/;

async function expectStatus(body: unknown, status: number, headers: Record<string, string> = {}) {
    const r = await post(bot.base, body, headers);
    expect(r.status).toBe(status);
    expect(r.body).not.toMatch(STACK);
    return r;
}

describe('robustness over HTTP', () => {
    it.each([
        ['malformed JSON', '{"type": "message", "text": "hi"', 'invalid JSON'],
        ['a JSON array', '[1, 2, 3]', 'the body must be a JSON activity object'],
        ['a JSON string', '"hello"', 'the body must be a JSON activity object'],
        ['JSON null', 'null', 'the body must be a JSON activity object'],
        ['an empty body', '', 'the body must be a JSON activity object'],
        ['no type', JSON.stringify({ ...msg('hi'), type: undefined }), 'the activity has no "type"'],
        [
            'no conversation',
            JSON.stringify({ ...msg('hi'), conversation: undefined }),
            'the activity has no "conversation.id"',
        ],
        [
            'a conversation without id',
            JSON.stringify({ ...msg('hi'), conversation: {} }),
            'the activity has no "conversation.id"',
        ],
        ['text that is not a string', JSON.stringify(msg({ evil: true })), '"text" must be a string'],
        ['entities that are not a list', JSON.stringify(msg('hi', { entities: 'oops' })), '"entities" must be a list'],
        [
            'a mention entity with nothing in it',
            JSON.stringify(msg('hi', { entities: [{ type: 'mention', mentioned: null, text: null }] })),
            'a mention entity needs "text" and "mentioned.id"',
        ],
        ['a locale that is not a string', JSON.stringify(msg('hi', { locale: 42 })), '"locale" must be a string'],
        [
            'conversationUpdate with junk members',
            JSON.stringify({ ...msg('hi'), type: 'conversationUpdate', membersAdded: [null, 5, { id: 7 }] }),
            '"membersAdded[]" must be an object',
        ],
        [
            'a 5,000-character conversation id',
            JSON.stringify(msg('hi', { conversation: { id: `c${'x'.repeat(5000)}` } })),
            '"conversation.id" must be at most 4096 characters',
        ],
        ['an id that is not a string', JSON.stringify(msg('hi', { id: 12 })), '"id" must be a string'],
        [
            'a message without serviceUrl',
            JSON.stringify({ ...msg('hi'), serviceUrl: undefined }),
            'a message needs a "serviceUrl" to reply to',
        ],
        ['deeply nested JSON', `{"type":"message","value":${'['.repeat(20000)}${']'.repeat(20000)}}`, null],
    ])('answers %s with 400 and a reason', async (_name, body, reason) => {
        const r = await expectStatus(body, 400);
        if (reason) expect(JSON.parse(r.body)).toEqual({ error: reason });
    });

    it('answers a wrong content type with 415', async () => {
        await expectStatus(JSON.stringify(msg('hi')), 415, { 'content-type': 'text/plain' });
    });

    it('answers a body over the size limit (a huge card payload) with 413', async () => {
        const card = {
            contentType: 'application/vnd.microsoft.card.adaptive',
            content: { body: [{ type: 'TextBlock', text: 'x'.repeat(400_000) }] },
        };
        await expectStatus(msg('', { attachments: [card] }), 413);
    });

    it.each([
        ['an unknown activity type', { type: 'somethingNew' }],
        ['typing', { type: 'typing' }],
        ['endOfConversation', { type: 'endOfConversation' }],
        ['a reaction', { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }],
        ['installationUpdate', { type: 'installationUpdate', action: 'add' }],
        ['an event with no name', { type: 'event' }],
    ])('accepts %s without replying or failing', async (_name, fields) => {
        const body = { ...msg('hi'), text: undefined, ...fields };
        await expectStatus(body, 200);
    });

    it("answers an unknown invoke with the SDK's 501, not a 500", async () => {
        await expectStatus({ ...msg('hi'), type: 'invoke', name: 'unknown/thing' }, 501);
    });

    it.each([
        ['100 KB of text', 'a'.repeat(100_000), 'too long'],
        ['control characters', '\u0000\u0001what\u0007 documents do I\u001b[31m need\u007f', 'What to bring'],
        ['emoji only', '👍👶🏻🎉', null],
        ['right-to-left text', 'ما هي الوثائق المطلوبة لبطاقة الضمان الاجتماعي؟', null],
        ['bidi override characters', '\u202eeman ym si tahw\u202c what documents', 'What to bring'],
        ['lone surrogates', 'what documents \ud800 do I need \udfff', 'What to bring'],
        ['markup', '<script>alert(1)</script> **bold** [link](javascript:alert(1))', null],
        ['only whitespace', ' \n\t ', 'I only understand text messages'],
        ['a huge attachment and no text (under the size limit)', '', 'I only understand text messages'],
    ])('replies to %s with a proper answer', async (name, text, expected) => {
        const extra = name.startsWith('a huge attachment')
            ? {
                  attachments: [
                      { contentType: 'image/png', contentUrl: `data:image/png;base64,${'A'.repeat(150_000)}` },
                  ],
              }
            : {};
        const body = msg(text, extra);
        await expectStatus(body, 200);
        const replies = repliesTo(body.id);
        expect(replies.length).toBeGreaterThanOrEqual(1);
        const said = replies.map((r) => r.text ?? '').join('\n');
        if (expected) expect(said).toContain(expected);
        expect(said).not.toMatch(/something went wrong|Reference:/);
        expect(said).not.toMatch(STACK);
    });

    it.each([
        ['an invalid timestamp', { timestamp: 'yesterday-ish' }],
        ['a value that is a string', { value: 'submit' }],
        ['no from and no recipient', { from: undefined, recipient: undefined }],
        ['a 4,000-character conversation id', { conversation: { id: `c${'x'.repeat(4000)}` } }],
        ['channelData that is a string', { channelData: 'x' }],
    ])('copes with %s', async (_name, extra) => {
        const body = msg('what is the legal basis', extra);
        await expectStatus(body, 200);
        const said = repliesTo(body.id)
            .map((r) => r.text ?? '')
            .join('\n');
        expect(said).toContain('Article 16');
    });

    it('answers the same activity delivered twice once', async () => {
        const body = msg('what documents do I need');
        await expectStatus(body, 200);
        await expectStatus(body, 200);
        expect(repliesTo(body.id)).toHaveLength(1);
    });

    it('still holds a normal conversation afterwards, and logged no server error', async () => {
        const walk = msg('step 2');
        await expectStatus(walk, 200);
        expect(repliesTo(walk.id)[0]?.text).toContain('Step 2 of 6');
        const next = msg('next');
        await expectStatus(next, 200);
        expect(repliesTo(next.id)[0]?.text).toContain('Step 3 of 6');
        expect(logs.lines.filter((l) => Number(l.level) >= 50).map((l) => l.msg)).toEqual([]);
    });
});
