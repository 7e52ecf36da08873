import { stemmer } from 'stemmer';
import { normalize } from './text.js';

/** A sparse bag of weighted features. */
export type Features = Map<string, number>;

/**
 * A bilingual concept: words and phrases in both languages that mean the same thing for matching
 * ("bring", "take along", "带", "携带" → `bring`). Every mention becomes the shared feature
 * `k:<id>`, so what the model learns from English samples also holds for Chinese ones, for
 * mixed-language messages, and for synonyms that no sample happens to use.
 */
export interface Concept {
    id: string;
    en: readonly string[];
    zh: readonly string[];
}

export interface FeatureWeights {
    /** English word stem. */
    word: number;
    /** Pair of neighbouring English stems. */
    pair: number;
    /** Chinese word from the dictionary segmenter. */
    zhWord: number;
    /** Chinese character bigram. */
    zhBigram: number;
    /** Single Chinese character (helps very short messages: 带, 领, 拍). */
    zhChar: number;
    /** Concept mention. */
    concept: number;
    /** A number. */
    digit: number;
    /** English gloss of a Chinese word: the English word feature it stands for (see {@link Glosses}). */
    gloss: number;
}

/**
 * English glosses of Chinese words, as English word stems ("闺女" → daughter, "证件" → certif, document,
 * id). A Chinese word then also carries the English word features of its glosses, so what the model
 * learns from English samples holds for Chinese messages and the other way round, including for
 * Chinese words no sample uses.
 */
export type Glosses = ReadonlyMap<string, readonly string[]>;

/** Parses the `word<TAB>stem stem` lines of a gloss table (see scripts/buildGlosses.ts). */
export function parseGlosses(table: string): Glosses {
    const out = new Map<string, string[]>();
    for (const line of table.split('\n')) {
        const tab = line.indexOf('\t');
        if (tab > 0)
            out.set(
                line.slice(0, tab),
                line
                    .slice(tab + 1)
                    .split(' ')
                    .filter(Boolean),
            );
    }
    return out;
}

export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = {
    word: 1,
    pair: 0.5,
    zhWord: 0.8,
    zhBigram: 0.7,
    zhChar: 0.3,
    concept: 1.2,
    digit: 0.5,
    gloss: 0.8,
};

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

// Words that say nothing about which topic a question is on. Question words (how, where, why, when)
// are kept on purpose: "where" and "how long" tell steps apart.
const EN_STOP = new Set(
    'a an the i im me my mine we our us you your he she his her it its they them their is are am was were be been being do does did to of in on at for with from by and or so if this that these those there here please pls plz can could would should will shall may might must just also about get got have has had any some ok okay hi hey thanks thank um uh like really very lol haha'.split(
        ' ',
    ),
);
const ZH_STOP = new Set([
    '的',
    '了',
    '吗',
    '呢',
    '吧',
    '啊',
    '呀',
    '嘛',
    '哦',
    '哈',
    '么',
    '我',
    '你',
    '他',
    '她',
    '是',
    '在',
    '和',
    '请',
    '问',
    '一下',
    '请问',
    '麻烦',
    '那个',
    '这个',
    '就',
    '都',
    '也',
    '还',
]);
// Single characters that carry no meaning alone (used to skip them as character features).
const ZH_CHAR_STOP = new Set([...'的了吗呢吧啊呀嘛哦哈么我你他她是在和请问一下个就都也还这那有不能要']);

// Chat spellings of English words.
const EN_SLANG = new Map<string, string>([
    ['u', 'you'],
    ['ur', 'your'],
    ['r', 'are'],
    ['y', 'why'],
    ['wat', 'what'],
    ['wht', 'what'],
    ['wut', 'what'],
    ['whats', 'what'],
    ['hw', 'how'],
    ['hows', 'how'],
    ['wen', 'when'],
    ['whr', 'where'],
    ['wheres', 'where'],
    ['abt', 'about'],
    ['b4', 'before'],
    ['cuz', 'because'],
    ['coz', 'because'],
    ['bc', 'because'],
    ['thx', 'thanks'],
    ['dont', 'do'],
    ['doesnt', 'does'],
    ['cant', 'can'],
    ['wont', 'will'],
    ['isnt', 'is'],
    ['kiddo', 'kid'],
    ['bub', 'baby'],
    ['bubs', 'baby'],
    ['docs', 'documents'],
    ['doc', 'document'],
    ['info', 'information'],
    ['pic', 'photo'],
    ['pics', 'photos'],
    ['foto', 'photo'],
    ['fotos', 'photos'],
    ['yo', 'year'],
    ['yrs', 'year'],
    ['yr', 'year'],
    ['mo', 'month'],
    ['mos', 'month'],
    ['mum', 'mother'],
    ['mom', 'mother'],
    ['mommy', 'mother'],
    ['dad', 'father'],
    ['daddy', 'father'],
]);

// Colloquial and dialect Chinese folded to the standard form before segmentation.
const ZH_CANON: [RegExp, string][] = [
    [/咋样/g, '怎么样'],
    [/咋/g, '怎么'],
    [/啥子/g, '什么'],
    [/啥/g, '什么'],
    [/哪儿/g, '哪里'],
    [/多会儿/g, '什么时候'],
    [/娃娃|娃儿|娃/g, '孩子'],
    [/小孩子|小孩儿|小孩|小朋友|孩儿/g, '孩子'],
    [/宝宝|宝贝/g, '孩子'],
    [/户口簿/g, '户口本'],
];

// Frequent English words that are not in any sample but must not be "corrected" into one.
const COMMON_EN =
    'able above across after again against ago all almost alone along already always among another answer anyone anything anyway around ask back bad because become before behind believe best better between big bit both but buy call came care cart come cool course day days dear different does done down each easy either else enough even ever every everything far feel few find fine first follow food free friend full give go goes going gone good great hand happen hard hear help high hold home hope house idea into keep kind know last late later least leave left less let life little live long look lot love made make many maybe mean might more most much name near need never new next nice night nothing now number off often old once one only open other out over own part people place point put quite rather read ready real right same say see seem send sent set several short show side since small some someone something soon sorry start still stop sure take tell than then thing things think though three through time today together told too tried true try turn two under until upon use used want wanted way week well went what when where which while who whole why wish without word work world worried worry wrong year years yes yet young'.split(
        ' ',
    );

const LATIN_TOKEN = /[a-z0-9]+(?:'[a-z]+)?/g;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), or max+1 once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
    const la = a.length;
    const lb = b.length;
    if (Math.abs(la - lb) > max) return max + 1;
    let prev2 = new Array<number>(lb + 1).fill(0);
    let prev = Array.from({ length: lb + 1 }, (_, j) => j);
    let cur = new Array<number>(lb + 1).fill(0);
    for (let i = 1; i <= la; i++) {
        cur[0] = i;
        let rowMin = i;
        for (let j = 1; j <= lb; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
            cur[j] = v;
            if (v < rowMin) rowMin = v;
        }
        if (rowMin > max) return max + 1;
        [prev2, prev, cur] = [prev, cur, prev2];
    }
    return prev[lb]!;
}

interface PhraseEntry {
    stems: string[];
    concept: string;
}

/** English tokens of a normalized text: chat spellings expanded, possessives and apostrophes dropped. */
function englishTokens(norm: string): string[] {
    const out: string[] = [];
    for (const raw of norm.replace(/-/g, ' ').match(LATIN_TOKEN) ?? []) {
        if (/^\d+$/.test(raw)) continue;
        // "3yo", "2mo": split the number off.
        const w = raw.replace(/^\d+/, '').replace(/'s$/, '').replace(/'/g, '');
        if (!w) continue;
        out.push(EN_SLANG.get(w) ?? w);
    }
    return out;
}

/** Chinese text with colloquial forms folded (咋 → 怎么, 啥 → 什么, 娃 → 孩子). */
export function canonicalChinese(text: string): string {
    let out = text;
    for (const [re, to] of ZH_CANON) out = out.replace(re, to);
    return out;
}

/**
 * Vocabulary-aware feature extraction for matching: English word stems (misspellings corrected
 * towards the known vocabulary) and stem pairs; Chinese words from ICU's dictionary segmenter,
 * character bigrams and characters, so that 社保卡 matches even when the segmenter splits it; and
 * bilingual concept features shared by both languages.
 */
export class FeatureExtractor {
    private readonly vocabulary: string[];
    private readonly known: Set<string>;
    private readonly corrections = new Map<string, string | null>();
    private readonly enPhrases = new Map<string, PhraseEntry[]>();
    /** Concepts named by a number alone ("12333"), which the word tokens leave out. */
    private readonly numberConcepts = new Map<string, string[]>();
    /** Chinese concept phrases by their first character. */
    private readonly zhPhrases = new Map<string, { text: string; concept: string }[]>();
    private readonly weights: FeatureWeights;
    private readonly glosses: Glosses;
    /** The corpus's English words, as read (kept with trained weights, so loading them skips reading the corpus). */
    readonly corpusWords: readonly string[];

    /**
     * @param corpus texts whose English words form the spelling vocabulary (the training samples), or those words
     *   already read from them ({@link FeatureExtractor.corpusWords} of an extractor built on the same texts).
     * @param concepts bilingual concept lexicon.
     * @param glosses English glosses of Chinese words (none: no gloss features).
     */
    constructor(
        corpus: readonly string[] | { words: readonly string[] },
        concepts: readonly Concept[] = [],
        weights: Partial<FeatureWeights> = {},
        glosses: Glosses = new Map(),
    ) {
        this.weights = { ...DEFAULT_FEATURE_WEIGHTS, ...weights };
        this.glosses = glosses;
        const vocab = new Set<string>();
        if ('words' in corpus) for (const w of corpus.words) vocab.add(w);
        else for (const text of corpus) for (const w of englishTokens(normalize(text))) vocab.add(w);
        this.corpusWords = [...vocab];
        for (const c of concepts) {
            for (const p of c.en) {
                const norm = normalize(p);
                if (/^\d+$/.test(norm)) this.numberConcepts.set(norm, [...(this.numberConcepts.get(norm) ?? []), c.id]);
                const tokens = englishTokens(norm);
                for (const t of tokens) vocab.add(t);
                if (tokens.length === 0) continue;
                const stems = tokens.map((t) => stemmer(t));
                const list = this.enPhrases.get(stems[0]!) ?? [];
                list.push({ stems, concept: c.id });
                this.enPhrases.set(stems[0]!, list);
            }
            for (const p of c.zh) {
                const text = canonicalChinese(normalize(p).replace(/\s+/g, ''));
                // Latin words belong in `en` (matched on word boundaries); here they would match inside words.
                if (!/\p{Script=Han}/u.test(text)) continue;
                const list = this.zhPhrases.get(text[0]!) ?? [];
                list.push({ text, concept: c.id });
                this.zhPhrases.set(text[0]!, list);
            }
        }
        this.known = new Set([...vocab, ...COMMON_EN, ...EN_STOP]);
        this.vocabulary = [...vocab].filter((w) => w.length >= 4 && !/\d/.test(w));
    }

    /** Maps an unknown English word to the closest known one ("documants" → "documents"), if close enough. */
    correct(word: string): string {
        if (word.length < 4 || this.known.has(word) || this.vocabulary.length === 0) return word;
        const cached = this.corrections.get(word);
        if (cached !== undefined) return cached ?? word;
        const limit = word.length >= 8 ? 2 : 1;
        let best: string | null = null;
        let bestDistance = limit + 1;
        for (const candidate of this.vocabulary) {
            if (Math.abs(candidate.length - word.length) > limit) continue;
            // Misspellings rarely get the first letter wrong; skipping those keeps this fast and safe.
            if (candidate[0] !== word[0] && candidate[1] !== word[1]) continue;
            const d = editDistance(word, candidate, Math.min(limit, bestDistance));
            if (
                d < bestDistance ||
                (d === bestDistance && best !== null && candidate.length === word.length && best.length !== word.length)
            ) {
                bestDistance = d;
                best = candidate;
            }
        }
        // A four-letter word is only corrected for a swap of two letters ("crad" → "card").
        if (
            best !== null &&
            word.length === 4 &&
            !(best.length === 4 && [...best].sort().join('') === [...word].sort().join(''))
        )
            best = null;
        const result = best !== null && bestDistance <= limit ? best : null;
        if (this.corrections.size < 10_000) this.corrections.set(word, result);
        return result ?? word;
    }

    extract(text: string): Features {
        const out: Features = new Map();
        const add = (f: string, w: number) => out.set(f, (out.get(f) ?? 0) + w);
        const W = this.weights;
        const norm = normalize(text);

        // English.
        const words = englishTokens(norm).map((w) => this.correct(w));
        const allStems = words.map((w) => stemmer(w));
        const stems: string[] = [];
        for (let i = 0; i < words.length; i++) if (!EN_STOP.has(words[i]!)) stems.push(allStems[i]!);
        for (const s of stems) add(`w:${s}`, W.word);
        if (W.pair > 0) for (let i = 0; i + 1 < stems.length; i++) add(`b:${stems[i]}_${stems[i + 1]}`, W.pair);
        const concepts = new Set<string>();
        for (let i = 0; i < allStems.length; i++) {
            for (const entry of this.enPhrases.get(allStems[i]!) ?? []) {
                const n = entry.stems.length;
                let ok = i + n <= allStems.length;
                for (let j = 1; ok && j < n; j++) ok = allStems[i + j] === entry.stems[j];
                if (ok) concepts.add(entry.concept);
            }
        }

        // Chinese.
        const zh = canonicalChinese(norm);
        for (const run of zh.match(HAN_RUN) ?? []) {
            if (W.zhWord > 0) {
                for (const { segment } of segmenter.segment(run)) {
                    if (ZH_STOP.has(segment)) continue;
                    add(`z:${segment}`, W.zhWord);
                    const gloss = W.gloss > 0 ? this.glosses.get(segment) : undefined;
                    if (gloss) for (const stem of gloss) add(`w:${stem}`, W.gloss / Math.sqrt(gloss.length));
                }
            }
            const chars = [...run];
            for (let i = 0; i + 1 < chars.length; i++) add(`c:${chars[i]}${chars[i + 1]}`, W.zhBigram);
            if (W.zhChar > 0) for (const ch of chars) if (!ZH_CHAR_STOP.has(ch)) add(`u:${ch}`, W.zhChar);
        }
        if (this.zhPhrases.size && /\p{Script=Han}/u.test(zh)) {
            const compact = zh.replace(/\s+/g, '');
            for (let i = 0; i < compact.length; i++) {
                const list = this.zhPhrases.get(compact[i]!);
                if (list) for (const p of list) if (compact.startsWith(p.text, i)) concepts.add(p.concept);
            }
        }
        for (const d of norm.match(/\d+/g) ?? []) {
            add(`d:${d}`, W.digit);
            for (const c of this.numberConcepts.get(d) ?? []) concepts.add(c);
        }
        for (const c of concepts) add(`k:${c}`, W.concept);
        return out;
    }
}
