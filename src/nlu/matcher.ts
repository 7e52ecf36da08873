import type { KnowledgeBase } from '../kb/schema.js';
import { FeatureExtractor, parseGlosses, type FeatureWeights, type Features, type Glosses } from './features.js';
import { GLOSSES } from './glosses.js';
import { normalize } from './text.js';
import { prng } from '../util/prng.js';

/** The label for questions the knowledge base does not cover. */
export const OFF_TOPIC = 'off-topic';

export interface TopicMatch {
    /** A topic id or {@link OFF_TOPIC}. */
    intent: string;
    /** The model's probability for {@link nearest}, 0..1. */
    score: number;
    /** The topic or step the model finds most likely, before the off-topic rules (for logs and tuning). */
    nearest: string;
    /** Whether the message uses any of the domain's words at all. */
    inDomain: boolean;
    /** The second most likely topic and its probability: when close to {@link nearest}, the bot may ask which. */
    runnerUp: { intent: string; score: number } | null;
}

export interface MatcherOptions {
    /** Below this probability nothing is a confident match. */
    minScore: number;
    /** Without any domain word, a match must be at least this probable. */
    minScoreOutOfDomain: number;
    /** Training: passes over the samples. */
    epochs: number;
    /** Training: Adagrad step size. */
    learningRate: number;
    /** Training: L2 penalty on the weights. */
    l2: number;
    /** Feature weights (see {@link FeatureWeights}). */
    features: Partial<FeatureWeights>;
    /** English glosses of Chinese words; by default the CC-CEDICT table in ./glosses.ts. */
    glosses: Glosses;
    /**
     * A message without any of the domain's words, right after a topic was answered ("who can use it?"), leans on
     * what was said before: that topic's probability is multiplied by this (and the whole renormalised).
     */
    lastTopicPrior: number;
    /**
     * In a conversation about the card, a message that points back at it ("who can do that for our baby") is less likely
     * off-topic than the model, which knows no context, says: its off-topic probability is multiplied by this.
     */
    offTopicPointingBack: number;
}

let bundledGlosses: Glosses | undefined;
/** The bundled gloss table, parsed once. */
function defaultGlosses(): Glosses {
    bundledGlosses ??= parseGlosses(GLOSSES);
    return bundledGlosses;
}

const DEFAULTS: Omit<MatcherOptions, 'glosses'> = {
    minScore: 0.3,
    minScoreOutOfDomain: 0.5,
    epochs: 20,
    learningRate: 0.5,
    l2: 1e-4,
    features: {},
    lastTopicPrior: 2,
    offTopicPointingBack: 0.5,
};

/** A trained model's weights: feature f's weight for intent k is `weights[index of f * intents.length + k]`. */
export interface TrainedWeights {
    intents: readonly string[];
    features: readonly string[];
    /** The samples' English words (the spelling vocabulary), as the trained extractor read them; read again if absent. */
    corpusWords?: readonly string[];
    weights: ArrayLike<number>;
    bias: ArrayLike<number>;
}

/** A sample or a message as indices into the model's features and their (L2-normalised) values. */
interface Vector {
    idx: Int32Array;
    val: Float64Array;
}

/**
 * Topic matcher: a multinomial logistic regression over bilingual features (English stems,
 * Chinese words and character n-grams, and shared concept features from the knowledge base's
 * concept lexicon), trained at start-up on the knowledge base's sample questions in both languages.
 *
 * Off-topic questions are a class of their own, trained on near-misses that share the domain's
 * words ("activate my credit card", "documents for a visa", 新生儿上户口), so declining is learned
 * rather than keyword-based. On top of that a message is declined when the model is unsure, when
 * it carries no feature the model knows, or, without any domain word, when it is not quite sure.
 */
export class TopicMatcher {
    private readonly extractor: FeatureExtractor;
    private readonly featureIndex = new Map<string, number>();
    private readonly intents: string[];
    private readonly offIndex: number;
    private readonly weights: Float64Array;
    private readonly bias: Float64Array;
    private readonly domainTerms: { en: string[]; zh: string[] };
    private readonly options: MatcherOptions;

    /**
     * Trains on the knowledge base's samples, or, given `trained` (what {@link toModel} returned for the same
     * knowledge base, options and code), takes its weights instead of training (see `src/nlu/model.ts`).
     */
    constructor(kb: KnowledgeBase, options: Partial<MatcherOptions> = {}, trained?: TrainedWeights) {
        this.options = { ...DEFAULTS, ...options, glosses: options.glosses ?? defaultGlosses() };
        const labelled: { intent: string; text: string }[] = [];
        const push = (intent: string, s: { en: string[]; zh: string[] }) => {
            for (const text of [...s.en, ...s.zh]) labelled.push({ intent, text });
        };
        for (const t of kb.topics) push(t.id, t.samples);
        push(OFF_TOPIC, kb.offTopic.samples);

        this.extractor = new FeatureExtractor(
            trained?.corpusWords ? { words: trained.corpusWords } : labelled.map((l) => l.text),
            kb.concepts ?? [],
            this.options.features,
            this.options.glosses,
        );
        this.intents = trained ? [...trained.intents] : [...new Set(labelled.map((l) => l.intent))];
        this.offIndex = this.intents.indexOf(OFF_TOPIC);
        const K = this.intents.length;
        if (trained) {
            for (const f of trained.features) this.featureIndex.set(f, this.featureIndex.size);
            if (trained.weights.length !== this.featureIndex.size * K || trained.bias.length !== K) {
                throw new RangeError('TopicMatcher: trained weights do not fit their features and intents');
            }
            this.weights = Float64Array.from(trained.weights);
            this.bias = Float64Array.from(trained.bias);
        } else {
            const raw = labelled.map((l) => ({
                y: this.intents.indexOf(l.intent),
                features: this.extractor.extract(l.text),
            }));
            for (const { features } of raw) {
                for (const f of features.keys())
                    if (!this.featureIndex.has(f)) this.featureIndex.set(f, this.featureIndex.size);
            }
            const data = raw.map(({ y, features }) => ({ y, x: this.vectorize(features) }));
            this.weights = new Float64Array(this.featureIndex.size * K);
            this.bias = new Float64Array(K);
            this.train(data);
        }

        this.domainTerms = {
            en: kb.domainTerms.en.map((t) => normalize(t)),
            zh: kb.domainTerms.zh.map((t) => normalize(t)),
        };
    }

    /** What training produced, to be given back to the constructor instead of training again. */
    toModel(): TrainedWeights {
        return {
            intents: [...this.intents],
            features: [...this.featureIndex.keys()],
            corpusWords: [...this.extractor.corpusWords],
            weights: this.weights,
            bias: this.bias,
        };
    }

    /** Known features only, L2-normalised, so long and short messages weigh alike. */
    private vectorize(features: Features): Vector {
        const idx: number[] = [];
        const val: number[] = [];
        let norm = 0;
        for (const [f, v] of features) {
            const i = this.featureIndex.get(f);
            if (i === undefined) continue;
            idx.push(i);
            val.push(v);
            norm += v * v;
        }
        norm = Math.sqrt(norm) || 1;
        return { idx: Int32Array.from(idx), val: Float64Array.from(val, (v) => v / norm) };
    }

    /**
     * Softmax regression by stochastic gradient descent with Adagrad step sizes and an L2 penalty.
     * The samples are packed into flat typed arrays and the loop is kept monomorphic: this runs at
     * start-up, mostly before the JIT has warmed up.
     */
    private train(data: { y: number; x: Vector }[]): void {
        const K = this.intents.length;
        const { epochs, learningRate: lr, l2 } = this.options;
        const W = this.weights;
        const b = this.bias;
        const n = data.length;
        const start = new Int32Array(n + 1);
        for (let i = 0; i < n; i++) start[i + 1] = start[i]! + data[i]!.x.idx.length;
        const idx = new Int32Array(start[n]!);
        const val = new Float64Array(start[n]!);
        const ys = new Int32Array(n);
        for (let i = 0; i < n; i++) {
            idx.set(data[i]!.x.idx, start[i]!);
            val.set(data[i]!.x.val, start[i]!);
            ys[i] = data[i]!.y;
        }
        const gW = new Float64Array(W.length).fill(1e-8);
        const gB = new Float64Array(K).fill(1e-8);
        const p = new Float64Array(K);
        const order = new Int32Array(n);
        for (let i = 0; i < n; i++) order[i] = i;
        const random = prng(42);
        for (let epoch = 0; epoch < epochs; epoch++) {
            for (let i = n - 1; i > 0; i--) {
                const j = Math.floor(random() * (i + 1));
                const t = order[i]!;
                order[i] = order[j]!;
                order[j] = t;
            }
            for (let o = 0; o < n; o++) {
                const s = order[o]!;
                const from = start[s]!;
                const to = start[s + 1]!;
                // Forward pass.
                for (let k = 0; k < K; k++) p[k] = b[k]!;
                for (let m = from; m < to; m++) {
                    const base = idx[m]! * K;
                    const v = val[m]!;
                    for (let k = 0; k < K; k++) p[k]! += W[base + k]! * v;
                }
                let max = -Infinity;
                for (let k = 0; k < K; k++) if (p[k]! > max) max = p[k]!;
                let sum = 0;
                for (let k = 0; k < K; k++) {
                    const e = Math.exp(p[k]! - max);
                    p[k] = e;
                    sum += e;
                }
                for (let k = 0; k < K; k++) p[k]! /= sum;
                p[ys[s]!]! -= 1;
                // Backward pass. Classes the sample already rules out barely move: skipping them makes
                // training several times faster (their L2 shrinkage waits for a sample that moves them).
                for (let k = 0; k < K; k++) {
                    const g = p[k]!;
                    if (g < 1e-3 && g > -1e-3) continue;
                    gB[k]! += g * g;
                    b[k]! -= (lr * g) / Math.sqrt(gB[k]!);
                    for (let m = from; m < to; m++) {
                        const w = idx[m]! * K + k;
                        const gw = g * val[m]! + l2 * W[w]!;
                        gW[w]! += gw * gw;
                        W[w]! -= (lr * gw) / Math.sqrt(gW[w]!);
                    }
                }
            }
        }
    }

    /** Writes the class probabilities for x into out. */
    private probabilities(x: Vector, out: Float64Array): void {
        const K = this.intents.length;
        const W = this.weights;
        out.set(this.bias);
        for (let m = 0; m < x.idx.length; m++) {
            const base = x.idx[m]! * K;
            const v = x.val[m]!;
            for (let k = 0; k < K; k++) out[k]! += W[base + k]! * v;
        }
        let max = -Infinity;
        for (let k = 0; k < K; k++) if (out[k]! > max) max = out[k]!;
        let sum = 0;
        for (let k = 0; k < K; k++) {
            out[k] = Math.exp(out[k]! - max);
            sum += out[k]!;
        }
        for (let k = 0; k < K; k++) out[k]! /= sum;
    }

    /** Whether the text uses any domain word (English words on word boundaries, Chinese as substrings). */
    inDomain(text: string): boolean {
        const norm = normalize(text);
        const padded = ` ${norm} `;
        if (this.domainTerms.zh.some((t) => norm.includes(t))) return true;
        return this.domainTerms.en.some((t) => padded.includes(` ${t} `) || padded.includes(` ${t}s `));
    }

    /** The probability of every intent (off-topic included) for the text. */
    scores(text: string): Map<string, number> {
        const p = new Float64Array(this.intents.length);
        this.probabilities(this.vectorize(this.extractor.extract(text)), p);
        return new Map(this.intents.map((intent, k) => [intent, p[k]!]));
    }

    /**
     * The topic of a message. `context.inDomain`: the conversation is already about the card (an earlier
     * message had a topic), so a message without any domain word ("who can do it for my baby?") needs
     * no more than any other to be answered, provided the model clearly prefers one topic (the
     * runner-up less than half as likely).
     */
    match(text: string, context: { inDomain?: boolean; lastTopic?: string; pointsBack?: boolean } = {}): TopicMatch {
        const x = this.vectorize(this.extractor.extract(text));
        const p = new Float64Array(this.intents.length);
        this.probabilities(x, p);
        const inDomain = this.inDomain(text);
        const last = context.lastTopic === undefined ? -1 : this.intents.indexOf(context.lastTopic);
        if (!inDomain && last >= 0 && last !== this.offIndex && this.options.lastTopicPrior !== 1) {
            p[last]! *= this.options.lastTopicPrior;
            let sum = 0;
            for (let k = 0; k < p.length; k++) sum += p[k]!;
            for (let k = 0; k < p.length; k++) p[k]! /= sum;
        }
        let best = -1;
        let second = -1;
        for (let k = 0; k < p.length; k++) {
            if (k === this.offIndex) continue;
            if (best < 0 || p[k]! > p[best]!) {
                second = best;
                best = k;
            } else if (second < 0 || p[k]! > p[second]!) second = k;
        }
        const nearest = best >= 0 ? this.intents[best]! : OFF_TOPIC;
        const score = best >= 0 ? p[best]! : 0;
        const offScore =
            (this.offIndex >= 0 ? p[this.offIndex]! : 0) *
            (context.inDomain === true && context.pointsBack === true ? this.options.offTopicPointingBack : 1);
        const secondScore = second >= 0 ? p[second]! : 0;
        // In context, a message without domain words still needs the model to prefer one topic clearly
        // ("the second one" with nothing open is not a question about either of two topics).
        // Nor does a question that does not point back and is nearly as likely off-topic ("why is the sky blue").
        const clearInContext =
            context.inDomain === true &&
            secondScore < score / 2 &&
            (context.pointsBack === true || offScore < score / 2);
        const confident =
            x.idx.length > 0 &&
            score > offScore &&
            score >= this.options.minScore &&
            (inDomain || clearInContext || score >= this.options.minScoreOutOfDomain);
        const runnerUp = second >= 0 ? { intent: this.intents[second]!, score: secondScore } : null;
        return { intent: confident ? nearest : OFF_TOPIC, score, nearest, inDomain, runnerUp };
    }
}
