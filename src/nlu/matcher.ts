import type { KnowledgeBase } from '../kb/schema.js';
import { FeatureExtractor, type Features } from './features.js';
import { normalize } from './text.js';

/** The label for questions the knowledge base does not cover. */
export const OFF_TOPIC = 'off-topic';

/** Intent id for a question about step `n` of the processing flow. */
export const stepIntent = (n: number) => `step-${n}`;
export const parseStepIntent = (intent: string): number | null => {
    const m = /^step-(\d+)$/.exec(intent);
    return m ? Number(m[1]) : null;
};

export interface TopicMatch {
    /** A topic id, `step-N`, or {@link OFF_TOPIC}. */
    intent: string;
    /** Cosine similarity to the nearest sample of that intent, 0..1. */
    score: number;
    /** The intent the matcher would have picked without the off-topic rules (for logs and tuning). */
    nearest: string;
    /** Whether the message uses any of the domain's words at all. */
    inDomain: boolean;
}

export interface MatcherOptions {
    /** Below this similarity nothing is a confident match. */
    minScore: number;
    /** Without any domain word, a match must be at least this similar. */
    minScoreOutOfDomain: number;
}

const DEFAULTS: MatcherOptions = { minScore: 0.28, minScoreOutOfDomain: 0.6 };

interface Sample {
    intent: string;
    vector: Features;
}

/**
 * Nearest-sample matcher over TF-IDF vectors of the knowledge base's sample questions (both
 * languages in one space). Off-topic examples are a class of their own, so "how do I check my
 * pension" lands nearer to them than to any topic; a minimum similarity and a domain-word check
 * make the bot decline rather than guess.
 */
export class TopicMatcher {
    private readonly extractor: FeatureExtractor;
    private readonly idf = new Map<string, number>();
    private readonly unknownIdf: number;
    private readonly samples: Sample[] = [];
    private readonly domainTerms: { en: string[]; zh: string[] };
    private readonly options: MatcherOptions;

    constructor(kb: KnowledgeBase, options: Partial<MatcherOptions> = {}) {
        this.options = { ...DEFAULTS, ...options };
        const labelled: { intent: string; text: string }[] = [];
        const push = (intent: string, s: { en: string[]; zh: string[] }) => {
            for (const text of [...s.en, ...s.zh]) labelled.push({ intent, text });
        };
        for (const t of kb.topics) push(t.id, t.samples);
        for (const s of kb.steps) push(stepIntent(s.n), s.samples);
        push(OFF_TOPIC, kb.offTopic.samples);

        this.extractor = new FeatureExtractor(labelled.map((l) => l.text));
        const raw = labelled.map((l) => ({ intent: l.intent, features: this.extractor.extract(l.text) }));
        const df = new Map<string, number>();
        for (const { features } of raw) for (const f of features.keys()) df.set(f, (df.get(f) ?? 0) + 1);
        const n = raw.length;
        for (const [f, count] of df) this.idf.set(f, Math.log((n + 1) / (count + 1)) + 1);
        this.unknownIdf = Math.log(n + 1) + 1;
        for (const { intent, features } of raw) this.samples.push({ intent, vector: this.weigh(features) });
        this.domainTerms = {
            en: kb.domainTerms.en.map((t) => normalize(t)),
            zh: kb.domainTerms.zh.map((t) => normalize(t)),
        };
    }

    private weigh(features: Features): Features {
        const out: Features = new Map();
        let norm = 0;
        for (const [f, tf] of features) {
            const w = tf * (this.idf.get(f) ?? this.unknownIdf);
            out.set(f, w);
            norm += w * w;
        }
        norm = Math.sqrt(norm) || 1;
        for (const [f, w] of out) out.set(f, w / norm);
        return out;
    }

    /** Whether the text uses any domain word (English words on word boundaries, Chinese as substrings). */
    inDomain(text: string): boolean {
        const norm = normalize(text);
        const padded = ` ${norm} `;
        if (this.domainTerms.zh.some((t) => norm.includes(t))) return true;
        return this.domainTerms.en.some((t) => padded.includes(` ${t} `) || padded.includes(` ${t}s `));
    }

    /** Scores every intent: the best similarity among its samples. */
    scores(text: string): Map<string, number> {
        const q = this.weigh(this.extractor.extract(text));
        const best = new Map<string, number>();
        for (const s of this.samples) {
            let dot = 0;
            const [small, large] = q.size < s.vector.size ? [q, s.vector] : [s.vector, q];
            for (const [f, w] of small) {
                const o = large.get(f);
                if (o !== undefined) dot += w * o;
            }
            if (dot > (best.get(s.intent) ?? 0)) best.set(s.intent, dot);
        }
        return best;
    }

    match(text: string): TopicMatch {
        const scores = this.scores(text);
        let nearest = OFF_TOPIC;
        let score = 0;
        for (const [intent, s] of scores) {
            if (s > score) {
                score = s;
                nearest = intent;
            }
        }
        const inDomain = this.inDomain(text);
        const confident =
            nearest !== OFF_TOPIC &&
            score >= this.options.minScore &&
            (inDomain || score >= this.options.minScoreOutOfDomain);
        return { intent: confident ? nearest : OFF_TOPIC, score, nearest, inDomain };
    }
}
