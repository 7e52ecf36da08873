/**
 * Removes personal identifiers from free text before it is logged or kept in a transcript.
 *
 * Parents type their own and their child's resident ID numbers and phone numbers into the chat, often inside
 * Chinese text with no spaces, sometimes with full-width digits from a Chinese IME. What is replaced:
 * - mainland resident ID numbers (18 characters: 17 digits + a digit or X; legacy 15 digits) → `[ID]`;
 * - mobile numbers (11 digits starting 13–19, optionally +86/0086/86 and spaces or dashes) and landlines with an
 *   area code (`010-12345678`, `0755-1234567`, `(021) 12345678`, `+86 10 12345678`) → `[PHONE]`.
 *
 * Digits may be separated by spaces, hyphens, dots or slashes (`138.0013.8000`, `138/0013/8000`, `138 - 0013 - 8000`),
 * written as Chinese numerals (一三八零零一三八零零零, 幺 for one, 〇, and the financial forms 壹贰叁…), or spelled out
 * in English words (`one three eight, double zero…`): those are read as the digits they stand for.
 *
 * Everything else stays: step numbers, years, day counts, dates, hotlines such as 12333, document numbers such as
 * 人社部发〔2011〕47号. A match must not touch another digit on either side, so parts of longer numbers
 * (order or card numbers) are not taken for phones; ID numbers must carry a plausible birth date, which is what
 * tells them apart from other 15/18-digit numbers.
 */

/** Full-width form of an ASCII digit or letter (U+FF10 '０' = '0' + 0xFEE0). */
const wide = (c: string) => String.fromCharCode(c.charCodeAt(0) + 0xfee0);

/** A character class for the given ASCII digits or ranges (e.g. '0-9', '13'), accepting full-width forms too. */
const d = (spec = '0-9') => `[${spec}${spec.replace(/[0-9]/g, wide)}]`;

const DIGIT = d();
const NO_DIGIT_BEFORE = `(?<!${DIGIT})`;
const NO_DIGIT_AFTER = `(?!${DIGIT})`;
/**
 * One separator between digit groups: a hyphen, dot or slash (ASCII or full-width) with optional spaces around it,
 * or one to three spaces. (Bounded, so a long run of spaces costs no more than a short one.)
 */
const SEP = '(?:[ \\u00a0]{0,3}[\\-\\uff0d.\\uff0e/\\uff0f][ \\u00a0]{0,3}|[ \\u00a0]{1,3})';
const PLUS = '[+\\uff0b]';
const OPEN = '[(\\uff08]';
const CLOSE = '[)\\uff09]';

const MONTH = `(?:${d('0')}${d('1-9')}|${d('1')}${d('0-2')})`;
const DAY = `(?:${d('0')}${d('1-9')}|${d('12')}${DIGIT}|${d('3')}${d('01')})`;
const REGION = `${d('1-9')}${DIGIT}{5}`;

/** 18-character ID: region, birth date 18xx–20xx, sequence, check character; optional breaks after region/date. */
const ID_18 = new RegExp(
    `${NO_DIGIT_BEFORE}${REGION}${SEP}?(?:${d('1')}${d('89')}|${d('2')}${d('0')})${DIGIT}{2}${MONTH}${DAY}` +
        `${SEP}?${DIGIT}{3}[0-9\\uff10-\\uff19Xx\\uff38\\uff58](?![0-9\\uff10-\\uff19Xx\\uff38\\uff58])`,
    'g',
);
/** Legacy 15-digit ID: region, yymmdd, sequence. */
const ID_15 = new RegExp(`${NO_DIGIT_BEFORE}${REGION}${DIGIT}{2}${MONTH}${DAY}${DIGIT}{3}${NO_DIGIT_AFTER}`, 'g');

const COUNTRY = `(?:(?:${PLUS}|${d('0')}{2})${SEP}?${d('8')}${d('6')}|${OPEN}${PLUS}?${d('8')}${d('6')}${CLOSE})`;

/** Mobile: 1[3-9]x xxxx xxxx, with +86 / 0086 / (+86) / bare 86 in front. */
const MOBILE = new RegExp(
    `${NO_DIGIT_BEFORE}(?:(?:${COUNTRY}|${d('8')}${d('6')})${SEP}?)?` +
        `${d('1')}${d('3-9')}${DIGIT}${SEP}?${DIGIT}{4}${SEP}?${DIGIT}{4}${NO_DIGIT_AFTER}`,
    'g',
);

/** Local part of a landline: 7–8 digits, possibly split 3/4-4. */
const LOCAL = `(?:${DIGIT}{7,8}|${DIGIT}{3,4}${SEP}${DIGIT}{4})`;
const AREA = `${d('0')}${d('1-9')}${DIGIT}{1,2}`;

/**
 * Landline. The area code is what makes it a phone number: it must be set off by a separator or brackets, or
 * (unseparated) the whole must be 11–12 digits starting with 0, which no step, year or date is.
 */
const LANDLINE = new RegExp(
    `${NO_DIGIT_BEFORE}(?:` +
        `${COUNTRY}${SEP}?(?:${OPEN}${d('0')}${CLOSE})?${d('1-9')}${DIGIT}{1,2}${SEP}?${LOCAL}` +
        `|${OPEN}${AREA}${CLOSE}${SEP}?${LOCAL}` +
        `|${AREA}${SEP}${LOCAL}` +
        `|${d('0')}${d('1-9')}${DIGIT}{9,10}` +
        `)${NO_DIGIT_AFTER}`,
    'g',
);

/** Chinese numerals (everyday, 〇, 幺 as phone numbers are read aloud, and the financial forms) → ASCII digits. */
const CHINESE_DIGITS: Record<string, string> = {};
for (const [digit, chars] of Object.entries({
    '0': '零〇',
    '1': '一幺壹',
    '2': '二贰',
    '3': '三叁',
    '4': '四肆',
    '5': '五伍',
    '6': '六陆',
    '7': '七柒',
    '8': '八捌',
    '9': '九玖',
})) {
    for (const c of chars) CHINESE_DIGITS[c] = digit;
}
const CHINESE_DIGIT = new RegExp(`[${Object.keys(CHINESE_DIGITS).join('')}]`, 'g');
const CN = Object.keys(CHINESE_DIGITS).join('');
/** Runs of seven or more digits or numerals, with separators (a phone number has 11, a landline 7 or more). */
const NUMBER_RUN = new RegExp(`(?:[0-9\\uff10-\\uff19${CN}][ \\u00a0\\-.\\/\\uff0d\\uff0e\\uff0f]{0,7}){7,}`, 'g');
const HAS_CHINESE_DIGIT = new RegExp(`[${CN}]`);
const RUN_DIGITS = new Set([...'0123456789', ...'\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19', ...CN]);
const RUN_SEPARATORS = new Set([' ', '\u00a0', '-', '.', '/', '\uff0d', '\uff0e', '\uff0f']);

/**
 * Whether the text has a run {@link NUMBER_RUN} would find (seven digits or numerals, up to seven separators between
 * them), in one pass over its characters: Chinese text is full of 一 and 十, and the search itself is the costly part.
 */
function hasNumberRun(text: string): boolean {
    let digits = 0;
    let separators = 0;
    for (const c of text) {
        if (RUN_DIGITS.has(c)) {
            if (++digits >= 7) return true;
            separators = 0;
        } else if (digits > 0 && separators < 7 && RUN_SEPARATORS.has(c)) separators++;
        else digits = separators = 0;
    }
    return false;
}

/** ASCII or full-width digits: every pattern of the first pass needs seven of them at least. */
const WESTERN_DIGIT = /[0-9\uff10-\uff19]/g;

/** Whether the text has a number written (partly) in Chinese numerals: only then is the second pass needed. */
const hasChineseNumber = (text: string) => {
    if (!hasNumberRun(text)) return false;
    for (const m of text.matchAll(NUMBER_RUN)) if (HAS_CHINESE_DIGIT.test(m[0])) return true;
    return false;
};

const PATTERNS: [RegExp, string][] = [
    // IDs first: an 18-digit ID contains runs that would otherwise pass for a phone number.
    [ID_18, '[ID]'],
    [ID_15, '[ID]'],
    [MOBILE, '[PHONE]'],
    [LANDLINE, '[PHONE]'],
];

/** Replaces what `pattern` finds in `shadow` (a same-length reading of `text`) at the same places in `text`. */
function replaceAt(text: string, shadow: string, pattern: RegExp, token: string): string {
    let out = '';
    let last = 0;
    for (const m of shadow.matchAll(pattern)) {
        out += text.slice(last, m.index) + token;
        last = m.index + m[0].length;
    }
    return last ? out + text.slice(last) : text;
}

const WORDS: Record<string, string> = {
    zero: '0',
    oh: '0',
    one: '1',
    two: '2',
    three: '3',
    four: '4',
    five: '5',
    six: '6',
    seven: '7',
    eight: '8',
    nine: '9',
};
const WORD = `(?:${Object.keys(WORDS).join('|')}|double|triple)`;
/** Seven or more number words in a row (a phone number read out), separated by spaces, commas or hyphens. */
const SPELLED = new RegExp(`\\b${WORD}(?:[\\s,\\-]+${WORD}){6,}\\b`, 'gi');

/** The digits a run of English number words stands for ("double zero" = 00), or null if it does not parse. */
function spelledDigits(run: string): string | null {
    let digits = '';
    let repeat = 1;
    for (const word of run.toLowerCase().split(/[\s,-]+/)) {
        if (word === 'double' || word === 'triple') {
            repeat = word === 'double' ? 2 : 3;
            continue;
        }
        const digit = WORDS[word];
        if (digit === undefined) return null;
        digits += digit.repeat(repeat);
        repeat = 1;
    }
    return digits;
}

/** Redacts digits as written (ASCII or full-width, with separators). */
function redactDigits(text: string): string {
    if ((text.match(WESTERN_DIGIT)?.length ?? 0) < 7) return text;
    let out = text;
    for (const [pattern, token] of PATTERNS) out = out.replace(pattern, token);
    return out;
}

/**
 * Replaces resident ID numbers with `[ID]` and phone numbers with `[PHONE]`. Pure; leaves all other text as is.
 *
 * @example redact('我的电话13812345678谢谢') === '我的电话[PHONE]谢谢'
 */
export function redact(text: string): string {
    let out = redactDigits(text);
    // Then the same numbers in Chinese numerals (alone or mixed with digits). A separate pass, so a number in digits
    // followed by a word that starts with a numeral (13812345678一直…) is still found by the first.
    if (hasChineseNumber(out)) {
        for (const [pattern, token] of PATTERNS) {
            out = replaceAt(
                out,
                out.replace(CHINESE_DIGIT, (c) => CHINESE_DIGITS[c]!),
                pattern,
                token,
            );
        }
    }
    // Then numbers read out in English words: the run goes when its digits are a phone or ID number.
    return out.replace(SPELLED, (run) => {
        const digits = spelledDigits(run);
        const redacted = digits === null ? digits : redactDigits(digits);
        return redacted === '[PHONE]' || redacted === '[ID]' ? redacted : run;
    });
}

/**
 * Returns a copy of a JSON-like value (transcript, activity, log record) with {@link redact} applied to every
 * string in it, at any depth. Object keys, numbers, booleans and null are kept; the input is not modified.
 * Values that are not plain objects or arrays (Date, Map, class instances) are returned as they are.
 *
 * @throws TypeError on a circular structure, which JSON could not hold either.
 */
export function redactDeep<T>(value: T): T {
    return walk(value, new Set()) as T;
}

function walk(value: unknown, ancestors: Set<object>): unknown {
    if (typeof value === 'string') return redact(value);
    if (value === null || typeof value !== 'object') return value;
    const isArray = Array.isArray(value);
    const proto: unknown = Object.getPrototypeOf(value);
    if (!isArray && proto !== Object.prototype && proto !== null) return value;
    if (ancestors.has(value)) throw new TypeError('redactDeep: circular structure');
    ancestors.add(value);
    try {
        if (isArray) return value.map((v: unknown) => walk(v, ancestors));
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value)) out[k] = walk(v, ancestors);
        return out;
    } finally {
        ancestors.delete(value);
    }
}
