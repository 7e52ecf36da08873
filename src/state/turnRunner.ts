import type { Activity, Storage, StoreItems } from 'botbuilder';
import type { Clock } from '../clock.js';
import { readConversationData, type ConversationData } from '../core/conversation.js';
import { TurnError } from '../errorLog.js';
import type { Logger } from '../logger.js';
import { isETagConflict } from '../storage/errors.js';
import { IF_ABSENT } from '../storage/errors.js';
import { KeyedMutex } from '../storage/keyedMutex.js';
import { storedConversationId } from '../privacy/storedId.js';

/** A turn's replies kept with the state they were decided with, until the conversation's next turn. */
export interface StoredReplies {
    /** The activity they answer. */
    activityId: string;
    /** When the turn was committed (ISO), from the injected clock. */
    at: string;
    /** The replies as rendered for the channel. */
    activities: Partial<Activity>[];
}

/** A conversation's item in storage (the key and shape botbuilder's ConversationState used, so stored conversations carry over). */
interface StoredConversation {
    conversation?: unknown;
    /** Activity ids already answered (a channel's retry of one is not answered twice). */
    delivery?: { ids: string[] };
    /** The last turn's replies (see {@link StoredReplies}). */
    replies?: StoredReplies;
    eTag?: string;
}

/** Which conversation and which activity a turn is for. */
export interface TurnKey {
    channelId: string;
    conversationId: string;
    /** The activity's id, when the channel gives one: what redeliveries are recognised by. */
    activityId?: string | undefined;
}

/** What a turn was decided on: the conversation's data and the other items read with it (with their eTags). */
export interface Loaded {
    data: ConversationData;
    items: StoreItems;
}

/** What the turn does, decided on what was loaded: nothing of it has happened yet. */
export interface TurnPlan {
    state: ConversationData;
    /** The replies, rendered for the channel: committed with the state, sent once it is. */
    replies: Partial<Activity>[];
    /** Items written in the same storage write as the state (each with the eTag it was read with). */
    writes?: StoreItems;
    /** Work once the replies are sent (asking for a person, logs): run once, never for a turn that did not count. */
    after?: (() => Promise<void>)[];
}

export interface TurnRunnerDeps {
    storage: Storage;
    logger: Logger;
    clock: Clock;
    /** Decisions of one turn before giving up on a conversation that keeps changing under it. Default 5. */
    attempts?: number;
    /** Activity ids remembered per conversation for spotting redeliveries. Default 50. */
    rememberedIds?: number;
    /**
     * How old a committed turn's replies must be before a redelivery of its activity sends them again, in ms
     * (default 10 s): younger, another instance may still be sending them (the same activity delivered to two at
     * once); older, the instance that committed them died before they all went out.
     */
    resendAfterMs?: number;
}

/**
 * The storage key of a conversation's state (botbuilder ConversationState's, so earlier versions' state is found). A
 * conversation id holding a phone number (SMS) is stored hashed: `sms/conversations/h-…/`, not the number.
 */
export const conversationKey = (channelId: string, conversationId: string) =>
    `${channelId}/conversations/${storedConversationId(conversationId)}/`;

/**
 * Runs a conversation's turns (edge), each in one pass: load the state with its eTag, decide (the
 * caller's `plan`, which calls the core), commit the state, the planned replies and the effects'
 * own writes in ONE storage write, then send the replies, then run the other effects. So:
 *
 * - Replies leave only after the commit, by construction: a turn that loses an eTag race (another
 *   instance saved first) is decided again on the fresh state and only that decision is sent.
 * - Turns of one conversation on this instance run one at a time, in arrival order.
 * - An activity already answered (a channel's retry) is not decided again. Its replies were committed
 *   with its turn: if this instance did not send them all (it is a restart after a crash, or another
 *   instance whose turn died between the commit and the sends) and the turn is older than
 *   `resendAfterMs`, they are sent again; otherwise the retry is acknowledged and not answered twice.
 */
export class TurnRunner {
    private readonly mutex = new KeyedMutex();
    private readonly attempts: number;
    private readonly remembered: number;
    private readonly resendAfterMs: number;
    /** Turns whose replies this instance sent in full (so their redelivery is a plain duplicate). */
    private readonly sent = new Set<string>();
    /** Turns whose replies this instance failed to send (so their redelivery sends them at once). */
    private readonly unsent = new Set<string>();

    constructor(private readonly deps: TurnRunnerDeps) {
        this.attempts = Math.max(1, deps.attempts ?? 5);
        this.remembered = Math.max(1, deps.rememberedIds ?? 50);
        this.resendAfterMs = deps.resendAfterMs ?? 10_000;
    }

    /**
     * Runs one turn. `read` are other keys to load with the state (a handoff record); `plan` decides on what was
     * loaded and may be called again on fresh state; `send` delivers replies through the channel.
     */
    run(
        key: TurnKey,
        options: { read?: string[] },
        plan: (loaded: Loaded) => Promise<TurnPlan> | TurnPlan,
        send: (replies: Partial<Activity>[]) => Promise<void>,
    ): Promise<void> {
        return this.mutex.run(`${key.channelId}/${key.conversationId}`, () =>
            this.runOnce(key, options.read ?? [], plan, send),
        );
    }

    private async runOnce(
        key: TurnKey,
        read: string[],
        plan: (loaded: Loaded) => Promise<TurnPlan> | TurnPlan,
        send: (replies: Partial<Activity>[]) => Promise<void>,
    ): Promise<void> {
        const { storage, logger, clock } = this.deps;
        const stateKey = conversationKey(key.channelId, key.conversationId);
        const { conversationId, activityId } = key;
        for (let attempt = 1; ; attempt++) {
            const items = await storage.read([stateKey, ...read]);
            const stored = (items[stateKey] ?? {}) as StoredConversation;
            const ids = stored.delivery?.ids ?? [];
            if (activityId && ids.includes(activityId)) return this.redelivered(key, stored, send);

            const decided = await plan({ data: readConversationData(stored.conversation), items });
            const item: StoredConversation = {
                ...stored,
                conversation: decided.state,
                delivery: { ids: activityId ? [...ids, activityId].slice(-this.remembered) : ids },
                replies: activityId
                    ? { activityId, at: clock.now().toISOString(), activities: decided.replies }
                    : undefined,
                // A conversation stored for the first time is created only if no other turn created it meanwhile.
                eTag: typeof stored.eTag === 'string' && stored.eTag !== '*' ? stored.eTag : IF_ABSENT,
            };
            if (!item.replies) delete item.replies;
            try {
                await storage.write({ ...decided.writes, [stateKey]: item });
            } catch (err) {
                if (!isETagConflict(err) || attempt >= this.attempts) throw err;
                logger.info(
                    { event: 'turn.retry', conversationId, attempt },
                    'conversation changed during the turn; deciding again',
                );
                continue;
            }
            if (decided.replies.length) await this.deliver(`${stateKey}${activityId ?? ''}`, decided.replies, send);
            for (const work of decided.after ?? []) {
                try {
                    await work();
                } catch (err) {
                    // The parent has their answer; record-keeping that failed is logged, not turned into an apology.
                    logger.error(
                        { event: 'turn.afterCommit.failed', conversationId, err: new TurnError(err, undefined) },
                        'after-turn work failed',
                    );
                }
            }
            return;
        }
    }

    /** A retry of an activity whose turn committed: its stored replies again if they may not have gone out, else nothing. */
    private async redelivered(
        key: TurnKey,
        stored: StoredConversation,
        send: (replies: Partial<Activity>[]) => Promise<void>,
    ): Promise<void> {
        const { logger, clock } = this.deps;
        const id = `${conversationKey(key.channelId, key.conversationId)}${key.activityId}`;
        const replies = stored.replies?.activityId === key.activityId ? stored.replies : undefined;
        const settled =
            !!replies && (this.unsent.has(id) || clock.now().getTime() - Date.parse(replies.at) >= this.resendAfterMs);
        if (!replies?.activities.length || this.sent.has(id) || !settled) {
            logger.info(
                { event: 'turn.duplicate', conversationId: key.conversationId, activityId: key.activityId },
                'activity already answered; not answering again',
            );
            return;
        }
        logger.warn(
            {
                event: 'turn.resent',
                conversationId: key.conversationId,
                activityId: key.activityId,
                replies: replies.activities.length,
            },
            'a retried activity was answered but its replies may not have gone out; sending them again',
        );
        await this.deliver(id, replies.activities, send);
    }

    /** Sends a committed turn's replies, remembering whether they all went out. */
    private async deliver(
        id: string,
        replies: Partial<Activity>[],
        send: (replies: Partial<Activity>[]) => Promise<void>,
    ): Promise<void> {
        try {
            await send(replies);
        } catch (err) {
            remember(this.unsent, id);
            if (typeof err === 'object' && err !== null) Object.defineProperty(err, UNDELIVERED, { value: true });
            throw err;
        }
        this.unsent.delete(id);
        remember(this.sent, id);
    }

    /** Forgets a conversation's state (after a turn failed, so the next message starts clean). */
    async clear(channelId: string, conversationId: string): Promise<void> {
        await this.deps.storage.write({ [conversationKey(channelId, conversationId)]: { eTag: '*' } });
    }
}

const UNDELIVERED = Symbol('turnRunner.undelivered');

/**
 * Whether an error is the channel refusing a committed turn's replies: the turn's state is saved with
 * them, and a redelivery of the activity sends them again (the error handler keeps that state). The
 * error itself is thrown as the channel raised it, so it is logged as such.
 */
export function isDeliveryFailure(err: unknown): boolean {
    return typeof err === 'object' && err !== null && (err as { [UNDELIVERED]?: boolean })[UNDELIVERED] === true;
}

/** Adds to a bounded set of recent turns (only recent turns are ever redelivered). */
function remember(set: Set<string>, id: string): void {
    set.add(id);
    if (set.size > 10_000) set.delete(set.values().next().value!);
}
