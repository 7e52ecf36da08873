import type { Storage, StoreItems } from 'botbuilder';
import type { AtomicMultiKeyWrites } from './atomic.js';
import { ETagConflictError, IF_ABSENT } from './errors.js';

/**
 * State in this process's memory, for tests and `STORAGE=memory`: the same optimistic-concurrency
 * rules as the other stores (every write stores a fresh eTag; no eTag or `'*'` writes
 * unconditionally; any other eTag must match the stored one; {@link IF_ABSENT} only creates), a
 * multi-key write that is all or nothing, and a typed {@link ETagConflictError} when a write loses
 * (botbuilder's MemoryStorage says so only in the words of a plain Error).
 */
export class MemoryStorage implements Storage, AtomicMultiKeyWrites {
    readonly atomicMultiKeyWrites = true as const;
    private readonly items = new Map<string, { json: string; eTag: string }>();
    private nextTag = 1;

    async read(keys: string[]): Promise<StoreItems> {
        const out: StoreItems = {};
        for (const key of keys) {
            const item = this.items.get(key);
            if (item) out[key] = { ...JSON.parse(item.json), eTag: item.eTag };
        }
        return out;
    }

    async write(changes: StoreItems): Promise<void> {
        // Every eTag is checked before anything is written: a conflict leaves every key as it was.
        for (const [key, value] of Object.entries(changes)) {
            const eTag = (value as { eTag?: unknown } | undefined)?.eTag;
            const stored = this.items.get(key);
            if (
                eTag === IF_ABSENT
                    ? !!stored
                    : typeof eTag === 'string' && eTag !== '*' && !!stored && stored.eTag !== eTag
            ) {
                throw new ETagConflictError(key);
            }
        }
        for (const [key, value] of Object.entries(changes)) {
            const rest = { ...(value ?? {}) } as Record<string, unknown>;
            delete rest.eTag;
            this.items.set(key, { json: JSON.stringify(rest), eTag: String(this.nextTag++) });
        }
    }

    async delete(keys: string[]): Promise<void> {
        for (const key of keys) this.items.delete(key);
    }
}
