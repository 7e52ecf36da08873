import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { ContentError, loadKnowledgeBase, saveValidatedKnowledgeBase } from '../../src/kb/load.js';

const KB = 'data/kb.json';

async function built(): Promise<{ dir: string; kbFile: string; validated: string }> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kb-validated-'));
    const kbFile = path.join(dir, 'kb.json');
    await writeFile(kbFile, await readFile(KB));
    const validated = path.join(dir, 'content', 'kb.json');
    await saveValidatedKnowledgeBase(kbFile, validated);
    return { dir, kbFile, validated };
}

describe('the knowledge base validated at build time (src/kb/load.ts)', () => {
    it('loads the same knowledge base from the build as from validating the file', async () => {
        const { kbFile, validated } = await built();
        expect(await loadKnowledgeBase(kbFile, { validated })).toEqual(
            await loadKnowledgeBase(kbFile, { validated: null }),
        );
    });

    it('uses the build copy for the very file it was made from, without validating again', async () => {
        const { kbFile, validated } = await built();
        const copy = JSON.parse(await readFile(validated, 'utf8'));
        copy.kb.steps[0].title.en = 'Marked by the test';
        await writeFile(validated, JSON.stringify(copy));
        expect((await loadKnowledgeBase(kbFile, { validated })).steps[0]!.title.en).toBe('Marked by the test');
    });

    it('validates a file edited after the build, so a broken one still stops start-up', async () => {
        const { kbFile, validated } = await built();
        const data = JSON.parse(await readFile(kbFile, 'utf8'));
        delete data.steps[0].title;
        await writeFile(kbFile, JSON.stringify(data));
        await expect(loadKnowledgeBase(kbFile, { validated })).rejects.toBeInstanceOf(ContentError);
    });

    it('validates when there is no build copy or it is unreadable', async () => {
        const { dir, kbFile, validated } = await built();
        await writeFile(validated, '{not json');
        expect((await loadKnowledgeBase(kbFile, { validated })).steps.length).toBeGreaterThan(0);
        const missing = path.join(dir, 'nothing.json');
        expect((await loadKnowledgeBase(kbFile, { validated: missing })).steps.length).toBeGreaterThan(0);
        await expect(loadKnowledgeBase(path.join(dir, 'absent-kb.json'), { validated })).rejects.toBeInstanceOf(
            ContentError,
        );
    });
});
