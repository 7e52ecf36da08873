import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { DB_FILE } from '../../src/storage/lmdbStorage.js';
import { RetentionSweeper } from '../../src/storage/retention.js';
import { startCaptureChannel } from '../support/channel.js';

const DAY = 24 * 60 * 60 * 1000;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
});

async function start(dir: string) {
    let now = Date.parse('2026-11-01T09:00:00Z');
    const clock = { now: () => new Date(now), advanceDays: (d: number) => (now += d * DAY) };
    const config = loadConfig({
        PORT: '0',
        STORAGE: 'lmdb',
        STATE_DIR: dir,
        RETENTION_DAYS: '30',
        AGENTS: 'alice:alice-secret-123',
    });
    const app: App = await createApp({ config, logger: silentLogger, clock });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => void app.server.close());
    const channel = await startCaptureChannel();
    cleanups.push(() => channel.close());
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    let seq = 0;
    const say = async (conversation: string, text: string) => {
        const before = channel.received.length;
        const res = await fetch(`${base}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
                type: 'message',
                id: `m${++seq}`,
                channelId: 'emulator',
                serviceUrl: channel.url,
                conversation: { id: conversation },
                from: { id: `user-${conversation}` },
                recipient: { id: 'bot' },
                locale: 'en-US',
                text,
            }),
        });
        expect(res.status).toBeLessThan(300);
        await channel.waitFor(before + 1);
    };
    return { app, clock, say };
}

const stateKey = (conversation: string) => `emulator/conversations/${conversation}/`;
const handoffKey = (conversation: string) => `handoff/conversation/${conversation}`;

describe('retention', () => {
    it('deletes state, transcripts and logged questions of conversations idle past the retention period, and keeps the rest', async () => {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'retention-'));
        const { app, clock, say } = await start(dir);

        await say('old', 'step 4');
        await say('old', 'my phone is 13812345678, can you tell me a joke');
        clock.advanceDays(10);
        await say('recent', 'what documents do I need');
        await say('recent', 'what is the weather tomorrow');
        clock.advanceDays(25); // "old" is 35 days idle, "recent" 25

        const before = await app.storage.read([
            stateKey('old'),
            handoffKey('old'),
            stateKey('recent'),
            handoffKey('recent'),
        ]);
        expect(Object.keys(before)).toHaveLength(4);

        const removed = await app.retention.sweepOnce();
        expect(removed).toMatchObject({ conversations: 2, unanswered: 1, handoffIndex: 1 });

        const after = await app.storage.read([
            stateKey('old'),
            handoffKey('old'),
            stateKey('recent'),
            handoffKey('recent'),
        ]);
        expect(Object.keys(after).sort()).toEqual([stateKey('recent'), handoffKey('recent')].sort());
        const queue = await app.handoff.queue({ includeBot: true });
        expect(queue.map((q) => q.conversationId)).toEqual(['recent']);

        // The "recent" conversation is untouched and still where it was; "old" simply starts again.
        await say('old', 'where am I');
        await say('recent', 'hello');
    });

    it('never stores a phone or ID number in state, transcripts or the unanswered log', async () => {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'retention-'));
        const { say } = await start(dir);
        await say('p1', 'my ID is 11010520190307123X and phone 13812345678, what documents do I need');
        await say('p1', '我的电话是13912345678，讲个笑话');
        await say('p1', 'talk to a person');
        // Everything stored is in the database file, as JSON text: search its bytes.
        const files = await readdir(dir);
        expect(files).toContain(DB_FILE);
        const all = await readFile(path.join(dir, DB_FILE), 'utf8');
        expect(all).not.toMatch(/13812345678|13912345678|11010520190307123X/);
        expect(all).toContain('what documents do I need');
    });
});

describe('RetentionSweeper schedule', () => {
    it('sweeps at start, then every interval, with the cutoff one retention period back; stop() ends it', async () => {
        jest.useFakeTimers({ now: Date.parse('2026-11-28T00:00:00Z') });
        try {
            const cutoffs: string[] = [];
            const sweeper = new RetentionSweeper({
                tasks: [{ name: 'x', run: async (olderThan) => (cutoffs.push(olderThan.toISOString()), 0) }],
                retentionMs: 2 * DAY,
                intervalMs: 60_000,
                clock: { now: () => new Date() },
                logger: silentLogger,
            });
            sweeper.start();
            await jest.advanceTimersByTimeAsync(0);
            expect(cutoffs).toEqual(['2026-11-26T00:00:00.000Z']);
            await jest.advanceTimersByTimeAsync(120_000);
            expect(cutoffs).toEqual([
                '2026-11-26T00:00:00.000Z',
                '2026-11-26T00:01:00.000Z',
                '2026-11-26T00:02:00.000Z',
            ]);
            await sweeper.stop();
            await jest.advanceTimersByTimeAsync(600_000);
            expect(cutoffs).toHaveLength(3);
        } finally {
            jest.useRealTimers();
        }
    });

    it('keeps sweeping the other kinds of data when one fails', async () => {
        const sweeper = new RetentionSweeper({
            tasks: [
                { name: 'broken', run: async () => Promise.reject(new Error('disk gone')) },
                { name: 'fine', run: async () => 3 },
            ],
            retentionMs: DAY,
            intervalMs: 60_000,
            clock: { now: () => new Date() },
            logger: silentLogger,
        });
        expect(await sweeper.sweepOnce()).toEqual({ broken: -1, fine: 3 });
    });
});
