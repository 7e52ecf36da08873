import type { Activity, Storage } from 'botbuilder';
import { isETagConflict } from '../handoff/store.js';
import { IF_ABSENT } from '../storage/errors.js';
import { KeyedMutex } from '../storage/keyedMutex.js';

/** One logged activity with its place in the conversation (the watermark after it is `s + 1`). */
export interface LoggedActivity {
    s: number;
    /** The activity as JSON (dates as ISO strings). */
    a: Activity;
    /** Its size in bytes, as JSON. */
    b: number;
}

/** A built-in Direct Line conversation as the store holds it: one item per conversation. */
export interface ConversationLog {
    id: string;
    userId: string;
    locale: string;
    /** The watermark after the last activity ever logged; the next activity's place. */
    next: number;
    /** The retained activities, oldest first (older ones are dropped past the per-conversation bounds). */
    activities: LoggedActivity[];
    /** Sum of the retained activities' sizes. */
    bytes: number;
    /** Time (ms) of the last append. */
    lastActive: number;
    eTag?: string;
}

export interface LogLimits {
    /** Largest activity, as JSON bytes. */
    maxActivityBytes: number;
    /** Bytes of activities kept per conversation; the oldest go first. */
    maxConversationBytes: number;
    /** Activities kept per conversation; the oldest go first. */
    maxActivities: number;
}

/** An activity larger than {@link LogLimits.maxActivityBytes}: nothing was logged. */
export class ActivityTooLargeError extends Error {
    override readonly name = 'ActivityTooLargeError';
    constructor(
        readonly bytes: number,
        readonly limit: number,
    ) {
        super(`activity of ${bytes} bytes is over the ${limit}-byte limit`);
    }
}

const KEY_PREFIX = 'directline/';
const ATTEMPTS = 20;

/**
 * The built-in Direct Line endpoint's conversation logs, kept in the bot's configured `Storage` (memory, LMDB or
 * Blob) so that every instance reads and appends to the same history: one item per conversation, appended to with
 * optimistic concurrency (read with the eTag, write with it, again on a conflict), so two instances appending at
 * once both land, each activity at its own place. A new log starts at a place taken from the clock (milliseconds
 * times 1000), so a conversation whose log was evicted or swept and starts again never reuses an activity id or a
 * watermark a client already holds.
 */
export class DirectLineLog {
    /** Appends to one conversation from this instance go one at a time, in arrival order (eTag retries are then only across instances). */
    private readonly mutex = new KeyedMutex();

    constructor(
        private readonly storage: Storage,
        private readonly limits: LogLimits,
        private readonly now: () => number,
    ) {}

    static key(conversationId: string): string {
        return KEY_PREFIX + conversationId;
    }

    async read(conversationId: string): Promise<ConversationLog | undefined> {
        const key = DirectLineLog.key(conversationId);
        const item = (await this.storage.read([key]))[key] as ConversationLog | undefined;
        return item;
    }

    /** Creates an empty log unless one exists; true when this call created it. */
    async create(conversation: { id: string; userId: string; locale: string }): Promise<boolean> {
        try {
            await this.storage.write({
                [DirectLineLog.key(conversation.id)]: { ...this.empty(conversation), eTag: IF_ABSENT },
            });
            return true;
        } catch (err) {
            if (isETagConflict(err)) return false;
            throw err;
        }
    }

    /**
     * Appends activities (each given its id, timestamp and conversation), dropping the oldest past the bounds.
     * Creates the log if it is missing. Returns the activities as logged and the log after the append.
     */
    append(
        conversation: { id: string; userId: string; locale: string },
        activities: Partial<Activity>[],
    ): Promise<{ added: Activity[]; log: ConversationLog }> {
        return this.mutex.run(conversation.id, () => this.appendNow(conversation, activities));
    }

    private async appendNow(
        conversation: { id: string; userId: string; locale: string },
        activities: Partial<Activity>[],
    ): Promise<{ added: Activity[]; log: ConversationLog }> {
        const key = DirectLineLog.key(conversation.id);
        for (let attempt = 1; ; attempt++) {
            const stored = await this.read(conversation.id);
            const log: ConversationLog = stored
                ? { ...stored, activities: [...stored.activities] }
                : this.empty(conversation);
            const timestamp = new Date(this.now());
            const added: Activity[] = [];
            for (const partial of activities) {
                const s = log.next++;
                const a = {
                    ...partial,
                    id: `${conversation.id}|${String(s).padStart(7, '0')}`,
                    timestamp,
                    conversation: { id: conversation.id },
                    channelId: 'directline',
                } as Activity;
                const json = JSON.stringify(a);
                const b = Buffer.byteLength(json, 'utf8');
                if (b > this.limits.maxActivityBytes) throw new ActivityTooLargeError(b, this.limits.maxActivityBytes);
                log.activities.push({ s, a: JSON.parse(json) as Activity, b });
                log.bytes += b;
                added.push(a);
            }
            while (
                log.activities.length > 0 &&
                (log.bytes > this.limits.maxConversationBytes || log.activities.length > this.limits.maxActivities)
            ) {
                log.bytes -= log.activities.shift()!.b;
            }
            log.lastActive = this.now();
            try {
                await this.storage.write({ [key]: { ...log, eTag: stored ? stored.eTag : IF_ABSENT } });
                return { added, log };
            } catch (err) {
                if (!isETagConflict(err) || attempt >= ATTEMPTS) throw err;
            }
        }
    }

    async delete(conversationId: string): Promise<void> {
        await this.storage.delete([DirectLineLog.key(conversationId)]);
    }

    private empty(conversation: { id: string; userId: string; locale: string }): ConversationLog {
        return {
            id: conversation.id,
            userId: conversation.userId,
            locale: conversation.locale,
            next: this.now() * 1000,
            activities: [],
            bytes: 0,
            lastActive: this.now(),
        };
    }
}

/** The activities of a log after a watermark. */
export function since(log: ConversationLog | undefined, watermark: number): Activity[] {
    return (log?.activities ?? []).filter((x) => x.s >= watermark).map((x) => x.a);
}

/** The watermark after the last activity of a log (0 for no log). */
export function watermarkOf(log: ConversationLog | undefined): number {
    return log?.next ?? 0;
}
