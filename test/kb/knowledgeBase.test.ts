import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ContentError, loadKnowledgeBase } from '../../src/kb/load.js';

const KB = 'data/kb.json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- these tests corrupt arbitrary fields on purpose
async function brokenCopy(mutate: (kb: Record<string, any>) => void): Promise<string> {
    const data = JSON.parse(await readFile(KB, 'utf8'));
    mutate(data);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kb-'));
    const file = path.join(dir, 'kb.json');
    await writeFile(file, JSON.stringify(data));
    return file;
}

async function problemsOf(file: string): Promise<string[]> {
    try {
        await loadKnowledgeBase(file);
    } catch (err) {
        expect(err).toBeInstanceOf(ContentError);
        expect((err as ContentError).message).toContain(file);
        return (err as ContentError).problems;
    }
    throw new Error('expected the knowledge base to be rejected');
}

describe('knowledge base', () => {
    it('loads and validates the shipped file', async () => {
        const kb = await loadKnowledgeBase(KB);
        expect(kb.steps.map((s) => s.title.en)).toEqual([
            'Enrol your child in medical insurance',
            'Get the documents ready',
            'Apply at a bank outlet or HRSS window',
            'The photo (depends on the city)',
            'Collect the card',
            'Activate the physical card at the bank',
        ]);
        expect(kb.instrument.document).toBe('人社部发〔2011〕47号');
    });

    it('quotes Article 16 exactly as the reference text, not the seed’s translation', async () => {
        const kb = await loadKnowledgeBase(KB);
        const reference = await readFile('test/fixtures/legal-basis.md', 'utf8');
        const quoted = reference
            .split('\n')
            .filter((l) => l.startsWith('> 第十六条') || l.startsWith('> （'))
            .map((l) => l.slice(2))
            .join('\n');
        const art16 = kb.articles.find((a) => a.number === 16)!;
        expect(art16.original).toBe(quoted);
        expect(art16.english).toContain('displaying them at service locations');
        expect(art16.english).toContain('(3) the scope of use');
        expect(art16.english).not.toContain('express delivery');
    });

    it('names the file, the field path and what was expected for a missing translation', async () => {
        const file = await brokenCopy((kb) => delete kb.topics[0].summary.text.zh);
        expect(await problemsOf(file)).toEqual([expect.stringMatching(/^topics\[0\]\.summary\.text\.zh: .*expected string/)]);
    });

    it('rejects a fact whose source does not exist', async () => {
        const file = await brokenCopy((kb) => (kb.steps[2].detail[0].sources = ['made-up']));
        expect(await problemsOf(file)).toEqual([expect.stringContaining('steps[2].detail[0].sources[0]: unknown source "made-up"')]);
    });

    it('rejects a fact without any source', async () => {
        const file = await brokenCopy((kb) => (kb.topics[0].facts[0].sources = []));
        expect((await problemsOf(file))[0]).toMatch(/^topics\[0\]\.facts\[0\]\.sources:/);
    });

    it('rejects invalid JSON with a clear reason', async () => {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'kb-'));
        const file = path.join(dir, 'kb.json');
        await writeFile(file, '{ "version": 1, ');
        expect((await problemsOf(file))[0]).toMatch(/not valid JSON/);
    });

    it('rejects steps out of order', async () => {
        const file = await brokenCopy((kb) => kb.steps.splice(1, 1));
        expect((await problemsOf(file)).join('\n')).toMatch(/^steps\[1\]\.n: expected 2/m);
    });

    it('rejects a source without a label (official or secondary)', async () => {
        const file = await brokenCopy((kb) => delete kb.sources[0].label);
        expect((await problemsOf(file))[0]).toMatch(/^sources\[0\]\.label: every source needs a label/);
    });

    it('rejects a city\'s rule whose text does not name the city, so it is never said as a national rule', async () => {
        const file = await brokenCopy((kb) => {
            const fact = kb.topics.find((t: { id: string }) => t.id === 'photo').facts[0];
            fact.text.en = 'Children under 7 may skip the photo';
        });
        expect(await problemsOf(file)).toEqual([expect.stringMatching(/facts\[0\]\.text\.en: a fact of Haikou must name "Haikou"/)]);
    });

    it('holds no fact that only the seed page supports, and every linked source is an official page or a news outlet', async () => {
        const kb = await loadKnowledgeBase(KB);
        expect(kb.sources.map((s) => s.id)).not.toContain('seed');
        for (const s of kb.sources.filter((x) => x.link)) expect(s.url).toMatch(/\.gov\.cn\/|hnr\.cn\//);
    });
});
