import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { open as lmdbOpen } from 'lmdb';

import { ETagConflictError, IF_ABSENT } from '../../src/storage/errors.js';
import { DB_FILE, LmdbStorage } from '../../src/storage/lmdbStorage.js';
import { fileNameForKey, migrateFileStorage } from '../../src/storage/migrateFileStorage.js';
import { writeLegacyFiles } from '../support/legacyFiles.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const worker = path.join(here, 'fixtures', 'lmdbWorker.ts');

let dir: string;
const open: LmdbStorage[] = [];

beforeEach(async () => {
    // A directory that does not exist yet: the store must create it.
    dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'lmdb-test-')), 'state');
});

afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
    await rm(path.dirname(dir), { recursive: true, force: true });
});

async function store(options: Partial<Parameters<typeof LmdbStorage.open>[0]> = {}): Promise<LmdbStorage> {
    const s = await LmdbStorage.open({ dir, ...options });
    open.push(s);
    return s;
}

type Counter = { count: number; eTag: string };

function tally(results: PromiseSettledResult<void>[]) {
    return {
        won: results.filter((r) => r.status === 'fulfilled').length,
        conflicts: results.filter((r) => r.status === 'rejected' && r.reason instanceof ETagConflictError).length,
        other: results.filter((r) => r.status === 'rejected' && !(r.reason instanceof ETagConflictError)),
    };
}

describe('LmdbStorage', () => {
    it('writes, reads and deletes items, creating the directory with owner-only files', async () => {
        const storage = await store();
        await storage.write({
            a: { topic: 'card', step: 2 },
            b: { lang: 'zh-CN', when: new Date('2026-01-02T03:04:05Z') },
        });

        const items = await storage.read(['a', 'b', 'missing']);
        expect(items.a).toEqual({ topic: 'card', step: 2, eTag: expect.any(String) });
        // Values round-trip through JSON, as in MemoryStorage and Blob storage.
        expect(items.b).toEqual({ lang: 'zh-CN', when: '2026-01-02T03:04:05.000Z', eTag: expect.any(String) });
        expect((await stat(path.join(dir, DB_FILE))).mode & 0o077).toBe(0);

        await storage.delete(['a', 'never-stored']);
        expect(await storage.read(['a', 'b'])).toEqual({ b: items.b });
    });

    it('returns copies and gives every write a fresh eTag', async () => {
        const storage = await store();
        const item = { list: [1] };
        await storage.write({ k: item });
        item.list.push(2);
        const first = await storage.read(['k']);
        (first.k.list as number[]).push(3);
        expect((await storage.read(['k'])).k.list).toEqual([1]);
        await storage.write({ k: { list: [1] } });
        expect((await storage.read(['k'])).k.eTag).not.toBe(first.k.eTag);
    });

    it('keeps keys of any length and characters apart', async () => {
        const storage = await store();
        const keys = ['emulator/conversations/a:b/', '微信/会话/1', 'x'.repeat(5000), 'x'.repeat(5001), '#sha256/abc'];
        await storage.write(Object.fromEntries(keys.map((k, i) => [k, { i }])));
        const items = await storage.read(keys);
        expect(keys.map((k) => items[k]?.i)).toEqual([0, 1, 2, 3, 4]);
    });

    it('rejects a stale eTag with ETagConflictError, keeps the stored value, and overwrites with * or none', async () => {
        const storage = await store();
        await storage.write({ k: { v: 1 } });
        const { eTag } = (await storage.read(['k'])).k;
        await storage.write({ k: { v: 2, eTag } });
        await expect(storage.write({ k: { v: 3, eTag } })).rejects.toBeInstanceOf(ETagConflictError);
        expect((await storage.read(['k'])).k.v).toBe(2);
        await storage.write({ k: { v: 4, eTag: '*' } });
        await storage.write({ k: { v: 5 } });
        expect((await storage.read(['k'])).k.v).toBe(5);
        // As in every store (test/storage/contract.test.ts): an eTag for a key that is not stored conflicts.
        await expect(storage.write({ fresh: { v: 1, eTag: 'whatever' } })).rejects.toBeInstanceOf(ETagConflictError);
    });

    it('checks eTags carried over from another store whatever their characters', async () => {
        const storage = await store();
        const odd = ['a"b', 'back\\slash', '引号"', ''];
        const writtenAt = new Date();
        await storage.importItems(odd.map((eTag, i) => ({ key: `k${i}`, eTag, writtenAt, item: { v: i } })));
        for (const [i, eTag] of odd.entries()) {
            if (eTag === '') continue; // an empty eTag means "no condition"
            await expect(storage.write({ [`k${i}`]: { v: -1, eTag: `${eTag}x` } })).rejects.toBeInstanceOf(
                ETagConflictError,
            );
            await storage.write({ [`k${i}`]: { v: 10 + i, eTag } });
            expect((await storage.read([`k${i}`]))[`k${i}`]!.v).toBe(10 + i);
        }
    });

    it('stores an item as the JSON of its eTag and fields, a copy the caller can no longer change', async () => {
        const storage = await store();
        const item = { when: new Date('2026-01-02T03:04:05Z'), text: '社保卡 "card"', list: [1, { deep: true }] };
        const write = storage.write({ k: item });
        item.list.push(2);
        await write;
        const read = (await storage.read(['k'])).k!;
        expect(read).toEqual({
            when: '2026-01-02T03:04:05.000Z',
            text: '社保卡 "card"',
            list: [1, { deep: true }],
            eTag: read.eTag,
        });
        await storage.close();
        open.splice(open.indexOf(storage), 1);
        const raw = lmdbOpen({ path: path.join(dir, DB_FILE), encoding: 'json' });
        expect(raw.get('k')).toEqual({ e: read.eTag, i: { when: read.when, text: read.text, list: read.list } });
        await raw.close();
    });

    it('writes nothing from a multi-key write in which one eTag conflicts', async () => {
        const storage = await store();
        await storage.write({ a: { v: 1 }, b: { v: 1 } });
        const read = await storage.read(['a', 'b']);
        await storage.write({ b: { v: 2 } });
        await expect(
            storage.write({ a: { v: 9, eTag: read.a.eTag }, b: { v: 9, eTag: read.b.eTag } }),
        ).rejects.toMatchObject({ key: 'b' });
        expect(await storage.read(['a', 'b'])).toMatchObject({ a: { v: 1 }, b: { v: 2 } });
    });

    it('creates only once with IF_ABSENT: of many racing first writes exactly one wins', async () => {
        const storage = await store();
        const results = await Promise.allSettled(
            Array.from({ length: 12 }, (_, writer) => storage.write({ k: { writer, eTag: IF_ABSENT } })),
        );
        const t = tally(results);
        expect(t.other).toEqual([]);
        expect({ won: t.won, conflicts: t.conflicts }).toEqual({ won: 1, conflicts: 11 });
        expect((await storage.read(['k'])).k.writer).toBe(results.findIndex((r) => r.status === 'fulfilled'));
    });

    it('lets exactly one of many concurrent writes with the same eTag win', async () => {
        const storage = await store();
        await storage.write({ k: { writer: -1 } });
        const { eTag } = (await storage.read(['k'])).k;
        const t = tally(
            await Promise.allSettled(Array.from({ length: 12 }, (_, writer) => storage.write({ k: { writer, eTag } }))),
        );
        expect({ won: t.won, conflicts: t.conflicts, other: t.other }).toEqual({ won: 1, conflicts: 11, other: [] });
    });

    it('backs up to a snapshot that opens as a database of its own', async () => {
        const storage = await store();
        await storage.write({ k: { v: 1 } });
        const before = await storage.read(['k']);
        const target = path.join(path.dirname(dir), 'backup');
        await storage.backup(path.join(target, DB_FILE));
        await storage.write({ k: { v: 2 } });
        const copy = await LmdbStorage.open({ dir: target });
        open.push(copy);
        expect(await copy.read(['k'])).toEqual(before);
    });

    it('keeps items and eTags when the database is opened again', async () => {
        const first = await LmdbStorage.open({ dir });
        await first.write({ k: { v: 1 } });
        const before = await first.read(['k']);
        await first.close();
        const again = await store();
        expect(await again.read(['k'])).toEqual(before);
    });

    it('loses no update across real processes incrementing one counter', async () => {
        const seed = await LmdbStorage.open({ dir });
        await seed.write({ counter: { count: 0 } });
        await seed.close();
        const run = () =>
            promisify(execFile)(process.execPath, ['--import', 'tsx', worker, 'increment', dir, 'counter', '25'], {
                cwd: repoRoot,
            });
        const outputs = await Promise.all([run(), run(), run()]);
        expect(((await (await store()).read(['counter'])).counter as Counter).count).toBe(75);
        for (const o of outputs) expect(JSON.parse(o.stdout)).toEqual({ conflicts: expect.any(Number) });
    }, 60_000);

    it('lets exactly one of two processes create a key (first saves racing on two instances)', async () => {
        const children = ['one', 'two'].map((name) => {
            const child = spawn(process.execPath, ['--import', 'tsx', worker, 'create', dir, 'conv', name], {
                cwd: repoRoot,
            });
            let out = '';
            child.stdout.on('data', (d) => (out += String(d)));
            const ready = new Promise<void>((resolve) =>
                child.stdout.on('data', () => out.includes('ready') && resolve()),
            );
            const done = new Promise<string>((resolve) => child.on('exit', () => resolve(out.replace('ready\n', ''))));
            return { child, ready, done };
        });
        await Promise.all(children.map((c) => c.ready));
        for (const c of children) c.child.stdin.end('go');
        const outcomes = await Promise.all(children.map((c) => c.done));
        expect([...outcomes].sort()).toEqual(['lost', 'won']);
        const winner = ['one', 'two'][outcomes.indexOf('won')];
        expect((await (await store()).read(['conv'])).conv.by).toBe(winner);
    }, 60_000);
});

describe('LmdbStorage through SIGKILL', () => {
    it('keeps every acknowledged write when the writing process is killed mid-stream, and opens cleanly after', async () => {
        for (let round = 0; round < 3; round++) {
            const child = spawn(process.execPath, ['--import', 'tsx', worker, 'count', dir, 'counter'], {
                cwd: repoRoot,
            });
            let out = '';
            const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
            await new Promise<void>((resolve) =>
                child.stdout.on('data', (d) => {
                    out += String(d);
                    // Killed while it keeps writing: the next write is almost surely in flight.
                    if (out.split('\n').length > 40 * (round + 1)) {
                        child.kill('SIGKILL');
                        resolve();
                    }
                }),
            );
            await exited;
            const acknowledged = Math.max(...out.split('\n').filter(Boolean).map(Number));
            const reopened = await LmdbStorage.open({ dir });
            const stored = (await reopened.read(['counter'])).counter as { n: number } | undefined;
            await reopened.close();
            expect({ round, atLeastAcknowledged: (stored?.n ?? 0) >= acknowledged }).toEqual({
                round,
                atLeastAcknowledged: true,
            });
        }
    }, 60_000);
});

describe('LmdbStorage retention', () => {
    it('removes only items last written before the cut-off, by the injected clock', async () => {
        let now = Date.parse('2026-11-01T00:00:00Z');
        const storage = await store({ clock: { now: () => new Date(now) } });
        await storage.write({ old: { v: 1 }, rewritten: { v: 1 }, ['x'.repeat(3000)]: { v: 1 } });
        now += 10 * 86_400_000;
        await storage.write({ rewritten: { v: 2 }, recent: { v: 1 } });
        expect(await storage.sweep({ olderThan: new Date(now - 5 * 86_400_000) })).toBe(2);
        expect(Object.keys(await storage.read(['old', 'rewritten', 'recent', 'x'.repeat(3000)])).sort()).toEqual([
            'recent',
            'rewritten',
        ]);
        expect(storage.count()).toBe(2);
        expect(await storage.sweep({ olderThan: new Date(now - 5 * 86_400_000) })).toBe(0);
    });

    const MARK = 'SWEPT-CONVERSATION-孩子';
    const marks = async () =>
        ((await readFile(path.join(dir, DB_FILE))).toString('utf8').match(new RegExp(MARK, 'g')) ?? []).length;

    it('leaves no readable copy of what it removed in the database file, and the rest works on', async () => {
        let now = Date.parse('2026-11-01T00:00:00Z');
        const warnings: string[] = [];
        const storage = await store({ clock: { now: () => new Date(now) }, onWarning: (m) => warnings.push(m) });
        for (let i = 0; i < 60; i++)
            await storage.write({ [`keep/${i}`]: { text: `kept ${i} ${'k'.repeat(i * 40)}` } });
        // Conversations written, rewritten (leaving old versions in freed pages), then idle past retention.
        for (let round = 0; round < 3; round++) {
            for (let i = 0; i < 40; i++) {
                await storage.write({
                    [`conv/${i}`]: { text: `${MARK} ${round} ${i} 13800138000 ${'y'.repeat(i * 60)}` },
                });
            }
        }
        now += 40 * 86_400_000;
        const kept = await storage.read(['keep/1', 'keep/59']);
        await storage.write({ 'keep/1': { ...kept['keep/1'], touched: true } });
        const touched = (await storage.read(['keep/1']))['keep/1']!;
        expect(await marks()).toBeGreaterThan(0);

        // Turns keep reading and writing while the sweep runs.
        const during = Promise.all([storage.write({ 'keep/2': { v: 'during' } }), storage.read(['keep/59'])]);
        expect(await storage.sweep({ olderThan: new Date(now - 30 * 86_400_000) })).toBe(40 + 58); // every conversation, and the items not written since
        await during;

        expect(await marks()).toBe(0);
        expect(warnings).toEqual([]);
        // Live items, their eTags and the write times the next sweep compares survive the rewrite.
        expect((await storage.read(['keep/1']))['keep/1']).toEqual(touched);
        await storage.write({ 'keep/1': { v: 2, eTag: touched.eTag } });
        expect(await storage.read(['conv/1', 'keep/59'])).toEqual({});
        expect((await storage.read(['keep/2']))['keep/2']).toMatchObject({ v: 'during' });
        expect(storage.count()).toBe(2);
        expect((await stat(path.join(dir, DB_FILE))).mode & 0o077).toBe(0);
        expect((await readdir(dir)).sort()).toEqual([DB_FILE, `${DB_FILE}-lock`]);
    });

    it('does not rewrite the file under another process that has it open, and says so', async () => {
        let now = Date.parse('2026-11-01T00:00:00Z');
        const warnings: string[] = [];
        const storage = await store({ clock: { now: () => new Date(now) }, onWarning: (m) => warnings.push(m) });
        await storage.write({ old: { text: MARK }, k: { v: 1 } });
        const other = spawn(process.execPath, ['--import', 'tsx', worker, 'hold', dir, 'k'], { cwd: repoRoot });
        await new Promise<void>((resolve) => other.stdout.once('data', () => resolve()));
        const inode = (await stat(path.join(dir, DB_FILE))).ino;
        now += 40 * 86_400_000;
        await storage.write({ k: { v: 2 } });
        expect(await storage.sweep({ olderThan: new Date(now - 30 * 86_400_000) })).toBe(1);
        expect(warnings).toEqual([expect.stringMatching(/not compacted .* open in another process/)]);
        expect((await stat(path.join(dir, DB_FILE))).ino).toBe(inode);
        other.stdin.end();
        await new Promise((resolve) => other.once('exit', resolve));
        // Once it is alone, the next sweep that removes something compacts.
        await storage.write({ old2: { text: MARK } });
        now += 40 * 86_400_000;
        await storage.write({ k: { v: 3 } });
        expect(await storage.sweep({ olderThan: new Date(now - 30 * 86_400_000) })).toBe(1);
        expect(await marks()).toBe(0);
        expect((await storage.read(['k'])).k).toMatchObject({ v: 3 });
    }, 30_000);
});

describe('carrying the file store over (migrateFileStorage)', () => {
    it('imports every item with its eTag and write time, removes the files, and is a no-op the second time', async () => {
        let now = Date.parse('2026-10-01T00:00:00Z');
        const clock = { now: () => new Date(now) };
        await mkdir(dir, { recursive: true });
        await writeLegacyFiles(dir, [
            { key: 'emulator/conversations/c1/', item: { step: 4 }, eTag: 'e1', writtenAt: new Date(now) },
            { key: 'handoff/conversation/c1', item: { status: 'waiting' }, eTag: 'e2', writtenAt: new Date(now) },
        ]);
        const before = {
            'emulator/conversations/c1/': { step: 4, eTag: 'e1' },
            'handoff/conversation/c1': { status: 'waiting', eTag: 'e2' },
        };
        await writeFile(path.join(dir, fileNameForKey('broken')), '{not json');
        await writeFile(path.join(dir, `${fileNameForKey('x')}.abc123.tmp`), 'partial');

        now += 40 * 86_400_000;
        const storage = await store({ clock });
        const report = await migrateFileStorage(storage, dir);
        expect(report).toEqual({
            imported: 2,
            alreadyThere: 0,
            unreadable: [path.join(dir, fileNameForKey('broken'))],
        });
        expect(await storage.read(['emulator/conversations/c1/', 'handoff/conversation/c1'])).toEqual(before);
        // The unreadable file stays for someone to look at; the items' files and the crash leftover are gone.
        expect((await readdir(dir)).filter((n) => !n.startsWith(DB_FILE))).toEqual([fileNameForKey('broken')]);
        // Retention still counts from the last real change: both items are 40 days old.
        expect(await storage.sweep({ olderThan: new Date(now - 30 * 86_400_000) })).toBe(2);

        expect(await migrateFileStorage(storage, dir)).toEqual({
            imported: 0,
            alreadyThere: 0,
            unreadable: [path.join(dir, fileNameForKey('broken'))],
        });
    });

    it('keeps what the database already holds for a key', async () => {
        const storage = await store();
        await storage.write({ k: { v: 'new' } });
        await writeLegacyFiles(dir, [
            { key: 'k', item: { v: 'old' } },
            { key: 'other', item: { v: 1 } },
        ]);
        expect(await migrateFileStorage(storage, dir)).toMatchObject({ imported: 1, alreadyThere: 1 });
        expect((await storage.read(['k'])).k.v).toBe('new');
    });
});
