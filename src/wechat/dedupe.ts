import { createHash } from 'node:crypto';
import type { Storage, StoreItem } from 'botbuilder';
import { IF_ABSENT, isETagConflict } from '../storage/errors.js';
import type { Clock } from '../clock.js';

interface ClaimItem extends StoreItem {
    /** When the claim was (last) taken, ms. */
    at: number;
    /** Until when the claim holds, ms: after that, a retry may take the message over. */
    until?: number;
    /** The message's turn ran to its end: never run again. */
    done?: boolean;
}

interface NonceItem extends StoreItem {
    at: number;
    /** sha256 of the body first signed with this timestamp and nonce. */
    body: string;
}

/** How long a claim holds by default: WeChat gives up on a request after 5 s and retries it. */
export const DEFAULT_LEASE_MS = 5000;

/**
 * Which WeChat messages were already taken, kept in the shared store so a retry that reaches
 * another instance is recognised too (WeChat retries a message it got no answer to within 5 s,
 * three tries in all).
 *
 * A claim is a lease: it is created with a create-only write ({@link IF_ABSENT}; the LMDB and Blob
 * stores refuse it when the key exists, atomically, so of two claims racing on two instances exactly
 * one wins), and marked done once the message's turn has ended. A claim that is not done when its
 * lease runs out belongs to a request whose instance died (or lost its answer): WeChat's next retry
 * takes it over, with an eTag-checked write so again only one retry wins. That the message is still
 * answered once is the turn runner's work: the conversation state records the ids of the messages it
 * answered, in the same write as the turn, so of two runs of one message only one sends a reply.
 *
 * Marks are removed by the retention sweep.
 */
export class MessageDedupe {
    constructor(
        private readonly storage: Storage,
        private readonly clock: Clock,
        private readonly leaseMs = DEFAULT_LEASE_MS,
    ) {}

    /** True when this request may run the message (a first delivery, or a retry of a lapsed claim); false otherwise. */
    async claim(key: string): Promise<boolean> {
        const storeKey = `wechat/seen/${key}`;
        const now = this.clock.now().getTime();
        const lease: ClaimItem = { at: now, until: now + this.leaseMs };
        try {
            await this.storage.write({ [storeKey]: { ...lease, eTag: IF_ABSENT } });
            return true;
        } catch (err) {
            if (!isETagConflict(err)) throw err;
        }
        const current = (await this.storage.read([storeKey]))[storeKey] as ClaimItem | undefined;
        // Marks written before claims were leases have no `until`: they were taken for good.
        if (!current || current.done || current.until === undefined || current.until > now) return false;
        try {
            await this.storage.write({ [storeKey]: { ...lease, eTag: current.eTag } });
            return true;
        } catch (err) {
            if (isETagConflict(err)) return false;
            throw err;
        }
    }

    /** The message's turn has ended (answered, or apologised for): retries are not run again. */
    async complete(key: string): Promise<void> {
        const storeKey = `wechat/seen/${key}`;
        const item: ClaimItem = { at: this.clock.now().getTime(), done: true, eTag: '*' };
        await this.storage.write({ [storeKey]: item });
    }

    /**
     * Records a signed query's timestamp and nonce with the body they came with. True for the first
     * use, and for the same request again (WeChat's retry of it: the duplicate check then decides);
     * false when the pair was already used with another body (a captured query string replayed with
     * a body of the sender's choosing: in plaintext mode the signature does not cover the body).
     */
    async firstUseOfNonce(timestamp: string, nonce: string, body: string): Promise<boolean> {
        const storeKey = `wechat/nonce/${timestamp}.${nonce}`;
        const digest = createHash('sha256').update(body).digest('hex');
        const mark: NonceItem = { at: this.clock.now().getTime(), body: digest, eTag: IF_ABSENT };
        try {
            await this.storage.write({ [storeKey]: mark });
            return true;
        } catch (err) {
            if (!isETagConflict(err)) throw err;
        }
        const current = (await this.storage.read([storeKey]))[storeKey] as NonceItem | undefined;
        return current?.body === digest;
    }
}
