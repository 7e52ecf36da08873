// The build's last step (scripts/build.mjs): bundles the compiled server (dist/src/boot.js and everything it imports,
// node_modules included) with esbuild into a few files in dist/bundle/, which `npm start` and `npm run bench` start.
// Why: most of the bot's start-up was Node finding, reading and compiling some 1,500 module files (botbuilder,
// restify, the Azure SDK); one large file costs a fraction of that, and Node's compile cache (src/boot.ts) keeps its
// compiled code. The code is the same as dist/src/ (which stays, for scripts, tests and debugging): nothing is
// minified or transformed beyond joining modules.
import path from 'node:path';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';

import { build, transform } from 'esbuild';

/**
 * Loaded from node_modules as before rather than bundled: native addons (lmdb and what it loads, restify's and ws's
 * optional ones), packages loaded only when configured (the Azure Blob SDK, ioredis: `await import` in src/), and
 * the recognizers, which src/nlu loads with `require` on first use (bundling them would load them twice).
 */
export const EXTERNAL = [
    'lmdb',
    'msgpackr-extract',
    'dtrace-provider',
    'bufferutil',
    'utf-8-validate',
    '@azure/storage-blob',
    'ioredis',
    '@microsoft/recognizers-text*',
];

/** Bundles `dist/src/boot.js` under `root` into `dist/bundle/` (`dist/bundle/boot.js` is the entry). */
export async function bundle(root) {
    const dist = path.join(root, 'dist');
    const outdir = path.join(dist, 'bundle');
    await rm(outdir, { recursive: true, force: true });
    await build({
        entryPoints: [path.join(dist, 'src', 'boot.js')],
        outdir,
        bundle: true,
        // `await import()` becomes a chunk of its own: boot.js turns the compile cache on before the rest is loaded,
        // and what is imported only when configured (the blob store) is not loaded at start-up.
        splitting: true,
        format: 'esm',
        platform: 'node',
        target: 'node24',
        external: EXTERNAL,
        // Node warns (DEP0040) when its own `punycode` is required from outside node_modules, which the bundle is:
        // the whatwg-url in botframework-connector's node-fetch gets the same library from the registry instead.
        alias: { punycode: 'punycode/punycode.js' },
        chunkNames: 'chunk-[hash]',
        logLevel: 'warning',
        // The CommonJS packages inside call `require` for Node's built-ins and the external packages.
        banner: {
            js: "import { createRequire as __bundleRequire } from 'node:module';\nconst require = __bundleRequire(import.meta.url);",
        },
        plugins: [keepModuleLocations(dist, outdir)],
    });
    for (const file of await readdir(outdir)) {
        const chunk = path.join(outdir, file);
        const text = await readFile(chunk, 'utf8');
        const eager = eagerModules(text);
        // Still JavaScript (esbuild parses it), or the file stays as it was.
        if (eager !== text && (await parses(eager))) await writeFile(chunk, eager);
    }
}

/**
 * esbuild wraps each bundled module in a function (`__commonJS({ "path"(exports, module) { ... } })`, `__esm`). V8
 * compiles such a function only when it is first called, and Node's compile cache keeps only what was compiled with
 * the file: so every start compiled the 1,100 module bodies again (a quarter of the bundle's start-up CPU). Written
 * as a parenthesised function expression, which V8 compiles with the file, they are kept in the cache. Only the
 * wrapper changes; a file whose wrappers do not pair up as expected is left as esbuild wrote it.
 */
export function eagerModules(text) {
    const lines = text.split('\n');
    let open = -1;
    let changed = 0;
    for (let i = 0; i < lines.length - 1; i++) {
        if (open < 0 && /^var [\w$]+ = __(?:commonJS|esm)\(\{$/.test(lines[i])) {
            const head = /^ {2}("(?:[^"\\]|\\.)*")\(([^)]*)\) \{$/.exec(lines[i + 1]);
            if (!head) continue;
            lines[i + 1] = `  ${head[1]}: (function(${head[2]}) {`;
            open = ++i;
        } else if (open >= 0 && lines[i] === '  }' && lines[i + 1] === '});') {
            lines[i] = '  })';
            open = -1;
            changed++;
        } else if (open >= 0 && /^var [\w$]+ = __(?:commonJS|esm)\(\{$/.test(lines[i])) {
            return text; // a wrapper not closed where expected
        }
    }
    return open < 0 && changed > 0 ? lines.join('\n') : text;
}

/**
 * Our modules find files next to themselves through `import.meta.url` (the compile cache's folder, the trained
 * matcher and the code it is fingerprinted by, createRequire): in the bundle each still sees the URL of its file in
 * dist/, relative to the bundle so that the tree can be moved.
 */
function keepModuleLocations(dist, outdir) {
    return {
        name: 'keep-module-locations',
        setup(b) {
            const ours = new RegExp(`^${escapeRegExp(dist)}/(?:src|dialogs)/.*\\.js$`);
            b.onLoad({ filter: /\.js$/ }, async (args) => {
                if (!ours.test(args.path)) return undefined;
                const text = await readFile(args.path, 'utf8');
                if (!text.includes('import.meta.url')) return { contents: text, loader: 'js' };
                const relative = JSON.stringify(path.relative(outdir, args.path).split(path.sep).join('/'));
                return {
                    contents: text.replaceAll('import.meta.url', `new URL(${relative}, import.meta.url).href`),
                    loader: 'js',
                    resolveDir: path.dirname(args.path),
                };
            });
        },
    };
}

const parses = (code) =>
    transform(code, { loader: 'js', format: 'esm', target: 'node24', logLevel: 'silent' }).then(
        () => true,
        () => false,
    );

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
