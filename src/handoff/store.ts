import type { Storage, StoreItem } from 'botbuilder';
import { IF_ABSENT, isETagConflict } from '../storage/errors.js';
import { KeyedMutex } from '../storage/keyedMutex.js';
import { copyRecord, type HandoffRecord } from './types.js';
import { storedConversationId } from '../privacy/storedId.js';

// Ids holding a phone number (SMS) are stored hashed: keys, the index and the records' ids.
/** The storage key of a conversation's handoff record (read with the conversation's state in a turn). */
export const recordKey = (conversationId: string) => `handoff/conversation/${storedConversationId(conversationId)}`;
const INDEX_KEY = 'handoff/index';

interface IndexDoc extends StoreItem {
    /** Conversation ids, most recently active last. */
    ids: string[];
}

/** @deprecated moved to `src/storage/errors.ts`; kept while the turn runner still imports it from here. */
export { isETagConflict };

/**
 * Handoff records and their index in any of the bot's stores (memory, LMDB, Azure Blob), updated
 * with optimistic concurrency: read with the eTag, write with it, retry on conflict. That is what
 * makes "two agents accept the same conversation" end with exactly one owner, also across
 * instances.
 */
export class HandoffStore {
    /**
     * The index is one document that every new conversation changes. Its changes in this process take
     * turns (the eTag retries are then only for other instances): racing each other, many conversations
     * starting at once failed after 8 lost races, or overwrote each other while the index did not exist.
     */
    private readonly indexLock = new KeyedMutex();
    /** Conversations waiting to be added by the next index write: they share one write. */
    private pendingAdds: { ids: Set<string>; written: Promise<void> } | undefined;

    constructor(
        private readonly storage: Storage,
        private readonly options: { maxIndexed?: number; attempts?: number } = {},
    ) {}

    async get(conversationId: string): Promise<HandoffRecord | undefined> {
        const key = recordKey(conversationId);
        const items = await this.storage.read([key]);
        return items[key] as HandoffRecord | undefined;
    }

    async getMany(ids: string[]): Promise<HandoffRecord[]> {
        if (!ids.length) return [];
        const items = await this.storage.read(ids.map(recordKey));
        return ids
            .map((id) => items[recordKey(id)] as HandoffRecord | undefined)
            .filter((r): r is HandoffRecord => !!r);
    }

    /**
     * Applies `change` to the current record (or undefined) and writes the result atomically.
     * `change` may run more than once under contention, so it must only depend on its argument.
     * Returning `null` leaves the record unchanged.
     */
    async update(
        conversationId: string,
        change: (current: HandoffRecord | undefined) => HandoffRecord | null,
    ): Promise<{ record: HandoffRecord | undefined; changed: boolean }> {
        const key = recordKey(conversationId);
        const attempts = this.options.attempts ?? 8;
        for (let i = 0; i < attempts; i++) {
            const current = (await this.storage.read([key]))[key] as HandoffRecord | undefined;
            const next = change(current ? copyRecord(current) : undefined);
            if (next === null) return { record: current, changed: false };
            try {
                // A new record is created only if nobody created it meanwhile (another instance's turn).
                await this.storage.write({ [key]: { ...next, eTag: current?.eTag ?? IF_ABSENT } });
                if (!current) await this.addToIndex(conversationId);
                return { record: next, changed: true };
            } catch (err) {
                if (!isETagConflict(err)) throw err;
            }
        }
        throw new Error(`Could not update the handoff record of ${conversationId}: too much contention`);
    }

    /** Adds a conversation whose record was created in a turn's own commit (written with its state) to the index. */
    indexCreated(conversationId: string): Promise<void> {
        return this.addToIndex(conversationId);
    }

    /** Conversation ids in the index, most recently added last. */
    async ids(): Promise<string[]> {
        const items = await this.storage.read([INDEX_KEY]);
        return (items[INDEX_KEY] as IndexDoc | undefined)?.ids ?? [];
    }

    /** Retention: drops index entries whose record is gone (deleted by the sweep); returns how many. */
    async pruneIndex(): Promise<number> {
        const ids = await this.ids();
        if (!ids.length) return 0;
        const items = await this.storage.read(ids.map(recordKey));
        const missing = ids.filter((id) => !items[recordKey(id)]);
        if (!missing.length) return 0;
        // Look again just before writing: a conversation that came back since keeps its place.
        const again = await this.storage.read(missing.map(recordKey));
        const gone = new Set(missing.filter((id) => !again[recordKey(id)]));
        if (!gone.size) return 0;
        await this.changeIndex((current) => {
            const kept = current.filter((id) => !gone.has(id));
            return kept.length === current.length ? null : kept;
        });
        return gone.size;
    }

    async remove(conversationId: string): Promise<void> {
        await this.storage.delete([recordKey(conversationId)]);
        const stored = storedConversationId(conversationId);
        await this.changeIndex((ids) => ids.filter((id) => id !== stored));
    }

    private addToIndex(conversationId: string): Promise<void> {
        if (!this.pendingAdds) {
            const batch = { ids: new Set<string>(), written: Promise.resolve() };
            const max = this.options.maxIndexed ?? 1000;
            batch.written = this.changeIndex((ids) => {
                // Conversations that arrive from now on wait for the next write.
                if (this.pendingAdds === batch) this.pendingAdds = undefined;
                const added = [...batch.ids].filter((id) => !ids.includes(id));
                return added.length ? [...ids, ...added].slice(-max) : null;
            });
            this.pendingAdds = batch;
        }
        this.pendingAdds.ids.add(storedConversationId(conversationId));
        return this.pendingAdds.written;
    }

    private changeIndex(change: (ids: string[]) => string[] | null): Promise<void> {
        return this.indexLock.run(INDEX_KEY, () => this.changeIndexNow(change));
    }

    private async changeIndexNow(change: (ids: string[]) => string[] | null): Promise<void> {
        for (let i = 0; i < (this.options.attempts ?? 8); i++) {
            const doc = (await this.storage.read([INDEX_KEY]))[INDEX_KEY] as IndexDoc | undefined;
            const next = change(doc?.ids ?? []);
            if (next === null) return;
            try {
                await this.storage.write({ [INDEX_KEY]: { ids: next, eTag: doc?.eTag ?? IF_ABSENT } });
                return;
            } catch (err) {
                if (!isETagConflict(err)) throw err;
            }
        }
        throw new Error('Could not update the handoff index: too much contention');
    }
}
