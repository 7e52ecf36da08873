import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';
import { listen } from '../support/http.js';
import {
    AES_KEY,
    APP_ID,
    APP_SECRET,
    clock,
    encryptedRequest,
    FIXED_RANDOM,
    openEncryptedReply,
    parseReply,
    plainRequest,
    send,
    textXml,
    TOKEN,
} from './support.js';

/**
 * Issue #19, finding 6: with an EncodingAESKey set, a signed request without `encrypt_type=aes` and a plaintext
 * body was accepted (and answered to whichever FromUserName it named); in plaintext mode, a captured signed query
 * string was accepted again with another body for five minutes.
 */
const safeEnv = {
    WECHAT_TOKEN: TOKEN,
    WECHAT_APP_ID: APP_ID,
    WECHAT_APP_SECRET: APP_SECRET,
    WECHAT_ENCODING_AES_KEY: AES_KEY,
    WECHAT_API_BASE_URL: 'http://127.0.0.1:9',
};
const VICTIM = 'oVICTIM_chosen_by_sender';
let id = 24571893475219900000n;
const nextId = () => String(++id);

type Bot = Awaited<ReturnType<typeof listen>>;
const stateOf = async (bot: Bot, openId: string): Promise<unknown> => {
    const key = `wechat/conversations/${openId}`;
    return (await bot.app.storage.read([key]))[key];
};

describe('safe mode: only encrypted messages', () => {
    let bot: Bot;
    beforeAll(async () => {
        bot = await listen(safeEnv, { clock, wechat: { random: () => FIXED_RANDOM } });
    });
    afterAll(() => bot?.close());

    it.each([
        ['without encrypt_type', undefined],
        ['with encrypt_type=raw', 'raw'],
    ])('refuses a signed plaintext message %s, running no turn', async (_name, encryptType) => {
        const request = plainRequest(textXml('需要带什么材料', nextId(), VICTIM));
        if (encryptType) request.query.encrypt_type = encryptType;
        const res = await send(bot.base, request);
        expect(res.status).toBe(400);
        expect(res.body).toMatch(/encrypted/);
        expect(await stateOf(bot, VICTIM)).toBeUndefined();
    });

    it('still answers encrypted messages', async () => {
        const res = await send(bot.base, encryptedRequest(textXml('需要带什么材料', nextId())));
        expect(openEncryptedReply(res.body).Content).toContain('户口簿');
    });

    it('accepts plaintext too when compatible mode is switched on for a switch-over', async () => {
        const compatible = await listen({ ...safeEnv, WECHAT_COMPATIBLE_MODE: 'true' }, { clock });
        try {
            const res = await send(compatible.base, plainRequest(textXml('需要带什么材料', nextId())));
            expect(parseReply(res.body).Content).toContain('户口簿');
        } finally {
            compatible.close();
        }
    });
});

describe('plaintext mode: a signed query string is good for one message', () => {
    const storage = new MemoryStorage();
    let one: Bot;
    let two: Bot;
    beforeAll(async () => {
        one = await listen({ WECHAT_TOKEN: TOKEN }, { clock, storage });
        two = await listen({ WECHAT_TOKEN: TOKEN }, { clock, storage });
    });
    afterAll(() => {
        one?.close();
        two?.close();
    });

    it('refuses the captured query with another body, on this instance and on another one sharing the store', async () => {
        const captured = plainRequest(textXml('怎么激活社保卡', nextId()));
        expect(parseReply((await send(one.base, captured, { verbatim: true })).body).Content).toContain('激活');

        const forged = { ...captured, body: textXml('法律依据', nextId(), VICTIM) };
        expect(await send(one.base, forged, { verbatim: true })).toMatchObject({ status: 401, body: 'unauthorized' });
        expect(await send(two.base, forged, { verbatim: true })).toMatchObject({ status: 401, body: 'unauthorized' });
        expect(await stateOf(one, VICTIM)).toBeUndefined();

        // The same request again is WeChat's retry: acknowledged, not answered twice.
        expect(await send(two.base, captured, { verbatim: true })).toMatchObject({ status: 200, body: 'success' });
    });
});
