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
 * True for a write that lost its eTag condition: the typed error every store of the bot throws (see `StateStore`),
 * or HTTP's 412 from a botbuilder `Storage` injected in its place (the SDK's own stores throw plain errors).
 */
export function isETagConflict(err: unknown): boolean {
    return err instanceof ETagConflictError || (err as { statusCode?: unknown } | undefined)?.statusCode === 412;
}

/**
 * The eTag that means "create only": the write succeeds only if the key is not stored yet (an HTTP
 * `If-None-Match: *`). No store hands out this value as a real eTag.
 */
export const IF_ABSENT = 'if-absent:never-a-real-etag';
