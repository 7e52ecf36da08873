import { TurnContext, type ConversationState, type Middleware, type StatePropertyAccessor } from 'botbuilder';
import type { Answers } from '../core/answers.js';
import { newConversationData, type ConversationData } from '../core/conversation.js';
import { localeToLang, resolveLanguage, type Understander } from '../core/understand.js';
import type { Catalog } from '../i18n.js';
import type { Lang } from '../kb/schema.js';
import type { Logger } from '../logger.js';
import { OFF_TOPIC } from '../nlu/matcher.js';
import { recognizeOrdinalOrNumber } from '../nlu/recognizers.js';
import { detectLanguage } from '../nlu/text.js';
import { redact } from '../privacy/redact.js';
import type { ConversationRateLimit } from './rateLimit.js';
import { capabilitiesOf, say, setTurn } from './turn.js';

export interface TurnReaderDeps {
    conversationState: ConversationState;
    answers: Answers;
    catalog: Catalog;
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
 * Reads an incoming message before any dialog runs: strips the bot's @mention, maps "2" to the
 * second offered option on channels without buttons, decides the reply language and understands
 * the text. Empty and over-long messages are answered here.
 */
export class TurnReader {
    readonly data: StatePropertyAccessor<ConversationData>;

    constructor(private readonly deps: TurnReaderDeps) {
        this.data = deps.conversationState.createProperty<ConversationData>('conversation');
    }

    /** Prepares the turn for the dialogs; returns false when the message was already answered. */
    async read(context: TurnContext): Promise<boolean> {
        const { catalog, answers } = this.deps;
        const data = await this.data.get(context, newConversationData());
        const activity = context.activity;
        const caps = capabilitiesOf(context);
        // The SDK's mention removal needs the recipient; an activity without one has nothing to remove.
        let text = ((activity.recipient?.id ? TurnContext.removeRecipientMention(activity) : undefined) ?? activity.text ?? '').trim();
        // Card buttons that post a value instead of text (Action.Submit) carry it as { text }.
        const valueText = (activity.value as { text?: unknown } | undefined)?.text;
        if (!text && typeof valueText === 'string') text = valueText.trim();
        const fallbackLang = data.chosenLang ?? data.lang ?? localeToLang(activity.locale) ?? this.deps.defaultLang;

        const conversationId = activity.conversation?.id;
        const verdict = this.deps.rateLimit ? await this.deps.rateLimit.check(`${activity.channelId}/${conversationId}`) : 'ok';
        if (verdict !== 'ok') {
            if (verdict === 'tell') {
                this.deps.logger.warn({ event: 'ratelimit.conversation', conversationId }, 'conversation over its message limit');
                const lang = detectLanguage(text) ?? fallbackLang;
                await say(context, catalog, answers.simple(lang, 'rateLimited'), lang);
            }
            return false;
        }
        if (!text) {
            await say(context, catalog, answers.simple(fallbackLang, 'empty', answers.menuActions(fallbackLang)), fallbackLang);
            return false;
        }
        if (text.length > (this.deps.maxMessageLength ?? 2000)) {
            await say(context, catalog, answers.simple(fallbackLang, 'tooLong'), fallbackLang);
            return false;
        }
        // On channels without buttons the options are numbered: "2" or "the second one" picks one.
        if (!caps.suggestedActions && data.offered?.length) {
            const n = recognizeOrdinalOrNumber(text, fallbackLang);
            const short = text.split(/\s+/).length <= 4 && text.length <= 20;
            if (short && n.success && n.value >= 1 && n.value <= data.offered.length) text = data.offered[n.value - 1]!.value;
        }

        const understanding = this.deps.understander.understand(text);
        if (understanding.command === 'english') data.chosenLang = 'en';
        if (understanding.command === 'chinese') data.chosenLang = 'zh';
        const lang = resolveLanguage({
            detected: understanding.detected,
            chosen: data.chosenLang,
            previous: data.lang,
            locale: activity.locale,
            fallback: this.deps.defaultLang,
        });
        data.lang = lang;
        data.welcomed = true;
        setTurn(context, { lang, understanding, data, caps });
        const unanswered = understanding.match.intent === OFF_TOPIC && understanding.command === null && understanding.button === null;
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
        return true;
    }

    /** The same reading as middleware, for running a dialog directly (DialogTestClient). */
    middleware(): Middleware {
        return {
            onTurn: async (context, next) => {
                if (context.activity.type !== 'message' || (await this.read(context))) await next();
            },
        };
    }
}
