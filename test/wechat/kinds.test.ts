import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { captureLogs, listen } from '../support/http.js';
import {
    clock,
    fixture,
    GatedStorage,
    manualDeadline,
    OPENID,
    parseReply,
    plainRequest,
    send,
    textXml,
    TOKEN,
    waitUntil,
} from './support.js';

/** Message kinds other than text, in passive-reply-only mode (no AppID/secret). */
let bot: Awaited<ReturnType<typeof listen>>;
const logs = captureLogs('debug');
const deadline = manualDeadline();
const storage = new GatedStorage();

beforeAll(async () => {
    bot = await listen(
        { WECHAT_TOKEN: TOKEN, RATE_LIMIT_CONVERSATION: '0' },
        { clock, storage, logger: logs.logger, wechat: { deadline } },
    );
});
afterAll(() => bot?.close());

/** The reply's text to a recorded request, sent as `from` (a parent of its own, so earlier tests do not change the answer). */
const content = async (name: string, from = OPENID) => {
    const request = fixture(name);
    return (
        parseReply((await send(bot.base, { ...request, body: request.body!.replaceAll(OPENID, from) })).body).Content ??
        ''
    );
};

describe('WeChat message kinds', () => {
    it('says at start-up that it answers by passive reply only', () => {
        expect(logs.lines.find((l) => l.event === 'wechat.passiveOnly')).toMatchObject({ level: 40 });
    });

    it('greets a new follower in Chinese with the numbered menu', async () => {
        const greeting = await content('event-subscribe', 'oGREET_parent');
        expect(greeting).toContain('您好');
        expect(greeting).toMatch(/1\. 需要带什么/);
        // Answered by the number.
        const second = parseReply(
            (await send(bot.base, plainRequest(textXml('2', '24571893475210600010', 'oGREET_parent')))).body,
        ).Content!;
        expect(second).toMatch(/^在哪激活要看是哪一种卡/);
    });

    it('treats a voice message with WeChat’s recognition as text', async () => {
        expect(await content('voice-recognition')).toContain('激活');
    });

    it('maps a menu CLICK to the menu topic it names', async () => {
        const reply = await content('event-click', 'oCLICK_parent');
        expect(reply).toContain('激活');
        // Without the API, the turn's two replies share the one passive reply.
        expect(reply).toContain('请问您说的是哪一种');
    });

    it('answers pictures, locations and voice without recognition politely, in the user’s language', async () => {
        expect(await content('image')).toBe('我只能读懂文字。请用文字输入您的问题。');
        expect(await content('location')).toBe('我只能读懂文字。请用文字输入您的问题。');
        // A parent who chose English hears it in English.
        await send(bot.base, plainRequest(textXml('English', '24571893475210600001')));
        expect(await content('voice-unrecognised')).toBe('I can only read text. Please type your question in words.');
    });

    it('answers `success` and runs no turn for an unfollow, an unknown kind and an unknown menu key', async () => {
        for (const name of ['event-unsubscribe', 'unknown-type']) {
            expect((await send(bot.base, fixture(name))).body).toBe('success');
        }
        const click = fixture('event-click');
        const unknownKey = {
            ...click,
            body: click
                .body!.replace('怎么激活', 'NOT_A_MENU_KEY')
                .replace(/<CreateTime>\d+/, '<CreateTime>1796140801'),
        };
        expect((await send(bot.base, unknownKey)).body).toBe('success');
    });

    it('answers numbered options by their number, as other plain channels do', async () => {
        const menu = parseReply(
            (await send(bot.base, plainRequest(textXml('菜单', '24571893475210600002', 'oNUMBERS_parent')))).body,
        ).Content!;
        expect(menu).toMatch(/2\. 怎么激活/);
        const second = parseReply(
            (await send(bot.base, plainRequest(textXml('2', '24571893475210600003', 'oNUMBERS_parent')))).body,
        ).Content!;
        expect(second).toContain('激活');
    });

    it('a turn that fails is answered with the apology and its reference, and the next message is answered', async () => {
        storage.failNextRead = true;
        const apology = parseReply(
            (await send(bot.base, plainRequest(textXml('需要带什么材料', '24571893475210600005', 'oFAIL_parent'))))
                .body,
        ).Content!;
        expect(apology).toMatch(/^抱歉，我这边出了点问题。.*参考编号/);
        const next = parseReply(
            (await send(bot.base, plainRequest(textXml('需要带什么材料', '24571893475210600006', 'oFAIL_parent'))))
                .body,
        ).Content!;
        expect(next).toContain('户口簿');
    });

    it('without API credentials, a turn slower than the budget is answered `success` and its reply is logged as not sent', async () => {
        storage.hold();
        const before = deadline.started;
        const pending = send(bot.base, plainRequest(textXml('法律依据', '24571893475210600004', 'oSLOW_passive_only')));
        await waitUntil(() => deadline.started === before + 1);
        deadline.expire();
        expect((await pending).body).toBe('success');
        storage.release();
        await bot.app.wechat!.adapter.drain();
        expect(
            logs.lines.some((l) => l.event === 'wechat.send.unavailable' && l.conversationId === 'oSLOW_passive_only'),
        ).toBe(true);
    });
});

it('the endpoint is off without WECHAT_TOKEN', async () => {
    const off = await listen({}, { clock });
    try {
        expect((await send(off.base, fixture('verify'))).status).toBe(404);
        expect((await send(off.base, fixture('text-zh'))).status).toBe(404);
    } finally {
        off.close();
    }
    expect(OPENID).toBeTruthy();
});
