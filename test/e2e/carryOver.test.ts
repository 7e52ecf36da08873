import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { StoreItems } from 'botbuilder';
import { createLogger } from '../../src/logger.js';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';
import { startCaptureChannel } from '../support/channel.js';
import { captureLogs, listen, message, post } from '../support/http.js';
import { writeLegacyFiles } from '../support/legacyFiles.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
});

/** A MemoryStorage that remembers which keys were written, so what a bot stored can be listed. */
class RecordingStorage extends MemoryStorage {
    readonly keys = new Set<string>();
    override async write(changes: StoreItems): Promise<void> {
        await super.write(changes);
        for (const key of Object.keys(changes)) this.keys.add(key);
    }
}

describe('upgrading from the file store', () => {
    it('carries a conversation kept by the removed STORAGE=file over into the database on the first start, and removes the files', async () => {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'carry-over-'));
        const channel = await startCaptureChannel();
        cleanups.push(() => channel.close());
        const say = async (base: string, text: string) => {
            expect((await post(base, message(channel.url, text, { conversation: { id: 'c-upgrade' } }))).status).toBe(
                200,
            );
            return channel.received.at(-1)?.text ?? '';
        };

        // What the old version stored for a conversation at step 4, in the files the file store wrote.
        const storage = new RecordingStorage();
        const before = await listen({}, { storage, logger: createLogger('silent') });
        await say(before.base, 'step 3');
        expect(await say(before.base, 'next')).toContain('Step 4 of 6');
        before.close();
        const stored = await storage.read([...storage.keys]);
        await writeLegacyFiles(
            dir,
            Object.entries(stored).map(([key, value]) => {
                const { eTag, ...item } = value as Record<string, unknown>;
                return { key, item, eTag: String(eTag) };
            }),
        );
        expect((await readdir(dir)).filter((f) => f.endsWith('.json')).length).toBeGreaterThanOrEqual(2);

        const logs = captureLogs('info');
        const after = await listen({ STORAGE: 'lmdb', STATE_DIR: dir }, { logger: logs.logger });
        cleanups.push(after.close);
        expect(logs.lines.find((l) => l.event === 'state.migrated')).toMatchObject({
            imported: expect.any(Number),
            unreadable: 0,
        });
        expect((await readdir(dir)).filter((f) => f.endsWith('.json'))).toEqual([]);
        expect(await say(after.base, 'repeat')).toContain('Step 4 of 6');
        expect(await say(after.base, 'next')).toContain('Step 5 of 6');
    });
});
