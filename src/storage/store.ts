import type { Storage } from 'botbuilder';
import { IF_ABSENT } from './errors.js';

/**
 * The one contract every store of the bot implements ({@link MemoryStorage}, {@link LmdbStorage},
 * {@link BlobStateStorage}), proven against each by the shared suite in `test/storage/contract.ts`. It is botbuilder's
 * `Storage` (so the SDK's state classes can use any of them) with its loose ends tied:
 *
 * - `read(keys)`: the stored items, each a fresh copy with its current `eTag`; keys not stored are absent.
 * - `write(changes)`: every written item gets a fresh eTag. Each item's `eTag` is its condition: none or `'*'`
 *   writes unconditionally; {@link IF_ABSENT} creates only; any other value must be the stored item's current eTag
 *   (a key that is no longer stored conflicts too, as an HTTP `If-Match` does). A condition that does not hold
 *   rejects with {@link ETagConflictError}, and then nothing of that call was written (see `atomicMultiKeyWrites`
 *   for how strong that is across writers).
 * - `delete(keys)`: removes them; keys not stored are ignored; no condition.
 * - `sweep({ olderThan })`: retention: removes every item last written before `olderThan` and resolves to how many;
 *   an item rewritten while the sweep runs is kept.
 *
 * @see ETagConflictError, IF_ABSENT in `./errors.ts`
 */
export interface StateStore extends Storage {
    /**
     * true: the checks and writes of one `write` call are one transaction, so a multi-key write is all or nothing
     * even against writers racing it (LMDB, memory). false: every condition is checked before anything is written,
     * but a writer racing in between can still leave part of a multi-key write stored (Blob storage has no
     * multi-blob transaction): callers must not rely on a joint write there.
     */
    readonly atomicMultiKeyWrites: boolean;
    sweep(options: { olderThan: Date }): Promise<number>;
}

/** Validates a sweep's cut-off, the same way for every store. */
export function cutoffOf(options: { olderThan: Date }): number {
    const cutoff = options.olderThan.getTime();
    if (Number.isNaN(cutoff)) throw new RangeError('sweep: olderThan is not a valid date');
    return cutoff;
}

/** Whether a write's eTag condition holds against the stored item's eTag (undefined: not stored). */
export function conditionHolds(eTag: unknown, stored: string | undefined): boolean {
    if (isUnconditional(eTag)) return true;
    if (eTag === IF_ABSENT) return stored === undefined;
    return stored !== undefined && stored === String(eTag);
}

/** No eTag, or `'*'`: the write overwrites whatever is stored. */
export function isUnconditional(eTag: unknown): boolean {
    return eTag === undefined || eTag === null || eTag === '' || eTag === '*';
}
