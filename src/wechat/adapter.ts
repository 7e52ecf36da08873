import {
    ActivityTypes,
    BotAdapter,
    TurnContext,
    type Activity,
    type ConversationReference,
    type ResourceResponse,
} from 'botbuilder';
import type { Logger } from '../logger.js';
import { WeChatApiError, WeChatErrors, type WeChatApi } from './api.js';
import { splitUtf8, WECHAT_TEXT_MAX_BYTES } from './split.js';

export const WECHAT_CHANNEL_ID = 'wechat';
/** The serviceUrl of WeChat conversations: proactive sends (agent messages) are routed by it. */
export const WECHAT_SERVICE_URL = 'wechat://official-account';

/**
 * The one passive reply (被动回复) an incoming request may carry. The first text a turn sends goes
 * here while the request is still waiting; once it is answered (or the reply budget ran out and the
 * request was answered `success`), everything else goes through the customer-service API.
 */
export class PassiveReply {
    private isOpen = true;
    private resolveAnswer!: (text: string | undefined) => void;
    private resolveFlushed!: () => void;
    /** The text for the passive reply, or undefined when the request is answered `success`. */
    readonly answered = new Promise<string | undefined>((resolve) => (this.resolveAnswer = resolve));
    /** Resolves once the HTTP response has gone out, so later messages arrive after it. */
    readonly flushed = new Promise<void>((resolve) => (this.resolveFlushed = resolve));

    get open(): boolean {
        return this.isOpen;
    }

    /** Uses the passive reply for this text; false when it is already used or closed. */
    take(text: string): boolean {
        if (!this.isOpen) return false;
        this.isOpen = false;
        this.resolveAnswer(text);
        return true;
    }

    /** No passive reply from now on (the turn ended without one, or ran out of time). */
    close(): void {
        if (!this.isOpen) return;
        this.isOpen = false;
        this.resolveAnswer(undefined);
    }

    markFlushed(): void {
        this.resolveFlushed();
    }
}

/** A proactive send (an agent's message) that WeChat did not deliver; the agent console reports it. */
export class WeChatDeliveryError extends Error {
    constructor(readonly errcode: number | undefined) {
        super(`WeChat did not deliver the message${errcode ? ` (errcode ${errcode})` : ''}`);
        this.name = 'WeChatDeliveryError';
    }
}

const PASSIVE = Symbol('wechat.passiveReply');
const FAILED = Symbol('wechat.failedSends');

export interface WeChatAdapterDeps {
    /** The customer-service API; absent in passive-reply-only mode (no AppID/secret). */
    api?: WeChatApi;
    logger: Logger;
    maxBytes?: number;
}

/**
 * Bot adapter for a WeChat Official Account (SDK edge): runs turns in-process for messages the
 * route has verified, answers the first reply passively and sends the rest as customer-service
 * messages, split to WeChat's 2048-byte limit. Delivery errors are logged, never thrown into a
 * turn: the conversation's state is already saved when replies go out, and an error there would
 * make the turn's error handler clear it.
 */
export class WeChatAdapter extends BotAdapter {
    private readonly inFlight = new Set<Promise<void>>();

    constructor(private readonly deps: WeChatAdapterDeps) {
        super();
    }

    /** Runs one incoming activity through the bot; its first reply may go into `passive`. */
    process(activity: Activity, logic: (context: TurnContext) => Promise<void>, passive?: PassiveReply): Promise<void> {
        const context = new TurnContext(this, activity);
        if (passive) context.turnState.set(PASSIVE, passive);
        const run = this.runMiddleware(context, logic);
        this.inFlight.add(run);
        const done = () => this.inFlight.delete(run);
        run.then(done, done);
        return run;
    }

    /** Waits for the turns still running (those answered `success` finish in the background). */
    async drain(): Promise<void> {
        while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
    }

    override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
        const openId = context.activity.conversation.id;
        const texts = activities.filter((a) => a.type === ActivityTypes.Message && a.text).map((a) => a.text!);
        const maxBytes = this.deps.maxBytes ?? WECHAT_TEXT_MAX_BYTES;
        let messages = texts.flatMap((t) => splitUtf8(t, maxBytes));
        const passive = context.turnState.get(PASSIVE) as PassiveReply | undefined;
        if (messages.length && passive?.open) {
            if (!this.deps.api) {
                // Passive replies only: one message per incoming message (a turn's replies were joined into one when
                // rendered, see the channel's `oneMessage` capability); what does not fit in it is dropped.
                const [first, ...dropped] = messages;
                passive.take(first!);
                if (dropped.length) {
                    this.deps.logger.warn(
                        { event: 'wechat.reply.truncated', conversationId: openId, dropped: dropped.length },
                        'passive-reply-only mode: the rest of a long answer was not sent (set WECHAT_APP_ID and WECHAT_APP_SECRET)',
                    );
                }
                messages = [];
            } else {
                passive.take(messages[0]!);
                messages = messages.slice(1);
                if (messages.length) await passive.flushed;
            }
        }
        if (messages.length) await this.sendViaApi(context, openId, messages);
        return activities.map(() => ({ id: '' }));
    }

    private async sendViaApi(context: TurnContext, openId: string, messages: string[]): Promise<void> {
        const { api, logger } = this.deps;
        const fail = (errcode: number | undefined) => {
            const failed = (context.turnState.get(FAILED) as (number | undefined)[] | undefined) ?? [];
            context.turnState.set(FAILED, [...failed, errcode]);
        };
        if (!api) {
            logger.warn(
                { event: 'wechat.send.unavailable', conversationId: openId, messages: messages.length },
                'a reply came after the passive reply window and there are no API credentials (WECHAT_APP_ID, WECHAT_APP_SECRET): not sent',
            );
            fail(undefined);
            return;
        }
        const queue = [...messages];
        while (queue.length) {
            const text = queue.shift()!;
            try {
                await api.sendText(openId, text);
            } catch (err) {
                const errcode = err instanceof WeChatApiError ? err.errcode : undefined;
                const bytes = Buffer.byteLength(text);
                if (errcode === WeChatErrors.TOO_LONG && bytes > 64) {
                    // WeChat counts some characters differently from UTF-8 bytes: halve and try again.
                    queue.unshift(...splitUtf8(text, Math.floor(bytes / 2)));
                    continue;
                }
                const level =
                    errcode === WeChatErrors.OUT_OF_WINDOW || errcode === WeChatErrors.QUOTA ? 'warn' : 'error';
                logger[level](
                    {
                        event: 'wechat.send.failed',
                        conversationId: openId,
                        errcode,
                        unsent: queue.length + 1,
                        reason: err instanceof WeChatApiError ? undefined : (err as Error).message,
                    },
                    errcode === WeChatErrors.OUT_OF_WINDOW
                        ? 'the user last wrote more than 48 hours ago: customer-service messages are refused'
                        : errcode === WeChatErrors.QUOTA
                          ? 'customer-service message quota for this user used up'
                          : 'WeChat did not take a customer-service message',
                );
                // The rest would meet the same refusal.
                fail(errcode);
                return;
            }
        }
    }

    override async updateActivity(): Promise<void> {
        throw new Error('WeChat messages cannot be updated');
    }

    override async deleteActivity(): Promise<void> {
        throw new Error('WeChat messages cannot be deleted');
    }

    /**
     * Sends outside a user's turn (agent messages, "I'm back"): through the customer-service API.
     * Throws {@link WeChatDeliveryError} when WeChat did not take a message, so the sender can say so.
     */
    override async continueConversation(
        reference: Partial<ConversationReference>,
        logic: (context: TurnContext) => Promise<void>,
    ): Promise<void> {
        const activity = TurnContext.applyConversationReference(
            { type: ActivityTypes.Event, name: 'continueConversation' },
            reference,
            true,
        );
        const context = new TurnContext(this, activity as Activity);
        await this.runMiddleware(context, logic);
        const failed = context.turnState.get(FAILED) as (number | undefined)[] | undefined;
        if (failed?.length) throw new WeChatDeliveryError(failed[0]);
    }
}
