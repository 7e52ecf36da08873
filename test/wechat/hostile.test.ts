import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { captureLogs, listen } from '../support/http.js';
import {
    ACCOUNT,
    clock,
    fixture,
    FIXTURE_TIME,
    parseReply,
    plainRequest,
    send,
    textXml,
    TOKEN,
    urlSignature,
    type WeChatRequest,
} from './support.js';

/**
 * Whatever reaches /api/wechat, the bot answers with a clear 4xx (or `success` where WeChat expects
 * an answer), runs no turn for it, never shows a stack trace, and keeps serving.
 */
const HOSTILE = 'oHOSTILE_parent';
let bot: Awaited<ReturnType<typeof listen>>;
const logs = captureLogs('info');

beforeAll(async () => {
    bot = await listen({ WECHAT_TOKEN: TOKEN, RATE_LIMIT_CONVERSATION: '0' }, { clock, logger: logs.logger });
});
afterAll(() => bot?.close());

let id = 24571893475210700000n;
const hostileText = (content: string) => textXml(content, String(++id), HOSTILE);
const withBody = (body: string): WeChatRequest => plainRequest(body);

/** Whether any turn ran for the hostile parent: a turn saves their conversation state. */
async function stateOfHostile(): Promise<unknown> {
    const key = `wechat/conversations/${HOSTILE}`;
    return (await bot.app.storage.read([key]))[key];
}

describe('hostile requests to /api/wechat', () => {
    const cases: [string, () => WeChatRequest, number][] = [
        [
            'a wrong signature',
            () => ({
                ...plainRequest(hostileText('hi')),
                query: { ...plainRequest('').query, signature: 'a'.repeat(40) },
            }),
            401,
        ],
        [
            'no signature',
            () => ({ ...plainRequest(hostileText('hi')), query: { timestamp: String(FIXTURE_TIME), nonce: '1' } }),
            401,
        ],
        [
            'a missing timestamp',
            () => ({ ...plainRequest(hostileText('hi')), query: { signature: urlSignature('', '1'), nonce: '1' } }),
            401,
        ],
        ['a stale timestamp (replay)', () => plainRequest(hostileText('hi'), String(FIXTURE_TIME - 3600)), 401],
        [
            'a nonce that is not letters or digits (it becomes part of a storage key)',
            () => plainRequest(hostileText('hi'), String(FIXTURE_TIME), '../../x'),
            401,
        ],
        ['a timestamp from the future', () => plainRequest(hostileText('hi'), String(FIXTURE_TIME + 3600)), 401],
        ['XML that does not parse', () => withBody('<xml><ToUserName>gh_x</ToUserName><Content>'), 400],
        ['not XML at all', () => withBody('{"MsgType":"text"}'), 400],
        ['a DOCTYPE with an external entity (XXE)', () => fixture('xxe'), 400],
        ['nested entity expansion (billion laughs)', () => fixture('billion-laughs'), 400],
        ['an oversized body', () => withBody(hostileText('x'.repeat(70 * 1024))), 413],
        [
            'a root other than <xml>',
            () => withBody(hostileText('hi').replace(/^<xml>|<\/xml>$/g, (t) => t.replace('xml', 'root'))),
            400,
        ],
        ['a repeated field', () => withBody(hostileText('hi').replace('</xml>', '<MsgType>text</MsgType></xml>')), 400],
        ['a nested field', () => withBody(hostileText('hi').replace('<Content>', '<Content><b>x</b>')), 400],
        [
            'a missing FromUserName',
            () => withBody(hostileText('hi').replace(/<FromUserName>.*?<\/FromUserName>/, '')),
            400,
        ],
        [
            'a FromUserName that is not an OpenID',
            () => withBody(hostileText('hi').replace(HOSTILE, '../../etc/passwd')),
            400,
        ],
        ['a MsgId that is not a number', () => withBody(hostileText('hi').replace(/<MsgId>\d+/, '<MsgId>abc')), 400],
        [
            'an unknown encrypt_type',
            () => ({ ...plainRequest(hostileText('hi')), query: { ...plainRequest('').query, encrypt_type: 'rot13' } }),
            400,
        ],
        [
            'safe mode when no EncodingAESKey is configured',
            () => ({
                ...plainRequest(hostileText('hi')),
                query: { ...plainRequest('').query, encrypt_type: 'aes', msg_signature: 'x' },
            }),
            400,
        ],
        ['an empty body', () => withBody(''), 400],
    ];

    it.each(cases)('%s gets a clear 4xx and runs no turn', async (_name, request, status) => {
        const res = await send(bot.base, request());
        expect(res.status).toBe(status);
        expect(res.body).not.toMatch(/\n\s+at /);
        expect(await stateOfHostile()).toBeUndefined();
    });

    it('an unknown MsgType gets `success` (so WeChat shows no error) and runs no turn', async () => {
        const res = await send(bot.base, withBody(hostileText('hi').replace('[CDATA[text]]', '[CDATA[hologram]]')));
        expect(res).toMatchObject({ status: 200, body: 'success' });
        expect(await stateOfHostile()).toBeUndefined();
    });

    it('text with CDATA ends and control characters is read, and answered in well-formed XML', async () => {
        // How WeChat carries "]]>" inside CDATA: split across two sections.
        const res = await send(
            bot.base,
            withBody(hostileText('法律依据 ]]]]><![CDATA[></Content><MsgType>evil</MsgType>\u0001')),
        );
        expect(res.status).toBe(200);
        expect(parseReply(res.body)).toMatchObject({ ToUserName: HOSTILE, FromUserName: ACCOUNT, MsgType: 'text' });
    });

    it('keeps serving: after all that, a genuine message is answered and nothing was logged as a server error', async () => {
        const res = await send(bot.base, plainRequest(textXml('需要带什么材料', String(++id), 'oGENUINE_parent')));
        expect(parseReply(res.body).Content).toContain('户口簿');
        // The one error is the operator's: WeChat in safe mode while no EncodingAESKey is set.
        expect(logs.lines.filter((l) => (l.level as number) >= 50).map((l) => l.event)).toEqual([
            'wechat.safeMode.unconfigured',
        ]);
    });
});
