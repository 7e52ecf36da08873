import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem } from 'botbuilder';

interface SeenItem extends StoreItem {
    owner: string;
    at: number;
}

/**
 * Which WeChat messages were already taken, kept in the shared store so a retry that reaches
 * another instance is recognised too (WeChat retries a message it got no answer to within 5 s,
 * three tries in all).
 *
 * botbuilder's Storage has no "create if absent", so a claim is write-then-read-back: of two
 * claims racing, only the one whose write landed last reads its own mark. A claim that read
 * "absent" and writes after the other already read back could still win twice; WeChat's retries
 * come seconds apart, far outside that window. Marks are removed by the retention sweep.
 */
export class MessageDedupe {
    constructor(
        private readonly storage: Storage,
        private readonly clock: { now(): Date },
    ) {}

    /** True for the first claim of a key; false for every later one (a retry). */
    async claim(key: string): Promise<boolean> {
        const storeKey = `wechat/seen/${key}`;
        if ((await this.storage.read([storeKey]))[storeKey]) return false;
        const owner = randomUUID();
        const mark: SeenItem = { owner, at: this.clock.now().getTime(), eTag: '*' };
        await this.storage.write({ [storeKey]: mark });
        const back = (await this.storage.read([storeKey]))[storeKey] as SeenItem | undefined;
        return back?.owner === owner;
    }
}
