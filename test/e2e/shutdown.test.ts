import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { message, post } from '../support/http.js';
import { startBot, type Child } from '../support/processes.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
});

/** A channel that takes `delayMs` to accept each reply (or never, for Infinity). */
async function slowChannel(delayMs: number) {
    const received: string[] = [];
    let first: () => void;
    const firstArrived = new Promise<void>((resolve) => (first = resolve));
    const server = http.createServer((req, res) => {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
            first();
            if (delayMs === Infinity) return;
            setTimeout(() => {
                received.push((JSON.parse(body) as { text?: string }).text ?? '');
                res.writeHead(200, { 'content-type': 'application/json' });
                res.end('{"id":"r1"}');
            }, delayMs);
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, firstArrived };
}

async function bot(env: Record<string, string> = {}): Promise<Child & { base: string }> {
    const b = await startBot({
        STORAGE: 'lmdb',
        STATE_DIR: await mkdtemp(path.join(os.tmpdir(), 'shutdown-')),
        ...env,
    });
    cleanups.push(() => b.stop());
    return b;
}

const exitOf = (b: Child) =>
    new Promise<number | null>((resolve) =>
        b.process.exitCode !== null ? resolve(b.process.exitCode) : b.process.once('exit', (code) => resolve(code)),
    );

describe('graceful shutdown (SIGTERM)', () => {
    it.each(['SIGTERM', 'SIGINT'] as const)(
        'on %s stops accepting, finishes the turn in flight, then exits 0',
        async (signal) => {
            const channel = await slowChannel(1500);
            const b = await bot();
            expect((await fetch(`${b.base}/healthz`)).status).toBe(200); // accepting before the signal
            const inFlight = post(b.base, message(channel.url, 'what documents do I need'));
            await channel.firstArrived; // the turn has run and is sending its reply, which takes 1.5 s
            const exited = exitOf(b);
            b.process.kill(signal);
            await new Promise((r) => setTimeout(r, 200));
            // No new connections: the port is closed while the reply is still on its way.
            const refused = await fetch(`${b.base}/healthz`).then(
                (res) => `answered ${res.status}`,
                (err: Error & { cause?: { code?: string } }) => err.cause?.code,
            );
            expect(refused).toBe('ECONNREFUSED');
            expect(channel.received).toHaveLength(0);
            expect((await inFlight).status).toBe(200);
            expect(channel.received).toHaveLength(1);
            expect(channel.received[0]).toContain('What to bring');
            expect(await exited).toBe(0);
            expect(b.output()).toContain(`"event":"shutdown","signal":"${signal}"`);
            expect(b.output()).toMatch(/"event":"shutdown.done","drained":true/);
        },
        30_000,
    );

    it('gives up after SHUTDOWN_TIMEOUT_SECONDS when a turn cannot finish, and says so with exit code 1', async () => {
        const channel = await slowChannel(Infinity);
        const b = await bot({ SHUTDOWN_TIMEOUT_SECONDS: '1' });
        void post(b.base, message(channel.url, 'help')).catch(() => undefined);
        await channel.firstArrived;
        const started = Date.now();
        const exited = exitOf(b);
        b.process.kill('SIGTERM');
        expect(await exited).toBe(1);
        expect(Date.now() - started).toBeLessThan(5000);
        expect(b.output()).toMatch(/"event":"shutdown.done","drained":false/);
    }, 30_000);
});
