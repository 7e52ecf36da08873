import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

import { eagerModules } from '../../scripts/bundle.mjs';

/** esbuild's output for a small tree of CommonJS modules under an ES module, as scripts/bundle.mjs builds it. */
async function bundled(): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bundle-'));
    await writeFile(path.join(dir, 'b.cjs'), 'exports.twice = (n) => n * 2;\n');
    await writeFile(
        path.join(dir, 'a.cjs'),
        "const { twice } = require('./b.cjs');\nmodule.exports = { value: twice(21), text: `x\n  }\n` };\n",
    );
    await writeFile(path.join(dir, 'main.mjs'), "import a from './a.cjs';\nexport const result = a;\n");
    const out = await build({
        entryPoints: [path.join(dir, 'main.mjs')],
        bundle: true,
        format: 'esm',
        platform: 'node',
        write: false,
    });
    return out.outputFiles[0]!.text;
}

describe('the bundle keeps module bodies in the compile cache (scripts/bundle.mjs eagerModules)', () => {
    it('writes each module wrapper as a parenthesised function, and the bundle does the same', async () => {
        const text = await bundled();
        const eager = eagerModules(text);
        expect(text.match(/"[^"]+\.cjs"\([^)]*\) \{/g)).toHaveLength(2);
        expect(eager.match(/"[^"]+\.cjs": \(function\([^)]*\) \{/g)).toHaveLength(2);
        expect(eager).not.toMatch(/"[^"]+\.cjs"\([^)]*\) \{/);
        const dir = await mkdtemp(path.join(os.tmpdir(), 'bundle-run-'));
        for (const [name, code] of [
            ['lazy.mjs', text],
            ['eager.mjs', eager],
        ]) {
            await writeFile(path.join(dir, name!), code!);
        }
        const lazy = (await import(pathToFileURL(path.join(dir, 'lazy.mjs')).href)) as { result: unknown };
        const eagerRun = (await import(pathToFileURL(path.join(dir, 'eager.mjs')).href)) as { result: unknown };
        expect(eagerRun.result).toEqual({ value: 42, text: 'x\n  }\n' });
        expect(eagerRun.result).toEqual(lazy.result);
    });

    it('leaves a file whose wrappers do not pair up as it was', () => {
        const broken = 'var require_a = __commonJS({\n  "a.js"(exports, module) {\n    x();\n';
        expect(eagerModules(broken)).toBe(broken);
        expect(eagerModules('export const x = 1;\n')).toBe('export const x = 1;\n');
    });
});
