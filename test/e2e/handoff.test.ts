import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { startCaptureChannel } from '../support/channel.js';

const AGENTS = 'alice:alice-secret-123,bob:bob-secret-4567';
const running: { app: App; base: string }[] = [];
const channels: Awaited<ReturnType<typeof startCaptureChannel>>[] = [];

async function start(env: Record<string, string>) {
    const app = await createApp({ config: loadConfig({ PORT: '0', AGENTS, AGENT_TOKEN_SECRET: 'x'.repeat(40), ...env }), logger: silentLogger });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    running.push({ app, base });
    return { app, base };
}

afterEach(async () => {
    for (const r of running.splice(0)) r.app.server.close();
    for (const c of channels.splice(0)) await c.close();
});

async function channel() {
    const c = await startCaptureChannel();
    channels.push(c);
    return c;
}

let seq = 0;
function say(base: string, serviceUrl: string, text: string, conversation = 'conv-h1', channelId = 'emulator') {
    return fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
            type: 'message',
            id: `h${++seq}`,
            channelId,
            serviceUrl,
            conversation: { id: conversation },
            from: { id: 'parent-1', name: 'Parent' },
            recipient: { id: 'bot-1', name: 'Bot' },
            locale: 'en-US',
            text,
        }),
    });
}

async function api(base: string, method: string, url: string, token?: string, body?: unknown) {
    const res = await fetch(`${base}${url}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function signIn(base: string, name: string, secret: string): Promise<string> {
    const r = await api(base, 'POST', '/agent/api/session', undefined, { name, secret });
    expect(r.status).toBe(200);
    return r.body.token as string;
}

const texts = (c: Awaited<ReturnType<typeof startCaptureChannel>>) => c.received.filter((a) => a.type === 'message').map((a) => a.text ?? '');

describe('handoff over HTTP', () => {
    it('parent asks for a person, an agent accepts, messages flow both ways, the agent hands back, the bot answers again', async () => {
        const ch = await channel();
        const { base } = await start({ STORAGE: 'memory' });
        await say(base, ch.url, 'what documents do I need to bring');
        await ch.waitFor(1);
        await say(base, ch.url, 'talk to a person');
        // A handoff.initiate event (Emulator accepts events) and the queued notice.
        const got = await ch.waitFor(3);
        const initiate = got.find((a) => a.type === 'event')!;
        expect(initiate.name).toBe('handoff.initiate');
        expect(initiate.value).toMatchObject({ lang: 'en', reason: 'asked', topic: 'documents', question: 'what documents do I need to bring' });
        expect(initiate.attachments?.[0]?.name).toBe('Transcript');
        expect(texts(ch).at(-1)).toContain("I've asked a person");

        expect((await api(base, 'GET', '/agent/api/queue')).status).toBe(401);
        const alice = await signIn(base, 'alice', 'alice-secret-123');
        expect((await api(base, 'POST', '/agent/api/session', undefined, { name: 'alice', secret: 'wrong-secret-000' })).status).toBe(401);
        const queue = await api(base, 'GET', '/agent/api/queue', alice);
        expect(queue.body.conversations.map((c: { conversationId: string; status: string; lang: string }) => [c.conversationId, c.status, c.lang])).toEqual([
            ['conv-h1', 'waiting', 'en'],
        ]);

        // While waiting, the parent's message is kept for the agent and the bot says it once.
        await say(base, ch.url, 'hello is anyone there');
        await ch.waitFor(4);
        expect(texts(ch).at(-1)).toContain("You're in the queue");

        expect((await api(base, 'POST', '/agent/api/conversations/conv-h1/accept', alice)).status).toBe(200);
        await ch.waitFor(5);
        expect(texts(ch).at(-1)).toBe('alice from the support team has joined the chat.');

        expect((await api(base, 'POST', '/agent/api/conversations/conv-h1/messages', alice, { text: 'Hi, <b>which city</b> are you in?' })).status).toBe(200);
        await ch.waitFor(6);
        const agentMessage = ch.received.at(-1)!;
        expect(agentMessage.text).toBe('alice (support): Hi, <b>which city</b> are you in?');
        expect(agentMessage.textFormat).toBe('plain');

        // With a person on the conversation the bot stays quiet and relays.
        const before = ch.received.length;
        expect((await say(base, ch.url, 'Shanghai, my number is 13812345678')).status).toBe(200);
        const convo = await api(base, 'GET', '/agent/api/conversations/conv-h1', alice);
        expect(convo.body.conversation.transcript.at(-1)).toMatchObject({ from: 'user', text: 'Shanghai, my number is [PHONE]' });
        expect(ch.received.length).toBe(before);

        expect((await api(base, 'POST', '/agent/api/conversations/conv-h1/handback', alice)).status).toBe(200);
        await ch.waitFor(before + 1);
        expect(texts(ch).at(-1)).toContain("I'm back");

        await say(base, ch.url, 'what is the legal basis');
        await ch.waitFor(before + 2);
        expect(texts(ch).at(-1)).toContain('人社部发〔2011〕47号');

        // Questions the bot could not answer, most frequent first, redacted.
        await say(base, ch.url, 'how do I renew my passport, call me on 13912345678');
        await say(base, ch.url, 'what is the weather tomorrow');
        await say(base, ch.url, 'what is the weather tomorrow');
        await ch.waitFor(before + 5);
        const unanswered = await api(base, 'GET', '/agent/api/unanswered', alice);
        expect(unanswered.body.questions.map((q: { text: string; lang: string; count: number }) => [q.text, q.lang, q.count])).toEqual([
            ['what is the weather tomorrow', 'en', 2],
            ['how do I renew my passport, call me on [PHONE]', 'en', 1],
        ]);
    });

    it('lets only one of two racing agents take the conversation', async () => {
        const ch = await channel();
        const { base } = await start({ STORAGE: 'memory' });
        await say(base, ch.url, '转人工', 'conv-race');
        await ch.waitFor(2);
        const [alice, bob] = await Promise.all([signIn(base, 'alice', 'alice-secret-123'), signIn(base, 'bob', 'bob-secret-4567')]);
        const results = await Promise.all([
            api(base, 'POST', '/agent/api/conversations/conv-race/accept', alice),
            api(base, 'POST', '/agent/api/conversations/conv-race/accept', bob),
        ]);
        expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
        const loser = results.find((r) => r.status === 409)!;
        expect(loser.body.error).toMatch(/already taken by (alice|bob)/);
        await ch.waitFor(3);
        expect(texts(ch).at(-1)).toMatch(/^人工客服(alice|bob)已加入对话。$/);
    });

    it('keeps a waiting conversation across a restart (embedded database)', async () => {
        const ch = await channel();
        const dir = await mkdtemp(path.join(os.tmpdir(), 'state-'));
        const first = await start({ STORAGE: 'lmdb', STATE_DIR: dir });
        await say(first.base, ch.url, 'I want to speak to someone', 'conv-restart');
        await ch.waitFor(2);
        first.app.server.close();

        const second = await start({ STORAGE: 'lmdb', STATE_DIR: dir });
        const alice = await signIn(second.base, 'alice', 'alice-secret-123');
        const queue = await api(second.base, 'GET', '/agent/api/queue', alice);
        expect(queue.body.conversations.map((c: { conversationId: string; status: string }) => [c.conversationId, c.status])).toEqual([['conv-restart', 'waiting']]);
        // The parent can still cancel waiting after the restart.
        await say(second.base, ch.url, 'cancel', 'conv-restart');
        await ch.waitFor(3);
        expect(texts(ch).at(-1)).toContain('no longer waiting');
        expect((await api(second.base, 'GET', '/agent/api/queue', alice)).body.conversations).toEqual([]);
    });

    it('does not send handoff events to Teams, and says where people are when no agents are configured', async () => {
        const ch = await channel();
        const { base } = await start({ STORAGE: 'memory', AGENTS: '' });
        await say(base, ch.url, 'talk to a person', 'conv-teams', 'msteams');
        await ch.waitFor(1);
        expect(ch.received.map((a) => a.type)).toEqual(['message']);
        expect(texts(ch)[0]).toContain('(HRSS) bureau');
    });

    it('accepts handoff.status from a hub and tells the parent when it failed', async () => {
        const ch = await channel();
        const { base } = await start({ STORAGE: 'memory', AGENTS: '', HANDOFF_HUB_CHANNELS: 'webchat' });
        await say(base, ch.url, 'talk to a person', 'conv-hub', 'webchat');
        await ch.waitFor(2);
        const res = await fetch(`${base}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
                type: 'event',
                name: 'handoff.status',
                value: { state: 'failed', message: 'no agents online' },
                channelId: 'webchat',
                serviceUrl: ch.url,
                conversation: { id: 'conv-hub' },
                from: { id: 'hub' },
                recipient: { id: 'bot-1' },
            }),
        });
        expect(res.status).toBeLessThan(300);
        await ch.waitFor(3);
        expect(texts(ch).at(-1)).toContain('no agents online');
        await say(base, ch.url, 'what documents do I need', 'conv-hub', 'webchat');
        await ch.waitFor(4);
        expect(texts(ch).at(-1)).toContain('household register');
    });
});
