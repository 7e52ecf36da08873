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
