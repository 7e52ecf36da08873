import { describe, expect, it } from '@jest/globals';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';
import { HandoffStore } from '../../src/handoff/store.js';
import type { HandoffRecord } from '../../src/handoff/types.js';

const record = (conversationId: string) => ({ conversationId, status: 'bot', transcript: [] }) as unknown as HandoffRecord;

describe('HandoffStore index', () => {
    it('lists every one of many conversations that start at the same time (no lost or failed index update)', async () => {
        // 40 first turns at once all add to the one index document: with optimistic retries alone, most
        // of them lost the eTag race 8 times in a row and failed ("too much contention").
        const store = new HandoffStore(new MemoryStorage());
        const ids = Array.from({ length: 40 }, (_, i) => `c${i}`);
        const results = await Promise.allSettled(ids.map((id) => store.update(id, () => record(id))));
        expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
        expect([...(await store.ids())].sort()).toEqual([...ids].sort());
    });

    it('keeps the most recent conversations within the cap, in the order they started', async () => {
        const store = new HandoffStore(new MemoryStorage(), { maxIndexed: 3 });
        for (const id of ['a', 'b']) await store.update(id, () => record(id));
        await Promise.all(['c', 'd'].map((id) => store.update(id, () => record(id))));
        expect(await store.ids()).toEqual(['b', 'c', 'd']);
    });

    it('removes a conversation while others are being added', async () => {
        const store = new HandoffStore(new MemoryStorage());
        await store.update('gone', () => record('gone'));
        await Promise.all([store.remove('gone'), ...['x', 'y', 'z'].map((id) => store.update(id, () => record(id)))]);
        expect([...(await store.ids())].sort()).toEqual(['x', 'y', 'z']);
    });
});
