import type { Catalog, Command } from '../i18n.js';
import type { Lang } from '../kb/schema.js';
import { recognizeCommand } from '../nlu/commands.js';
import { type TopicMatch, type TopicMatcher } from '../nlu/matcher.js';
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
}

/** Where a message splits into clauses. */
const CLAUSE_BREAK =
    /[，,。;；!！?？\n]+|\.\s+|\s+(?:and|so|but)\s+(?=(?:what|how|where|which|who|when|why|can|could|do|does|should|is|are)\b)/i;

export interface Understander {
    understand(text: string): Understanding;
}

/** Combines the pure recognisers into one reading of a message. Plain TypeScript, no SDK. */
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
        understand(text) {
            const norm = normalize(text);
            const button = buttons.get(norm) ?? null;
            const command = button ? null : recognizeCommand(text, phrases);
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
                match: deps.matcher.match(text),
                place,
                ...(clauses ? { clauses } : {}),
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
