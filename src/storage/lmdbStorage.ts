import { createHash, randomUUID } from 'node:crypto';
import { chmod, mkdir, open as openFile, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

import type { StoreItem, StoreItems } from 'botbuilder';
import { asBinary, open, type Database, type RootDatabase } from 'lmdb';

import { ETagConflictError } from './errors.js';
import { conditionHolds, cutoffOf, type StateStore } from './store.js';
import { systemClock, type Clock } from '../clock.js';

/** When a write counts as done. */
export type Durability =
    /** Committed and flushed to the disk (fdatasync): survives a process crash and a power cut. */
    | 'flush'
    /** Committed (visible to every process, in the OS's cache): survives a process crash, not a power cut. */
    | 'commit';

/** Options for {@link LmdbStorage}. */
export interface LmdbStorageOptions {
    /** Directory holding the database (`state.mdb` and its lock file). Created (mode 0700) if missing. */
    dir: string;
    /** Stamps each write with the time {@link LmdbStorage.sweep} compares against. Default: the system clock. */
    clock?: Clock;
    /** Default 'flush'. */
    durability?: Durability;
    /** Problems that do not fail the current call (a compaction skipped or failed). */
    onWarning?: (message: string, error?: unknown) => void;
}

/** What {@link LmdbStorage.compact} did. */
export type Compaction =
    /** The file was rewritten with only the live items: no byte of a removed item is left in it. */
    | 'compacted'
    /** Another process has the database open: rewriting the file under it is not safe, so nothing was done. */
    | 'shared';

/** What one entry holds. */
interface Stored {
    /** eTag of this write. */
    e: string;
    /** The caller's item without its eTag. */
    i: Record<string, unknown>;
    /** The full key, only when it was too long to be the LMDB key itself (see {@link dbKeyFor}). */
    k?: string;
}

/** The database file inside the state directory. */
export const DB_FILE = 'state.mdb';

/** LMDB keys are at most 1978 bytes; conversation ids have no documented bound, so long keys are stored by hash. */
const MAX_PLAIN_KEY_BYTES = 400;
const HASHED_PREFIX = '#sha256/';
const SWEEP_SLICE = 500;
/** Name prefix of the copy {@link LmdbStorage.compact} writes before swapping it in. */
const COMPACT_PREFIX = `${DB_FILE}.compact-`;

async function openEnv(dir: string): Promise<{ db: RootDatabase<Stored, string>; written: Database<number, string> }> {
    const db = open<Stored, string>({
        path: path.join(dir, DB_FILE),
        // JSON, not lmdb's default msgpack: items come back as MemoryStorage and Blob storage return them
        // (dates as strings), so switching stores never changes what the bot reads.
        encoding: 'json',
    }) as RootDatabase<Stored, string>;
    // State can hold personal data: owner only (the directory is 0700 too; lmdb creates files 0644).
    for (const file of [DB_FILE, `${DB_FILE}-lock`]) await chmod(path.join(dir, file), 0o600).catch(() => undefined);
    const written = db.openDB<number, string>({ name: 'writtenAt', encoding: 'ordered-binary' });
    return { db, written };
}

function dbKeyFor(key: string): string {
    if (Buffer.byteLength(key, 'utf8') <= MAX_PLAIN_KEY_BYTES && !key.startsWith(HASHED_PREFIX)) return key;
    return HASHED_PREFIX + createHash('sha256').update(key, 'utf8').digest('hex');
}

/** An item carried over from another store (see {@link LmdbStorage.importItems}). */
export interface ImportedItem {
    key: string;
    eTag: string;
    writtenAt: Date;
    item: Record<string, unknown>;
}

interface Plan {
    key: string;
    dbKey: string;
    /** undefined: overwrite; IF_ABSENT: create only; otherwise the eTag the stored item must have. */
    expected: string | undefined;
    /** The entry as the database stores it: {@link Stored}'s JSON. */
    value: ReturnType<typeof asBinary>;
}

/**
 * An entry's JSON, written here once: it is the copy the caller may no longer change, and what the database stores
 * (the bytes `JSON.stringify` of a {@link Stored} gives, fields in the same order), instead of copying the item
 * through JSON and having the database stringify the copy again (a turn writes the whole conversation state).
 */
function entryBytes(eTag: string, item: object, key: string | undefined): ReturnType<typeof asBinary> {
    const k = key === undefined ? '' : `,"k":${JSON.stringify(key)}`;
    return asBinary(Buffer.from(`{"e":${JSON.stringify(eTag)},"i":${JSON.stringify(item)}${k}}`, 'utf8'));
}

const ETAG_START = Buffer.from('{"e":"', 'utf8');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The eTag of a stored entry, read from the start of its bytes (every entry starts with it) rather than by parsing
 * the whole item: the write transaction checks it for each conditional write. Anything unusual is parsed.
 */
function storedETag(bytes: Buffer | undefined): string | undefined {
    if (!bytes) return undefined;
    if (bytes.subarray(0, ETAG_START.length).equals(ETAG_START)) {
        const end = bytes.indexOf(QUOTE, ETAG_START.length);
        const eTag = end < 0 ? undefined : bytes.subarray(ETAG_START.length, end);
        if (eTag && !eTag.includes(BACKSLASH)) return eTag.toString('utf8');
    }
    return (JSON.parse(bytes.toString('utf8')) as Stored).e;
}

/**
 * botbuilder `Storage` on LMDB (the `lmdb` package): one memory-mapped database file shared by every bot process on
 * the host, with transactions that are atomic, isolated and durable.
 *
 * - Writes made in the same event-loop turn (this process's concurrent turns) are committed in one transaction and
 *   share its disk flush; LMDB's single writer lock serialises transactions across processes.
 * - The {@link StateStore} contract's eTag conditions, checked inside the write transaction, so they hold across
 *   processes; within one `write` call all checks pass or nothing is written.
 * - A write resolves once it is committed and, with durability 'flush' (the default), flushed to the disk.
 * - `read` returns fresh objects (values are stored as JSON, as MemoryStorage and Blob storage round-trip them).
 */
export class LmdbStorage implements StateStore {
    readonly atomicMultiKeyWrites = true as const;
    readonly dir: string;
    private readonly clock: Clock;
    private readonly durability: Durability;
    private readonly warn: (message: string, error?: unknown) => void;
    /** Set while {@link compact} swaps the file: every operation waits for it. */
    private gate: Promise<void> | undefined;
    private inFlight = 0;
    private idle: (() => void) | undefined;

    private constructor(
        private db: RootDatabase<Stored, string>,
        /** Key -> time of its last write (ms), beside the items so the sweep reads small numbers, not whole states. */
        private written: Database<number, string>,
        options: LmdbStorageOptions,
    ) {
        this.dir = path.resolve(options.dir);
        this.clock = options.clock ?? systemClock;
        this.durability = options.durability ?? 'flush';
        this.warn = options.onWarning ?? ((message) => process.emitWarning(message, { type: 'LmdbStorageWarning' }));
    }

    /** Opens (creating if needed) the database in `options.dir`. */
    static async open(options: LmdbStorageOptions): Promise<LmdbStorage> {
        const dir = path.resolve(options.dir);
        await mkdir(dir, { recursive: true, mode: 0o700 });
        // A compaction interrupted by a crash leaves its copy: it holds personal data and is never used.
        for (const name of await readdir(dir)) {
            if (name.startsWith(COMPACT_PREFIX)) await rm(path.join(dir, name), { force: true });
        }
        const { db, written } = await openEnv(dir);
        return new LmdbStorage(db, written, options);
    }

    /** Reads the given keys; keys that are not stored are absent from the result. */
    read(keys: string[]): Promise<StoreItems> {
        return this.use(() => this.readNow(keys));
    }

    /**
     * Stores the given items, each with a fresh eTag. Rejects with {@link ETagConflictError} (writing nothing) if
     * an item's eTag condition does not hold at commit time.
     */
    write(changes: StoreItems): Promise<void> {
        return this.use(() => this.writeNow(changes));
    }

    /** Deletes the given keys; keys that are not stored are ignored. No eTag check. */
    delete(keys: string[]): Promise<void> {
        return this.use(() => this.deleteNow(keys));
    }

    /**
     * Stores items carried over from another store with their eTags and write times, each only if its key is not
     * stored yet (a newer write wins). Resolves to how many were stored, once they are durable.
     */
    importItems(items: ImportedItem[]): Promise<number> {
        return this.use(() => this.importNow(items));
    }

    /**
     * Writes a consistent snapshot of the database to `file` (LMDB's own copy, safe while bots write), for
     * `npm run state:backup`. A plain file copy of a database being written can catch a torn page.
     */
    backup(file: string): Promise<void> {
        return this.use(() => this.backupNow(file));
    }

    /** Runs one operation on the open database, after a compaction in progress. */
    private async use<T>(fn: () => Promise<T>): Promise<T> {
        while (this.gate) await this.gate;
        this.inFlight++;
        try {
            return await fn();
        } finally {
            if (--this.inFlight === 0) this.idle?.();
        }
    }

    /** Whether a process other than this one has the database open (LMDB's reader table, stale entries cleared). */
    private sharedWithOthers(): boolean {
        this.db.readerCheck();
        const pids = [...this.db.readerList().matchAll(/^\s*(\d+)\s/gm)].map((m) => Number(m[1]));
        return pids.some((pid) => pid !== process.pid);
    }

    /**
     * Rewrites the database file with only its live items (LMDB's compacting copy, swapped in for the file), so
     * that nothing of a removed item stays readable in it: LMDB never overwrites a page in place, and freed pages
     * (and the unused parts of live pages) keep old bytes until they happen to be reused. Operations wait while the
     * file is swapped (about as long as copying the live items takes). Done only when no other process has the
     * database open; otherwise resolves to 'shared' and changes nothing.
     */
    async compact(): Promise<Compaction> {
        while (this.gate) await this.gate;
        let release!: () => void;
        this.gate = new Promise<void>((resolve) => (release = resolve));
        try {
            if (this.inFlight > 0) await new Promise<void>((resolve) => (this.idle = resolve));
            this.idle = undefined;
            await this.db.flushed;
            if (this.sharedWithOthers()) return 'shared';
            const file = path.join(this.dir, DB_FILE);
            const copy = path.join(this.dir, `${COMPACT_PREFIX}${randomUUID()}`);
            let closed = false;
            try {
                await this.db.backup(copy, true);
                await chmod(copy, 0o600);
                // A process that opened the database while the copy was made would keep writing to the old file.
                if (this.sharedWithOthers()) return 'shared';
                closed = true;
                await this.db.close();
                await rename(copy, file);
                const dir = await openFile(this.dir, 'r');
                await dir.sync().finally(() => dir.close());
            } finally {
                await rm(copy, { force: true });
                if (closed) ({ db: this.db, written: this.written } = await openEnv(this.dir));
            }
            return 'compacted';
        } finally {
            this.gate = undefined;
            release();
        }
    }

    private async readNow(keys: string[]): Promise<StoreItems> {
        if (!keys) throw new ReferenceError('Keys are required when reading.');
        const result: StoreItems = {};
        for (const key of keys) {
            const stored = this.db.get(dbKeyFor(key));
            if (stored && (stored.k === undefined || stored.k === key)) result[key] = { ...stored.i, eTag: stored.e };
        }
        return result;
    }

    private async writeNow(changes: StoreItems): Promise<void> {
        if (!changes) throw new ReferenceError('Changes are required when writing.');
        const plans: Plan[] = Object.keys(changes).map((key) => {
            const value: unknown = changes[key];
            if (value === null || typeof value !== 'object' || Array.isArray(value)) {
                throw new TypeError(`Storage: the item for "${key}" must be an object.`);
            }
            const { eTag, ...item } = value as StoreItem;
            const dbKey = dbKeyFor(key);
            return {
                key,
                dbKey,
                expected: eTag && eTag !== '*' ? String(eTag) : undefined,
                // Serialised now: the caller may change its object while the commit is queued.
                value: entryBytes(randomUUID(), item, dbKey !== key ? key : undefined),
            };
        });
        if (plans.length === 0) return;
        const writtenAt = this.clock.now().getTime();
        // The check and the puts run in one write transaction (lmdb's writer lock spans processes), batched with
        // the other writes of this event-loop turn into one commit.
        const conflict = await this.db.transaction(() => {
            for (const p of plans) {
                if (p.expected === undefined) continue;
                if (!conditionHolds(p.expected, storedETag(this.db.getBinary(p.dbKey)))) return p.key;
            }
            for (const p of plans) {
                // lmdb stores the bytes as they are (asBinary); they are a Stored's JSON, read back as one.
                void this.db.put(p.dbKey, p.value as unknown as Stored);
                void this.written.put(p.dbKey, writtenAt);
            }
            return undefined;
        });
        if (conflict !== undefined) throw new ETagConflictError(conflict);
        await this.durable();
    }

    private async deleteNow(keys: string[]): Promise<void> {
        if (!keys) throw new ReferenceError('Keys are required when deleting.');
        if (keys.length === 0) return;
        await this.db.transaction(() => {
            for (const key of keys) {
                void this.db.remove(dbKeyFor(key));
                void this.written.remove(dbKeyFor(key));
            }
        });
        await this.durable();
    }

    /**
     * Retention: deletes every item last written before `olderThan` (by the injected clock) and returns how many
     * were removed. Reads only keys and write times, never the items; each removal re-checks the time inside its
     * transaction, so an item rewritten meanwhile is kept. When it removed anything, the file is then compacted
     * ({@link compact}) so that no copy of what was removed stays readable in it.
     */
    async sweep(options: { olderThan: Date }): Promise<number> {
        const cutoff = cutoffOf(options);
        const removed = await this.use(() => this.removeOlder(cutoff));
        if (removed > 0) {
            // What was removed stays readable in the file until its pages are reused: rewrite the file without it.
            const outcome = await this.compact().catch((err: unknown) => {
                this.warn('LmdbStorage: compacting after the retention sweep failed', err);
                return 'failed';
            });
            if (outcome === 'shared') {
                this.warn(
                    'LmdbStorage: not compacted after the retention sweep, the database is open in another process: removed items stay readable in the file until their pages are reused',
                );
            }
        }
        return removed;
    }

    private async removeOlder(cutoff: number): Promise<number> {
        const old: string[] = [];
        for (const { key, value } of this.written.getRange()) if (value < cutoff) old.push(key);
        let removed = 0;
        // In slices, so turns' writes are not held up behind one long transaction.
        for (let i = 0; i < old.length; i += SWEEP_SLICE) {
            const slice = old.slice(i, i + SWEEP_SLICE);
            removed += await this.db.transaction(() => {
                let n = 0;
                for (const key of slice) {
                    const at = this.written.get(key);
                    if (at === undefined || at >= cutoff) continue;
                    void this.db.remove(key);
                    void this.written.remove(key);
                    n++;
                }
                return n;
            });
        }
        if (removed > 0) await this.durable();
        return removed;
    }

    private async importNow(items: ImportedItem[]): Promise<number> {
        const stored = await this.db.transaction(() => {
            let n = 0;
            for (const { key, eTag, writtenAt, item } of items) {
                const dbKey = dbKeyFor(key);
                if (this.db.get(dbKey) !== undefined) continue;
                void this.db.put(dbKey, { e: eTag, i: item, ...(dbKey !== key ? { k: key } : {}) });
                void this.written.put(dbKey, writtenAt.getTime());
                n++;
            }
            return n;
        });
        await this.db.flushed;
        return stored;
    }

    private async backupNow(file: string): Promise<void> {
        await this.db.backup(file, false);
        await chmod(file, 0o600); // personal data, like the database itself
    }

    /** How many items are stored. */
    count(): number {
        return this.written.getCount();
    }

    /** Waits for the writes in progress and closes the database. */
    async close(): Promise<void> {
        while (this.gate) await this.gate;
        await this.db.flushed;
        await this.db.close();
    }

    private async durable(): Promise<void> {
        // Commits overlap their flush (lmdb's overlappingSync): the commit is visible at once and the flush of
        // several commits is shared; waiting for it is what makes an acknowledged turn survive a power cut.
        if (this.durability === 'flush') await this.db.flushed;
    }
}
