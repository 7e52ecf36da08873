import type { Storage } from 'botbuilder';

/**
 * A store whose multi-key `write` is all or nothing: every eTag is checked and every item written in one
 * transaction (LmdbStorage). MemoryStorage and Blob storage check and write key by key, so a conflict on the second
 * key can leave the first one written; callers must not rely on a joint write there.
 */
export interface AtomicMultiKeyWrites {
    readonly atomicMultiKeyWrites: true;
}

export function hasAtomicMultiKeyWrites(storage: Storage): storage is Storage & AtomicMultiKeyWrites {
    return (storage as Partial<AtomicMultiKeyWrites>).atomicMultiKeyWrites === true;
}
