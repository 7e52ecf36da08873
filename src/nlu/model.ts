import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { KnowledgeBase } from '../kb/schema.js';
import { TopicMatcher, type MatcherOptions } from './matcher.js';

/**
 * The matcher trained at build time (SDK-free edge of `src/nlu/`): `npm run build` trains it once and writes its
 * weights to `dist/model/matcher.json`; the bot loads them instead of training at every start (training took about
 * 0.3 s of CPU plus the garbage it left). The weights are a cache: they carry a fingerprint of everything training
 * depends on (the knowledge base's samples and concepts, the options, the code of `src/nlu/` and `src/util/prng`),
 * and when it does not match what this process would train (another `KB_FILE`, an edited kb.json, changed code, no
 * build), the bot trains at start-up as before. Loaded or trained, the matcher is the same
 * (`test/nlu/model.test.ts`).
 */

/** Where the build writes the weights (from `dist/src/nlu/model.js`: `dist/model/matcher.json`). */
export const MODEL_FILE = fileURLToPath(new URL('../../model/matcher.json', import.meta.url));

interface ModelFile {
    fingerprint: string;
    intents: string[];
    features: string[];
    /** The samples' English words, read at build time (start-up skips reading ~3,000 samples again). */
    corpusWords?: string[];
    /** The Float64Array's bytes (little-endian), base64: exact, and about a third of the size of JSON numbers. */
    weights: string;
    bias: number[];
}

/** What training depends on, hashed: the samples, concepts and options, and the code that extracts and trains. */
export function fingerprintOf(kb: KnowledgeBase, options: Partial<MatcherOptions> = {}): string {
    const hash = createHash('sha256');
    const here = path.dirname(fileURLToPath(import.meta.url));
    const ext = path.extname(fileURLToPath(import.meta.url));
    const code = [
        ...readdirSync(here)
            .filter((f) => f.endsWith(ext))
            .sort()
            .map((f) => path.join(here, f)),
        path.join(here, '..', 'util', `prng${ext}`),
    ];
    for (const file of code) hash.update(file.slice(here.length)).update(readFileSync(file));
    hash.update(
        JSON.stringify({
            topics: kb.topics.map((t) => [t.id, t.samples]),
            offTopic: kb.offTopic.samples,
            concepts: kb.concepts ?? [],
            options,
        }),
    );
    return hash.digest('hex');
}

/** Trains the matcher and writes its weights to `file` (the build's step). */
export function saveTrainedMatcher(kb: KnowledgeBase, file = MODEL_FILE, options: Partial<MatcherOptions> = {}): void {
    const model = new TopicMatcher(kb, options).toModel();
    const weights = Float64Array.from(model.weights);
    const out: ModelFile = {
        fingerprint: fingerprintOf(kb, options),
        intents: [...model.intents],
        features: [...model.features],
        corpusWords: [...(model.corpusWords ?? [])],
        weights: Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength).toString('base64'),
        bias: Array.from(model.bias),
    };
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(out));
    renameSync(`${file}.tmp`, file);
}

/** The matcher for `kb`: the build's weights when they were trained on the same inputs, else trained now. */
export function loadMatcher(
    kb: KnowledgeBase,
    file = MODEL_FILE,
    options: Partial<MatcherOptions> = {},
): { matcher: TopicMatcher; trainedAtBuild: boolean } {
    let model: ModelFile | undefined;
    try {
        model = JSON.parse(readFileSync(file, 'utf8')) as ModelFile;
    } catch {
        model = undefined; // no build, or a broken file: train
    }
    if (model && model.fingerprint === fingerprintOf(kb, options)) {
        const decoded = Buffer.from(model.weights, 'base64');
        // A Float64Array needs an 8-byte aligned start; a small decoded buffer may sit anywhere in Node's pool.
        const bytes = decoded.byteOffset % 8 === 0 ? decoded : Buffer.from(decoded);
        const weights = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
        return { matcher: new TopicMatcher(kb, options, { ...model, weights }), trainedAtBuild: true };
    }
    return { matcher: new TopicMatcher(kb, options), trainedAtBuild: false };
}
