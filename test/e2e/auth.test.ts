import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TurnContext } from 'botbuilder';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { startCaptureChannel } from '../support/channel.js';

/**
 * With credentials configured, only requests carrying a Bot Framework token signed by a key the
 * bot trusts run a turn. Microsoft's OpenID endpoint is stood in for by a local one publishing the
 * "trusted" key, so the checks run for real and offline.
 */
const APP_ID = '00000000-1111-2222-3333-444444444444';
const TENANT_ID = '99999999-8888-7777-6666-555555555555';
const trusted = generateKeyPairSync('rsa', { modulusLength: 2048 });
const untrusted = generateKeyPairSync('rsa', { modulusLength: 2048 });

let openId: http.Server;
let openIdUrl: string;
let channel: Awaited<ReturnType<typeof startCaptureChannel>>;
let app: App;
let base: string;
const turns: string[] = [];

beforeAll(async () => {
    openId = http.createServer((req, res) => {
        const here = `http://127.0.0.1:${(openId.address() as AddressInfo).port}`;
        res.setHeader('content-type', 'application/json');
        if (req.url === '/openid')
            res.end(
                JSON.stringify({
                    issuer: 'https://api.botframework.com',
                    jwks_uri: `${here}/keys`,
                    id_token_signing_alg_values_supported: ['RS256'],
                }),
            );
        else if (req.url === '/keys')
            res.end(
                JSON.stringify({
                    keys: [
                        {
                            ...trusted.publicKey.export({ format: 'jwk' }),
                            kid: 'trusted-key',
                            use: 'sig',
                            endorsements: ['msteams', 'webchat'],
                        },
                    ],
                }),
            );
        else res.writeHead(404).end('{}');
    });
    await new Promise<void>((resolve) => openId.listen(0, '127.0.0.1', resolve));
    openIdUrl = `http://127.0.0.1:${(openId.address() as AddressInfo).port}/openid`;
    channel = await startCaptureChannel();
});

/** The bot with credentials of the given kind, validating tokens against the local OpenID endpoint. */
async function startApp(appType: 'MultiTenant' | 'SingleTenant', env: Record<string, string> = {}) {
    app = await createApp({
        config: loadConfig({
            PORT: '0',
            STORAGE: 'memory',
            MicrosoftAppId: APP_ID,
            MicrosoftAppPassword: 'not-a-real-secret',
            MicrosoftAppType: appType,
            MicrosoftAppTenantId: appType === 'SingleTenant' ? TENANT_ID : '',
            ...env,
        }),
        logger: silentLogger,
        authEndpoints: { ToBotFromChannelOpenIdMetadataUrl: openIdUrl, ToBotFromEmulatorOpenIdMetadataUrl: openIdUrl },
    });
    // Record turns instead of running them: an accepted turn would next ask Azure AD for a token to reply with.
    turns.length = 0;
    app.bot.run = async (context: TurnContext) => void turns.push(context.activity.id ?? '');
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

afterAll(async () => {
    openId?.close();
    await channel?.close();
});

function sign(key: KeyObject, kid: string, claims: Record<string, unknown>): string {
    const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(claims)}`;
    return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(key).toString('base64url')}`;
}

const now = () => Math.floor(Date.now() / 1000);
const goodClaims = () => ({
    iss: 'https://api.botframework.com',
    aud: APP_ID,
    nbf: now() - 60,
    exp: now() + 3600,
    serviceurl: channel.url,
});

let seq = 0;
async function post(authorization?: string, serviceUrl = channel.url) {
    const id = `auth-${++seq}`;
    const started = Date.now();
    const res = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({
            type: 'message',
            id,
            channelId: 'msteams',
            serviceUrl,
            conversation: { id: 'c-auth' },
            from: { id: 'u' },
            recipient: { id: APP_ID },
            text: 'hello',
        }),
    });
    return { id, status: res.status, body: await res.text(), ms: Date.now() - started };
}

describe.each(['MultiTenant', 'SingleTenant'] as const)('Bot Framework authentication, %s', (appType) => {
    beforeAll(() => startApp(appType));
    afterAll(() => void app?.server.close());

    it.each([
        ['no Authorization header', () => undefined],
        ['a header that is not a bearer token', () => 'Basic dXNlcjpwYXNz'],
        ['a bearer value that is not a JWT', () => 'Bearer not-a-token'],
        [
            'a token signed locally with a key the bot does not trust',
            () => `Bearer ${sign(untrusted.privateKey, 'trusted-key', goodClaims())}`,
        ],
        ['a token naming an unknown key', () => `Bearer ${sign(untrusted.privateKey, 'some-other-key', goodClaims())}`],
        [
            'a trusted token for another bot',
            () => `Bearer ${sign(trusted.privateKey, 'trusted-key', { ...goodClaims(), aud: 'someone-else' })}`,
        ],
        [
            'an expired trusted token',
            () =>
                `Bearer ${sign(trusted.privateKey, 'trusted-key', { ...goodClaims(), nbf: now() - 7200, exp: now() - 3600 })}`,
        ],
        [
            'a trusted token from another issuer',
            () =>
                `Bearer ${sign(trusted.privateKey, 'trusted-key', { ...goodClaims(), iss: 'https://evil.example.com' })}`,
        ],
        [
            'a trusted token issued for another serviceUrl',
            () =>
                `Bearer ${sign(trusted.privateKey, 'trusted-key', { ...goodClaims(), serviceurl: 'https://attacker.example.com/' })}`,
        ],
    ])('refuses %s with 401, promptly, and runs no turn', async (_name, header) => {
        const before = turns.length;
        const r = await post(header());
        expect(r.status).toBe(401);
        expect(r.body).not.toMatch(/at .*\.(js|ts):\d+/); // no stack trace
        expect(r.ms).toBeLessThan(3000);
        expect(turns.length).toBe(before);
        expect(channel.received).toHaveLength(0);
    });

    it('runs the turn for a token signed by the trusted key (so the refusals above are not blanket refusals)', async () => {
        const r = await post(`Bearer ${sign(trusted.privateKey, 'trusted-key', goodClaims())}`);
        expect(r.status).toBe(200);
        expect(turns).toEqual([r.id]);
    });
});

/**
 * The per-address flood guard: a channel's requests all come from a few Microsoft addresses (here all
 * from 127.0.0.1), so requests with a valid token must not be counted per address; requests without
 * one still are.
 */
describe('the per-address limit with Bot Framework credentials', () => {
    beforeEach(() => startApp('MultiTenant', { RATE_LIMIT_IP_PER_MINUTE: '3' }));
    afterEach(() => void app?.server.close());

    it('does not throttle requests carrying a valid token', async () => {
        const statuses: number[] = [];
        for (let i = 0; i < 8; i++) statuses.push((await post(`Bearer ${sign(trusted.privateKey, 'trusted-key', goodClaims())}`)).status);
        expect(statuses).toEqual(Array(8).fill(200));
        expect(turns).toHaveLength(8);
    });

    it('still counts requests with an invalid token or none, and refuses them once over the limit', async () => {
        const junk = `Bearer ${sign(untrusted.privateKey, 'trusted-key', goodClaims())}`;
        const statuses: number[] = [];
        for (const header of [junk, undefined, junk, junk, undefined, 'Bearer not-a-token']) statuses.push((await post(header)).status);
        expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
        expect(turns).toHaveLength(0);
    });
});

/**
 * Microsoft's OpenID endpoint out of reach (this machine has no internet). Where DNS fails at once,
 * the SDK's fetch fails at once; where the network swallows packets, it would wait for the OS's
 * connect timeout (minutes): both must end in a prompt 503, with no turn.
 */
describe('when the signing keys cannot be fetched', () => {
    async function botCheckingAgainst(openIdMetadataUrl: string) {
        const offline = await createApp({
            config: loadConfig({
                PORT: '0',
                STORAGE: 'memory',
                MicrosoftAppId: APP_ID,
                MicrosoftAppPassword: 'x',
                AUTH_TIMEOUT_SECONDS: '1',
            }),
            logger: silentLogger,
            authEndpoints: {
                ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
                ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
            },
        });
        let ran = 0;
        offline.bot.run = async () => void ran++;
        await new Promise<void>((resolve) => offline.server.listen(0, '127.0.0.1', resolve));
        const url = `http://127.0.0.1:${(offline.server.address() as AddressInfo).port}/api/messages`;
        return { offline, url, ran: () => ran };
    }

    async function postTrustedLooking(url: string) {
        const started = Date.now();
        const res = await fetch(url, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                // Well formed, from the right issuer: only the keys can tell it is not Microsoft's.
                authorization: `Bearer ${sign(untrusted.privateKey, 'trusted-key', goodClaims())}`,
            },
            body: JSON.stringify({
                type: 'message',
                id: 'x',
                channelId: 'msteams',
                serviceUrl: channel.url,
                conversation: { id: 'c' },
                from: { id: 'u' },
                recipient: { id: APP_ID },
                text: 'hi',
            }),
        });
        return { res, ms: Date.now() - started };
    }

    it('answers 503 with Retry-After when the endpoint refuses connections', async () => {
        const closed = http.createServer();
        await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
        const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/openid`;
        await new Promise<void>((resolve) => closed.close(() => resolve()));
        const { offline, url, ran } = await botCheckingAgainst(deadUrl);
        try {
            const { res } = await postTrustedLooking(url);
            expect(res.status).toBe(503);
            expect(res.headers.get('retry-after')).toBe('5');
            expect(await res.json()).toEqual({ error: 'the bot cannot verify requests right now; try again shortly' });
            expect(ran()).toBe(0);
            expect(channel.received).toHaveLength(0);
        } finally {
            offline.server.close();
        }
    });

    it('answers 503 after AUTH_TIMEOUT_SECONDS when the endpoint accepts the connection and never answers', async () => {
        const sockets = new Set<import('node:net').Socket>();
        const silent = http.createServer(() => undefined); // reads the request, never responds
        silent.on('connection', (s) => sockets.add(s));
        await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
        const { offline, url, ran } = await botCheckingAgainst(
            `http://127.0.0.1:${(silent.address() as AddressInfo).port}/openid`,
        );
        try {
            const { res, ms } = await postTrustedLooking(url);
            expect(res.status).toBe(503);
            expect(res.headers.get('retry-after')).toBe('5');
            expect(ms).toBeGreaterThanOrEqual(900);
            expect(ms).toBeLessThan(3000);
            expect(ran()).toBe(0);
            expect(channel.received).toHaveLength(0);
        } finally {
            offline.server.close();
            for (const s of sockets) s.destroy();
            silent.close();
        }
    });
});
