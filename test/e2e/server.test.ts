import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';
import type { AddressInfo } from 'node:net';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { startCaptureChannel } from '../support/channel.js';

let app: App;
let base: string;
let channel: Awaited<ReturnType<typeof startCaptureChannel>>;

beforeAll(async () => {
    channel = await startCaptureChannel();
    app = await createApp({ config: loadConfig({ PORT: '0' }), storage: new MemoryStorage(), logger: silentLogger });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
    app.server.close();
    await channel.close();
});

let seq = 0;
function activity(text: string | undefined, extra: Record<string, unknown> = {}) {
    return {
        type: 'message',
        id: `m${++seq}`,
        channelId: 'emulator',
        serviceUrl: channel.url,
        conversation: { id: 'conv-e2e' },
        from: { id: 'user-1', name: 'Parent' },
        recipient: { id: 'bot-1', name: 'Bot' },
        locale: 'en-US',
        text,
        timestamp: new Date().toISOString(),
        ...extra,
    };
}

async function post(body: unknown, contentType = 'application/json') {
    return fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: typeof body === 'string' ? body : JSON.stringify(body),
    });
}

describe('server over HTTP, Emulator protocol', () => {
    it('reports health', async () => {
        const res = await fetch(`${base}/healthz`);
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ status: 'ok' });
    });

    it('welcomes, answers a question and walks a step, replying to the serviceUrl', async () => {
        let res = await post({ ...activity(undefined), type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }] });
        expect(res.status).toBe(200);
        let got = await channel.waitFor(1);
        expect(got[0]!.text).toContain('Hello!');
        expect(got[0]!.conversation?.id).toBe('conv-e2e');

        res = await post(activity('What do I need to bring to activate my child’s social security card?'));
        expect(res.status).toBe(200);
        got = await channel.waitFor(2);
        expect(got[1]!.text).toContain('household register');
        expect(got[1]!.text).toContain('Legal basis: Article 16');
        expect(got[1]!.replyToId).toBe(`m${seq}`);

        await post(activity('第三步'));
        got = await channel.waitFor(3);
        expect(got[2]!.text).toContain('第3步（共6步）：到银行网点或人社窗口申领');
    });

    it('answers malformed requests with 400 and keeps serving', async () => {
        expect((await post('{not json')).status).toBe(400);
        expect((await post({})).status).toBe(400);
        expect((await post({ type: 'message' })).status).toBe(400);
        expect((await post({ type: 'message', conversation: {} })).status).toBe(400);
        expect((await post([1, 2])).status).toBe(400);
        expect((await post('hello', 'text/plain')).status).toBe(415);
        const before = channel.received.length;
        const res = await post(activity('legal basis'));
        expect(res.status).toBe(200);
        const got = await channel.waitFor(before + 1);
        expect(got[before]!.text).toContain('人社部发〔2011〕47号');
    });
});
