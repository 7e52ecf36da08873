import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import lockfile from 'proper-lockfile';

import { ETagConflictError } from './errors.js';
import { KeyedMutex } from './keyedMutex.js';
import { systemClock, type Clock } from '../clock.js';

/** Source of "now"; injected so retention can be tested without waiting. */

/** Options for {@link FileStorage}. */
export interface FileStorageOptions {
    /** Directory holding one file per key. Created (mode 0700) on first write if missing. */
    dir: string;
    /** Stamps each write with the time that {@link FileStorage.sweep} compares against. Default: the system clock. */
    clock?: Clock;
    /**
     * How long a cross-process lock may go without being refreshed before another process may take it over,
     * in ms (proper-lockfile's `stale`, at least 2000). A crashed process blocks a key for at most about this long.
     * Default 10000.
     */
    lockStaleMs?: number;
    /** Receives problems that do not fail the current call (an unreadable file met by sweep, a lock release error). */
    onWarning?: (message: string, error?: unknown) => void;
}

export { ETagConflictError } from './errors.js';

/**
 * Thrown when a stored file cannot be parsed or does not belong to the key it is read for.
 * The file is left in place for someone to inspect: silently treating it as missing would lose a user's state.
 */
export class CorruptItemError extends Error {
    override readonly name = 'CorruptItemError';

    constructor(
        readonly key: string,
        readonly file: string,
        reason: string,
        options?: { cause?: unknown },
    ) {
        super(`Storage: the stored item for key "${key}" (${file}) is unreadable: ${reason}`, options);
    }
}

/** Thrown when a write could not prove it still held the cross-process lock (event loop stalled past the stale time). */
export class LockLostError extends Error {
    override readonly name = 'LockLostError';

    constructor(
        readonly key: string,
        options?: { cause?: unknown },
    ) {
        super(`Storage: lost the lock on "${key}" before the write completed; the item was not written.`, options);
    }
}

/** What one file holds. `item` is the caller's object without its eTag; the eTag lives beside it. */
interface StoredRecord {
    v: 1;
    key: string;
    eTag: string;
    /** ISO-8601 time of the write, from the injected clock. */
    writtenAt: string;
    item: Record<string, unknown>;
}

const DATA_FILE = /^[0-9a-f]{64}\.json$/;
const TEMP_FILE = /^[0-9a-f]{64}\.json\.[0-9a-f]+\.tmp$/;
const LOCK_DIR = /^[0-9a-f]{64}\.json\.lock$/;
const SWEEP_CONCURRENCY = 32;

/**
 * Name of the file that holds `key`: the SHA-256 of the key in hex.
 *
 * Keys are channel/conversation ids with `/`, `:` and anything else in them, and can be long; a fixed-length hash
 * is always a safe, portable file name (base64url of a long key could exceed the 255-byte name limit).
 * The key itself is stored inside the file, and checked on read.
 */
export function fileNameForKey(key: string): string {
    return `${createHash('sha256').update(key, 'utf8').digest('hex')}.json`;
}

/**
 * The exact bytes {@link FileStorage} writes for an item. Exported so tools (the state benchmark) can seed
 * a directory quickly without going through locks and fsyncs; regular code should use {@link FileStorage.write}.
 *
 * @param itemJson - `JSON.stringify` of the item without its eTag.
 */
export function encodeRecord(key: string, itemJson: string, eTag: string, writtenAt: Date): string {
    // Built by hand so the item is stringified once, outside the lock.
    return (
        `{"v":1,"key":${JSON.stringify(key)},"eTag":${JSON.stringify(eTag)},` +
        `"writtenAt":${JSON.stringify(writtenAt.toISOString())},"item":${itemJson}}`
    );
}

function decodeRecord(text: string, key: string, file: string): StoredRecord {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (err) {
        throw new CorruptItemError(key, file, `not valid JSON (${(err as Error).message})`, { cause: err });
    }
    const r = parsed as Partial<StoredRecord> | null;
    if (
        !r ||
        typeof r !== 'object' ||
        r.v !== 1 ||
        typeof r.key !== 'string' ||
        typeof r.eTag !== 'string' ||
        typeof r.writtenAt !== 'string' ||
        Number.isNaN(Date.parse(r.writtenAt)) ||
        !r.item ||
        typeof r.item !== 'object' ||
        Array.isArray(r.item)
    ) {
        throw new CorruptItemError(key, file, 'not a FileStorage record (expected v, key, eTag, writtenAt, item)');
    }
    if (r.key !== key) {
        // A SHA-256 collision is not a practical concern; a file copied or renamed by hand is.
        throw new CorruptItemError(key, file, `the file holds key "${r.key}"`);
    }
    return r as StoredRecord;
}

function isErrno(err: unknown, code: string): boolean {
    return typeof err === 'object' && err !== null && (err as NodeJS.ErrnoException).code === code;
}

/** A key held both in this process (mutex) and across processes (lock directory). */
interface HeldKey {
    /** Throws {@link LockLostError} if proper-lockfile reported the lock compromised. */
    assertHeld(): void;
    release(): Promise<void>;
}

/**
 * botbuilder `Storage` that keeps each key in its own JSON file, so state survives restarts and can be shared by
 * several bot processes on one host (or a shared volume).
 *
 * - Writing one key touches one file: the cost does not grow with the number of stored keys.
 * - Crash safety: each write goes to a temp file in the same directory, is fsynced, then renamed over the target
 *   (atomic on POSIX) and the directory is fsynced. Readers see the old or the new item, never a partial one.
 *   Temp files left by a crash are ignored by readers and removed by {@link FileStorage.sweep}.
 * - Optimistic concurrency like MemoryStorage: every write stores a fresh `eTag`; an item written with no eTag or
 *   `'*'` overwrites; an item whose eTag differs from the stored one is rejected with {@link ETagConflictError}
 *   (as in MemoryStorage, an eTag on an item that is not stored at all does not conflict). The check and the write
 *   happen under a per-key lock: an in-process mutex plus a proper-lockfile lock directory, so that processes
 *   sharing the directory also serialise. Within one `write` call every eTag is checked before anything is
 *   written; the write itself is atomic per key, not across keys.
 * - `read` returns fresh objects; mutating them, or the object passed to `write`, never changes the store.
 * - Files are created with mode 0600 because state can hold personal data.
 */
export class FileStorage implements Storage {
    /** The directory this store uses. */
    readonly dir: string;
    private readonly clock: Clock;
    private readonly lockStaleMs: number;
    private readonly warn: (message: string, error?: unknown) => void;
    private readonly mutex = new KeyedMutex();
    private dirReady: Promise<void> | undefined;

    constructor(options: FileStorageOptions) {
        this.dir = path.resolve(options.dir);
        this.clock = options.clock ?? systemClock;
        this.lockStaleMs = Math.max(options.lockStaleMs ?? 10_000, 2000);
        this.warn = options.onWarning ?? ((message) => process.emitWarning(message, { type: 'FileStorageWarning' }));
    }

    /** Creates the directory if needed. Called lazily by write/delete; call it at start-up to fail early. */
    async init(): Promise<void> {
        this.dirReady ??= mkdir(this.dir, { recursive: true, mode: 0o700 }).then(
            () => undefined,
            (err: unknown) => {
                this.dirReady = undefined; // let a later call retry, e.g. after a volume is mounted
                throw err;
            },
        );
        return this.dirReady;
    }

    /** Reads the given keys; keys that are not stored are absent from the result. */
    async read(keys: string[]): Promise<StoreItems> {
        if (!keys) throw new ReferenceError('Keys are required when reading.');
        const result: StoreItems = {};
        const records = await Promise.all(keys.map((key) => this.readRecord(key)));
        records.forEach((record, i) => {
            if (record) result[keys[i]] = { ...record.item, eTag: record.eTag };
        });
        return result;
    }

    /**
     * Stores the given items, each with a fresh eTag. Rejects with {@link ETagConflictError} (writing nothing)
     * if any item carries an eTag other than `'*'` that differs from the stored item's.
     */
    async write(changes: StoreItems): Promise<void> {
        if (!changes) throw new ReferenceError('Changes are required when writing.');
        const plans = Object.keys(changes).map((key) => {
            const value: unknown = changes[key];
            if (value === null || typeof value !== 'object' || Array.isArray(value)) {
                throw new TypeError(`Storage: the item for "${key}" must be an object.`);
            }
            const { eTag, ...data } = value as StoreItem;
            return {
                key,
                file: fileNameForKey(key),
                // Same rule as MemoryStorage: a missing/empty eTag or '*' means "last writer wins".
                expectedETag: eTag && eTag !== '*' ? eTag : undefined,
                // Serialise before locking: unserialisable values fail fast and the critical section stays short.
                itemJson: JSON.stringify(data),
            };
        });
        if (plans.length === 0) return;
        await this.init();
        // A fixed lock order across processes rules out deadlock between two multi-key writes.
        plans.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
        const held: HeldKey[] = [];
        try {
            for (const plan of plans) held.push(await this.holdKey(plan.file, plan.key));
            for (const plan of plans) {
                if (plan.expectedETag === undefined) continue;
                const current = await this.readRecord(plan.key, plan.file);
                if (current && current.eTag !== plan.expectedETag) throw new ETagConflictError(plan.key);
            }
            const writtenAt = this.clock.now();
            await Promise.all(
                plans.map((plan, i) =>
                    this.replaceFile(
                        plan.file,
                        encodeRecord(plan.key, plan.itemJson, randomUUID(), writtenAt),
                        held[i],
                    ),
                ),
            );
            await this.syncDir();
        } finally {
            await this.releaseAll(held);
        }
    }

    /** Deletes the given keys; keys that are not stored are ignored. No eTag check, as in MemoryStorage. */
    async delete(keys: string[]): Promise<void> {
        if (!keys) throw new ReferenceError('Keys are required when deleting.');
        if (keys.length === 0) return;
        await this.init();
        // One key held at a time per call, so deletes cannot deadlock with multi-key writes.
        await Promise.all(
            keys.map(async (key) => {
                const file = fileNameForKey(key);
                const held = await this.holdKey(file, key);
                try {
                    await unlinkIfPresent(path.join(this.dir, file));
                } finally {
                    await this.releaseAll([held]);
                }
            }),
        );
        await this.syncDir();
    }

    /**
     * Retention: deletes every item last written before `olderThan` (by the injected clock) and returns how many
     * items were removed. Also removes temp files and lock directories that crashes left behind.
     *
     * A file that cannot be parsed is reported through `onWarning`; it is removed only if its modification time is
     * before `olderThan` too, since data past its retention period must go whether or not it is readable.
     * Reads every file, so it is meant for a periodic job, not for the request path.
     */
    async sweep(options: { olderThan: Date }): Promise<number> {
        const cutoff = options.olderThan.getTime();
        if (Number.isNaN(cutoff)) throw new RangeError('sweep: olderThan is not a valid date');
        let names: string[];
        try {
            names = await readdir(this.dir);
        } catch (err) {
            if (isErrno(err, 'ENOENT')) return 0;
            throw err;
        }
        let removed = 0;
        await forEachLimit(names, SWEEP_CONCURRENCY, async (name) => {
            if (DATA_FILE.test(name)) {
                if (await this.sweepItem(name, cutoff)) removed++;
            } else if (TEMP_FILE.test(name) || LOCK_DIR.test(name)) {
                await this.sweepLeftover(name, cutoff);
            }
        });
        if (removed > 0) await this.syncDir();
        return removed;
    }

    private async readRecord(key: string, file = fileNameForKey(key)): Promise<StoredRecord | undefined> {
        const full = path.join(this.dir, file);
        let text: string;
        try {
            text = await readFile(full, 'utf8');
        } catch (err) {
            if (isErrno(err, 'ENOENT')) return undefined;
            throw err;
        }
        return decodeRecord(text, key, full);
    }

    /** Atomically replaces `file` with `contents`: temp file, fsync, rename. */
    private async replaceFile(file: string, contents: string, held: HeldKey): Promise<void> {
        const target = path.join(this.dir, file);
        const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
        try {
            const handle = await open(temp, 'wx', 0o600);
            try {
                await handle.writeFile(contents, 'utf8');
                await handle.datasync();
            } finally {
                await handle.close();
            }
            // Last moment to find out that a stalled process lost its lock to another one; renaming now could
            // overwrite a newer item whose eTag we never checked.
            held.assertHeld();
            await rename(temp, target);
        } catch (err) {
            await unlinkIfPresent(temp).catch(() => undefined);
            throw err;
        }
    }

    /** Makes renames and unlinks durable; without it a power cut can bring back the previous version. */
    private async syncDir(): Promise<void> {
        if (process.platform === 'win32') return; // directories cannot be opened for fsync there
        const handle = await open(this.dir, 'r');
        try {
            await handle.sync();
        } finally {
            await handle.close();
        }
    }

    private async holdKey(file: string, key: string): Promise<HeldKey> {
        // The lock directory alone would be correct, but this process's own turns would then poll it with backoff;
        // queueing them on the mutex first hands the key over without delay and in arrival order.
        const releaseMutex = await this.mutex.acquire(file);
        let lost: Error | undefined;
        try {
            const releaseLock = await lockfile.lock(path.join(this.dir, file), {
                realpath: false, // the data file may not exist yet
                stale: this.lockStaleMs,
                // Other holders keep a key for milliseconds; poll briefly but keep trying past the stale time so a
                // lock left by a crashed process is taken over rather than failing the turn.
                retries: {
                    // `retry` computes and sorts every wait up front on each lock() call, so ask only for as many as
                    // fill maxRetryTime (each wait is at most maxTimeout; +20 covers the first, shorter ones);
                    // 1000 cost about 0.1 ms of CPU per lock.
                    retries: Math.ceil((this.lockStaleMs * 2) / 100) + 20,
                    factor: 1.5,
                    minTimeout: 2,
                    maxTimeout: 100,
                    randomize: true,
                    maxRetryTime: this.lockStaleMs * 2,
                },
                onCompromised: (err) => {
                    // The default throws from a timer and would crash the bot; make the write fail instead.
                    lost = err;
                },
            });
            return {
                assertHeld: () => {
                    if (lost) throw new LockLostError(key, { cause: lost });
                },
                release: async () => {
                    try {
                        if (!lost) await releaseLock();
                    } finally {
                        releaseMutex();
                    }
                },
            };
        } catch (err) {
            releaseMutex();
            throw err;
        }
    }

    private async releaseAll(held: HeldKey[]): Promise<void> {
        for (const h of held.reverse()) {
            try {
                await h.release();
            } catch (err) {
                // The write has already succeeded or failed on its own; a lock directory we could not remove only
                // delays others until it goes stale.
                this.warn(`FileStorage: could not release a lock in ${this.dir}`, err);
            }
        }
    }

    /** Returns true if the item was removed. */
    private async sweepItem(file: string, cutoff: number): Promise<boolean> {
        const full = path.join(this.dir, file);
        const age = await this.ageOf(full);
        if (age === undefined) return false;
        if (age.writtenAt >= cutoff) {
            if (age.key === undefined) this.warn(`FileStorage: ${full} is not a readable record; kept for now`);
            return false;
        }
        // Re-check under the lock: a turn may have rewritten the item since we looked.
        const held = await this.holdKey(file, age.key ?? file);
        try {
            const again = await this.ageOf(full);
            if (again === undefined || again.writtenAt >= cutoff) return false;
            await unlinkIfPresent(full);
            if (again.key === undefined) this.warn(`FileStorage: removed unreadable file ${full} past retention`);
            return true;
        } finally {
            await this.releaseAll([held]);
        }
    }

    /** When the file was last written, and its key; for an unreadable file, its mtime and no key. */
    private async ageOf(full: string): Promise<{ writtenAt: number; key?: string } | undefined> {
        try {
            const text = await readFile(full, 'utf8');
            try {
                const r = JSON.parse(text) as Partial<StoredRecord> | null;
                const writtenAt = typeof r?.writtenAt === 'string' ? Date.parse(r.writtenAt) : NaN;
                if (
                    typeof r?.key === 'string' &&
                    fileNameForKey(r.key) === path.basename(full) &&
                    !Number.isNaN(writtenAt)
                ) {
                    return { writtenAt, key: r.key };
                }
            } catch {
                // unparsable: judged by its modification time below
            }
            return { writtenAt: (await stat(full)).mtimeMs };
        } catch (err) {
            if (isErrno(err, 'ENOENT')) return undefined;
            throw err;
        }
    }

    /** Removes a temp file or lock directory left by a crash. */
    private async sweepLeftover(name: string, cutoff: number): Promise<void> {
        const full = path.join(this.dir, name);
        try {
            const { mtimeMs } = await stat(full);
            // Both kinds are file-system artefacts stamped by the real clock; a live writer's are milliseconds old
            // (a held lock is refreshed every stale/2), so also requiring real-time staleness keeps a test clock
            // set in the future from deleting a lock someone holds.
            if (mtimeMs >= cutoff || Date.now() - mtimeMs < this.lockStaleMs * 2) return;
            await rm(full, { recursive: true, force: true });
        } catch (err) {
            if (!isErrno(err, 'ENOENT')) this.warn(`FileStorage: could not remove leftover ${full}`, err);
        }
    }
}

/** Factory: a {@link FileStorage} whose directory exists (so a bad path fails at start-up, not on the first turn). */
export async function createFileStorage(options: FileStorageOptions): Promise<FileStorage> {
    const storage = new FileStorage(options);
    await storage.init();
    return storage;
}

async function unlinkIfPresent(file: string): Promise<void> {
    try {
        await unlink(file);
    } catch (err) {
        if (!isErrno(err, 'ENOENT')) throw err;
    }
}

async function forEachLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
    let next = 0;
    const worker = async (): Promise<void> => {
        while (next < items.length) await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
