import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getSignature } from '@wecom/crypto';
import { fixtures } from '../fixtures/wechat/generate.js';
import { listen } from '../support/http.js';
import {
    AES_KEY,
    APP_ID,
    APP_SECRET,
    clock,
    encryptedRequest,
    FIXED_RANDOM,
    fixture,
    FIXTURES,
    openEncryptedReply,
    OPENID,
    send,
    textXml,
    TOKEN,
} from './support.js';

/** Safe mode (encrypt_type=aes) and compatible mode, with the fixtures' fixed key, AppID and random bytes. */
let bot: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
    bot = await listen(
        {
            WECHAT_TOKEN: TOKEN,
            WECHAT_APP_ID: APP_ID,
            WECHAT_APP_SECRET: APP_SECRET,
            WECHAT_ENCODING_AES_KEY: AES_KEY,
            WECHAT_API_BASE_URL: 'http://127.0.0.1:9',
        },
        { clock, wechat: { random: () => FIXED_RANDOM } },
    );
});
afterAll(() => bot?.close());

describe('recorded WeChat requests', () => {
    it('are reproducible: regenerating them gives the same bytes, ciphertexts included', () => {
        for (const [name, request] of Object.entries(fixtures())) {
            const stored = JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as unknown;
            expect([name, stored]).toEqual([name, request]);
        }
    });
});

describe('WeChat safe mode', () => {
    it('decrypts a message, answers it, and encrypts and signs the reply for the same AppID', async () => {
        const res = await send(bot.base, fixture('encrypted-text'));
        expect(res.status).toBe(200);
        const reply = openEncryptedReply(res.body);
        expect(reply).toMatchObject({ ToUserName: OPENID, MsgType: 'text' });
        expect(reply.Content).toContain('激活');
    });

    it('compatible mode (plaintext and Encrypt together) trusts and answers the encrypted part', async () => {
        const res = await send(bot.base, fixture('compatible-text'));
        expect(openEncryptedReply(res.body).Content).toContain('户口簿');
    });

    it('refuses a message encrypted for another AppID, a bad msg_signature and a tampered ciphertext, running no turn', async () => {
        expect((await send(bot.base, fixture('encrypted-other-appid'))).status).toBe(400);
        const good = fixture('encrypted-text');
        const badSignature = await send(bot.base, { ...good, query: { ...good.query, msg_signature: 'f'.repeat(40) } });
        expect(badSignature).toMatchObject({ status: 401, body: 'unauthorized' });
        const noSignature = { ...good.query };
        delete noSignature.msg_signature;
        expect((await send(bot.base, { ...good, query: noSignature })).status).toBe(401);
        // Re-signed by someone who knows the token but not the key: the AppID check catches it.
        const ciphertext = /<Encrypt><!\[CDATA\[(.*)\]\]><\/Encrypt>/.exec(good.body!)![1]!;
        const tampered = `${ciphertext.slice(0, 40)}${ciphertext[40] === 'A' ? 'B' : 'A'}${ciphertext.slice(41)}`;
        const forged = {
            ...good,
            query: {
                ...good.query,
                msg_signature: getSignature(TOKEN, good.query.timestamp!, good.query.nonce!, tampered),
            },
            body: good.body!.replace(ciphertext, tampered),
        };
        expect((await send(bot.base, forged)).status).toBe(400);
        // None of them took the MsgId: the genuine message is still answered.
        const genuine = await send(bot.base, encryptedRequest(textXml('需要带什么材料', '24571893475210346820')));
        expect(openEncryptedReply(genuine.body).Content).toContain('户口簿');
    });
});
