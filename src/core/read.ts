import type { Lang } from '../kb/schema.js';
import { recognizeOptionNumber } from '../nlu/recognizers.js';
import type { ConversationData } from './conversation.js';
import { resolveLanguage, type Understander, type Understanding } from './understand.js';

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
    const understanding = options.understander.understand(said);
    const chosen = understanding.command === 'english' ? 'en' : understanding.command === 'chinese' ? 'zh' : data.chosenLang;
    const lang = resolveLanguage({ detected: understanding.detected, chosen, previous: data.lang, locale: options.locale, fallback: options.defaultLang });
    return { understanding, lang };
}
