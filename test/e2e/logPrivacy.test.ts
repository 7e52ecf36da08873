import { afterEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startCaptureChannel } from '../support/channel.js';
import { captureLogs, listen, message, post } from '../support/http.js';

/**
 * What the logs may hold of what people write: by default nothing (not even inside an error
 * message); with LOG_MESSAGE_TEXT=true the text, redacted of ID and phone numbers.
 */
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
});

const MARK = 'quokka';
const PHONE = '13812345678';
const ID = '11010520190307123X';

/** A channel that refuses every reply with a 400 whose error message quotes the parent's words, as a connector may. */
async function quotingChannel() {
    const server = http.createServer((req, res) => {
        req.resume();
        req.on('end', () => {
            res.writeHead(400, { 'content-type': 'application/json' });
            res.end(
                JSON.stringify({
                    error: { code: 'BadArgument', message: `cannot reply to "${MARK} zoo, call ${PHONE}"` },
                }),
            );
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('message text in logs', () => {
    it('appears on no line by default, whatever path a message takes, and every conversation line names its conversation', async () => {
        const channel = await startCaptureChannel();
        cleanups.push(() => channel.close());
        const logs = captureLogs('debug');
        const bot = await listen(
            {
                RATE_LIMIT_CONVERSATION: '8',
                MAX_MESSAGE_CHARS: '200',
                HANDOFF_EVENT_CHANNELS: 'emulator',
                HANDOFF_HUB_CHANNELS: 'emulator',
            },
            { logger: logs.logger },
        );
        cleanups.push(bot.close);
        const conversation = { id: 'audit-1' };
        const say = (text: string) => post(bot.base, message(channel.url, text, { conversation }));
        await post(bot.base, {
            ...message(channel.url, '', { conversation }),
            type: 'conversationUpdate',
            membersAdded: [{ id: 'parent' }],
        });
        await say(`what documents do I need for my ${MARK}, ID ${ID}`); // answered
        await say(`${MARK} weather tomorrow ${PHONE}`); // not understood
        await say(`walk me through it ${MARK}`); // walkthrough
        await say(`${MARK} `.repeat(60)); // too long
        await say(`talk to a person about my ${MARK}`); // handoff
        await say(`still there? ${MARK} ${PHONE}`); // relayed to the queue
        for (let i = 0; i < 4; i++) await say(`${MARK} ${i}`); // over the conversation's limit
        await post(bot.base, {
            ...message(channel.url, '', { conversation }),
            type: 'event',
            name: 'handoff.status',
            value: { state: `${MARK} `.repeat(50), message: MARK },
        });

        const lines = logs.lines;
        expect(lines.length).toBeGreaterThan(8);
        expect(logs.raw().toLowerCase()).not.toContain(MARK);
        expect(logs.raw()).not.toContain(PHONE);
        expect(logs.raw()).not.toContain(ID);
        const events = new Set(lines.map((l) => l.event));
        for (const e of ['turn', 'turn.unanswered', 'handoff.requested', 'ratelimit.conversation', 'handoff.status']) {
            expect(events).toContain(e);
        }
        const aboutConversations = lines.filter((l) => /^(turn|handoff|ratelimit)/.test(String(l.event)));
        expect(aboutConversations.every((l) => l.conversationId === 'audit-1')).toBe(true);
    });

    it('is not let through by an error that quotes it: a channel refusing a reply is logged by status and code', async () => {
        const logs = captureLogs('info');
        const bot = await listen({}, { logger: logs.logger });
        cleanups.push(bot.close);
        const serviceUrl = await quotingChannel();
        expect(
            (
                await post(
                    bot.base,
                    message(serviceUrl, `${MARK} zoo, call ${PHONE}`, { conversation: { id: 'quoted' } }),
                )
            ).status,
        ).toBe(200);

        const failed = logs.lines.find((l) => l.event === 'turn.failed');
        expect(failed).toMatchObject({
            conversationId: 'quoted',
            ref: expect.any(String),
            err: { name: 'RestError', statusCode: 400 },
        });
        expect((failed!.err as Record<string, unknown>).message).toBeUndefined();
        expect(logs.lines.find((l) => l.event === 'turn.apology.failed')).toMatchObject({
            conversationId: 'quoted',
            err: { statusCode: 400 },
        });
        expect(logs.raw().toLowerCase()).not.toContain(MARK);
        expect(logs.raw()).not.toContain(PHONE);
    });

    it('with LOG_MESSAGE_TEXT=true, keeps the error message, redacted', async () => {
        const logs = captureLogs('info', { logText: true });
        const bot = await listen({ LOG_MESSAGE_TEXT: 'true' }, { logger: logs.logger });
        cleanups.push(bot.close);
        const serviceUrl = await quotingChannel();
        await post(bot.base, message(serviceUrl, `${MARK} zoo, call ${PHONE}`, { conversation: { id: 'quoted-2' } }));
        const failed = logs.lines.find((l) => l.event === 'turn.failed')!;
        expect((failed.err as Record<string, unknown>).message).toBe(`cannot reply to "${MARK} zoo, call [PHONE]"`);
        expect(logs.raw()).not.toContain(PHONE);
    });
});
