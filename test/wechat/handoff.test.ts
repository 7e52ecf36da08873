import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { listen } from '../support/http.js';
import {
    APP_ID,
    APP_SECRET,
    clock,
    parseReply,
    plainRequest,
    send,
    startFakeWeChatApi,
    textXml,
    TOKEN,
    type FakeWeChatApi,
} from './support.js';

/** Handoff from WeChat through the built-in agent console: the agent's words reach the parent as customer-service messages. */
const PARENT = 'oHANDOFF_parent_000001';
let fake: FakeWeChatApi;
let bot: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
    fake = await startFakeWeChatApi();
    bot = await listen(
        {
            WECHAT_TOKEN: TOKEN,
            WECHAT_APP_ID: APP_ID,
            WECHAT_APP_SECRET: APP_SECRET,
            WECHAT_API_BASE_URL: fake.url,
            AGENTS: 'alice:alice-secret-123',
            AGENT_TOKEN_SECRET: 'x'.repeat(40),
            RATE_LIMIT_CONVERSATION: '0',
        },
        { clock },
    );
});
afterAll(async () => {
    bot?.close();
    await fake?.close();
});

let id = 24571893475210800000n;
const say = async (text: string) => (await send(bot.base, plainRequest(textXml(text, String(++id), PARENT)))).body;
const replyTo = async (text: string) => parseReply(await say(text)).Content ?? '';

async function api(method: string, url: string, token?: string, body?: unknown) {
    const res = await fetch(`${bot.base}${url}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('handoff from WeChat', () => {
    it('转人工 queues the parent with the transcript; the agent’s messages arrive through the API; hand-back returns to the bot', async () => {
        expect(await replyTo('需要带什么材料')).toContain('户口簿');
        const queued = await replyTo('转人工');
        expect(queued).toMatch(/人工|客服/);

        const signIn = await api('POST', '/agent/api/session', undefined, {
            name: 'alice',
            secret: 'alice-secret-123',
        });
        const alice = signIn.body.token as string;
        const queue = await api('GET', '/agent/api/queue', alice);
        expect(
            queue.body.conversations.map((c: { conversationId: string; status: string; lang: string }) => [
                c.conversationId,
                c.status,
                c.lang,
            ]),
        ).toEqual([[PARENT, 'waiting', 'zh']]);
        const convo = await api('GET', `/agent/api/conversations/${PARENT}`, alice);
        expect(convo.body.conversation.transcript[0]).toMatchObject({ from: 'user', text: '需要带什么材料' });

        expect((await api('POST', `/agent/api/conversations/${PARENT}/accept`, alice)).status).toBe(200);
        await fake.waitForSent(1);
        expect(fake.sent[0]).toMatchObject({ touser: PARENT });
        expect(fake.sent[0]!.content).toContain('alice');

        expect(
            (
                await api('POST', `/agent/api/conversations/${PARENT}/messages`, alice, {
                    text: '您好，请问您在哪个城市？',
                })
            ).status,
        ).toBe(200);
        await fake.waitForSent(2);
        expect(fake.sent[1]!.content).toContain('您好，请问您在哪个城市？');

        // While the agent has the conversation the bot stays quiet: the parent's words go to the agent.
        expect(await say('上海')).toBe('success');
        const after = await api('GET', `/agent/api/conversations/${PARENT}`, alice);
        expect(after.body.conversation.transcript.at(-1)).toMatchObject({ from: 'user', text: '上海' });

        expect((await api('POST', `/agent/api/conversations/${PARENT}/handback`, alice)).status).toBe(200);
        await fake.waitForSent(3);
        expect(fake.sent[2]!.content).toMatch(/1\. 需要带什么/);
        expect(await replyTo('法律依据')).toContain('第十六条');
    });

    it('tells the agent when WeChat refuses the message (the parent left the 48-hour window)', async () => {
        const signIn = await api('POST', '/agent/api/session', undefined, {
            name: 'alice',
            secret: 'alice-secret-123',
        });
        const alice = signIn.body.token as string;
        await say('转人工');
        expect((await api('POST', `/agent/api/conversations/${PARENT}/accept`, alice)).status).toBe(200);
        fake.failNextSends.push(45015);
        const res = await api('POST', `/agent/api/conversations/${PARENT}/messages`, alice, { text: '还在吗？' });
        expect(res.status).toBe(500);
    });
});
