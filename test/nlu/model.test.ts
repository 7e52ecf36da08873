import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { loadKnowledgeBase } from '../../src/kb/load.js';
import type { KnowledgeBase } from '../../src/kb/schema.js';
import { TopicMatcher } from '../../src/nlu/matcher.js';
import { loadMatcher, saveTrainedMatcher } from '../../src/nlu/model.js';

let kb: KnowledgeBase;
let dir: string;
beforeAll(async () => {
    kb = await loadKnowledgeBase('data/kb.json');
    dir = await mkdtemp(path.join(os.tmpdir(), 'matcher-model-'));
});

/** Every question the evaluation sets and the knowledge base's own samples hold. */
async function questions(): Promise<string[]> {
    const out: string[] = [];
    for (const set of ['tuned', 'seen/holdout', 'seen/holdout2']) {
        for (const lang of ['en', 'zh']) {
            const file = path.join('test/eval', set, `questions.${lang}.json`);
            out.push(
                ...(JSON.parse(await readFile(file, 'utf8')) as { text?: string; q?: string }[]).map(
                    (q) => q.text ?? q.q ?? '',
                ),
            );
        }
    }
    for (const t of kb.topics) out.push(...t.samples.en, ...t.samples.zh);
    return out;
}

describe('the matcher trained at build time', () => {
    it('loads weights that give exactly the matches and scores of training at start-up', async () => {
        const file = path.join(dir, 'matcher.json');
        saveTrainedMatcher(kb, file);
        const loaded = loadMatcher(kb, file);
        expect(loaded.trainedAtBuild).toBe(true);
        const trained = new TopicMatcher(kb);
        const texts = await questions();
        expect(texts.length).toBeGreaterThan(500);
        for (const text of texts)
            expect({ text, match: loaded.matcher.match(text) }).toEqual({ text, match: trained.match(text) });
        expect(loaded.matcher.scores('激活孩子社保卡需要带什么证件')).toEqual(
            trained.scores('激活孩子社保卡需要带什么证件'),
        );
    });

    it('trains at start-up instead when the knowledge base changed since the build, or there is no usable file', async () => {
        // One epoch keeps the many trainings of this test short; the options are part of what must match.
        const quick = { epochs: 1 };
        const file = path.join(dir, 'quick.json');
        saveTrainedMatcher(kb, file, quick);
        expect(loadMatcher(kb, file, quick).trainedAtBuild).toBe(true);
        const edited: KnowledgeBase = {
            ...kb,
            topics: kb.topics.map((t, i) =>
                i === 0 ? { ...t, samples: { ...t.samples, en: [...t.samples.en, 'a brand new way to ask'] } } : t,
            ),
        };
        expect(loadMatcher(edited, file, quick).trainedAtBuild).toBe(false);
        expect(loadMatcher(kb, file, { epochs: 2 }).trainedAtBuild).toBe(false);
        expect(loadMatcher(kb, path.join(dir, 'missing.json'), quick).trainedAtBuild).toBe(false);
        const broken = path.join(dir, 'broken.json');
        await writeFile(broken, '{"fingerprint":');
        expect(loadMatcher(kb, broken, quick).trainedAtBuild).toBe(false);
    }, 60_000);
});
