import module from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * What `npm start` runs: keeps V8's compiled code of the bot's modules on disk (Node's module compile cache) so that
 * every start after the first skips most of compiling them, then starts the bot (`./index.js`). Loading the modules
 * is most of the bot's start-up. The cache lives in `NODE_COMPILE_CACHE` if set, else in `dist/.compile-cache`,
 * beside the code it caches and owned by whoever built it (not the shared temp folder, where another user could
 * plant compiled code). If it cannot be written (a read-only image), the bot starts as it would without it.
 */
module.enableCompileCache?.(
    process.env.NODE_COMPILE_CACHE || fileURLToPath(new URL('../.compile-cache', import.meta.url)),
);
await import('./index.js');
