import { describe, expect, it } from '@jest/globals';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every TypeScript file under a folder. */
async function sources(dir: string): Promise<string[]> {
    const entries = await readdir(dir, { withFileTypes: true });
    const nested = await Promise.all(
        entries.map((e) =>
            e.isDirectory() ? sources(path.join(dir, e.name)) : Promise.resolve([path.join(dir, e.name)]),
        ),
    );
    return nested.flat().filter((f) => f.endsWith('.ts'));
}

/** A file's imports: what it names, and whether only types are imported (erased at run time). */
function importsOf(text: string): { spec: string; typeOnly: boolean }[] {
    return [
        ...text.matchAll(
            /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm,
        ),
    ].map((m) => ({
        spec: (m[3] ?? m[4])!,
        typeOnly: !!m[2],
    }));
}

const FRAMEWORK = /^(botbuilder|botframework-)/;
const NODE = /^node:|^(fs|path|os|crypto|http|https|net|stream|url|util|child_process|worker_threads|timers)(\/|$)/;
/** The edges: what talks to channels, storage, the network or the process. */
const EDGES =
    /(^|\/)src\/(channels|handoff|state|storage|directline|wechat|agent|teams)\/|(^|\/)src\/(app|bot|adapter|server|index|config|logger|clock|onTurnError|shutdown|bodyGuard|errorLog)\.ts$/;
/** Reading the time or a random source, which the core gets from the edge instead (TurnInput.today). */
const CLOCK_OR_RANDOM =
    /\bDate\.now\(|\bnew Date\(\s*\)|\bMath\.random\(|\bperformance\.now\(|\bprocess\.hrtime|\bcrypto\.(randomUUID|randomBytes|getRandomValues)\(/;

describe('the conversation core is free of the framework, the edges, the clock and randomness', () => {
    it('src/core/ and dialogs/, and everything they import at run time, import nothing from node:*, botbuilder or botframework-*, reach no edge, and read no clock or random source', async () => {
        const roots = [...(await sources('src/core')), ...(await sources('dialogs'))];
        expect(roots.length).toBeGreaterThan(8);
        const seen = new Set<string>();
        const queue = roots.map((f) => path.normalize(f));
        while (queue.length) {
            const file = queue.shift()!;
            if (seen.has(file)) continue;
            seen.add(file);
            const text = await readFile(file, 'utf8');
            const imports = importsOf(text);
            const local = imports
                .filter((i) => i.spec.startsWith('.'))
                .map((i) => ({
                    ...i,
                    file: path.normalize(path.join(path.dirname(file), i.spec.replace(/\.js$/, '.ts'))),
                }));
            expect({ file, framework: imports.filter((i) => FRAMEWORK.test(i.spec)).map((i) => i.spec) }).toEqual({
                file,
                framework: [],
            });
            expect({ file, node: imports.filter((i) => NODE.test(i.spec)).map((i) => i.spec) }).toEqual({
                file,
                node: [],
            });
            expect({ file, edges: local.filter((i) => EDGES.test(i.file)).map((i) => i.spec) }).toEqual({
                file,
                edges: [],
            });
            const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
            expect({ file, clockOrRandom: CLOCK_OR_RANDOM.exec(code)?.[0] ?? null }).toEqual({
                file,
                clockOrRandom: null,
            });
            // Types are erased: a type from the edge (the catalogue's) is no dependency at run time.
            for (const i of local) if (!i.typeOnly) queue.push(i.file);
        }
        // The walk went beyond the two folders (the recognisers, the knowledge base's schema).
        expect([...seen].some((f) => f.includes(`src${path.sep}nlu`))).toBe(true);
    });

    it('src/core/ imports nothing from dialogs/: flows plug into the core through CoreDeps.flows, not the other way round', async () => {
        for (const file of await sources('src/core')) {
            const imports = importsOf(await readFile(file, 'utf8'));
            expect({ file, dialogs: imports.filter((i) => i.spec.includes('dialogs/')).map((i) => i.spec) }).toEqual({
                file,
                dialogs: [],
            });
        }
    });

    it('the check sees what it looks for', () => {
        expect(CLOCK_OR_RANDOM.test('const t = Date.now();')).toBe(true);
        expect(CLOCK_OR_RANDOM.test('const d = new Date();')).toBe(true);
        expect(CLOCK_OR_RANDOM.test('new Date(Date.UTC(y, m - 1, 1))')).toBe(false);
        expect(importsOf("import { readFile } from 'node:fs/promises';")[0]).toEqual({
            spec: 'node:fs/promises',
            typeOnly: false,
        });
        expect(importsOf("import type { Catalog } from '../i18n.js';")[0]).toEqual({
            spec: '../i18n.js',
            typeOnly: true,
        });
        expect(EDGES.test('src/handoff/gate.ts')).toBe(true);
        expect(EDGES.test('src/nlu/matcher.ts')).toBe(false);
    });
});
