import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Storage } from 'botbuilder';
import { ActivityTooLargeError, DirectLineLog, since } from '../../src/directline/log.js';
import { LmdbStorage } from '../../src/storage/lmdbStorage.js';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';

const limits = { maxActivityBytes: 4096, maxConversationBytes: 64 * 1024, maxActivities: 500 };
const conversation = { id: 'c1', userId: 'u1', locale: 'en-US' };
const dirs: string[] = [];
const open: LmdbStorage[] = [];
afterAll(async () => {
    for (const db of open) await db.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function stores(): Promise<[string, Storage][]> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dl-log-'));
    dirs.push(dir);
    const lmdb = await LmdbStorage.open({ dir });
    open.push(lmdb);
    return [
        ['memory', new MemoryStorage()],
        ['lmdb', lmdb],
    ];
}

describe('DirectLineLog', () => {
    it('keeps every activity of two instances appending to one conversation at once, each at its own place', async () => {
        for (const [name, storage] of await stores()) {
            // Two instances: two logs over one store.
            const a = new DirectLineLog(storage, limits, () => 1_000);
            const b = new DirectLineLog(storage, limits, () => 1_000);
            const added = await Promise.all(
                Array.from({ length: 20 }, (_, i) =>
                    (i % 2 ? a : b).append(conversation, [{ type: 'message', text: `m${i}` }]),
                ),
            );
            const ids = added.map((r) => r.added[0]!.id);
            const log = await a.read('c1');
            expect({ name, distinct: new Set(ids).size, stored: log?.activities.length }).toEqual({
                name,
                distinct: 20,
                stored: 20,
            });
            expect(
                since(log, 0)
                    .map((x) => x.text)
                    .sort(),
            ).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`).sort());
        }
    });

    it('logs a burst of posts to one conversation on one instance in the order they came, none lost', async () => {
        const log = new DirectLineLog(new MemoryStorage(), limits, () => 1_000);
        const added = await Promise.all(
            Array.from({ length: 50 }, (_, i) => log.append(conversation, [{ type: 'message', text: `m${i}` }])),
        );
        const kept = since(await log.read('c1'), 0);
        expect(kept.map((a) => a.text)).toEqual(Array.from({ length: 50 }, (_, i) => `m${i}`));
        expect(kept.map((a) => a.id)).toEqual(added.map((r) => r.added[0]!.id));
    });

    it('refuses an activity over the limit and keeps the newest activities within the conversation bound', async () => {
        const log = new DirectLineLog(new MemoryStorage(), { ...limits, maxConversationBytes: 8 * 1024 }, () => 1_000);
        await expect(log.append(conversation, [{ type: 'message', text: 'x'.repeat(5000) }])).rejects.toBeInstanceOf(
            ActivityTooLargeError,
        );
        expect(await log.read('c1')).toBeUndefined();
        for (let i = 0; i < 10; i++)
            await log.append(conversation, [{ type: 'message', text: `${i}`.padEnd(2000, '.') }]);
        const kept = (await log.read('c1'))!;
        expect(kept.bytes).toBeLessThanOrEqual(8 * 1024);
        expect(since(kept, 0).map((x) => x.text![0])).toEqual(['7', '8', '9']);
    });

    it('starts a new log after the places of an earlier one, so ids and watermarks never repeat', async () => {
        let now = 1_000;
        const storage = new MemoryStorage();
        const log = new DirectLineLog(storage, limits, () => now);
        const first = await log.append(conversation, [
            { type: 'message', text: 'a' },
            { type: 'message', text: 'b' },
        ]);
        const watermark = first.log.next;
        await log.delete('c1');
        now += 1;
        const again = await log.append(conversation, [{ type: 'message', text: 'c' }]);
        expect(again.added[0]!.id).not.toBe(first.added[0]!.id);
        expect(since(again.log, watermark).map((a) => a.text)).toEqual(['c']);
    });
});
