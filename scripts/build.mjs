// `npm run build` (and `npm start` when a source changed): compiles (tsc -b), validates data/kb.json into
// dist/content/kb.json, which start-up loads while the file is unchanged, then trains the topic matcher once and
// writes its weights to dist/model/matcher.json, which the bot loads instead of training at every start, then bundles
// the server into dist/bundle/ (scripts/bundle.mjs), which is what `npm start` runs.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { bundle } from './bundle.mjs';
import { STAMP } from './freshness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (file) => pathToFileURL(path.join(root, 'dist', file)).href;

const tsc = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'],
    {
        cwd: root,
        stdio: 'inherit',
    },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const { loadKnowledgeBase, saveValidatedKnowledgeBase, VALIDATED_FILE } = await import(dist('src/kb/load.js'));
// Validated once here; start-up loads the result while data/kb.json is unchanged (src/kb/load.ts).
await saveValidatedKnowledgeBase(path.join(root, 'data/kb.json'));
console.log(`validated the knowledge base: ${path.relative(root, VALIDATED_FILE)}`);
const { saveTrainedMatcher, MODEL_FILE } = await import(dist('src/nlu/model.js'));
saveTrainedMatcher(await loadKnowledgeBase(path.join(root, 'data/kb.json')));
console.log(`trained the topic matcher: ${path.relative(root, MODEL_FILE)}`);
await bundle(root);
console.log('bundled the server: dist/bundle/boot.js');
// What `npm start` compares the sources with (scripts/freshness.mjs).
writeFileSync(path.join(root, STAMP), `${new Date().toISOString()}\n`);
