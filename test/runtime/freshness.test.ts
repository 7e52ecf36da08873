import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { needsBuild, STAMP } from '../../scripts/freshness.mjs';

/** Sets a file's modification time to `at` seconds after the epoch. */
const touch = (file: string, at: number) => utimes(file, at, at);

describe('npm start builds only when something changed (scripts/freshness.mjs)', () => {
    it('asks for a build without one, after a source, data/kb.json or a config changed, and not otherwise', async () => {
        const root = await mkdtemp(path.join(os.tmpdir(), 'freshness-'));
        for (const dir of ['src/nlu', 'dialogs', 'scripts', 'data', 'dist'])
            await mkdir(path.join(root, dir), { recursive: true });
        const files = [
            'src/nlu/matcher.ts',
            'dialogs/walkthrough.ts',
            'scripts/build.mjs',
            'data/kb.json',
            'tsconfig.json',
            'package.json',
        ];
        for (const f of files) {
            await writeFile(path.join(root, f), '{}');
            await touch(path.join(root, f), 1000);
        }
        expect(needsBuild(root)).toBe(true); // never built

        await writeFile(path.join(root, STAMP), 'built');
        await touch(path.join(root, STAMP), 2000);
        expect(needsBuild(root)).toBe(false);

        for (const f of files) {
            await touch(path.join(root, f), 3000);
            expect({ f, stale: needsBuild(root) }).toEqual({ f, stale: true });
            await touch(path.join(root, f), 1000);
        }
        // Files that are not inputs of the build do not count.
        await writeFile(path.join(root, 'README.md'), '# changed');
        await writeFile(path.join(root, 'src', 'notes.txt'), 'changed');
        expect(needsBuild(root)).toBe(false);
    });
});
