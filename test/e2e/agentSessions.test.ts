import { afterEach, describe, expect, it } from '@jest/globals';
import type { ConversationReference } from 'botbuilder';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';
import { startCaptureChannel } from '../support/channel.js';

/**
 * Issue #19, findings 8 and 9: agent sign-in was limited per source address only (behind a proxy, five wrong tries
 * locked every agent out; from many addresses there was no limit); tokens could not be revoked (no sign-out, a
 * changed secret left old tokens working for 8 h) and a conversation held by a removed agent could not be taken over.
 */
const SIGNING = 'x'.repeat(40);
const running: App[] = [];
const channels: Awaited<ReturnType<typeof startCaptureChannel>>[] = [];

afterEach(async () => {
    for (const app of running.splice(0)) app.server.close();
    for (const c of channels.splice(0)) await c.close();
});

async function start(agents: string, storage = new MemoryStorage()): Promise<{ app: App; port: number }> {
    const app = await createApp({
        config: loadConfig({ PORT: '0', STORAGE: 'memory', AGENTS: agents, AGENT_TOKEN_SECRET: SIGNING }),
        storage,
        logger: silentLogger,
    });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    running.push(app);
    return { app, port: (app.server.address() as AddressInfo).port };
}

/** A request to the agent API from a given loopback address (all of 127.0.0.0/8 reaches the server). */
function call(
    port: number,
    method: string,
    path: string,
    options: { from?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    return new Promise((resolve, reject) => {
        const req = http.request(
            {
                host: '127.0.0.1',
                port,
                method,
                path,
                localAddress: options.from ?? '127.0.0.1',
                agent: false,
                headers: {
                    ...(payload
                        ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
                        : {}),
                    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
                },
            },
            (res) => {
                let raw = '';
                res.on('data', (c) => (raw += c));
                res.on('end', () =>
                    resolve({
                        status: res.statusCode ?? 0,
                        body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
                    }),
                );
            },
        );
        req.on('error', reject);
        req.end(payload);
    });
}

const signIn = (port: number, name: string, secret: string, from?: string) =>
    call(port, 'POST', '/agent/api/session', { from, body: { name, secret } });

describe('agent sign-in limits', () => {
    it('five wrong secrets for one agent lock that agent from that address, not the other agents', async () => {
        const { port } = await start('alice:alice-secret-123,bob:bob-secret-4567');
        for (let i = 0; i < 5; i++) expect((await signIn(port, 'alice', `wrong-secret-${i}00`)).status).toBe(401);
        // Alice from this address is locked, even with the right secret...
        expect((await signIn(port, 'alice', 'alice-secret-123')).status).toBe(429);
        // ...while Bob, behind the same address (a proxy), still signs in.
        expect((await signIn(port, 'bob', 'bob-secret-4567')).status).toBe(200);
    });

    it('tries sent all at once are counted before the secret is checked', async () => {
        const { port } = await start('alice:alice-secret-123');
        const all = await Promise.all(
            Array.from({ length: 12 }, (_, i) => signIn(port, 'alice', `wrong-secret-${i}00`)),
        );
        expect(all.filter((r) => r.status === 401)).toHaveLength(5);
        expect(all.filter((r) => r.status === 429)).toHaveLength(7);
    });

    it('wrong secrets from many addresses are limited too, without locking the agent out of an address they use', async () => {
        const { port } = await start('carol:carol-secret-123');
        expect((await signIn(port, 'carol', 'carol-secret-123', '127.0.0.1')).status).toBe(200);
        // Twenty wrong secrets, four from each of five addresses (under the per-address-pair limit).
        for (let a = 2; a < 7; a++) {
            for (let i = 0; i < 4; i++)
                expect((await signIn(port, 'carol', `wrong-secret-${i}00`, `127.0.0.${a}`)).status).toBe(401);
        }
        // From yet another address the account is closed, even to the right secret...
        expect((await signIn(port, 'carol', 'carol-secret-123', '127.0.0.9')).status).toBe(429);
        // ...but Carol at the desk she signs in from is not locked out.
        expect((await signIn(port, 'carol', 'carol-secret-123', '127.0.0.1')).status).toBe(200);
    });
});

describe('agent sign-out and revocation', () => {
    it('sign-out ends the session on the server: the token no longer works, on this instance or another', async () => {
        const storage = new MemoryStorage();
        const one = await start('alice:alice-secret-123', storage);
        const two = await start('alice:alice-secret-123', storage);
        const token = (await signIn(one.port, 'alice', 'alice-secret-123')).body.token as string;
        expect((await call(two.port, 'GET', '/agent/api/me', { token })).status).toBe(200);
        expect((await call(one.port, 'DELETE', '/agent/api/session', { token })).status).toBe(200);
        expect((await call(one.port, 'GET', '/agent/api/me', { token })).status).toBe(401);
        expect((await call(two.port, 'GET', '/agent/api/me', { token })).status).toBe(401);
        // Signing in again gives a working token.
        const again = (await signIn(two.port, 'alice', 'alice-secret-123')).body.token as string;
        expect((await call(one.port, 'GET', '/agent/api/me', { token: again })).status).toBe(200);
    });

    it("a token stops working once the agent's secret is changed", async () => {
        const storage = new MemoryStorage();
        const before = await start('alice:alice-secret-123', storage);
        const token = (await signIn(before.port, 'alice', 'alice-secret-123')).body.token as string;
        // The service restarted with Alice's new secret (same signing secret, same store).
        const after = await start('alice:alice-new-secret-456', storage);
        expect((await call(after.port, 'GET', '/agent/api/me', { token })).status).toBe(401);
        const fresh = (await signIn(after.port, 'alice', 'alice-new-secret-456')).body.token as string;
        expect((await call(after.port, 'GET', '/agent/api/me', { token: fresh })).status).toBe(200);
    });

    it('a conversation held by an agent who was removed can be taken over', async () => {
        const ch = await startCaptureChannel();
        channels.push(ch);
        const storage = new MemoryStorage();
        const before = await start('alice:alice-secret-123,bob:bob-secret-4567', storage);
        const reference = {
            channelId: 'emulator',
            serviceUrl: ch.url,
            conversation: { id: 'conv-orphan' },
            user: { id: 'parent-1' },
            bot: { id: 'bot-1' },
        } as Partial<ConversationReference>;
        await before.app.handoff.request(reference, { lang: 'en', reason: 'asked' }, false);
        expect(await before.app.handoff.accept('conv-orphan', 'alice')).toMatchObject({ ok: true });
        // While Alice is an agent, Bob cannot take her conversation.
        const bob = (await signIn(before.port, 'bob', 'bob-secret-4567')).body.token as string;
        expect(
            (await call(before.port, 'POST', '/agent/api/conversations/conv-orphan/takeover', { token: bob })).status,
        ).toBe(409);

        // Alice is removed from AGENTS; the service restarts.
        const after = await start('bob:bob-secret-4567', storage);
        const res = await call(after.port, 'POST', '/agent/api/conversations/conv-orphan/takeover', { token: bob });
        expect(res.status).toBe(200);
        expect(res.body.conversation).toMatchObject({ status: 'agent', agent: 'bob' });
    });
});
