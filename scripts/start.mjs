// `npm start`: builds only when a source is newer than the last build (a few milliseconds of stat calls instead of
// `tsc -b`, which takes half a second even with nothing to build), then starts the bot (the bundle the build made,
// scripts/bundle.mjs) in this same process.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { needsBuild } from './freshness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (needsBuild(root)) {
    const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
        cwd: root,
        stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
}
await import(pathToFileURL(path.join(root, 'dist', 'bundle', 'boot.js')).href);
