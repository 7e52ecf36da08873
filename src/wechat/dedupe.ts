import type { Storage, StoreItem } from 'botbuilder';
import { IF_ABSENT, isETagConflict } from '../storage/errors.js';
import type { Clock } from '../clock.js';

interface SeenItem extends StoreItem {
    at: number;
}

/**
 * Which WeChat messages were already taken, kept in the shared store so a retry that reaches
 * another instance is recognised too (WeChat retries a message it got no answer to within 5 s,
 * three tries in all).
 *
 * A claim is a create-only write ({@link IF_ABSENT}): the LMDB and Blob stores refuse it when the
 * key exists, atomically, so of two claims racing on two instances exactly one wins. Marks are
 * removed by the retention sweep.
 */
export class MessageDedupe {
    constructor(
        private readonly storage: Storage,
        private readonly clock: Clock,
    ) {}

    /** True for the first claim of a key; false for every later one (a retry). */
    async claim(key: string): Promise<boolean> {
        const storeKey = `wechat/seen/${key}`;
        const mark: SeenItem = { at: this.clock.now().getTime(), eTag: IF_ABSENT };
        try {
            await this.storage.write({ [storeKey]: mark });
            return true;
        } catch (err) {
            if (isETagConflict(err)) return false;
            throw err;
        }
    }
}
