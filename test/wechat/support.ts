import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';
import { XMLParser } from 'fast-xml-parser';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';

/** The test account: the values the fixtures in test/fixtures/wechat/ were made with. */
export const TOKEN = 'sscardTestToken2026';
export const APP_ID = 'wx0123456789abcdef';
export const APP_SECRET = 'test-app-secret-0123456789';
export const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
export const ACCOUNT = 'gh_0123456789ab';
export const OPENID = 'oPARENT_test_openid_000001';
/** Every fixture's timestamp; the bot under test gets a clock just after it. */
export const FIXTURE_TIME = 1796140800;
export const FIXTURE_NONCE = '1320563021';
/** The 16 "random" bytes the encrypted fixtures (and the bot's encrypted replies in tests) use. */
export const FIXED_RANDOM = Buffer.from('0123456789abcdef');
export const clock = { now: () => new Date((FIXTURE_TIME + 2) * 1000) };

export const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'wechat');

/** A recorded request: its query string and body as WeChat sent them. */
export interface WeChatRequest {
    method: 'GET' | 'POST';
    query: Record<string, string>;
    body?: string;
}

export function fixture(name: string): WeChatRequest {
    return JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as WeChatRequest;
}

export function urlSignature(timestamp: string, nonce: string, token = TOKEN): string {
    return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

/** What WeChat posts for a text message in plaintext mode. */
export function textXml(content: string, msgId: string, from = OPENID, createTime = FIXTURE_TIME): string {
    return `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId></xml>`;
}

/** A plaintext-mode request with a valid signature. */
export function plainRequest(body: string, timestamp = String(FIXTURE_TIME), nonce = FIXTURE_NONCE): WeChatRequest {
    return {
        method: 'POST',
        query: { signature: urlSignature(timestamp, nonce), timestamp, nonce, openid: OPENID },
        body,
    };
}

/** A safe-mode request (encrypt_type=aes): the message encrypted for `appId` and signed. */
export function encryptedRequest(
    xml: string,
    options: { appId?: string; compatible?: boolean; timestamp?: string; nonce?: string } = {},
): WeChatRequest {
    const timestamp = options.timestamp ?? String(FIXTURE_TIME);
    const nonce = options.nonce ?? FIXTURE_NONCE;
    const ciphertext = encrypt(AES_KEY, xml, options.appId ?? APP_ID, FIXED_RANDOM);
    const plainPart = options.compatible
        ? xml.replace(/^<xml>|<\/xml>$/g, '')
        : `<ToUserName><![CDATA[${ACCOUNT}]]></ToUserName>`;
    return {
        method: 'POST',
        query: {
            signature: urlSignature(timestamp, nonce),
            timestamp,
            nonce,
            openid: OPENID,
            encrypt_type: 'aes',
            msg_signature: getSignature(TOKEN, timestamp, nonce, ciphertext),
        },
        body: `<xml>${plainPart}<Encrypt><![CDATA[${ciphertext}]]></Encrypt></xml>`,
    };
}

let nonces = 0;

/**
 * The request with a nonce of its own, signed again (URL signature, and msg_signature when it was valid),
 * as WeChat gives each request it sends: the bot takes a timestamp and nonce with one body only, and the
 * recorded requests all share one nonce. A signature that was wrong stays wrong.
 */
export function withFreshNonce(request: WeChatRequest): WeChatRequest {
    const { timestamp, nonce, signature, msg_signature } = request.query;
    if (request.method !== 'POST' || !timestamp || !nonce || signature !== urlSignature(timestamp, nonce))
        return request;
    const fresh = `${nonce}${String(++nonces).padStart(6, '0')}`.slice(-32);
    const query: Record<string, string> = { ...request.query, nonce: fresh, signature: urlSignature(timestamp, fresh) };
    const ciphertext = /<Encrypt><!\[CDATA\[(.*?)\]\]><\/Encrypt>/.exec(request.body ?? '')?.[1];
    if (ciphertext && msg_signature === getSignature(TOKEN, timestamp, nonce, ciphertext))
        query.msg_signature = getSignature(TOKEN, timestamp, fresh, ciphertext);
    return { ...request, query };
}

/**
 * Sends a request to the bot's /api/wechat, with a nonce of its own ({@link withFreshNonce});
 * `verbatim` sends it exactly as given (a replayed query string).
 */
export async function send(
    base: string,
    given: WeChatRequest,
    options: { verbatim?: boolean } = {},
): Promise<{ status: number; body: string; type: string }> {
    const request = options.verbatim ? given : withFreshNonce(given);
    const url = `${base}/api/wechat?${new URLSearchParams(request.query).toString()}`;
    const res = await fetch(url, {
        method: request.method,
        headers: request.body === undefined ? {} : { 'content-type': 'text/xml' },
        body: request.body,
    });
    return { status: res.status, body: await res.text(), type: res.headers.get('content-type') ?? '' };
}

const xmlParser = new XMLParser({ parseTagValue: false, cdataPropName: false as unknown as string });

/** The fields of a passive reply. */
export function parseReply(xml: string): Record<string, string> {
    return (xmlParser.parse(xml) as { xml: Record<string, string> }).xml;
}

/** Opens an encrypted passive reply, checking its signature as WeChat would. */
export function openEncryptedReply(xml: string): Record<string, string> {
    const envelope = parseReply(xml);
    const expected = getSignature(TOKEN, envelope.TimeStamp!, envelope.Nonce!, envelope.Encrypt!);
    if (expected !== envelope.MsgSignature) throw new Error('reply signature does not match');
    const { message, id } = decrypt(AES_KEY, envelope.Encrypt!);
    if (id !== APP_ID) throw new Error(`reply encrypted for ${id}`);
    return parseReply(message);
}

export interface FakeWeChatApi {
    url: string;
    /** Customer-service messages received, in order. */
    sent: { touser: string; content: string; token: string }[];
    tokenRequests: { force_refresh: boolean }[];
    menus: unknown[];
    /** Calls to custom/send, delivered or not. */
    sendCalls: number;
    /** Errcodes to answer the next custom/send calls with, one per call. */
    failNextSends: number[];
    /** Makes the current token invalid (as a forced refresh elsewhere would). */
    revokeToken(): void;
    /** Tokens API calls refuse although stable_token's normal mode still hands them out. */
    refusedTokens: Set<string>;
    waitForSent(count: number): Promise<void>;
    close(): Promise<void>;
}

/**
 * A stand-in for api.weixin.qq.com on loopback: stable_token (normal mode returns the current token,
 * force_refresh issues a new one), message/custom/send and menu/create, each checking the token.
 */
export async function startFakeWeChatApi(): Promise<FakeWeChatApi> {
    let generation = 1;
    const valid = new Set([`token-${generation}`]);
    const api: Omit<FakeWeChatApi, 'url' | 'close'> & { waiters: { count: number; resolve: () => void }[] } = {
        sent: [],
        sendCalls: 0,
        tokenRequests: [],
        menus: [],
        failNextSends: [],
        waiters: [],
        refusedTokens: new Set<string>(),
        revokeToken() {
            valid.clear();
            generation++;
        },
        waitForSent(count: number) {
            if (api.sent.length >= count) return Promise.resolve();
            return new Promise<void>((resolve, reject) => {
                const timer = setTimeout(
                    () => reject(new Error(`expected ${count} messages, got ${api.sent.length}`)),
                    10_000,
                );
                api.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
            });
        },
    };
    const server = http.createServer((req, res) => {
        let raw = '';
        req.on('data', (c) => (raw += c));
        req.on('end', () => {
            const url = new URL(req.url ?? '/', 'http://x');
            const reply = (body: unknown) => {
                res.writeHead(200, { 'content-type': 'application/json' });
                res.end(JSON.stringify(body));
            };
            const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
            if (url.pathname === '/cgi-bin/stable_token') {
                api.tokenRequests.push({ force_refresh: body.force_refresh === true });
                if (body.appid !== APP_ID || body.secret !== APP_SECRET)
                    return reply({ errcode: 40001, errmsg: 'invalid credential' });
                if (body.force_refresh === true || !valid.size) {
                    if (body.force_refresh === true) generation++;
                    valid.clear();
                    valid.add(`token-${generation}`);
                }
                return reply({ access_token: [...valid][0], expires_in: 7200 });
            }
            const token = url.searchParams.get('access_token') ?? '';
            if (!valid.has(token) || api.refusedTokens.has(token))
                return reply({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
            if (url.pathname === '/cgi-bin/message/custom/send') {
                api.sendCalls++;
                const failure = api.failNextSends.shift();
                if (failure) return reply({ errcode: failure, errmsg: `failure ${failure}` });
                api.sent.push({
                    touser: String(body.touser),
                    content: String((body.text as { content?: string } | undefined)?.content),
                    token,
                });
                for (const w of [...api.waiters]) if (api.sent.length >= w.count) w.resolve();
                return reply({ errcode: 0, errmsg: 'ok' });
            }
            if (url.pathname === '/cgi-bin/menu/create') {
                api.menus.push(body);
                return reply({ errcode: 0, errmsg: 'ok' });
            }
            res.writeHead(404).end();
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return Object.assign(api, {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    });
}

/** A reply budget fired by the test, not by a clock: `expire()` ends every budget started so far. */
export function manualDeadline() {
    const pending = new Set<() => void>();
    return {
        started: 0,
        after(_ms: number) {
            this.started++;
            let fire!: () => void;
            const promise = new Promise<void>((resolve) => (fire = resolve));
            pending.add(fire);
            return { promise, cancel: () => pending.delete(fire) };
        },
        expire() {
            for (const f of pending) f();
            pending.clear();
        },
    };
}

/** Storage whose conversation-state reads can be held: a turn that is slow until the test says. */
export class GatedStorage extends MemoryStorage {
    private gate: Promise<void> | undefined;
    private open: (() => void) | undefined;

    /** Conversation state reads wait until `release()`. */
    hold(): void {
        this.gate = new Promise((resolve) => (this.open = resolve));
    }

    release(): void {
        this.open?.();
        this.gate = undefined;
    }

    /** The next conversation-state read fails (a storage outage). */
    failNextRead = false;

    override async read(keys: string[]) {
        if (this.gate && keys.some((k) => k.startsWith('wechat/conversations/'))) await this.gate;
        if (this.failNextRead && keys.some((k) => k.startsWith('wechat/conversations/'))) {
            this.failNextRead = false;
            throw new Error('storage unavailable');
        }
        return super.read(keys);
    }
}

export async function waitUntil(condition: () => boolean): Promise<void> {
    for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
    if (!condition()) throw new Error('condition not reached');
}
