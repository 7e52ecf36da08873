import type { Lang } from '../kb/schema.js';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[a-z]+(?:['’][a-z]+)?/gi;

/**
 * Folds full-width forms (ＡＢＣ１２３), case and runs of white space, so that matching sees
 * "Step 3" and "ｓｔｅｐ ３" alike. Punctuation is turned into spaces.
 */
export function normalize(text: string): string {
    // A turn normalises the same message several times (commands, matcher, places, follow-ups): the last few are kept.
    // (A benchmark that repeats its messages also hits this across turns; real messages rarely repeat.)
    const known = normalized.get(text);
    if (known !== undefined) return known;
    const norm = normalizeNow(text);
    if (text.length <= NORMALIZED_MAX_LENGTH) {
        if (normalized.size >= NORMALIZED_KEPT) normalized.clear();
        normalized.set(text, norm);
    }
    return norm;
}

const NORMALIZED_KEPT = 64;
const NORMALIZED_MAX_LENGTH = 600;
const normalized = new Map<string, string>();

/**
 * The domain's words as a pinyin keyboard mistypes them (same sound, other characters: 「几活」 for 激活, 「社宝」 for 社保),
 * which mean nothing else.
 */
const HOMOPHONE_TYPOS: readonly [RegExp, string][] = [
    [/[几机急即]活/g, '激活'],
    [/[设射]保|社宝/g, '社保'],
    [/医宝/g, '医保'],
    [/参宝/g, '参保'],
];

function normalizeNow(text: string): string {
    const nfkc = text.normalize('NFKC');
    // (Most messages have neither character: the four replacements are skipped.)
    return (/[活保]/.test(nfkc) ? HOMOPHONE_TYPOS.reduce((t, [re, word]) => t.replace(re, word), nfkc) : nfkc)
        .toLowerCase()
        .replace(/[’‘`]/g, "'")
        .replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}

/** Number of Han characters in the text. */
export function hanCount(text: string): number {
    return text.match(HAN)?.length ?? 0;
}

/** Latin-script words in the text. */
export function latinWords(text: string): string[] {
    return text.match(LATIN_WORD) ?? [];
}

/**
 * The language a message is written in, or `null` when it carries no signal ("2", "ok", "👍").
 * Mixed messages go by their frame: "how to activate 医保电子凭证" is English with a Chinese term,
 * "社保卡 activate 要带什么" is Chinese. About 2.5 Han characters carry what one English word does.
 */
export function detectLanguage(text: string): Lang | null {
    const han = hanCount(text);
    const words = latinWords(text);
    if (han === 0 && words.length === 0) return null;
    if (han === 0) {
        // A lone short token ("ok", "hi", "n") says too little to switch a Chinese conversation to English.
        if (words.length === 1 && words[0]!.length <= 3) return null;
        return 'en';
    }
    return han / 2.5 >= words.length ? 'zh' : 'en';
}

/** The text with pinyin's tone marks taken off ("Guǎngzhōu" → "Guangzhou"), NFKC-normalised. */
export function withoutToneMarks(text: string): string {
    return text.normalize('NFKC').replace(/[\u00c0-\u024f]/g, (c) => c.normalize('NFD').replace(/\p{M}/gu, ''));
}
