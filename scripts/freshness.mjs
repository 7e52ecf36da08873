// Whether the build in dist/ is older than its inputs: `npm start` (scripts/start.mjs) builds only then.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What scripts/build.mjs writes last, once the build and the trained matcher are in place. */
export const STAMP = path.join('dist', '.built');

/** The build's inputs: every .ts and .json under these folders, and these files. */
const FOLDERS = ['src', 'dialogs', 'scripts'];
const FILES = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'data/kb.json'];

/** Newest modification time (ms) of the build's inputs under `root`. */
export function newestInput(root) {
    let newest = 0;
    const visit = (dir) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) visit(full);
            else if (/\.(ts|mjs|json)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
        }
    };
    for (const dir of FOLDERS) if (existsSync(path.join(root, dir))) visit(path.join(root, dir));
    for (const file of FILES) {
        if (existsSync(path.join(root, file))) newest = Math.max(newest, statSync(path.join(root, file)).mtimeMs);
    }
    return newest;
}

/** True when there is no finished build under `root`, or an input changed after it. */
export function needsBuild(root) {
    const stamp = path.join(root, STAMP);
    return !existsSync(stamp) || newestInput(root) > statSync(stamp).mtimeMs;
}
