import type { Lang } from '../kb/schema.js';
import { choiceRecognizer, CULTURE, numberRecognizer } from './recognizerModules.js';
import { normalize } from './text.js';

/** What a recognizer found: `success` false means "not this kind of input", never an exception. */
export type Recognized<T> = { success: true; value: T } | { success: false };

const NO: Recognized<never> = { success: false };
const culture = (lang: Lang) => CULTURE[lang];

function firstInteger(
    results: { typeName?: string; resolution?: { value?: unknown; relativeTo?: unknown } }[],
): number | undefined {
    for (const r of results) {
        // "next", "last", "previous" are relative ordinals: they name no position by themselves.
        if (r.resolution?.relativeTo !== undefined) continue;
        const v = Number(r.resolution?.value);
        // This model version resolves "next" to 0 without marking it relative: no position is 0.
        if (Number.isInteger(v) && (v > 0 || !r.typeName?.startsWith('ordinal'))) return v;
    }
    return undefined;
}

/**
 * An ordinal or a number in the text: "the second one", "2", "第二个", "number 3" → 2, 2, 2, 3.
 * Ordinals win over cardinals ("the second one" is 2, not 1).
 */
export function recognizeOrdinalOrNumber(text: string, lang: Lang): Recognized<number> {
    if (!text.trim()) return NO;
    for (const l of [lang, lang === 'zh' ? 'en' : 'zh'] as const) {
        const ordinal = firstInteger(numberRecognizer().recognizeOrdinal(text, culture(l)));
        if (ordinal !== undefined) return { success: true, value: ordinal };
        const number = firstInteger(numberRecognizer().recognizeNumber(text, culture(l)));
        if (number !== undefined) return { success: true, value: number };
    }
    return NO;
}

/** Words around an option's number that do not change it: "option 2", "the first one", 「选1」「第一个」. */
const OPTION_BEFORE =
    /^(?:(?:i(?:'ll| will)? )?(?:choose|pick|take|select|want)\s+|(?:option|number|no\.?|choice|#)\s*|the\s+|我?选(?:择)?|要|就)+/i;
const OPTION_AFTER = /(?:\s*(?:one|option|please|pls|thanks))+$|(?:个|项|条|种|号)?(?:吧|呢|啊|谢谢)?$/i;
/** The whole message is one number-like word: digits, ①, 一, 第一, "second", "2nd", "two". */
const OPTION_WORD =
    /^(?:\d{1,2}|[①-⑩]|第?[一二两三四五六七八九十]|第\d{1,2}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th)|one|two|three|four|five|six|seven|eight|nine|ten)$/i;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

/**
 * A reply that picks option N of those offered: only when the WHOLE message is that number ("1",
 * "1.", "①", "一", "第一个", "选1", "the first one", "option 2"), never a number inside other
 * words ("下一步" is "next", not option 1; "第一步是什么" asks about step 1). "Last" is the last
 * option (`count`).
 */
export function recognizeOptionNumber(text: string, lang: Lang, count = Infinity): Recognized<number> {
    const said = text
        .normalize('NFKC')
        .trim()
        .toLowerCase()
        .replace(/[.。、:：)）!！\s]+$/u, '')
        .replace(/^[(（]/, '');
    if (!said || said.length > 24) return NO;
    const bare = said.replace(OPTION_BEFORE, '').trim();
    // "one" alone is a number; after another word ("the first one") it is a filler.
    const core = bare.replace(OPTION_AFTER, '').trim() || bare;
    if (!OPTION_WORD.test(core)) return NO;
    if (core === 'last') return Number.isFinite(count) ? { success: true, value: count } : NO;
    const circled = CIRCLED.indexOf(core);
    if (circled >= 0) return { success: true, value: circled + 1 };
    const n = recognizeOrdinalOrNumber(core, /\p{Script=Han}/u.test(core) ? 'zh' : lang);
    return n.success && n.value >= 1 ? n : NO;
}

const EN_STEP_AFTER = /\b(?:step|stage|part)\s*(?:no\.?|number|#)?\s*([a-z0-9]+)\b/;
const EN_STEP_BEFORE = /\b([a-z0-9]+)\s+step\b/;
const ZH_STEP =
    /第\s*([\d一二三四五六七八九十两]+)\s*(?:步|个步骤|个环节|环节)|(?:步骤|环节)\s*([\d一二三四五六七八九十两]+)/;

/**
 * A step reference: "step 6", "go to step three", "the 5th step", "第五步", "步骤3" → the number.
 * Needs the word for "step" so that "2 kids" or "5 working days" are not taken for steps.
 */
export function recognizeStepNumber(text: string): Recognized<number> {
    const norm = normalize(text);
    const zh = ZH_STEP.exec(text.normalize('NFKC'));
    const candidates = zh
        ? [{ fragment: `第${zh[1] ?? zh[2]}`, lang: 'zh' as const }]
        : [EN_STEP_AFTER.exec(norm)?.[1], EN_STEP_BEFORE.exec(norm)?.[1]]
              .filter((f): f is string => !!f)
              .map((fragment) => ({ fragment, lang: 'en' as const }));
    for (const { fragment, lang } of candidates) {
        const n = recognizeOrdinalOrNumber(fragment, lang);
        if (n.success) return n;
    }
    return NO;
}

/**
 * Yes or no. The recognizers' boolean model covers English and common Chinese; it misses
 * 否, 没有 and similar, so the catalogue's phrases fill the gaps.
 */
export function recognizeYesNo(
    text: string,
    lang: Lang,
    phrases: { yes: string[]; no: string[] },
): Recognized<boolean> {
    const norm = normalize(text);
    if (!norm) return NO;
    if (phrases.no.some((p) => normalize(p) === norm)) return { success: true, value: false };
    if (phrases.yes.some((p) => normalize(p) === norm)) return { success: true, value: true };
    const [hit] = choiceRecognizer().recognizeBoolean(text, culture(lang));
    const value = hit?.resolution?.value;
    return typeof value === 'boolean' ? { success: true, value } : NO;
}

/**
 * Which of a list of options the text picks: by number ("2", "the second one", "第二个"), by the
 * option's label, or by one of its aliases. Returns the option's index.
 */
export function recognizeChoice(
    text: string,
    lang: Lang,
    options: readonly { label: string; aliases?: readonly string[] }[],
): Recognized<number> {
    const norm = normalize(text);
    if (!norm) return NO;
    const exact = options.findIndex((o) => normalize(o.label) === norm);
    if (exact >= 0) return { success: true, value: exact };
    // The longest alias found wins, so "medical insurance window" beats "medical insurance".
    let best = -1;
    let bestLength = 0;
    options.forEach((o, i) => {
        for (const alias of [o.label, ...(o.aliases ?? [])]) {
            const a = normalize(alias);
            if (
                a &&
                (` ${norm} `.includes(` ${a} `) || (/\p{Script=Han}/u.test(a) && norm.includes(a))) &&
                a.length > bestLength
            ) {
                best = i;
                bestLength = a.length;
            }
        }
    });
    if (best >= 0) return { success: true, value: best };
    // Only a message that is a number picks by number: "I have 2 kids, which app?" is not option 2.
    const n = recognizeOptionNumber(text, lang, options.length);
    if (n.success && n.value <= options.length) return { success: true, value: n.value - 1 };
    return NO;
}
