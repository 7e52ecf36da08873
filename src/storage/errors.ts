/**
 * Errors and conventions shared by the bot's stores, so callers tell a lost race by type rather than by message.
 */

/**
 * Thrown by a store's `write` when an item carries an eTag that no longer matches the stored one (someone else
 * wrote the key since it was read), or carries {@link IF_ABSENT} and the key is already stored. Nothing from that
 * `write` call was stored.
 */
export class ETagConflictError extends Error {
    override readonly name = 'ETagConflictError';
    /** HTTP's "precondition failed", which Blob storage reports for the same case. */
    readonly statusCode = 412;

    constructor(readonly key: string) {
        // Same wording as botbuilder's MemoryStorage, so logs read the same whichever store is configured.
        super(`Storage: error writing "${key}" due to eTag conflict.`);
    }
}

/**
 * The eTag that means "create only": the write succeeds only if the key is not stored yet.
 *
 * No store hands out this value as a real eTag, and botbuilder's rule for an eTag on a key that is not stored
 * ("no conflict") made botbuilder's MemoryStorage treat it exactly so: absent, it is written; present with any
 * other eTag, it conflicts. The LMDB and Blob stores implement it as a real "if none match".
 */
export const IF_ABSENT = 'if-absent:never-a-real-etag';
