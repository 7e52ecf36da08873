import { describe, expect, it } from '@jest/globals';
import { ETagConflictError, IF_ABSENT } from '../../src/storage/errors.js';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';

describe('MemoryStorage (STORAGE=memory and tests)', () => {
    it('refuses a stale eTag with the typed conflict error, and writes nothing of a refused multi-key write', async () => {
        const storage = new MemoryStorage();
        await storage.write({ a: { v: 1 }, b: { v: 1 } });
        const read = await storage.read(['a', 'b']);
        await storage.write({ a: { ...read.a, v: 2 } });
        const stale = storage.write({ b: { ...read.b, v: 3 }, a: { ...read.a, v: 3 } });
        await expect(stale).rejects.toBeInstanceOf(ETagConflictError);
        expect(await storage.read(['a', 'b'])).toEqual({ a: { v: 2, eTag: expect.any(String) }, b: { v: 1, eTag: read.b!.eTag } });
    });

    it('creates only once with IF_ABSENT, and writes unconditionally with "*" or no eTag', async () => {
        const storage = new MemoryStorage();
        await storage.write({ k: { v: 1, eTag: IF_ABSENT } });
        await expect(storage.write({ k: { v: 2, eTag: IF_ABSENT } })).rejects.toBeInstanceOf(ETagConflictError);
        await storage.write({ k: { v: 3, eTag: '*' } });
        await storage.write({ k: { v: 4 } });
        expect((await storage.read(['k'])).k).toMatchObject({ v: 4 });
    });

    it('hands out copies: changing what was read does not change what is stored', async () => {
        const storage = new MemoryStorage();
        await storage.write({ k: { list: [1] } });
        const read = await storage.read(['k']);
        (read.k as { list: number[] }).list.push(2);
        expect((await storage.read(['k'])).k).toMatchObject({ list: [1] });
    });
});
