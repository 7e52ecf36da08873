import { describe, expect, it } from '@jest/globals';

import { ETagConflictError, IF_ABSENT, isETagConflict } from '../../src/storage/errors.js';
import type { StateStore } from '../../src/storage/store.js';

/** A fresh, empty store for one test, and how to dispose of it. */
export interface StoreUnderTest {
    store: StateStore;
    close(): Promise<void>;
}

type Item = Record<string, unknown> & { eTag?: string };

/**
 * The contract every store implements (`src/storage/store.ts`), as one suite run against each store (like
 * botbuilder-dotnet's StorageBaseTests): `describeStoreContract('LmdbStorage', () => open a fresh one)`.
 */
export function describeStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
    const withStore = (fn: (store: StateStore) => Promise<void>) => async () => {
        const s = await open();
        try {
            await fn(s.store);
        } finally {
            await s.close();
        }
    };
    const one = async (store: StateStore, key: string) => (await store.read([key]))[key] as Item | undefined;

    describe(`${name} keeps the store contract`, () => {
        it(
            'reads nothing for keys that are not stored',
            withStore(async (store) => {
                expect(await store.read([])).toEqual({});
                expect(await store.read(['missing', 'conv/also-missing/'])).toEqual({});
            }),
        );

        it(
            'writes and reads back items of any shape and language, each with an eTag, as copies',
            withStore(async (store) => {
                const item = {
                    text: '激活孩子社保卡需要带什么？ what to bring',
                    nested: { step: 4, list: [1, 'two', null, { deep: true }] },
                    at: '2026-10-01T00:00:00.000Z',
                };
                const key = 'webchat/conversations/会话 1/with spaces & symbols?/';
                await store.write({ [key]: item, other: { n: 1 } });
                const read = await store.read([key, 'other', 'missing']);
                expect(Object.keys(read).sort()).toEqual([key, 'other'].sort());
                expect(read[key]).toEqual({ ...item, eTag: expect.any(String) });
                // What was read is a copy: changing it changes nothing stored.
                ((read[key] as typeof item).nested.list as unknown[]).push('more');
                expect((await one(store, key))!.nested).toEqual(item.nested);
            }),
        );

        it(
            'gives every write a fresh eTag and refuses a stale one with the typed conflict, keeping the stored item',
            withStore(async (store) => {
                await store.write({ k: { v: 1 } });
                const first = (await one(store, 'k'))!;
                await store.write({ k: { v: 2, eTag: first.eTag } });
                const second = (await one(store, 'k'))!;
                expect(second).toMatchObject({ v: 2 });
                expect(second.eTag).not.toBe(first.eTag);

                const stale = await store.write({ k: { v: 3, eTag: first.eTag } }).catch((err: unknown) => err);
                expect(stale).toBeInstanceOf(ETagConflictError);
                expect(isETagConflict(stale)).toBe(true);
                expect(stale).toMatchObject({ key: 'k' });
                expect(await one(store, 'k')).toEqual(second);
            }),
        );

        it(
            'overwrites with "*" or no eTag, and treats an eTag for a key that is gone as a conflict',
            withStore(async (store) => {
                await store.write({ k: { v: 1 } });
                const read = (await one(store, 'k'))!;
                await store.write({ k: { v: 2, eTag: '*' } });
                await store.write({ k: { v: 3 } });
                expect(await one(store, 'k')).toMatchObject({ v: 3 });
                await store.delete(['k']);
                await expect(store.write({ k: { v: 4, eTag: read.eTag } })).rejects.toBeInstanceOf(ETagConflictError);
                expect(await one(store, 'k')).toBeUndefined();
            }),
        );

        it(
            'creates only with IF_ABSENT: the first create wins, a second conflicts and changes nothing',
            withStore(async (store) => {
                await store.write({ c: { by: 'first', eTag: IF_ABSENT } });
                await expect(store.write({ c: { by: 'second', eTag: IF_ABSENT } })).rejects.toBeInstanceOf(
                    ETagConflictError,
                );
                const read = (await one(store, 'c'))!;
                expect(read).toMatchObject({ by: 'first' });
                expect(read.eTag).not.toBe(IF_ABSENT);
                // The created item is written with its real eTag afterwards, like any other.
                await store.write({ c: { by: 'third', eTag: read.eTag } });
                expect(await one(store, 'c')).toMatchObject({ by: 'third' });
            }),
        );

        it(
            'writes nothing of a multi-key write in which one condition fails',
            withStore(async (store) => {
                await store.write({ a: { v: 1 }, b: { v: 1 }, taken: { v: 1 } });
                const before = await store.read(['a', 'b', 'taken']);
                await store.write({ b: { v: 2 } }); // b's eTag moves on
                const after = await store.read(['a', 'b', 'taken']);
                for (const changes of [
                    { a: { v: 9, eTag: before.a!.eTag }, b: { v: 9, eTag: before.b!.eTag } }, // stale eTag
                    { a: { v: 9 }, fresh: { v: 9, eTag: IF_ABSENT }, taken: { v: 9, eTag: IF_ABSENT } }, // create-only
                    { a: { v: 9, eTag: '*' }, gone: { v: 9, eTag: before.a!.eTag } }, // eTag for a key not stored
                ]) {
                    await expect(store.write(changes)).rejects.toBeInstanceOf(ETagConflictError);
                    expect(await store.read(['a', 'b', 'taken', 'fresh', 'gone'])).toEqual(after);
                }
            }),
        );

        it(
            'deletes keys, ignores keys that are not stored, and lets a deleted key be created again',
            withStore(async (store) => {
                await store.write({ a: { v: 1 }, b: { v: 1 } });
                await store.delete(['a', 'never-stored']);
                await store.delete([]);
                expect(Object.keys(await store.read(['a', 'b']))).toEqual(['b']);
                await store.write({ a: { v: 2, eTag: IF_ABSENT } });
                expect(await one(store, 'a')).toMatchObject({ v: 2 });
            }),
        );

        it(
            'loses no update between concurrent writers (read, write with the eTag, retry on conflict)',
            withStore(async (store) => {
                await store.write({ counter: { n: 0 } });
                const writers = 6;
                const times = 5;
                let conflicts = 0;
                const writer = async () => {
                    for (let done = 0; done < times;) {
                        const current = (await one(store, 'counter'))!;
                        try {
                            await store.write({ counter: { n: (current.n as number) + 1, eTag: current.eTag } });
                            done++;
                        } catch (err) {
                            if (!isETagConflict(err)) throw err;
                            conflicts++;
                        }
                    }
                };
                await Promise.all(Array.from({ length: writers }, writer));
                expect((await one(store, 'counter'))!.n).toBe(writers * times);
                // They did race: some writes lost and were retried (every write after the first read of a round).
                expect(conflicts).toBeGreaterThan(0);
            }),
        );

        it(
            'lets exactly one of many concurrent creates of a key win',
            withStore(async (store) => {
                const results = await Promise.allSettled(
                    Array.from({ length: 8 }, (_, i) => store.write({ first: { by: i, eTag: IF_ABSENT } })),
                );
                const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
                expect(won).toHaveLength(1);
                for (const r of results)
                    if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ETagConflictError);
                expect(await one(store, 'first')).toMatchObject({ by: won[0] });
            }),
        );

        it(
            'sweeps what was last written before the cut-off and keeps the rest',
            withStore(async (store) => {
                await store.write({ a: { v: 1 }, b: { v: 1 } });
                expect(await store.sweep({ olderThan: new Date(Date.now() - 3_600_000) })).toBe(0);
                expect(Object.keys(await store.read(['a', 'b'])).sort()).toEqual(['a', 'b']);
                expect(await store.sweep({ olderThan: new Date(Date.now() + 3_600_000) })).toBe(2);
                expect(await store.read(['a', 'b'])).toEqual({});
                await expect(store.sweep({ olderThan: new Date(NaN) })).rejects.toBeInstanceOf(RangeError);
            }),
        );
    });
}
