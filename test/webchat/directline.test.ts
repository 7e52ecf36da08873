import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';

let app: App;
let base: string;

beforeAll(async () => {
    // Credentials set: the built-in endpoint must still work, and /api/messages must still refuse unauthenticated calls.
    app = await createApp({
        config: loadConfig({ PORT: '0', STORAGE: 'memory', MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'MultiTenant' }),
        logger: silentLogger,
    });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => void app.server.close());

async function json(method: string, url: string, token?: string, body?: unknown) {
    const res = await fetch(`${base}${url}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function until<T>(probe: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
        const v = await probe();
        if (v !== undefined) return v;
        if (Date.now() > end) throw new Error('timed out');
        await new Promise((r) => setTimeout(r, 50));
    }
}

describe('built-in Direct Line endpoint', () => {
    it('issues a token, greets, answers over polling with watermarks and over the WebSocket stream', async () => {
        const { body: session } = await json('POST', '/api/webchat/token', undefined, { locale: 'zh-CN' });
        const { token, conversationId } = session as { token: string; conversationId: string };
        const start = await json('POST', '/v3/directline/conversations', token);
        expect(start.status).toBe(201);
        expect(start.body.streamUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/.+\/stream\?t=/);

        const greeting = await until(async () => {
            const r = await json('GET', `/v3/directline/conversations/${conversationId}/activities`, token);
            return r.body.activities.length ? r.body : undefined;
        });
        expect(greeting.activities[0].text).toContain('您好！');
        const watermark = greeting.watermark as string;

        const ws = new WebSocket(`${start.body.streamUrl}&watermark=${watermark}`);
        const frames: { activities: { text?: string; from: { role?: string } }[] }[] = [];
        ws.on('message', (d) => frames.push(JSON.parse(String(d))));
        await new Promise((r) => ws.once('open', r));

        const post = await json('POST', `/v3/directline/conversations/${conversationId}/activities`, token, {
            type: 'message',
            text: 'legal basis',
            from: { id: 'someone-else' },
        });
        expect(post.status).toBe(200);
        const streamed = await until(async () => frames.flatMap((f) => f.activities).find((a) => a.text?.includes('人社部发〔2011〕47号')));
        expect(streamed.from.role).toBe('bot');
        // The user's own message is echoed, attributed to the token's user whatever the client claimed.
        const echo = frames.flatMap((f) => f.activities).find((a) => a.text === 'legal basis') as { from: { id: string } } | undefined;
        expect(echo?.from.id).toMatch(/^dl_/);
        ws.close();

        const newer = await json('GET', `/v3/directline/conversations/${conversationId}/activities?watermark=${watermark}`, token);
        expect(newer.body.activities.map((a: { text: string }) => a.text.slice(0, 13))).toEqual(['legal basis', '**Legal basis']);
    });

    it('refuses calls without a valid token for that conversation', async () => {
        const a = (await json('POST', '/api/webchat/token', undefined, {})).body as { token: string; conversationId: string };
        const b = (await json('POST', '/api/webchat/token', undefined, {})).body as { token: string; conversationId: string };
        expect((await json('GET', `/v3/directline/conversations/${a.conversationId}/activities`)).status).toBe(401);
        expect((await json('GET', `/v3/directline/conversations/${a.conversationId}/activities`, 'forged.token')).status).toBe(401);
        expect((await json('GET', `/v3/directline/conversations/${a.conversationId}/activities`, b.token)).status).toBe(401);
        expect((await json('POST', `/v3/directline/conversations/${a.conversationId}/activities`, b.token, { type: 'message', text: 'hi' })).status).toBe(401);
        const ws = new WebSocket(`${base.replace('http', 'ws')}/v3/directline/conversations/${a.conversationId}/stream?t=${b.token}`);
        const status = await new Promise<number>((resolve) => ws.on('unexpected-response', (_req, res: http.IncomingMessage) => resolve(res.statusCode ?? 0)));
        expect(status).toBe(401);
        // And the Bot Framework endpoint still requires a Bot Framework token.
        const direct = await json('POST', '/api/messages', undefined, { type: 'message', text: 'hi', conversation: { id: 'x' }, serviceUrl: 'http://127.0.0.1:1' });
        expect(direct.status).toBe(401);
    });

    it('exchanges a real Direct Line secret server-side, never sending it to the browser', async () => {
        let seenAuth = '';
        const azure = http.createServer((req, res) => {
            seenAuth = req.headers.authorization ?? '';
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ token: 'azure-token', conversationId: 'azure-conv', expires_in: 1800 }));
        });
        await new Promise<void>((r) => azure.listen(0, '127.0.0.1', r));
        const withSecret = await createApp({
            config: loadConfig({ PORT: '0', STORAGE: 'memory', DIRECT_LINE_SECRET: 'very-secret-direct-line-key' }),
            logger: silentLogger,
            directLineBaseUrl: `http://127.0.0.1:${(azure.address() as AddressInfo).port}`,
        });
        await new Promise<void>((r) => withSecret.server.listen(0, '127.0.0.1', r));
        const res = await fetch(`http://127.0.0.1:${(withSecret.server.address() as AddressInfo).port}/api/webchat/token`, { method: 'POST' });
        const text = await res.text();
        expect(JSON.parse(text)).toEqual({ token: 'azure-token', conversationId: 'azure-conv', expires_in: 1800, domain: null });
        expect(text).not.toContain('very-secret');
        expect(seenAuth).toBe('Bearer very-secret-direct-line-key');
        withSecret.server.close();
        azure.close();
    });
});

/** A bot of its own with the given settings, and JSON calls against it. */
async function bot(env: Record<string, string>) {
    const own = await createApp({ config: loadConfig({ PORT: '0', STORAGE: 'memory', ...env }), logger: silentLogger });
    await new Promise<void>((resolve) => own.server.listen(0, '127.0.0.1', resolve));
    const root = `http://127.0.0.1:${(own.server.address() as AddressInfo).port}`;
    const call = async (method: string, url: string, token?: string, body?: unknown) => {
        const res = await fetch(`${root}${url}`, {
            method,
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        return {
            status: res.status,
            bytes: Buffer.byteLength(text),
            headers: res.headers,
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            body: (text ? JSON.parse(text) : {}) as Record<string, any>,
        };
    };
    /** A new conversation, started (greeted). */
    const open = async () => {
        const session = (await call('POST', '/api/webchat/token', undefined, {})).body as {
            token: string;
            conversationId: string;
        };
        const start = await call('POST', '/v3/directline/conversations', session.token);
        return { ...session, streamUrl: start.body.streamUrl as string };
    };
    const poll = (c: { token: string; conversationId: string }, watermark?: string) =>
        call(
            'GET',
            `/v3/directline/conversations/${c.conversationId}/activities${watermark ? `?watermark=${watermark}` : ''}`,
            c.token,
        );
    const say = (c: { token: string; conversationId: string }, activity: Record<string, unknown>) =>
        call('POST', `/v3/directline/conversations/${c.conversationId}/activities`, c.token, {
            type: 'message',
            ...activity,
        });
    return { call, open, poll, say, close: () => own.close(1000) };
}

describe('built-in Direct Line bounds (issue #19, findings 4 and 5)', () => {
    it('bounds each activity, each conversation and all conversations together in bytes', async () => {
        const b = await bot({
            DIRECTLINE_MAX_ACTIVITY_KB: '64',
            DIRECTLINE_MAX_CONVERSATION_KB: '128',
            DIRECTLINE_MAX_TOTAL_MB: '0.5',
            DIRECTLINE_IDLE_MINUTES: '0',
            RATE_LIMIT_CONVERSATION: '0',
        });
        try {
            const c = await b.open();
            await until(async () => ((await b.poll(c)).body.activities.length ? true : undefined));
            // The finding: 250 KB of channelData in one activity was accepted and kept.
            const huge = await b.say(c, { text: 'hi', channelData: { junk: 'x'.repeat(250 * 1024) } });
            expect(huge.status).toBe(413);
            expect(JSON.stringify((await b.poll(c)).body)).not.toContain('xxxx');
            // Many activities just under the activity limit: the log keeps the newest 128 KB, so one poll stays small.
            for (let i = 0; i < 8; i++)
                expect((await b.say(c, { text: `n${i}`, channelData: { pad: 'y'.repeat(40 * 1024) } })).status).toBe(
                    200,
                );
            const all = await b.poll(c);
            expect(all.bytes).toBeLessThan(140 * 1024);
            const texts = all.body.activities.map((a: { text?: string }) => a.text);
            expect(texts).toContain('n7');
            expect(texts).not.toContain('n0');
            // Several full conversations: all of them together stay within 0.5 MB, the idlest going first.
            const others = [];
            for (let k = 0; k < 6; k++) {
                const o = await b.open();
                for (let i = 0; i < 4; i++)
                    await b.say(o, { text: `o${k}.${i}`, channelData: { pad: 'z'.repeat(40 * 1024) } });
                others.push(o);
            }
            const held = await Promise.all([c, ...others].map(async (o) => (await b.poll(o)).bytes));
            expect(held.reduce((x, y) => x + y, 0)).toBeLessThan(0.5 * 1024 * 1024 + 128 * 1024);
            expect((await b.poll(c)).body.activities).toEqual([]);
        } finally {
            await b.close();
        }
    });

    it('limits new conversations per address', async () => {
        const b = await bot({ DIRECTLINE_NEW_CONVERSATIONS_PER_ADDRESS_PER_HOUR: '5' });
        try {
            for (let i = 0; i < 5; i++)
                expect((await b.call('POST', '/api/webchat/token', undefined, {})).status).toBe(200);
            const over = await b.call('POST', '/api/webchat/token', undefined, {});
            expect(over.status).toBe(429);
            expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
        } finally {
            await b.close();
        }
    });

    it('never evicts a conversation with an open stream: a flood of tokens is refused instead', async () => {
        const b = await bot({
            DIRECTLINE_MAX_CONVERSATIONS: '3',
            DIRECTLINE_IDLE_MINUTES: '0',
            DIRECTLINE_NEW_CONVERSATIONS_PER_ADDRESS_PER_HOUR: '0',
        });
        try {
            const parent = await b.open();
            const greeting = await until(async () => {
                const r = await b.poll(parent);
                return r.body.activities.length ? r.body : undefined;
            });
            const ws = new WebSocket(`${parent.streamUrl}&watermark=${greeting.watermark}`);
            const frames: { activities: { text?: string; from: { role?: string } }[] }[] = [];
            ws.on('message', (d) => frames.push(JSON.parse(String(d))));
            await new Promise((r) => ws.once('open', r));
            // Idle conversations (no stream) make room for new ones...
            for (let i = 0; i < 10; i++)
                expect((await b.call('POST', '/api/webchat/token', undefined, {})).status).toBe(200);
            // ...until every conversation held has an open stream: then new ones wait, the live ones stay.
            const streams: WebSocket[] = [];
            for (let i = 0; i < 2; i++) {
                const o = await b.open();
                const s = new WebSocket(o.streamUrl);
                await new Promise((r) => s.once('open', r));
                streams.push(s);
            }
            const refused = await b.call('POST', '/api/webchat/token', undefined, {});
            expect(refused.status).toBe(503);
            expect(refused.headers.get('retry-after')).toBeTruthy();
            // The parent's chat goes on: the stream gets the answer and the history is whole.
            expect((await b.say(parent, { text: 'legal basis' })).status).toBe(200);
            await until(async () => frames.flatMap((f) => f.activities).find((a) => a.from.role === 'bot'));
            const history = (await b.poll(parent)).body.activities.map((a: { text?: string }) => a.text);
            expect(history[0]).toBe(greeting.activities[0].text);
            expect(history).toContain('legal basis');
            for (const s of [ws, ...streams]) s.close();
        } finally {
            await b.close();
        }
    });
});
