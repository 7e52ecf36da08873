import { closest, distance } from 'fastest-levenshtein';
import { stemmer } from 'stemmer';
import { normalize } from './text.js';

/** A sparse bag of weighted features. */
export type Features = Map<string, number>;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

// Words that say nothing about which topic a question is on. Question words (how, where, why, when)
// are kept on purpose: "where" and "how long" tell steps apart.
const EN_STOP = new Set(
    'a an the i me my mine we our you your he she his her it its they them their is are am was were be been do does did to of in on at for with from by and or so if this that these those there here please can could would should will shall may might must just also about get got have has had any some'.split(
        ' ',
    ),
);
const ZH_STOP = new Set(['的', '了', '吗', '呢', '吧', '啊', '呀', '嘛', '我', '你', '他', '她', '是', '在', '和', '请', '问', '一下', '请问']);

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_RUN = /[a-z][a-z'-]*/g;

/**
 * Vocabulary-aware feature extraction for matching: English word stems (misspellings corrected
 * towards the known vocabulary) and word pairs; Chinese words from ICU's dictionary segmenter
 * plus character bigrams, so that 社保卡 matches even when the segmenter splits it.
 */
export class FeatureExtractor {
    private readonly vocabulary: string[];
    private readonly known: Set<string>;
    private readonly corrections = new Map<string, string | null>();

    /** @param corpus texts whose English words form the spelling vocabulary (the training samples). */
    constructor(corpus: readonly string[]) {
        this.known = new Set<string>();
        for (const text of corpus) for (const w of normalize(text).match(LATIN_RUN) ?? []) this.known.add(w);
        this.vocabulary = [...this.known].filter((w) => w.length >= 4);
    }

    /** Maps an unknown English word to the closest known one ("documants" → "documents"), if close enough. */
    correct(word: string): string {
        if (this.known.has(word) || word.length < 4 || this.vocabulary.length === 0) return word;
        const cached = this.corrections.get(word);
        if (cached !== undefined) return cached ?? word;
        const candidate = closest(word, this.vocabulary);
        const limit = word.length >= 7 ? 2 : 1;
        const result = distance(word, candidate) <= limit ? candidate : null;
        if (this.corrections.size < 10_000) this.corrections.set(word, result);
        return result ?? word;
    }

    extract(text: string): Features {
        const out: Features = new Map();
        const add = (f: string, w: number) => out.set(f, (out.get(f) ?? 0) + w);
        const norm = normalize(text);

        const words = (norm.match(LATIN_RUN) ?? []).map((w) => this.correct(w.replace(/'s$/, '')));
        const stems = words.filter((w) => !EN_STOP.has(w)).map((w) => stemmer(w));
        for (const s of stems) add(`w:${s}`, 1);
        for (let i = 0; i + 1 < stems.length; i++) add(`b:${stems[i]}_${stems[i + 1]}`, 0.5);

        for (const run of norm.match(HAN_RUN) ?? []) {
            for (const { segment } of segmenter.segment(run)) {
                if (!ZH_STOP.has(segment)) add(`z:${segment}`, 1);
            }
            const chars = [...run];
            for (let i = 0; i + 1 < chars.length; i++) add(`c:${chars[i]}${chars[i + 1]}`, 0.7);
        }
        for (const d of norm.match(/\d+/g) ?? []) add(`d:${d}`, 0.5);
        return out;
    }
}
