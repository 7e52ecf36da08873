import type { Lang } from '../kb/schema.js';
import { OFF_TOPIC } from '../nlu/matcher.js';
import { recognizeOptionNumber } from '../nlu/recognizers.js';
import { detectLanguage } from '../nlu/text.js';
import type { ConversationData } from './conversation.js';
import type { MessageKind, TurnInput } from './turn.js';
import { localeToLang, resolveLanguage, type Understander, type Understanding } from './understand.js';

/**
 * Understands a message's text in its conversation: on channels without buttons, "2" or "the second
 * one" picks the second option offered last; the reply language follows an explicit choice, then
 * the message's own language, then the conversation's, then the channel's locale. Pure.
 */
export function understandMessage(
    text: string,
    data: ConversationData,
    options: { numberedOptions: boolean; locale?: string | undefined; defaultLang: Lang; understander: Understander },
): { understanding: Understanding; lang: Lang } {
    let said = text;
    if (options.numberedOptions && data.offered?.length) {
        // Only a message that is a number picks an option: 「下一步」 is "next", not option 1.
        const n = recognizeOptionNumber(said, data.chosenLang ?? data.lang ?? options.defaultLang, data.offered.length);
        if (n.success && n.value <= data.offered.length) said = data.offered[n.value - 1]!.value;
    }
    const understanding = options.understander.understand(said, { topic: data.lastTopic });
    const chosen =
        understanding.command === 'english'
            ? 'en'
            : understanding.command === 'chinese'
              ? 'zh'
              : (understanding.switchLang ?? data.chosenLang);
    const lang = resolveLanguage({
        detected: understanding.detected,
        chosen,
        previous: data.lang,
        locale: options.locale,
        fallback: options.defaultLang,
    });
    return { understanding, lang };
}

/** A message as a channel received it, before anything is understood. */
export interface Inbound {
    /** Its text (the bot's @mention removed), or '' when it has none. */
    text: string;
    /** Something other than text (a picture, a location) on a channel that says so. */
    notText?: boolean;
    /** The conversation's message limit: within it, the first message over it, or the rest of the flood. */
    rate?: 'ok' | 'tell' | 'quiet';
    /** The channel's locale for the message, if it gives one. */
    locale?: string | undefined;
}

/** What reading a message gives the core: its kind, its understanding (blank unless text) and the language to answer in. */
export type Reading = Required<Pick<TurnInput, 'kind'>> & Pick<TurnInput, 'understanding' | 'lang'>;

/**
 * Reads a message for the core: whether it is one the bot reads at all (empty, too long, not text,
 * over the limit), and if so what it says and the language to answer in. Pure: the limit's verdict
 * and the text come from the edge.
 */
export function readMessage(
    inbound: Inbound,
    data: ConversationData,
    options: { numberedOptions: boolean; defaultLang: Lang; understander: Understander; maxChars: number },
): Reading {
    const text = inbound.text.trim();
    const fallback = data.chosenLang ?? data.lang ?? localeToLang(inbound.locale) ?? options.defaultLang;
    const other = (kind: MessageKind, lang = fallback): Reading => ({
        kind,
        understanding: blankUnderstanding(text),
        lang,
    });
    if (inbound.rate === 'quiet') return other('flooding');
    // Asked to wait in the language of the message that was not read, where it says.
    if (inbound.rate === 'tell') return other('rateLimited', detectLanguage(text) ?? fallback);
    if (inbound.notText) return other('notText');
    if (!text) return other('empty');
    if (text.length > options.maxChars) return other('tooLong');
    return { kind: 'text', ...understandMessage(text, data, { ...options, locale: inbound.locale }) };
}

/** The understanding of a message that is not read: nothing recognised. */
export function blankUnderstanding(text = ''): Understanding {
    return {
        text,
        detected: null,
        command: null,
        step: null,
        button: null,
        match: { intent: OFF_TOPIC, score: 0, nearest: OFF_TOPIC, inDomain: false, runnerUp: null },
    };
}
