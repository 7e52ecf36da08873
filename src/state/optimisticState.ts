import { ConversationState, calculateChangeHash, type Storage, type StoreItems, type TurnContext } from 'botbuilder';
import { storedConversationId } from '../privacy/storedId.js';
import { IF_ABSENT } from '../storage/errors.js';

/** What this class remembers about the state it loaded in a turn. */
interface Loaded {
    /** The stored item's eTag when it was read; IF_ABSENT when nothing was stored yet; '*' after this turn saved. */
    eTag: string;
    /** Change hash of the state as read (or as last written), to skip saving an unchanged state. */
    hash: string;
}

/**
 * Conversation state saved with optimistic concurrency (SDK edge).
 *
 * botbuilder's `BotState.saveChanges` always writes with eTag `'*'`, so of two turns of the same
 * conversation running at once (a double tap, a channel retry, two instances behind a load
 * balancer) the last writer silently wins and the other turn's update is lost. Here the state is
 * written with the eTag it was read with: if someone else saved in between, the storage rejects the
 * write (MemoryStorage, FileStorage, LmdbStorage and BlobStateStorage all do) and the caller can
 * reload and rerun the turn (see `TurnRunner`).
 *
 * A conversation stored for the first time is written "create only" ({@link IF_ABSENT}): of two first
 * turns racing on two instances, the second to commit is rerun on the first one's state.
 */
export class OptimisticConversationState extends ConversationState {
    private readonly loadedKey = Symbol('optimisticConversationState.loaded');

    constructor(storage: Storage, namespace = '') {
        super(storage, namespace);
    }

    /** A conversation id holding a phone number (SMS) is stored hashed: `sms/conversations/h-…`, not the number. */
    override getStorageKey(context: TurnContext): string | undefined {
        const key = super.getStorageKey(context);
        const id = context.activity?.conversation?.id;
        return key && id ? key.replace(`/conversations/${id}`, `/conversations/${storedConversationId(id)}`) : key;
    }

    /** The underlying storage (the turn runner and the retention sweeper use it). */
    get store(): Storage {
        return this.storage;
    }

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- BotState.load's own return type
    override async load(context: TurnContext, force = false): Promise<any> {
        const fresh = force || !this.get(context);
        const state = (await super.load(context, force)) as Record<string, unknown>;
        if (fresh || !context.turnState.has(this.loadedKey)) {
            const eTag = typeof state.eTag === 'string' && state.eTag !== '*' ? state.eTag : IF_ABSENT;
            const loaded: Loaded = { eTag, hash: calculateChangeHash(state) };
            context.turnState.set(this.loadedKey, loaded);
        }
        return state;
    }

    /**
     * Writes the state if it changed since it was read, with the eTag it was read with. Rejects with
     * the storage's eTag-conflict error when another turn saved first; nothing is written then.
     */
    override async saveChanges(context: TurnContext, force = false): Promise<void> {
        await this.write(context, force, {});
    }

    /**
     * Writes the state (changed or not) together with `items`, in one `Storage.write`: with a store whose
     * multi-key writes are atomic (see `hasAtomicMultiKeyWrites`) that is one transaction and one disk flush, and a
     * conflict on any key writes nothing.
     */
    async saveChangesWith(context: TurnContext, items: StoreItems): Promise<void> {
        await this.write(context, Object.keys(items).length > 0, items);
    }

    private async write(context: TurnContext, force: boolean, items: StoreItems): Promise<void> {
        const cached = this.get(context) as Record<string, unknown> | undefined;
        if (!cached && !force) return;
        // A forced save of a state never loaded (or just deleted) writes what storage holds, as BotState writes `{}`.
        const state: Record<string, unknown> = cached ?? ((await this.load(context)) as Record<string, unknown>);
        const loaded = context.turnState.get(this.loadedKey) as Loaded | undefined;
        const hash = calculateChangeHash(state);
        if (!force && loaded && loaded.hash === hash) return;
        const key = this.storageKey(context);
        const resolvedKey = typeof key === 'string' ? key : await key;
        await this.storage.write({ ...items, [resolvedKey]: { ...state, eTag: loaded?.eTag ?? '*' } });
        // The new eTag is not returned by Storage.write: a second save in the same turn overwrites
        // (it can only be this turn's own error handling).
        context.turnState.set(this.loadedKey, { eTag: '*', hash } satisfies Loaded);
    }
}
