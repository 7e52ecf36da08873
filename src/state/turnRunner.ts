import type { ConversationState, StatePropertyAccessor, StoreItem, StoreItems, TurnContext } from 'botbuilder';
import { isETagConflict } from '../handoff/store.js';
import { TurnError } from '../errorLog.js';
import type { Logger } from '../logger.js';
import { KeyedMutex } from '../storage/keyedMutex.js';
import { OptimisticConversationState } from './optimisticState.js';
import { outboxOf } from './outbox.js';

const AFTER_COMMIT = Symbol('afterCommit');
const SAVE_WITH = Symbol('saveWith');

/** Activity ids already answered in a conversation (kept in its state, saved with the turn). */
interface Delivery {
    ids: string[];
}

export interface TurnRunnerDeps {
    /** Should be an `OptimisticConversationState`: with plain `ConversationState` no conflict is ever detected. */
    conversationState: ConversationState;
    logger: Logger;
    /** Runs of one turn before giving up on a conversation that keeps changing under it. Default 5. */
    attempts?: number;
    /** Activity ids remembered per conversation for spotting redeliveries. Default 50. */
    rememberedIds?: number;
}

/**
 * Runs a conversation's turns so that no update is lost and none is applied twice (SDK edge):
 *
 * - Turns of one conversation on this instance run one at a time, in arrival order (a double tap
 *   waits for the first message's turn instead of racing it).
 * - Across instances, the state is saved with the eTag it was read with; when another instance saved
 *   first, the turn is run again on the fresh state. Replies are held in the turn's outbox until the
 *   save succeeds, so the user only ever sees the replies of the run that counted.
 * - An activity whose id was already answered (a channel's retry, a redelivery) is acknowledged and
 *   not answered again. The id is saved in the same write as the turn's state, so this also holds when
 *   the two deliveries reach different instances at the same time.
 * - Work registered with {@link TurnRunner.afterCommit} (transcripts, counters) runs once, after the
 *   replies are sent.
 */
export class TurnRunner {
    private readonly mutex = new KeyedMutex();
    private readonly delivery: StatePropertyAccessor<Delivery>;
    private readonly attempts: number;
    private readonly remembered: number;

    constructor(private readonly deps: TurnRunnerDeps) {
        this.delivery = deps.conversationState.createProperty<Delivery>('delivery');
        this.attempts = Math.max(1, deps.attempts ?? 5);
        this.remembered = Math.max(1, deps.rememberedIds ?? 50);
    }

    /** Registers work to run once the turn's state is saved and its replies sent (not on a rerun). */
    static afterCommit(context: TurnContext, work: () => Promise<void>): void {
        const list = context.turnState.get(AFTER_COMMIT) as (() => Promise<void>)[] | undefined;
        if (list) list.push(work);
        else context.turnState.set(AFTER_COMMIT, [work]);
    }

    /**
     * Registers an item to be written in the same `Storage.write` as the turn's state (and so, on a store with
     * atomic multi-key writes, in the same transaction: one durable write per turn). Its eTag is checked with the
     * state's: a conflict on either reruns the turn. Needs an `OptimisticConversationState`.
     */
    static saveWithTurn(context: TurnContext, key: string, item: StoreItem): void {
        const items = context.turnState.get(SAVE_WITH) as StoreItems | undefined;
        if (items) items[key] = item;
        else context.turnState.set(SAVE_WITH, { [key]: item });
    }

    async run(context: TurnContext, logic: (context: TurnContext) => Promise<void>): Promise<void> {
        const conversationId = context.activity.conversation?.id;
        if (!conversationId) return logic(context);
        await this.mutex.run(`${context.activity.channelId}/${conversationId}`, () =>
            this.runOnce(context, logic, conversationId),
        );
    }

    private async runOnce(
        context: TurnContext,
        logic: (context: TurnContext) => Promise<void>,
        conversationId: string,
    ): Promise<void> {
        const { conversationState, logger } = this.deps;
        const outbox = outboxOf(context);
        const activityId = context.activity.id;
        for (let attempt = 1; ; attempt++) {
            outbox.hold();
            context.turnState.set(AFTER_COMMIT, []);
            context.turnState.set(SAVE_WITH, {});
            try {
                await conversationState.load(context, attempt > 1);
                if (activityId && !(await this.firstDelivery(context, activityId))) {
                    outbox.discard();
                    logger.info(
                        { event: 'turn.duplicate', conversationId, activityId },
                        'activity already answered; not answering again',
                    );
                    return;
                }
                await logic(context);
                const withTurn = context.turnState.get(SAVE_WITH) as StoreItems;
                if (conversationState instanceof OptimisticConversationState)
                    await conversationState.saveChangesWith(context, withTurn);
                else await conversationState.saveChanges(context, false);
            } catch (err) {
                if (isETagConflict(err)) {
                    outbox.discard();
                    if (attempt < this.attempts) {
                        logger.info(
                            { event: 'turn.retry', conversationId, attempt },
                            'conversation changed during the turn; running it again',
                        );
                        continue;
                    }
                    throw err;
                }
                // What the failed turn already said is sent, as it would have been without the outbox;
                // the error handler then apologises after it.
                await outbox.release(context).catch(() => undefined);
                throw err;
            }
            await outbox.release(context);
            await this.runAfterCommit(context, conversationId);
            return;
        }
    }

    /** Remembers the id; false when it was already there. */
    private async firstDelivery(context: TurnContext, activityId: string): Promise<boolean> {
        const delivery = await this.delivery.get(context, { ids: [] });
        if (delivery.ids.includes(activityId)) return false;
        await this.delivery.set(context, { ids: [...delivery.ids, activityId].slice(-this.remembered) });
        return true;
    }

    private async runAfterCommit(context: TurnContext, conversationId: string): Promise<void> {
        const work = (context.turnState.get(AFTER_COMMIT) as (() => Promise<void>)[] | undefined) ?? [];
        context.turnState.set(AFTER_COMMIT, []);
        for (const w of work) {
            try {
                await w();
            } catch (err) {
                // The user has their answer; record-keeping that failed is logged, not turned into an apology.
                this.deps.logger.error(
                    {
                        event: 'turn.afterCommit.failed',
                        conversationId,
                        err: new TurnError(err, context.activity.text),
                    },
                    'after-turn work failed',
                );
            }
        }
    }
}
