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
            'Submit an application',
            'Prepare the materials',
            'Photo collection',
            'Information check',
            'Wait for the card to be made',
            'Collect the card',
            'Activate and use',
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

    it('rejects steps out of order and a missing step', async () => {
        const file = await brokenCopy((kb) => kb.steps.splice(1, 1));
        expect((await problemsOf(file)).join('\n')).toMatch(/^steps: .*7/m);
    });
});
