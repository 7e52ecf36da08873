import { TurnContext, type Activity } from 'botbuilder';
import type { ConversationData } from '../core/conversation.js';
import { readMessage, type Inbound, type Reading } from '../core/read.js';
import type { Capabilities } from '../core/turn.js';
import type { Understander } from '../core/understand.js';
import type { Lang } from '../kb/schema.js';
import type { Logger } from '../logger.js';
import { OFF_TOPIC } from '../nlu/matcher.js';
import { redact } from '../privacy/redact.js';
import type { ConversationRateLimit } from './rateLimit.js';

export interface TurnReaderDeps {
    understander: Understander;
    logger: Logger;
    defaultLang: Lang;
    /** Longest message the bot reads; longer ones get a polite answer instead of being processed. */
    maxMessageLength?: number;
    /** Messages per conversation and time window; over it the user is asked to wait. */
    rateLimit?: ConversationRateLimit;
    /** Put what the user wrote (redacted) in the turn's log line. Off by default. */
    logText?: boolean;
}

/**
 * Takes an incoming activity to the core's reading (edge): strips the bot's @mention, takes a card
 * button's posted value, asks the conversation's message limit, then lets the core read the message
 * (src/core/read.ts: empty, too long, not text, numbered options, language) and logs the turn. Sends
 * nothing, answers nothing and changes no state: what to say is the core's.
 */
export class TurnReader {
    constructor(private readonly deps: TurnReaderDeps) {}

    /** The message as received: its text, whether it is text at all, and the conversation's message limit. */
    async inbound(activity: Activity): Promise<Inbound> {
        // The SDK's mention removal needs the recipient; an activity without one has nothing to remove.
        let text = (
            (activity.recipient?.id ? TurnContext.removeRecipientMention(activity) : undefined) ??
            activity.text ??
            ''
        ).trim();
        // Card buttons that post a value instead of text (Action.Submit) carry it as { text }.
        const valueText = (activity.value as { text?: unknown } | undefined)?.text;
        if (!text && typeof valueText === 'string') text = valueText.trim();
        const conversationId = activity.conversation?.id;
        const rate = this.deps.rateLimit
            ? await this.deps.rateLimit.check(`${activity.channelId}/${conversationId}`)
            : 'ok';
        if (rate === 'tell')
            this.deps.logger.warn(
                { event: 'ratelimit.conversation', conversationId },
                'conversation over its message limit',
            );
        const notText = (activity.channelData as { notText?: unknown } | undefined)?.notText === true;
        return { text, rate, notText, locale: activity.locale };
    }

    /** The core's reading of the message in its conversation, logged. */
    read(activity: Activity, inbound: Inbound, data: ConversationData, caps: Capabilities): Reading {
        const reading = readMessage(inbound, data, {
            numberedOptions: caps.numberedOptions,
            defaultLang: this.deps.defaultLang,
            understander: this.deps.understander,
            maxChars: this.deps.maxMessageLength ?? 2000,
        });
        if (reading.kind !== 'text') return reading;
        const { understanding, lang } = reading;
        const unanswered =
            understanding.match.intent === OFF_TOPIC && understanding.command === null && understanding.button === null;
        this.deps.logger.info(
            {
                event: unanswered ? 'turn.unanswered' : 'turn',
                conversationId: activity.conversation?.id,
                channelId: activity.channelId,
                lang,
                intent: understanding.match.intent,
                score: Math.round(understanding.match.score * 1000) / 1000,
                command: understanding.command ?? undefined,
                ...(this.deps.logText ? { text: redact(inbound.text) } : {}),
            },
            unanswered ? 'question not answered' : 'message understood',
        );
        return reading;
    }
}
