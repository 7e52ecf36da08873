import { describe, expect, it } from '@jest/globals';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every TypeScript file under a folder. */
async function sources(dir: string): Promise<string[]> {
    const entries = await readdir(dir, { withFileTypes: true });
    const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : Promise.resolve([path.join(dir, e.name)]))));
    return nested.flat().filter((f) => f.endsWith('.ts'));
}

describe('the conversation core is free of the framework', () => {
    it('src/core/ and dialogs/ import nothing from botbuilder, botbuilder-dialogs or botframework-*', async () => {
        const files = [...(await sources('src/core')), ...(await sources('dialogs'))];
        expect(files.length).toBeGreaterThan(5);
        for (const file of files) {
            const text = await readFile(file, 'utf8');
            const imports = [...text.matchAll(/^\s*import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
            expect({ file, framework: imports.filter((i) => /^(botbuilder|botframework-)/.test(i)) }).toEqual({ file, framework: [] });
            // Nor does it reach the edges that do.
            expect({ file, edges: imports.filter((i) => /\/(channels|handoff|state|storage|directline|wechat|agent)\//.test(i)) }).toEqual({ file, edges: [] });
        }
    });
});
