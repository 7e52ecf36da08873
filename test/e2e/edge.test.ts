import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { startCaptureChannel } from '../support/channel.js';
import { startDirectLine } from '../support/directLineClient.js';
import { listen, message, post } from '../support/http.js';
import { openRawStream } from '../support/rawSocket.js';

/** Issue 19's findings 10, 12, 13 and 16 (the per-instance part) at the real server. */
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
});

/** One bot per configuration, shared by the tests that use it (building one takes a few seconds). */
const bots = new Map<string, ReturnType<typeof listen>>();
afterAll(async () => {
    for (const bot of bots.values()) (await bot).close();
});
function start(env: Record<string, string>) {
    const key = JSON.stringify(env);
    if (!bots.has(key)) bots.set(key, listen(env));
    return bots.get(key)!;
}

describe('finding 10: WebSocket upgrades count against the per-address limit', () => {
    it('refuses upgrades with 429 and Retry-After once the address is over its requests per minute', async () => {
        const bot = await start({ RATE_LIMIT_IP_PER_MINUTE: '6' });
        const dl = await startDirectLine(bot.base); // two requests: token, start
        const statuses: string[] = [];
        for (let i = 0; i < 6; i++) {
            const stream = await openRawStream(bot.base, dl.streamPath);
            cleanups.push(() => stream.socket.destroy());
            statuses.push(stream.status.split(' ')[1]!);
        }
        expect(statuses).toEqual(['101', '101', '101', '101', '429', '429']);
    });

    it('holds at most 10 open streams per conversation', async () => {
        const bot = await start({ RATE_LIMIT_IP_PER_MINUTE: '0' });
        const dl = await startDirectLine(bot.base);
        const statuses: string[] = [];
        for (let i = 0; i < 12; i++) {
            const stream = await openRawStream(bot.base, dl.streamPath);
            cleanups.push(() => stream.socket.destroy());
            statuses.push(stream.status.split(' ')[1]!);
        }
        expect(statuses.filter((s) => s === '101')).toHaveLength(10);
        expect(statuses.slice(10)).toEqual(['429', '429']);
    });
});

describe('finding 12: handoff events and free strings', () => {
    it('refuses a handoff.status event a parent posts through the built-in Direct Line endpoint', async () => {
        const bot = await start({ HANDOFF_HUB_CHANNELS: 'directline,webchat' });
        const dl = await startDirectLine(bot.base);
        const r = await dl.post({ type: 'event', name: 'handoff.status', value: { state: 'completed' } });
        expect(r.status).toBe(400);
        expect(JSON.parse(r.body).error.message).toBe('handoff events are accepted only from a contact-centre hub');
    });

    it('accepts handoff events on /api/messages only from the channels named in HANDOFF_HUB_CHANNELS', async () => {
        const channel = await startCaptureChannel();
        cleanups.push(() => channel.close());
        const bot = await start({ HANDOFF_HUB_CHANNELS: 'omnichannel' });
        const event = (channelId: string) => ({
            ...message(channel.url, '', { channelId }),
            type: 'event',
            name: 'handoff.status',
            value: { state: 'completed' },
        });
        const refused = await post(bot.base, event('webchat'));
        expect(refused.status).toBe(400);
        expect(JSON.parse(refused.body)).toEqual({
            error: 'handoff events are accepted only from a contact-centre hub',
        });
        expect((await post(bot.base, event('omnichannel'))).status).toBe(200);
    });

    it.each([
        ['a 200 KB locale', { locale: `en-${'x'.repeat(200_000)}` }, '"locale" must be at most 64 characters'],
        ['a locale that is not a language tag', { locale: '../../etc' }, '"locale" must be a language tag'],
        ['a 10 KB name', { from: { id: 'x', name: 'n'.repeat(10_000) } }, '"from.name" must be at most 256 characters'],
        [
            'an activity type the client may not send',
            { type: 'conversationUpdate' },
            'activities of type "conversationUpdate" are not accepted here',
        ],
    ])('refuses %s from a Direct Line client', async (_name, fields, reason) => {
        const bot = await start({});
        const dl = await startDirectLine(bot.base);
        const r = await dl.post({ type: 'message', text: 'hello', ...fields });
        expect(r.status).toBe(400);
        expect(JSON.parse(r.body).error.message).toBe(reason);
    });
});

describe('finding 13: the chat page cannot be framed by other sites', () => {
    it("sends a Content-Security-Policy with frame-ancestors 'none' by default", async () => {
        const bot = await start({});
        const res = await fetch(`${bot.base}/`);
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("object-src 'none'");
        expect(res.headers.get('x-frame-options')).toBe('DENY');
    });

    it('lets the sites in WEBCHAT_FRAME_ANCESTORS embed it, and allows Azure Direct Line when it is used', async () => {
        const bot = await start({
            WEBCHAT_FRAME_ANCESTORS: "'self' https://www.example.org",
            DIRECT_LINE_SECRET: 'secret',
        });
        const res = await fetch(`${bot.base}/`);
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("frame-ancestors 'self' https://www.example.org");
        expect(csp).toContain(
            "connect-src 'self' https://directline.botframework.com wss://directline.botframework.com",
        );
        expect(res.headers.get('x-frame-options')).toBeNull();
    });
});

describe('finding 16: limits see the client behind a trusted proxy (TRUST_PROXY)', () => {
    const page = (base: string, forwardedFor: string) =>
        fetch(`${base}/`, { headers: { 'x-forwarded-for': forwardedFor } }).then((r) => r.status);

    it('counts each forwarded client on its own when the proxy is trusted', async () => {
        const bot = await start({ RATE_LIMIT_IP_PER_MINUTE: '2', TRUST_PROXY: '127.0.0.1' });
        expect([
            await page(bot.base, '203.0.113.1'),
            await page(bot.base, '203.0.113.1'),
            await page(bot.base, '203.0.113.1'),
        ]).toEqual([200, 200, 429]);
        // Another parent behind the same proxy is not locked out by the first.
        expect(await page(bot.base, '203.0.113.2')).toBe(200);
        // What a client writes itself (left of what the proxy appended) is not believed.
        expect(await page(bot.base, '198.51.100.7, 203.0.113.1')).toBe(429);
    });

    it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
        const bot = await start({ RATE_LIMIT_IP_PER_MINUTE: '2' });
        expect([
            await page(bot.base, '203.0.113.1'),
            await page(bot.base, '203.0.113.2'),
            await page(bot.base, '203.0.113.3'),
        ]).toEqual([200, 200, 429]);
    });
});
