// `npm start`: builds only when a source is newer than the last build (a few milliseconds of stat calls instead of
// `tsc -b`, which takes half a second even with nothing to build), then starts the bot in this same process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.built'); // written by scripts/build.mjs

/** Newest modification time (ms) of the build's inputs. */
function newestInput() {
    let newest = 0;
    const visit = (dir) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) visit(full);
            else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
        }
    };
    for (const dir of ['src', 'dialogs', 'scripts']) if (existsSync(path.join(root, dir))) visit(path.join(root, dir));
    for (const file of ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'data/kb.json']) {
        if (existsSync(path.join(root, file))) newest = Math.max(newest, statSync(path.join(root, file)).mtimeMs);
    }
    return newest;
}

const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (newestInput() > builtAt) {
    const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
        cwd: root,
        stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
}
await import(pathToFileURL(path.join(root, 'dist', 'src', 'boot.js')).href);
