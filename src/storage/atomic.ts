import type { Storage } from 'botbuilder';
import type { StateStore } from './store.js';

/**
 * Whether a store's multi-key `write` is all or nothing even against racing writers (see
 * {@link StateStore.atomicMultiKeyWrites}): LMDB and memory, not Blob storage. Callers that write two items in one
 * call (the turn's state with its handoff record) rely on it only where this is true.
 */
export function hasAtomicMultiKeyWrites(storage: Storage): storage is Storage & { readonly atomicMultiKeyWrites: true } {
    return (storage as Partial<StateStore>).atomicMultiKeyWrites === true;
}
