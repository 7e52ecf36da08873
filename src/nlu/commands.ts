import type { Command } from '../i18n.js';
import { LANGS, type Lang } from '../kb/schema.js';
import { normalize } from './text.js';

/** Commands that may appear inside a longer message ("can I talk to a person please"). */
const FOUND_INSIDE: ReadonlySet<Command> = new Set(['human', 'english', 'chinese', 'walkthrough', 'where']);
/**
 * A request to be walked through the steps may come in a longer sentence ("could you walk me thru it
 * step by step please"); the other commands found inside a message only in a short one.
 */
const LONGER_INSIDE: ReadonlySet<Command> = new Set(['walkthrough']);
/** Courtesy words trimmed before comparing ("next please", "继续吧"). */
const EN_FILLER = /^(?:ok(?:ay)?|so|and|um+|hmm+|well|pls|please)\s+|\s+(?:please|pls|thanks|thank you|then)$/;
const ZH_FILLER = /^(?:好的|好|嗯|那(?![个张些种])|那么|请)|(?:吧|呢|啊|呀|吗|谢谢|一下)$/;

/** Catalogue phrases, normalised once: every message is compared with the same few hundred of them. */
const normalizedPhrases = new Map<string, string>();

function normalizedPhrase(phrase: string): string {
    let norm = normalizedPhrases.get(phrase);
    if (norm === undefined) {
        norm = normalize(phrase);
        if (normalizedPhrases.size < 10_000) normalizedPhrases.set(phrase, norm);
    }
    return norm;
}

/** A normalised message without courtesy words around it ("activate pls", 「激活一下」). */
export function trimFiller(text: string): string {
    let out = text;
    for (let i = 0; i < 3; i++) {
        const next = out.replace(EN_FILLER, '').replace(ZH_FILLER, '').trim();
        if (next === out) break;
        out = next;
    }
    return out;
}

/**
 * Recognises a command from the catalogue's phrases in either language: the whole message
 * ("next", "下一步", "why?"), or, for a few commands, a phrase inside a short message
 * ("I'd like to talk to a person", "转人工谢谢"). Navigation words are only taken from a whole
 * message, so "why do I need the hukou book" stays a question.
 */
export function recognizeCommand(text: string, phrases: (lang: Lang) => Record<Command, string[]>): Command | null {
    const norm = normalize(text);
    if (!norm) return null;
    const trimmed = trimFiller(norm);
    const index = LANGS.map((lang) => phraseIndex(lang, phrases(lang)));
    // The whole message: the first phrase in catalogue order that is the message, with or without courtesy words.
    let whole: { command: Command; order: number } | undefined;
    for (const [l, { exact }] of index.entries()) {
        for (const said of [norm, trimmed]) {
            const hit = exact.get(said);
            if (hit && (!whole || l * EXACT_ORDER_SPAN + hit.order < whole.order))
                whole = { command: hit.command, order: l * EXACT_ORDER_SPAN + hit.order };
        }
    }
    if (whole) return whole.command;
    const words = norm.split(' ').length;
    const chars = [...norm.replace(/\s/g, '')].length;
    const short = words <= 8 && chars <= 40;
    const shortish = words <= 14 && chars <= 60;
    let inside: { command: Command; length: number } | null = null;
    for (const [l, { within }] of index.entries()) {
        const zh = LANGS[l] === 'zh';
        for (const { command, phrase } of within) {
            if (!short && command !== 'human' && !(shortish && LONGER_INSIDE.has(command))) continue;
            const found = zh ? norm.includes(phrase) : ` ${norm} `.includes(` ${phrase} `);
            if (found && (!inside || phrase.length > inside.length)) inside = { command, length: phrase.length };
        }
    }
    return inside?.command ?? null;
}

/** More than any language's count of command phrases: orders a language's phrases after the one before. */
const EXACT_ORDER_SPAN = 1_000_000;

interface PhraseIndex {
    /** Each normalised phrase, with the first command (in catalogue order) it belongs to. */
    exact: Map<string, { command: Command; order: number }>;
    /** The phrases that may be found inside a longer message, normalised. */
    within: { command: Command; phrase: string }[];
}

/** The catalogue's command phrases, indexed once per language (the catalogue's lists do not change). */
const phraseIndexes = new WeakMap<Record<Command, string[]>, PhraseIndex>();

function phraseIndex(lang: Lang, lists: Record<Command, string[]>): PhraseIndex {
    let index = phraseIndexes.get(lists);
    if (index) return index;
    index = { exact: new Map(), within: [] };
    let order = 0;
    for (const [command, list] of Object.entries(lists) as [Command, string[]][]) {
        if (command === 'yes' || command === 'no') continue;
        for (const p of list) {
            const phrase = normalizedPhrase(p);
            order += 1;
            if (!phrase) continue;
            if (!index.exact.has(phrase)) index.exact.set(phrase, { command, order });
            const multiword = lang === 'zh' ? [...phrase].length >= 2 : /[ -]/.test(phrase);
            if (multiword && FOUND_INSIDE.has(command)) index.within.push({ command, phrase });
        }
    }
    phraseIndexes.set(lists, index);
    return index;
}
