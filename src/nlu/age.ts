import type { Lang } from '../kb/schema.js';
import { ageRecognizer, CULTURE, dateTimeRecognizer, numberRecognizer } from './recognizerModules.js';
import type { Recognized } from './recognizers.js';

/** A child's age as a parent gave it: in days on the reference day, and the birth date when one was given. */
export interface ChildAge {
    ageDays: number;
    /** YYYY-MM-DD, when the parent gave a birth date. */
    birthDate?: string;
}

const NO: Recognized<never> = { success: false };
const culture = (lang: Lang) => CULTURE[lang];
const DAY_MS = 86_400_000;
/** Days per unit, as a parent means them ("2 months old" is about 61 days). */
const UNIT_DAYS: Record<string, number> = { Day: 1, Week: 7, Month: 30.44, Year: 365.25 };
/** Oldest age read as a child's (the card is for children; an 18-year-old acts for themself). */
const MAX_DAYS = 18 * 365.25;

/** Words that show a message speaks of a birth ("born", 出生, 生的). */
const BIRTH =
    /\b(?:born|birth|birthday|dob|b\.|had (?:a|the|our) baby|gave birth|delivered)\b|出生|出世|生于|生的|生日|降生|刚生|生了|生完|生下/i;
/** Words that show a number or a duration is the child's age. */
const EN_CHILD =
    /\b(?:baby|babies|babys|son|sons|daughter|daughters|kid|kids|child|childs|boy|boys|girl|girls|lad|lass|infant|toddler|newborn|little one|lo|he|she|he's|she's|hes|shes|they|twins?)\b/i;
const ZH_CHILD =
    /宝宝|宝贝|孩子|娃|儿子|女儿|小孩|婴儿|新生儿|闺女|小朋友|双胞胎|龙凤胎|老大|老二|出生|生下来|大了|大的|大啦|[他她](?!们)/;
/** A duration that is a wait, not an age ("it takes 2 months", 「要等一个月」). */
const WAIT =
    /\b(?:takes?|took|wait(?:ing)?|within|after|how long|in \d+|last(?:s|ed)?|valid|expire|ago)\b|多久|多长时间|需要|要等|等了|以内|之内|内办|(?:天|月|周|年)内|以后|之后|后才|有效期|过期|前/i;
/** A unit of age in the message: without one (and no birth word) the recognizers are not run at all. */
const AGE_CUE = /\b(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|yo|y\/o|old)\b|\dyo\b|岁|天|周|月|年|星期/i;

/** Whether a message may carry an age at all (a cheap test: a unit of age, a birth word, 满月, "she's 8"). */
export function mayCarryAge(text: string): boolean {
    return AGE_CUE.test(text) || BIRTH.test(text) || /满月|百天|百日/.test(text) || EN_BARE.test(text);
}

/**
 * Whether a message speaks of a child or a birth ("my baby", 「宝宝」, "born"), or is short enough to
 * be an answer to "how old?" ("2 months old", 「刚满月」): an age in anything else ("my car is 5
 * years old") is not the child's.
 */
/** A correction's own words ("sorry i meant", 「不好意思 我是说」), taken out of an answer to "how old?". */
function withoutCorrection(text: string): string {
    return text
        .replace(/\b(?:sorry|oops|no|wait|actually|i meant|i mean|my bad|typo|correction|not)\b[,.!]*/gi, ' ')
        .replace(/不好意思|抱歉|说错了|打错了|写错了|我是说|不对|其实|是(?=[\d一二两三四五六七八九十几])/g, '')
        .trim();
}

export function aboutChild(text: string): boolean {
    const t = text.normalize('NFKC').trim();
    if (BIRTH.test(t) || EN_CHILD.test(t) || ZH_CHILD.test(t) || /满月|百天|周岁/.test(t)) return true;
    // "We have a 6 week old", "i've got an 18 month old": an age had as a noun is a child's.
    if (/\b(?:have|has|got|had)\s+(?:a|an)\s+(?:\d+|[a-z]+)[\s-](?:day|week|month|year)s?[\s-]old\b(?!\s+\w)/i.test(t))
        return true;
    const han = [...t.replace(/[^\p{Script=Han}]/gu, '')].length;
    // A correction's own words do not make the answer longer ("sorry i meant 2 years", 「不好意思 我是说两岁」).
    const bare = withoutCorrection(t);
    return han ? han <= 8 && bare.length <= 12 : bare.split(/\s+/).filter(Boolean).length <= 4;
}

/** "She's 8", "my son is 5", "he just turned 3": a bare number after a child and "is" means years. */
const EN_BARE =
    /\b(?:she|he|son|daughter|kid|child|baby|boy|girl|lad|lass|twins|they|toddler|infant|little one)(?:'s| is| are|s| just turned| turned| will be|'ll be)\s+(?:now\s+|only\s+|just\s+|almost\s+|nearly\s+|about\s+|actually\s+|really\s+)?((?:[a-z]+|\d+(?:\.\d+)?)\s+and\s+a\s+half|[a-z]+|\d+(?:\.\d+)?)(?:\s+(?:now|already|actually|really|this year|(?:last|this|next)\s+(?:week|month)|recently|yesterday|soon|btw|fyi|by the way|lol|haha|tho|though))?(?:,?\s+not\s+(?:[a-z]+|\d+))?\s*[.!?]?(?:$|,|;|\s+(?:and|so|but|what|how|which|where|can|do|does|should|is)\b)/i;
/** "Oops i mean 4, he just had his birthday": a bare number corrected is years. */
const I_MEAN_BARE = /\bi (?:mean|meant)\s+(\d{1,2}|[a-z]+)(?=\s*(?:$|[,.!;]|\s+(?:years?|yrs?)\b|\s+(?:not|he|she|they)\b))/i;
/** A birthday reached ("just turned 1", 「满周岁」「满月」): the age then, plus the time since, when the message says when. */
const ANNIVERSARY = /满|turned|周岁/i;
/** 「满周岁」「周岁了」 with no number: one year old (not 「不满周岁」, a question of under one). */
const ZH_ONE_YEAR = /(?<![\d一二两三四五六七八九十几多不未没])周岁/;
const WORD_NUMBER: Record<string, string> = {
    one: '1',
    two: '2',
    three: '3',
    four: '4',
    five: '5',
    six: '6',
    seven: '7',
    eight: '8',
    nine: '9',
    ten: '10',
};
/** Units and words the recognizers do not read as said ("1 yr old", "18 mos", "6 wks", and below), reworded first. */
const REWORDED: [RegExp, string][] = [
    // "my 6 year olds card", "2 yr olds" (the possessive without its apostrophe).
    [/\b(\d+|[a-z]+)[\s-]*(?:years?|yrs?)[\s-]*olds\b/gi, '$1 years old'],
    [/(\d)\s*yrs?\b/gi, '$1 years'],
    // "we have a 6 week old", "an 18 month old" (no noun after "old").
    [/\b(\d+)[\s-](day|week|month|year)[\s-]old\b/gi, '$1 $2s old'],
    // "my 3yo's card", "a 4 y/o".
    [/\b(\d+)\s*(?:yo|y\/o)(?:'s|’s|s)?\b/gi, '$1 years old'],
    [/(\d)\s*mos?\b/gi, '$1 months'],
    [/(\d)\s*wks?\b/gi, '$1 weeks'],
    // Said in words the recognizers read otherwise: "half a year" (as 0), "a year and a half", 「七个多月」, 「一年级」 (a school year).
    [/\bhalf a year\b/gi, '6 months'],
    // 「闺女十四了」: a child and a number with 了 is years.
    [/((?:孩子|闺女|女儿|儿子|宝宝|娃|小孩)(?:今年|现在|已经)?)([一二两三四五六七八九十]{1,3}|\d{1,2})(?=了|啦)/g, '$1$2岁'],
    [/\ba year and a half\b/gi, '1.5 years'],
    // "one and a half years old" (read as one year otherwise).
    [/\b(\d+) and a half years?\b/gi, '$1.5 years'],
    ...Object.entries(WORD_NUMBER).map(([word, n]): [RegExp, string] => [
        new RegExp(`\\b${word} and a half years?\\b`, 'gi'),
        `${n}.5 years`,
    ]),
    [/个多月/g, '个月'],
    // 「一个礼拜」「两个礼拜」: weeks, as 周.
    [/个?礼拜/g, '周'],
    [/[一二三四五六七八九\d]年级/g, ''],
];
/** 「刚满月」「满月了」: a month old; 「满百天」「百天」: 100 days. */
const ZH_FULL_MONTH = /满月/;
const ZH_HUNDRED_DAYS = /百天|百日/;
/** 「两周岁」「三周岁半」 read by the age recognizer once 周 is dropped. */
const ZH_ZHOUSUI = /周岁/g;

function isoDate(d: Date): string {
    return d.toISOString().slice(0, 10);
}

/** The reference date as the date-time recognizer reads it: its local calendar day. */
function referenceDate(today: string): Date {
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d, 12);
}

function daysBetween(from: string, to: string): number {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function plausible(days: number): boolean {
    return Number.isFinite(days) && days >= 0 && days <= MAX_DAYS;
}

/** A birth date in the text ("born 2026-10-01", 「2026年10月1日出生」「上个月15号生的」), read relative to today. */
function birthDate(text: string, lang: Lang, today: string): Recognized<ChildAge> {
    if (!BIRTH.test(text)) return NO;
    const { recognizeDateTime } = dateTimeRecognizer();
    for (const l of [lang, lang === 'zh' ? 'en' : 'zh'] as const) {
        for (const r of recognizeDateTime(text, culture(l), 0, referenceDate(today))) {
            if (r.typeName !== 'datetimeV2.date') continue;
            const values = ((r.resolution?.values ?? []) as { value?: string }[])
                .map((v) => v.value)
                .filter((v): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v));
            // "上个月15号" resolves to last year's and this year's: the latest one not after today.
            const past = values.filter((v) => v <= today).sort();
            const date = past.at(-1);
            if (date && plausible(daysBetween(date, today)))
                return { success: true, value: { ageDays: daysBetween(date, today), birthDate: date } };
        }
    }
    // "born in March", 「去年12月出生」, "born last week": a month or a week, so an age about its middle (no birth date).
    const days = daysSince(text, lang, today);
    return days !== undefined && plausible(days) ? { success: true, value: { ageDays: days } } : NO;
}

/**
 * Days from the middle of the past month or week the text names ("last month", 「上个月」, "in
 * March", 「去年12月」) to today, as the date-time recognizer resolves it; the latest such period
 * that has begun ("March" in December is this year's).
 */
function daysSince(text: string, lang: Lang, today: string): number | undefined {
    const { recognizeDateTime } = dateTimeRecognizer();
    for (const l of [lang, lang === 'zh' ? 'en' : 'zh'] as const) {
        for (const r of recognizeDateTime(text, culture(l), 0, referenceDate(today))) {
            if (r.typeName !== 'datetimeV2.daterange') continue;
            const ranges = ((r.resolution?.values ?? []) as { start?: string; end?: string }[])
                .filter((v) => !!v.start && !!v.end && v.start <= today)
                .sort((a, b) => a.start!.localeCompare(b.start!));
            const range = ranges.at(-1);
            if (!range) continue;
            const end = range.end! < today ? range.end! : today;
            return Math.max(0, Math.round(daysBetween(range.start!, today) - daysBetween(range.start!, end) / 2));
        }
    }
    return undefined;
}

/** An age reached at a birthday, plus the time since when the message says when ("上个月刚满周岁": a year and about half a month). */
function sinceBirthday(days: number, text: string, lang: Lang, today: string): Recognized<ChildAge> {
    const since = ANNIVERSARY.test(text) ? (daysSince(text, lang, today) ?? 0) : 0;
    return plausible(days + since) ? { success: true, value: { ageDays: days + since } } : NO;
}

/** Years and months together ("2 years and 3 months", 「2岁8个月」「一岁两个月」), which the age recognizer reads as one or the other. */
const COMPOUND =
    /(\d+|[一二两三四五六七八九十]+|[a-z]+)\s*(?:years?|yrs?|岁)\s*(?:and\s+|又|零)?(\d+|[一二两三四五六七八九十]+|[a-z]+)\s*(?:months?|mos?|个月|个多月)/i;
/** Months and days together ("2 months and 10 days", 「两个月零十天」). */
const MONTHS_DAYS =
    /(\d+|[一二两三四五六七八九十]+|[a-z]+)\s*(?:months?|mos?|个月)\s*(?:and\s+|又|零)?(\d+|[一二两三四五六七八九十]+|[a-z]+)\s*(?:days?|天)/i;

function compoundAge(text: string): Recognized<ChildAge> {
    const number = (said: string) => {
        const [n] = numberRecognizer().recognizeNumber(said, culture(/[a-z]/i.test(said) ? 'en' : 'zh'));
        return n?.text === said.toLowerCase() ? Number(n.resolution?.value) : NaN;
    };
    const short = MONTHS_DAYS.exec(text);
    const m = short ?? COMPOUND.exec(text);
    if (!m) return NO;
    const [big, small] = short ? [UNIT_DAYS.Month!, 1] : [UNIT_DAYS.Year!, UNIT_DAYS.Month!];
    const days = Math.round(number(m[1]!) * big + number(m[2]!) * small);
    return plausible(days) ? { success: true, value: { ageDays: days } } : NO;
}

/** An age with its unit ("2 months old", 「两个月大」「3岁」「三岁半」). */
function unitAge(text: string, lang: Lang): Recognized<ChildAge> {
    const { recognizeAge } = ageRecognizer();
    const said = text.replace(ZH_ZHOUSUI, '岁');
    for (const l of [lang, lang === 'zh' ? 'en' : 'zh'] as const) {
        for (const r of recognizeAge(said, culture(l))) {
            const { value, unit } = (r.resolution ?? {}) as { value?: string; unit?: string };
            const days = Math.round(Number(value) * (UNIT_DAYS[unit ?? ''] ?? NaN));
            if (plausible(days)) return { success: true, value: { ageDays: days } };
        }
    }
    return NO;
}

/** A duration said of the child ("出生40天", 「宝宝八个月」, "my baby is 6 weeks"), not a wait. */
function durationAge(text: string, lang: Lang, today: string, wholeMessage: boolean): Recognized<ChildAge> {
    // Parents mix scripts ("we live in 广州, boy 18 months"): a child word of either language counts.
    const aboutChild = ZH_CHILD.test(text) || EN_CHILD.test(text);
    if (WAIT.test(text) && !BIRTH.test(text)) return NO;
    const { recognizeDateTime } = dateTimeRecognizer();
    for (const l of [lang, lang === 'zh' ? 'en' : 'zh'] as const) {
        for (const r of recognizeDateTime(text, culture(l), 0, referenceDate(today))) {
            if (r.typeName !== 'datetimeV2.duration') continue;
            // 「八个月」 alone answers "how old?"; inside a longer message only when it is said of the child.
            const alone =
                wholeMessage &&
                withoutCorrection(text.replace(r.text, '')).replace(/[了啦的大呀啊吧是\s.!。！,，]/g, '').length === 0;
            if (!alone && !aboutChild) continue;
            const seconds = Number(((r.resolution?.values ?? []) as { value?: string }[])[0]?.value);
            const days = Math.round(seconds / 86_400);
            if (plausible(days) && days > 0) return { success: true, value: { ageDays: days } };
        }
    }
    return NO;
}

/** "She's 8", "my son is five": years. */
function bareYears(text: string, lang: Lang): Recognized<ChildAge> {
    const m = EN_BARE.exec(text) ?? I_MEAN_BARE.exec(text);
    if (!m) return NO;
    const said = m[1]!.replace(/\s+and\s+a\s+half$/i, '');
    const half = said !== m[1] ? 0.5 : 0;
    const [n] = numberRecognizer().recognizeNumber(said, culture('en'));
    const years = Number(n?.resolution?.value) + half;
    if (n?.text !== said.toLowerCase() && n?.text !== said) return NO;
    const days = Math.round(years * 365.25);
    return Number.isFinite(years) && years > 0 && plausible(days) && lang
        ? { success: true, value: { ageDays: days } }
        : NO;
}

/**
 * The child's age from what a parent says, in either language: "2 months old", "she's 8",
 * "8 month old baby", 「刚满月」「两个月大」「出生40天」「八个月」「3岁」, or a birth date ("born
 * 2026-10-01", 「2026年10月1日出生」「上个月15号生的」, read relative to `today`, YYYY-MM-DD). Uses
 * the Microsoft recognizers' age and date-time models; a few patterns cover what they miss
 * (a bare "she's 8", 满月, 百天). Pure: the same text and day give the same age.
 */
export function recognizeChildAge(text: string, lang: Lang, today: string): Recognized<ChildAge> {
    const said = REWORDED.reduce((t, [re, unit]) => t.replace(re, unit), text.normalize('NFKC').trim());
    if (!said || said.length > 300) return NO;
    const whole = ageIn(said, lang, today, withoutCorrection(said).length <= 12);
    if (whole.success) return whole;
    // A message of several clauses ("宝宝刚满三个月，在海口，需要照片吗"): the age from its own clause,
    // so that a wait in another clause (需要, "how long") does not hide it.
    const clauses = said.split(CLAUSES).filter((c) => c.trim());
    if (clauses.length < 2) return NO;
    // A clause on its own counts only when it speaks of the child ("宝宝刚满三个月"), not "2 weeks?" after "how long".
    for (const clause of clauses.filter((c) => ZH_CHILD.test(c) || EN_CHILD.test(c) || BIRTH.test(c))) {
        const age = ageIn(clause.trim(), lang, today, false);
        if (age.success) return age;
    }
    return NO;
}

/** Where a message splits into clauses. */
const CLAUSES = /[，,。;；!！?？\n]+|\.\s+/;

/** A question of how long or by when ("出生后多久", "within 3 months"): its durations are never the child's age. */
const HOW_LONG = /多久|多长时间|\bhow long\b|\bwithin\b|以内|之内|(?:天|月|周|年)内/i;

/** A birth just now, with no number ("my baby was just born", 「宝宝刚出生」): a newborn, 0 days old. */
const JUST_BORN =
    /\bjust (?:been )?born\b|\b(?:just|recently) had (?:a|the|our) baby\b|\bjust gave birth\b|刚出生|刚生下来|刚刚出生|刚生了|出生不久|才出生/i;

function ageIn(said: string, lang: Lang, today: string, alone: boolean): Recognized<ChildAge> {
    if (HOW_LONG.test(said)) return NO;
    if (JUST_BORN.test(said) && !AGE_CUE.test(said.replace(JUST_BORN, '')))
        return { success: true, value: { ageDays: 0 } };
    const born = birthDate(said, lang, today);
    if (born.success) return born;
    // 「不满周岁」「还没满月」: not yet that old, so no age.
    const notYet = /[不未没]满/.test(said);
    const waits = notYet || WAIT.test(said.replace(/上个?月|上周|上星期|去年|前几天|前天/g, ''));
    if (ZH_FULL_MONTH.test(said) && !waits) return sinceBirthday(30, said, lang, today);
    if (ZH_HUNDRED_DAYS.test(said) && !waits) return sinceBirthday(100, said, lang, today);
    if (ZH_ONE_YEAR.test(said) && !waits) return sinceBirthday(365, said, lang, today);
    const years = bareYears(said, lang);
    // ("turned one last month": the number is left out, or the recognizer reads "one last month" as a day.)
    if (years.success)
        return sinceBirthday(years.value.ageDays, said.replace((EN_BARE.exec(said) ?? I_MEAN_BARE.exec(said))![1]!, ' '), lang, today);
    if (!AGE_CUE.test(said)) return NO;
    if (WAIT.test(said) && !BIRTH.test(said) && !/\bold\b|岁|大了|大的/.test(said)) return NO;
    const both = compoundAge(said);
    if (both.success) return both;
    const unit = unitAge(said, lang);
    if (unit.success) return unit;
    return durationAge(said, lang, today, alone);
}

/** A date `days` after an ISO date (for "the 90 days end on …"). */
export function addDays(date: string, days: number): string {
    return isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));
}

/** Days from one ISO date to another. */
export { daysBetween };
