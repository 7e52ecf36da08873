import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { captureLogs, listen } from '../support/http.js';
import {
    APP_ID,
    APP_SECRET,
    clock,
    GatedStorage,
    manualDeadline,
    OPENID,
    parseReply,
    plainRequest,
    send,
    startFakeWeChatApi,
    textXml,
    TOKEN,
    type FakeWeChatApi,
    waitUntil,
} from './support.js';

/**
 * The 5-second budget and the customer-service API, against a fake WeChat API on loopback. The
 * budget is a deadline the test fires by hand (no real waits); slow turns are turns whose
 * conversation state cannot be read until the test lets it.
 */
let fake: FakeWeChatApi;
const env = () => ({
    WECHAT_TOKEN: TOKEN,
    WECHAT_APP_ID: APP_ID,
    WECHAT_APP_SECRET: APP_SECRET,
    WECHAT_API_BASE_URL: fake.url,
    RATE_LIMIT_CONVERSATION: '0',
});
const bots: Awaited<ReturnType<typeof listen>>[] = [];
let msgId = 24571893475210500000n;
const message = (text: string, from = OPENID) => plainRequest(textXml(text, String(++msgId), from));

beforeAll(async () => {
    fake = await startFakeWeChatApi();
});
afterEach(() => {
    for (const b of bots.splice(0)) b.close();
    fake.sent.length = 0;
    fake.sendCalls = 0;
    fake.tokenRequests.length = 0;
    fake.failNextSends.length = 0;
});
afterAll(async () => {
    await fake.close();
});

async function start(storage = new GatedStorage(), deadline = manualDeadline(), logger = captureLogs('debug')) {
    const bot = await listen(env(), { clock, storage, logger: logger.logger, wechat: { deadline } });
    bots.push(bot);
    return { ...bot, storage, deadline, logs: logger };
}

describe('a turn within the reply budget', () => {
    it('answers its first reply passively and sends the others as customer-service messages after it', async () => {
        const bot = await start();
        const res = await send(bot.base, message('怎么激活'));
        expect(parseReply(res.body).Content).toContain('激活');
        await fake.waitForSent(1);
        expect(fake.sent[0]).toMatchObject({ touser: OPENID });
        expect(fake.sent[0]!.content).toContain('请问您说的是哪一种');
    });
});

describe('a turn slower than the reply budget', () => {
    it('answers `success` when the budget runs out, then sends every reply through the customer-service API', async () => {
        const bot = await start();
        bot.storage.hold();
        const pending = send(bot.base, message('需要带什么材料'));
        // The request is waiting on the turn; the budget runs out.
        await waitUntil(() => bot.deadline.started === 1);
        bot.deadline.expire();
        const res = await pending;
        expect(res.body).toBe('success');
        expect(fake.sent).toEqual([]);
        bot.storage.release();
        await fake.waitForSent(1);
        expect(fake.sent[0]!.content).toContain('户口簿');
        expect(bot.logs.lines.some((l) => l.event === 'wechat.reply.late')).toBe(true);
    });

    it("a retry of the slow message reaching another instance is not answered again (the parent's first message)", async () => {
        const storage = new GatedStorage();
        const one = await start(storage);
        const two = await start(storage);
        storage.hold();
        const request = message('法律依据', 'oNEW_parent_first_message');
        const first = send(one.base, request);
        await waitUntil(() => one.deadline.started === 1);
        one.deadline.expire();
        expect((await first).body).toBe('success');
        // WeChat's retry, five seconds later, to the other instance.
        expect((await send(two.base, request)).body).toBe('success');
        two.deadline.expire();
        storage.release();
        await fake.waitForSent(1);
        await one.app.wechat!.adapter.drain();
        await two.app.wechat!.adapter.drain();
        expect(fake.sent.filter((s) => s.content.includes('第十六条'))).toHaveLength(1);
    });
});

describe('access tokens', () => {
    it('come from stable_token once and are shared by instances through the store', async () => {
        const storage = new GatedStorage();
        const one = await start(storage);
        const two = await start(storage);
        await send(one.base, message('怎么激活', 'oTOKEN_parent_1'));
        await fake.waitForSent(1);
        await send(two.base, message('怎么激活', 'oTOKEN_parent_2'));
        await fake.waitForSent(2);
        expect(fake.tokenRequests).toEqual([{ force_refresh: false }]);
    });

    it('are renewed when WeChat says the token is no longer valid (40001), and the message still goes out', async () => {
        const bot = await start();
        await send(bot.base, message('怎么激活', 'oRENEW_parent'));
        await fake.waitForSent(1);
        fake.revokeToken();
        await send(bot.base, message('怎么激活', 'oRENEW_parent_2'));
        await fake.waitForSent(2);
        expect(fake.sent.map((s) => s.token)).toEqual(['token-1', 'token-2']);
        expect(fake.tokenRequests).toHaveLength(2);
    });
});

describe('access tokens refused while WeChat still hands them out', () => {
    it('force a refresh (limited to 20 a day, so only then)', async () => {
        const bot = await start();
        await send(bot.base, message('怎么激活', 'oFORCE_parent'));
        await fake.waitForSent(1);
        fake.refusedTokens.add(fake.sent[0]!.token);
        await send(bot.base, message('怎么激活', 'oFORCE_parent_2'));
        await fake.waitForSent(2);
        fake.refusedTokens.clear();
        expect(fake.tokenRequests).toEqual([
            { force_refresh: false },
            { force_refresh: false },
            { force_refresh: true },
        ]);
        expect(fake.sent[1]!.token).not.toBe(fake.sent[0]!.token);
    });
});

describe('customer-service errors', () => {
    it('45015 (outside the 48-hour window) is logged, not retried, and the conversation goes on with its state', async () => {
        const bot = await start();
        fake.failNextSends.push(45015);
        const res = await send(bot.base, message('怎么激活', 'oERR_45015'));
        expect(parseReply(res.body).Content).toContain('激活');
        await bot.app.wechat!.adapter.drain();
        expect(fake.sendCalls).toBe(1);
        expect(fake.sent).toEqual([]);
        expect(bot.logs.lines.find((l) => l.event === 'wechat.send.failed')).toMatchObject({
            level: 40,
            errcode: 45015,
        });
        // The undelivered message offered the three cards; "1" still picks the first of them.
        const next = await send(bot.base, message('1', 'oERR_45015'));
        expect(parseReply(next.body).Content).toContain('实体社保卡激活办理');
        // That answer is longer than one WeChat message: its second part goes through the API.
        await bot.app.wechat!.adapter.drain();
    });

    it('45047 (quota used up) stops the rest of the replies instead of trying each', async () => {
        const bot = await start();
        fake.failNextSends.push(45047);
        await slowTurn(bot, message('怎么激活', 'oERR_45047'));
        expect(fake.sendCalls).toBe(1);
        expect(bot.logs.lines.find((l) => l.event === 'wechat.send.failed')).toMatchObject({
            errcode: 45047,
            unsent: 2,
        });
    });

    it('45002 (too long) splits the message further and sends the parts', async () => {
        const bot = await start();
        await slowTurn(bot, message('几种卡有什么区别', 'oERR_45002_reference'));
        const reference = fake.sent.splice(0).map((s) => s.content);
        fake.sendCalls = 0;
        fake.failNextSends.push(45002);
        await slowTurn(bot, message('几种卡有什么区别', 'oERR_45002'));
        const parts = fake.sent.map((s) => s.content);
        expect(parts.length).toBeGreaterThan(reference.length);
        const squash = (texts: string[]) => texts.join('').replace(/\s+/g, '');
        expect(squash(parts)).toBe(squash(reference));
        expect(Buffer.byteLength(parts[0]!)).toBeLessThanOrEqual(Buffer.byteLength(reference[0]!) / 2);
    });
});

/** Runs a message as a turn slower than the budget: `success` at once, every reply through the API. */
async function slowTurn(bot: Awaited<ReturnType<typeof start>>, request: ReturnType<typeof message>): Promise<void> {
    const before = bot.deadline.started;
    bot.storage.hold();
    const pending = send(bot.base, request);
    await waitUntil(() => bot.deadline.started === before + 1);
    bot.deadline.expire();
    expect((await pending).body).toBe('success');
    bot.storage.release();
    await bot.app.wechat!.adapter.drain();
}
