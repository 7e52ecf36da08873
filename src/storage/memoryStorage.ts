import type { StoreItems } from 'botbuilder';
import { systemClock, type Clock } from '../clock.js';
import { ETagConflictError } from './errors.js';
import { conditionHolds, cutoffOf, type StateStore } from './store.js';

/**
 * State in this process's memory, for tests and `STORAGE=memory` (the {@link StateStore} contract: a fresh eTag per
 * write, eTag conditions, create-only, all-or-nothing multi-key writes, the typed {@link ETagConflictError}, a
 * retention sweep by the injected clock).
 */
export class MemoryStorage implements StateStore {
    readonly atomicMultiKeyWrites = true as const;
    private readonly items = new Map<string, { json: string; eTag: string; writtenAt: number }>();
    private nextTag = 1;
    private readonly clock: Clock;

    constructor(options: { clock?: Clock } = {}) {
        this.clock = options.clock ?? systemClock;
    }

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
            if (!conditionHolds(eTag, this.items.get(key)?.eTag)) throw new ETagConflictError(key);
        }
        const writtenAt = this.clock.now().getTime();
        for (const [key, value] of Object.entries(changes)) {
            const rest = { ...(value ?? {}) } as Record<string, unknown>;
            delete rest.eTag;
            this.items.set(key, { json: JSON.stringify(rest), eTag: `m${this.nextTag++}`, writtenAt });
        }
    }

    async delete(keys: string[]): Promise<void> {
        for (const key of keys) this.items.delete(key);
    }

    async sweep(options: { olderThan: Date }): Promise<number> {
        const cutoff = cutoffOf(options);
        let removed = 0;
        for (const [key, item] of this.items) {
            if (item.writtenAt < cutoff) {
                this.items.delete(key);
                removed++;
            }
        }
        return removed;
    }
}
