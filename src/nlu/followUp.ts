import type { Recognized } from './recognizers.js';

const EN = [
    // "And the one for social security?" after a hotline: the same thing, for that.
    /^(?:(?:and|so|ok(?:ay)?)\s+)?(?:what about\s+)?the\s+(?:one|number|line|app|office)\s+for\s+(.+?)$/i,
    /^(?:and\s+|so\s+|ok(?:ay)?\s+|hmm+\s+)?(?:what|how)\s+about\s+(?:for\s+|in\s+|with\s+)?(.+?)$/i,
    /^(?:(?:ok(?:ay)?|so|then|hmm+)\s+)?(?:and|&)\s+(?:for|in|with|about|if it'?s|if we(?:'re| are)(?: in)?)?\s*(.+?)$/i,
    /^(?:(?:ok(?:ay)?|so|and)\s+)?(?:then|also)\s+(?:for|in|with|about)\s+(.+?)$/i,
    /^(?:what|how)\s+if\s+(?:it'?s|it is|we(?:'re| are| live| lived| were| moved to)(?: in)?|i(?:'m| am| live| lived| was| were)(?: in)?|(?:s?he|the child|the baby|my (?:son|daughter|child|kid|baby))(?:'s| is))\s+(.+?)$/i,
    /^(?:(?:and\s+)?the\s+)?same\s+(?:question\s+|thing\s+|answer\s+)?(?:for|in|with)\s+(.+?)$/i,
    /^for\s+(.+?)$/i,
    // "the e-voucher too?", "Haikou as well": a few words only ("I want to visit Beijing too" is not one).
    /^(?:and\s+)?((?:\S+\s+){0,2}?\S+)\s+(?:too|as well)$/i,
];
const ZH = [
    /^(?:那|那么|那如果是|如果是|要是|换成|改成|还有|那要是|那换成|那对于|对于)(.+?)(?:呢|的话呢|的话|怎么办|怎么样|又如何|如何)?$/,
    /^(.+?)(?:呢|的话呢)$/,
    // 「海口的话」: a few characters and 的话 ("if it's …").
    /^(\S{1,8}?)的话$/,
];

const NEW_QUESTION =
    /^(?:(?:and|so|ok(?:ay)?)\s+)?(?:one more question|another question|a different question)\b|^(?:那|那么|好的?|对了)?\s*(?:再问(?:一个|一下|个问题|一句)?|还想问|还有(?:一个|个)问题|另外问|换个问题)/i;

/**
 * A follow-up that asks the last question again about something else: "and for the e-voucher?",
 * "what about Guiyang?", 「那医保电子凭证呢？」「那海口呢」. Returns what it is about (the
 * e-voucher, Guiyang); whether that is a card, a place or an age is for the caller to say. Only
 * short messages: a longer one is a question of its own.
 */
export function recognizeFollowUp(text: string): Recognized<string> {
    const said = text
        .normalize('NFKC')
        .trim()
        .replace(/[?？.。!！\s]+$/u, '');
    if (!said || [...said].length > 60) return { success: false };
    // "One more question: …", 「那再问一个 …」: a question of its own, not the last one asked again.
    if (NEW_QUESTION.test(said)) return { success: false };
    const han = /\p{Script=Han}/u.test(said);
    for (const re of han ? [...ZH, ...EN] : EN) {
        const m = re.exec(said);
        const subject = m?.[1]?.trim();
        // Long enough for a card's full name: "the electronic social security card".
        if (subject && [...subject].length <= 45) return { success: true, value: subject };
    }
    return { success: false };
}
