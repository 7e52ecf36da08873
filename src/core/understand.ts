import type { Catalog, Command } from '../i18n.js';
import { LANGS, type Lang } from '../kb/schema.js';
import { recognizeCommand, trimFiller } from '../nlu/commands.js';
import { OFF_TOPIC, type TopicMatch, type TopicMatcher } from '../nlu/matcher.js';
import { mayCarryAge } from '../nlu/age.js';
import type { Place, PlaceFinder } from '../nlu/places.js';
import { recognizeStepNumber } from '../nlu/recognizers.js';
import { detectLanguage, normalize } from '../nlu/text.js';

/** Everything the dialogs need to know about one user message. */
export interface Understanding {
    text: string;
    /** Language the message is written in, if it says. */
    detected: Lang | null;
    command: Command | null;
    /** An explicit step reference ("step 6", "第五步"). */
    step: number | null;
    /** What a pressed button stands for: a topic id, 'walkthrough' or 'human'. */
    button: string | null;
    match: TopicMatch;
    /** A place the message names ("we live in Haikou", 「那海口呢」), if any. */
    place?: Place | null;
    /**
     * For a message of several clauses ("宝宝两个月大了，先办什么？"), each clause and its match: a
     * question asked along with a statement about the child is answered from its own clause.
     */
    clauses?: { text: string; match: TopicMatch }[];
    /**
     * A language asked for along with a question ("用中文说吧 要带什么材料", "back to english please, where do we
     * apply?"): the question is answered, in that language, which sticks as a choice would.
     */
    switchLang?: Lang;
}

/** Where a message splits into clauses. */
const CLAUSE_BREAK =
    /[，,。;；!！?？\n]+|(?<=\p{Script=Han})\s+(?=\p{Script=Han})|\.\s+|\s+(?:and|so|but)\s+(?=(?:what|how|where|which|who|when|why|can|could|do|does|should|is|are)\b)/iu;

/**
 * Whether a message asks for a phone number ("customer service phone?", 「人工客服电话多少」): then it is a
 * question for the hotlines topic, not a request to be handed to a person.
 */
function asksForNumber(norm: string, catalog: Catalog): boolean {
    const padded = ` ${norm} `;
    return LANGS.some((lang) =>
        catalog.numberWords(lang).some((w) => {
            const word = normalize(w);
            return /\p{Script=Han}/u.test(word) ? norm.includes(word) : padded.includes(` ${word} `);
        }),
    );
}

/**
 * Whether the message is one of the command's phrases (courtesy words aside) or has one of its longer phrases in it
 * ("which step am I on now?"): 「进度」 alone asks where the walkthrough is, 「能查制卡进度吗」 is a question about the card.
 */
function namesCommand(norm: string, command: Command, phrases: (lang: Lang) => Record<Command, string[]>): boolean {
    const trimmed = trimFiller(norm);
    return LANGS.some((lang) =>
        phrases(lang)[command].some((p) => {
            const phrase = normalize(p);
            if (phrase === norm || phrase === trimmed) return true;
            if (lang === 'zh') return [...phrase].length >= 3 && norm.includes(phrase);
            return phrase.includes(' ') && ` ${norm} `.includes(` ${phrase} `);
        }),
    );
}

/** Whether the message is one of the command's phrases, courtesy words aside ("english please", 「说中文吧」). */
function isWholePhrase(norm: string, command: Command, phrases: (lang: Lang) => Record<Command, string[]>): boolean {
    const trimmed = trimFiller(norm);
    return LANGS.some((lang) =>
        phrases(lang)[command].some((p) => {
            const phrase = normalize(p);
            return phrase === norm || phrase === trimmed;
        }),
    );
}

export interface Understander {
    /** `context.topic`: the conversation's last topic, if any (a message then reads as about the card). */
    understand(text: string, context?: { topic?: string | undefined }): Understanding;
}

/**
 * Words that stand for what was just talked about: "that", "it", 「这个」 (for the matcher's context; the core's own
 * readings of a follow-up, in `followUp.ts`, have theirs).
 */
const POINTS_BACK = /\b(?:it|that|this|them)\b|它|这个|那个/i;

/** Combines the pure recognisers into one reading of a message. Plain TypeScript, no SDK. */

/** A request to translate: the language named in it is not a switch. */
const TRANSLATE = /\btranslat\w*|翻译|翻成|译成/i;

export function createUnderstander(deps: {
    matcher: TopicMatcher;
    catalog: Catalog;
    buttonIntents: Map<string, string>;
    /** Finds the place a message names; without it no place is read. */
    places?: PlaceFinder;
}): Understander {
    const buttons = new Map([...deps.buttonIntents].map(([label, intent]) => [normalize(label), intent]));
    const phrases = (lang: Lang) => deps.catalog.commands(lang);
    return {
        understand(text, context = {}) {
            const norm = normalize(text);
            const button = buttons.get(norm) ?? null;
            const said = button ? null : recognizeCommand(text, phrases);
            const match = deps.matcher.match(text, {
                inDomain: context.topic !== undefined,
                lastTopic: context.topic,
                pointsBack: POINTS_BACK.test(text),
            });
            // A language named inside a question: the question is answered in it (see `switchLang`).
            const switchLang =
                (said === 'english' || said === 'chinese') &&
                match.intent !== OFF_TOPIC &&
                !isWholePhrase(norm, said, phrases)
                    ? said === 'english'
                        ? ('en' as const)
                        : ('zh' as const)
                    : undefined;
            // "Translate a sentence into English for me" (「帮我翻译一句英文」) asks for a translation, not a language.
            const translation = (said === 'english' || said === 'chinese') && TRANSLATE.test(text);
            const command =
                switchLang ||
                translation ||
                (said === 'human' && asksForNumber(norm, deps.catalog)) ||
                (said === 'where' &&
                    !namesCommand(norm, said, phrases) &&
                    match.intent !== OFF_TOPIC &&
                    match.score >= 0.6)
                    ? null
                    : said;
            const step = recognizeStepNumber(text);
            const found = button || command ? undefined : deps.places?.find(text);
            const place = found?.success ? found.value : null;
            // Clauses are matched one by one only in a message that may tell something about the child.
            const split = !button && !command && (place || mayCarryAge(text));
            const parts = split ? text.split(CLAUSE_BREAK).filter((c) => c && c.trim()) : [];
            const clauses =
                parts.length >= 2 && parts.length <= 4
                    ? parts.map((c) => ({ text: c.trim(), match: deps.matcher.match(c) }))
                    : undefined;
            return {
                text,
                detected: detectLanguage(text),
                command,
                step: step.success ? step.value : null,
                button,
                match,
                place,
                ...(clauses ? { clauses } : {}),
                ...(switchLang ? { switchLang } : {}),
            };
        },
    };
}

/**
 * The language to answer in: an explicit choice sticks; otherwise the message's own language;
 * otherwise the conversation's last language; otherwise the activity's locale.
 */
export function resolveLanguage(input: {
    detected: Lang | null;
    chosen?: Lang | undefined;
    previous?: Lang | undefined;
    locale?: string | undefined;
    fallback: Lang;
}): Lang {
    if (input.chosen) return input.chosen;
    if (input.detected) return input.detected;
    if (input.previous) return input.previous;
    return localeToLang(input.locale) ?? input.fallback;
}

export function localeToLang(locale: unknown): Lang | null {
    if (!locale || typeof locale !== 'string') return null;
    const l = locale.toLowerCase();
    if (l.startsWith('zh')) return 'zh';
    if (l.startsWith('en')) return 'en';
    return null;
}
