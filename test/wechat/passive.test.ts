import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';
import { listen } from '../support/http.js';
import {
    ACCOUNT,
    clock,
    fixture,
    FIXTURE_TIME,
    OPENID,
    parseReply,
    plainRequest,
    send,
    textXml,
    TOKEN,
    urlSignature,
} from './support.js';

/** Plaintext mode without API credentials: passive replies only. */
let bot: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
    bot = await listen({ WECHAT_TOKEN: TOKEN }, { clock });
});
afterAll(() => bot?.close());

describe('WeChat server URL check (GET /api/wechat)', () => {
    it('answers echostr as plain text when the signature is right', async () => {
        const res = await send(bot.base, fixture('verify'));
        expect(res).toMatchObject({ status: 200, body: '6734599358372871284' });
        expect(res.type).toMatch(/^text\/plain/);
    });

    it('answers 401 and nothing else for a wrong signature, a missing one or a stale timestamp', async () => {
        const good = fixture('verify');
        for (const query of [
            { ...good.query, signature: '0'.repeat(40) },
            { ...good.query, signature: '' },
            { timestamp: good.query.timestamp!, nonce: good.query.nonce!, echostr: 'x' },
            // Signed correctly, but ten minutes old: a replayed request.
            {
                ...good.query,
                timestamp: String(FIXTURE_TIME - 600),
                signature: urlSignature(String(FIXTURE_TIME - 600), good.query.nonce!),
            },
        ]) {
            const res = await send(bot.base, { ...good, query: query as Record<string, string> });
            expect(res).toMatchObject({ status: 401, body: 'unauthorized' });
        }
    });
});

describe('WeChat text messages in plaintext mode', () => {
    it('answers a Chinese question with a passive text reply from the account to the parent', async () => {
        const res = await send(bot.base, fixture('text-zh'));
        expect(res.status).toBe(200);
        const reply = parseReply(res.body);
        expect(reply).toMatchObject({ ToUserName: OPENID, FromUserName: ACCOUNT, MsgType: 'text' });
        expect(reply.Content).toContain('户口簿');
        // Numbered options, answerable by the number, as on other plain channels.
        expect(reply.Content).toMatch(/\n1\. /);
        expect(Buffer.byteLength(reply.Content!)).toBeLessThanOrEqual(2048);
    });

    it('answers in English when asked in English', async () => {
        const reply = parseReply((await send(bot.base, fixture('text-en'))).body);
        expect(reply.Content).toMatch(/bring/i);
    });
});

describe('each WeChat message is answered once', () => {
    it("answers the same MsgId three times (WeChat's retries) once, and `success` to the retries", async () => {
        const request = plainRequest(textXml('怎么激活社保卡', '24571893475210399001'));
        const answers = [await send(bot.base, request), await send(bot.base, request), await send(bot.base, request)];
        expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
        expect(parseReply(answers[0]!.body).Content).toContain('激活');
        expect(answers.slice(1).map((a) => a.body)).toEqual(['success', 'success']);
    });

    it('recognises a retry that reaches another instance sharing the store', async () => {
        const storage = new MemoryStorage();
        const one = await listen({ WECHAT_TOKEN: TOKEN }, { clock, storage });
        const two = await listen({ WECHAT_TOKEN: TOKEN }, { clock, storage });
        try {
            const request = plainRequest(textXml('需要带什么材料', '24571893475210399002'));
            const first = await send(one.base, request);
            const second = await send(two.base, request);
            const third = await send(one.base, request);
            expect(parseReply(first.body).Content).toContain('户口簿');
            expect([second.body, third.body]).toEqual(['success', 'success']);
            // A new message of the same parent is answered as usual on either instance.
            const next = await send(two.base, plainRequest(textXml('法律依据', '24571893475210399003')));
            expect(parseReply(next.body).MsgType).toBe('text');
        } finally {
            one.close();
            two.close();
        }
    });
});
