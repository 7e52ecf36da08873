import { TurnContext, type ConversationState, type StatePropertyAccessor } from 'botbuilder';
import type { Answers } from '../core/answers.js';
import { newConversationData, readConversationData, type ConversationData } from '../core/conversation.js';
import type { Reply } from '../core/reply.js';
import { understandMessage } from '../core/read.js';
import { localeToLang, type Understander, type Understanding } from '../core/understand.js';
import type { Lang } from '../kb/schema.js';
import type { Logger } from '../logger.js';
import { OFF_TOPIC } from '../nlu/matcher.js';
import { detectLanguage } from '../nlu/text.js';
import { redact } from '../privacy/redact.js';
import type { ConversationRateLimit } from './rateLimit.js';
import type { ChannelCapabilities } from './capabilities.js';
import { capabilitiesOf } from './turn.js';

export interface TurnReaderDeps {
    conversationState: ConversationState;
    answers: Answers;
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

/** What reading a message gave: a turn for the core, an answer of its own, or nothing to say. */
export type Reading =
    | { kind: 'message'; understanding: Understanding; lang: Lang; caps: ChannelCapabilities }
    | { kind: 'answered'; reply: Reply; lang: Lang }
    | { kind: 'dropped' };

/**
 * Reads an incoming message for the conversation core (edge): strips the bot's @mention, maps "2"
 * to the second offered option on channels without buttons, decides the reply language and
 * understands the text. Empty and over-long messages, and a conversation over its message limit,
 * are answered here without a turn. Sends nothing and changes no state: the caller does.
 */
export class TurnReader {
    readonly data: StatePropertyAccessor<ConversationData>;

    constructor(private readonly deps: TurnReaderDeps) {
        this.data = deps.conversationState.createProperty<ConversationData>('conversation');
    }

    /** The conversation's stored data (in the shape this version keeps). */
    async conversation(context: TurnContext): Promise<ConversationData> {
        return readConversationData(await this.data.get(context, newConversationData()));
    }

    async read(context: TurnContext, data: ConversationData): Promise<Reading> {
        const { answers } = this.deps;
        const activity = context.activity;
        const caps = capabilitiesOf(context);
        // The SDK's mention removal needs the recipient; an activity without one has nothing to remove.
        let text = (
            (activity.recipient?.id ? TurnContext.removeRecipientMention(activity) : undefined) ??
            activity.text ??
            ''
        ).trim();
        // Card buttons that post a value instead of text (Action.Submit) carry it as { text }.
        const valueText = (activity.value as { text?: unknown } | undefined)?.text;
        if (!text && typeof valueText === 'string') text = valueText.trim();
        const fallbackLang = data.chosenLang ?? data.lang ?? localeToLang(activity.locale) ?? this.deps.defaultLang;

        const conversationId = activity.conversation?.id;
        const verdict = this.deps.rateLimit
            ? await this.deps.rateLimit.check(`${activity.channelId}/${conversationId}`)
            : 'ok';
        if (verdict !== 'ok') {
            if (verdict !== 'tell') return { kind: 'dropped' };
            this.deps.logger.warn(
                { event: 'ratelimit.conversation', conversationId },
                'conversation over its message limit',
            );
            const lang = detectLanguage(text) ?? fallbackLang;
            return { kind: 'answered', reply: answers.simple(lang, 'rateLimited'), lang };
        }
        if (!text)
            return {
                kind: 'answered',
                reply: answers.simple(fallbackLang, 'empty', answers.menuActions(fallbackLang)),
                lang: fallbackLang,
            };
        if (text.length > (this.deps.maxMessageLength ?? 2000))
            return { kind: 'answered', reply: answers.simple(fallbackLang, 'tooLong'), lang: fallbackLang };
        const { understanding, lang } = understandMessage(text, data, {
            numberedOptions: !caps.suggestedActions,
            locale: activity.locale,
            defaultLang: this.deps.defaultLang,
            understander: this.deps.understander,
        });
        const unanswered =
            understanding.match.intent === OFF_TOPIC && understanding.command === null && understanding.button === null;
        this.deps.logger.info(
            {
                event: unanswered ? 'turn.unanswered' : 'turn',
                conversationId,
                channelId: activity.channelId,
                lang,
                intent: understanding.match.intent,
                score: Math.round(understanding.match.score * 1000) / 1000,
                command: understanding.command ?? undefined,
                ...(this.deps.logText ? { text: redact(text) } : {}),
            },
            unanswered ? 'question not answered' : 'message understood',
        );
        return { kind: 'message', understanding, lang, caps };
    }
}
