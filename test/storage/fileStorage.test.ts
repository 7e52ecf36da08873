import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import {
    CorruptItemError,
    ETagConflictError,
    FileStorage,
    createFileStorage,
    fileNameForKey,
} from '../../src/storage/fileStorage.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

let dir: string;

beforeEach(async () => {
    // A directory that does not exist yet: the store must create it.
    dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'filestorage-test-')), 'state');
});

afterEach(async () => {
    await rm(path.dirname(dir), { recursive: true, force: true });
});

type Counter = { count: number; eTag: string };

/** Outcome counts of settled writes, split by reason. */
function tally(results: PromiseSettledResult<void>[]) {
    return {
        won: results.filter((r) => r.status === 'fulfilled').length,
        conflicts: results.filter((r) => r.status === 'rejected' && r.reason instanceof ETagConflictError).length,
        other: results.filter((r) => r.status === 'rejected' && !(r.reason instanceof ETagConflictError)),
    };
}

describe('FileStorage basics', () => {
    it('writes, reads and deletes items, creating the directory', async () => {
        const storage = new FileStorage({ dir });
        await storage.write({ a: { topic: 'card', step: 2 }, b: { lang: 'zh-CN' } });

        const items = await storage.read(['a', 'b', 'missing']);
        expect(items.a).toEqual({ topic: 'card', step: 2, eTag: expect.any(String) });
        expect(items.b).toEqual({ lang: 'zh-CN', eTag: expect.any(String) });
        expect(Object.keys(items).sort()).toEqual(['a', 'b']);

        await storage.delete(['a', 'never-stored']);
        expect(await storage.read(['a', 'b'])).toEqual({ b: items.b });
    });

    it('reads nothing from an empty or absent directory', async () => {
        const storage = new FileStorage({ dir });
        expect(await storage.read(['x'])).toEqual({});
        expect(await storage.read([])).toEqual({});
        await expect(stat(dir)).rejects.toMatchObject({ code: 'ENOENT' });
    });

    it('createFileStorage creates the directory up front', async () => {
        const storage = await createFileStorage({ dir });
        expect((await stat(storage.dir)).isDirectory()).toBe(true);
    });

    it('rejects items that are not objects', async () => {
        const storage = new FileStorage({ dir });
        await expect(storage.write({ a: 'text' })).rejects.toThrow(TypeError);
        await expect(storage.write({ a: null })).rejects.toThrow(TypeError);
        expect(await storage.read(['a'])).toEqual({});
    });

    it('gives every write a fresh eTag, even for identical content', async () => {
        const storage = new FileStorage({ dir });
        await storage.write({ k: { v: 1 } });
        const first = (await storage.read(['k'])).k.eTag;
        await storage.write({ k: { v: 1 } });
        const second = (await storage.read(['k'])).k.eTag;
        expect(typeof first).toBe('string');
        expect(second).not.toBe(first);
    });

    it('returns copies: mutating read results or written objects does not change the store', async () => {
        const storage = new FileStorage({ dir });
        const original = { profile: { city: '深圳' }, list: [1, 2] };
        await storage.write({ k: original });
        original.profile.city = 'changed after write';
        original.list.push(3);
        expect(original).not.toHaveProperty('eTag'); // the caller's object is not stamped

        const read1 = await storage.read(['k']);
        read1.k.profile.city = 'changed after read';
        read1.k.list.push(99);
        const read2 = await storage.read(['k']);
        expect(read2.k).toEqual({ profile: { city: '深圳' }, list: [1, 2], eTag: read1.k.eTag });
        expect(read2.k).not.toBe(read1.k);
    });

    it('stores keys with slashes, colons, dots and non-ASCII characters under distinct safe file names', async () => {
        const storage = new FileStorage({ dir });
        const keys = [
            'msteams/conversations/19:abc@thread.v2;messageid=1/',
            'webchat/users/../../etc/passwd',
            'emulator/conversations/a\\b:c*?"<>|/',
            '微信/会话/家长:张三',
            '',
            'x'.repeat(2000),
            'msteams/conversations/19:abc@thread.v2;messageid=1', // differs from the first only by the slash
        ];
        await storage.write(Object.fromEntries(keys.map((k, i) => [k, { i }])));

        const items = await storage.read(keys);
        keys.forEach((k, i) => expect(items[k]).toMatchObject({ i }));
        const names = await readdir(dir);
        expect(names.sort()).toEqual(keys.map(fileNameForKey).sort());
        for (const name of names) expect(name).toMatch(/^[0-9a-f]{64}\.json$/);
    });

    it('creates files readable by the owner only', async () => {
        if (process.platform === 'win32') return;
        const storage = new FileStorage({ dir });
        await storage.write({ k: { phone: 'private' } });
        expect((await stat(path.join(dir, fileNameForKey('k')))).mode & 0o777).toBe(0o600);
    });
});

describe('FileStorage eTags', () => {
    it('rejects a stale eTag with ETagConflictError and keeps the stored value', async () => {
        const storage = new FileStorage({ dir });
        await storage.write({ k: { step: 1 } });
        const read1 = await storage.read(['k']);
        await storage.write({ k: { ...read1.k, step: 2 } }); // matching eTag: accepted

        const stale = storage.write({ k: { ...read1.k, step: 3 } });
        await expect(stale).rejects.toBeInstanceOf(ETagConflictError);
        await expect(stale).rejects.toMatchObject({ key: 'k', message: expect.stringContaining('"k"') });

        const after = await storage.read(['k']);
        expect(after.k.step).toBe(2);
        expect(after.k.eTag).not.toBe(read1.k.eTag);
    });

    it("overwrites with eTag '*' or no eTag, whatever is stored", async () => {
        const storage = new FileStorage({ dir });
        await storage.write({ k: { v: 1 } });
        await storage.write({ k: { v: 2 } });
        await storage.write({ k: { v: 3, eTag: '*' } });
        expect((await storage.read(['k'])).k.v).toBe(3);
        await storage.write({ k: { v: 4, eTag: '' } });
        expect((await storage.read(['k'])).k.v).toBe(4);
    });

    it('accepts an eTag for a key that is not stored, like MemoryStorage', async () => {
        const storage = new FileStorage({ dir });
        await storage.write({ k: { v: 1, eTag: 'from-somewhere-else' } });
        expect((await storage.read(['k'])).k.v).toBe(1);
    });

    it('writes nothing from a multi-key write in which one eTag conflicts', async () => {
        const storage = new FileStorage({ dir });
        await storage.write({ a: { v: 1 }, b: { v: 1 } });
        const before = await storage.read(['a', 'b']);
        await storage.write({ b: { v: 2 } });

        await expect(
            storage.write({ a: { v: 9, eTag: before.a.eTag }, b: { v: 9, eTag: before.b.eTag } }),
        ).rejects.toMatchObject({ name: 'ETagConflictError', key: 'b' });
        const after = await storage.read(['a', 'b']);
        expect(after.a).toEqual(before.a);
        expect(after.b.v).toBe(2);
    });

    it('lets exactly one of many concurrent writes with the same eTag win (one instance)', async () => {
        const storage = new FileStorage({ dir });
        await storage.write({ k: { writer: -1 } });
        const { eTag } = (await storage.read(['k'])).k;

        const results = await Promise.allSettled(
            Array.from({ length: 12 }, (_, writer) => storage.write({ k: { writer, eTag } })),
        );
        const t = tally(results);
        expect(t.other).toEqual([]);
        expect({ won: t.won, conflicts: t.conflicts }).toEqual({ won: 1, conflicts: 11 });
        const winner = results.findIndex((r) => r.status === 'fulfilled');
        expect((await storage.read(['k'])).k.writer).toBe(winner);
    });

    it('lets exactly one win when two instances share the directory (two processes)', async () => {
        const one = new FileStorage({ dir });
        const two = new FileStorage({ dir });
        await one.write({ k: { writer: -1 } });
        const { eTag } = (await two.read(['k'])).k;

        const results = await Promise.allSettled(
            Array.from({ length: 12 }, (_, writer) => (writer % 2 ? two : one).write({ k: { writer, eTag } })),
        );
        const t = tally(results);
        expect(t.other).toEqual([]);
        expect({ won: t.won, conflicts: t.conflicts }).toEqual({ won: 1, conflicts: 11 });
        const winner = results.findIndex((r) => r.status === 'fulfilled');
        expect((await one.read(['k'])).k.writer).toBe(winner);
    });

    it('loses no update when two instances increment a counter with retries', async () => {
        const stores = [new FileStorage({ dir }), new FileStorage({ dir })];
        await stores[0].write({ counter: { count: 0 } });

        const increment = async (storage: FileStorage, times: number) => {
            for (let done = 0; done < times;) {
                const current = (await storage.read(['counter'])).counter as Counter;
                try {
                    await storage.write({ counter: { count: current.count + 1, eTag: current.eTag } });
                    done++;
                } catch (err) {
                    if (!(err instanceof ETagConflictError)) throw err;
                }
            }
        };
        // Four concurrent incrementers per instance.
        await Promise.all(stores.flatMap((s) => Array.from({ length: 4 }, () => increment(s, 10))));
        expect((await stores[1].read(['counter'])).counter.count).toBe(80);
    });

    it('loses no update across real processes', async () => {
        await new FileStorage({ dir }).write({ counter: { count: 0 } });
        const worker = path.join(here, 'fixtures', 'incrementWorker.ts');
        const run = () =>
            promisify(execFile)(process.execPath, ['--import', 'tsx', worker, dir, 'counter', '25'], {
                cwd: repoRoot,
            });
        const outputs = await Promise.all([run(), run(), run()]);

        expect((await new FileStorage({ dir }).read(['counter'])).counter.count).toBe(75);
        // Parsing proves each worker finished its loop; conflicts are timing-dependent, so their count is not asserted.
        for (const o of outputs) expect(JSON.parse(o.stdout)).toEqual({ conflicts: expect.any(Number) });
    }, 60_000);

    it('takes over a lock directory left behind by a crashed process', async () => {
        const storage = new FileStorage({ dir, lockStaleMs: 2000 });
        await storage.write({ k: { v: 1 } });
        const lockDir = path.join(dir, `${fileNameForKey('k')}.lock`);
        await mkdir(lockDir);
        const anHourAgo = new Date(Date.now() - 3_600_000);
        await utimes(lockDir, anHourAgo, anHourAgo);

        await storage.write({ k: { v: 2 } });
        expect((await storage.read(['k'])).k.v).toBe(2);
        await expect(stat(lockDir)).rejects.toMatchObject({ code: 'ENOENT' });
    });
});

describe('FileStorage restarts and damage', () => {
    it('keeps items and eTags across a new instance on the same directory', async () => {
        const before = new FileStorage({ dir });
        await before.write({ 'webchat/conversations/c1/': { dialogStack: [{ id: 'apply', state: { step: 3 } }] } });
        const { eTag } = (await before.read(['webchat/conversations/c1/']))['webchat/conversations/c1/'];

        const after = new FileStorage({ dir });
        const item = (await after.read(['webchat/conversations/c1/']))['webchat/conversations/c1/'];
        expect(item).toEqual({ dialogStack: [{ id: 'apply', state: { step: 3 } }], eTag });
        await after.write({ 'webchat/conversations/c1/': { ...item, dialogStack: [] } }); // eTag from before restart
        await expect(before.write({ 'webchat/conversations/c1/': { dialogStack: [], eTag } })).rejects.toBeInstanceOf(
            ETagConflictError,
        );
    });

    it('reports a corrupted file with an error naming the key, and still lets it be overwritten or deleted', async () => {
        const storage = new FileStorage({ dir });
        const key = 'msteams/conversations/19:x/';
        await storage.write({ [key]: { v: 1 }, ok: { v: 1 } });
        const file = path.join(dir, fileNameForKey(key));
        const text = await readFile(file, 'utf8');
        await writeFile(file, text.slice(0, text.length / 2));

        const failed = storage.read([key, 'ok']);
        await expect(failed).rejects.toBeInstanceOf(CorruptItemError);
        await expect(failed).rejects.toMatchObject({ key, file, message: expect.stringContaining(key) });
        // A conditional write must not guess what was stored.
        await expect(storage.write({ [key]: { v: 2, eTag: 'whatever' } })).rejects.toBeInstanceOf(CorruptItemError);

        await storage.write({ [key]: { v: 3, eTag: '*' } });
        expect((await storage.read([key]))[key].v).toBe(3);
        await writeFile(file, 'garbage');
        await storage.delete([key]);
        expect(await storage.read([key, 'ok'])).toEqual({ ok: expect.objectContaining({ v: 1 }) });
    });

    it('reports a file that holds a different key', async () => {
        const storage = new FileStorage({ dir });
        await storage.write({ a: { v: 'a' } });
        await mkdir(dir, { recursive: true });
        await writeFile(path.join(dir, fileNameForKey('b')), await readFile(path.join(dir, fileNameForKey('a'))));
        await expect(storage.read(['b'])).rejects.toMatchObject({
            name: 'CorruptItemError',
            key: 'b',
            message: expect.stringContaining('holds key "a"'),
        });
    });

    it('ignores a partial temp file left by a crash mid-write', async () => {
        const storage = new FileStorage({ dir });
        await storage.write({ k: { v: 'committed' } });
        await writeFile(path.join(dir, `${fileNameForKey('k')}.0123abcd.tmp`), '{"v":1,"key":"k","eTag":"x","wri');
        expect((await new FileStorage({ dir }).read(['k'])).k.v).toBe('committed');
    });
});

describe('FileStorage.sweep', () => {
    it('removes only items last written before the cut-off, by the injected clock', async () => {
        let now = new Date('2025-01-01T00:00:00Z');
        const storage = new FileStorage({ dir, clock: { now: () => now } });
        await storage.write({ old1: { v: 1 }, old2: { v: 1 } });
        now = new Date('2025-02-01T00:00:00Z');
        await storage.write({ recent: { v: 1 } });
        now = new Date('2025-03-01T00:00:00Z');
        await storage.write({ old2: { v: 2 } }); // rewritten: counts as recent again

        expect(await storage.sweep({ olderThan: new Date('2025-01-15T00:00:00Z') })).toBe(1);
        expect(Object.keys(await storage.read(['old1', 'old2', 'recent'])).sort()).toEqual(['old2', 'recent']);

        expect(await storage.sweep({ olderThan: new Date('2025-02-15T00:00:00Z') })).toBe(1);
        expect(Object.keys(await storage.read(['old1', 'old2', 'recent']))).toEqual(['old2']);
    });

    it('returns 0 for a directory that does not exist', async () => {
        expect(await new FileStorage({ dir }).sweep({ olderThan: new Date() })).toBe(0);
    });

    it('removes old crash leftovers but keeps fresh ones and unrelated files', async () => {
        const storage = new FileStorage({ dir });
        await storage.write({ k: { v: 1 } });
        const hash = fileNameForKey('k');
        const oldTemp = path.join(dir, `${hash}.aaaa.tmp`);
        const freshTemp = path.join(dir, `${hash}.bbbb.tmp`);
        const oldLock = path.join(dir, `${fileNameForKey('gone')}.lock`);
        const unrelated = path.join(dir, 'README.txt');
        await Promise.all([
            writeFile(oldTemp, '{'),
            writeFile(freshTemp, '{'),
            mkdir(oldLock),
            writeFile(unrelated, 'x'),
        ]);
        const longAgo = new Date('2020-01-01T00:00:00Z');
        await utimes(oldTemp, longAgo, longAgo);
        await utimes(oldLock, longAgo, longAgo);
        await utimes(unrelated, longAgo, longAgo);

        expect(await storage.sweep({ olderThan: new Date('2024-01-01T00:00:00Z') })).toBe(0);
        expect((await readdir(dir)).sort()).toEqual([hash, `${hash}.bbbb.tmp`, 'README.txt'].sort());
    });

    it('warns about unreadable files, removing them only once past retention by modification time', async () => {
        const warnings: string[] = [];
        const storage = new FileStorage({ dir, clock: { now: () => new Date() }, onWarning: (m) => warnings.push(m) });
        await storage.write({ oldBad: { v: 1 }, newBad: { v: 1 } });
        const oldBad = path.join(dir, fileNameForKey('oldBad'));
        const newBad = path.join(dir, fileNameForKey('newBad'));
        await writeFile(oldBad, 'not json');
        await writeFile(newBad, 'not json');
        const longAgo = new Date('2020-01-01T00:00:00Z');
        await utimes(oldBad, longAgo, longAgo);

        expect(await storage.sweep({ olderThan: new Date('2024-01-01T00:00:00Z') })).toBe(1);
        expect(await readdir(dir)).toEqual([fileNameForKey('newBad')]);
        expect(warnings).toHaveLength(2);
        expect(warnings.find((w) => w.includes(oldBad))).toMatch(/removed/);
        expect(warnings.find((w) => w.includes(newBad))).toMatch(/kept/);
    });
});
