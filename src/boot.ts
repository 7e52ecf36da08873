import module from 'node:module';

/**
 * What `npm start` runs: keeps V8's compiled code of the bot's modules on disk (Node's module compile cache, in
 * `NODE_COMPILE_CACHE` or the OS's temp folder) so that every start after the first skips most of compiling them,
 * then starts the bot (`./index.js`). Loading the modules is most of the bot's start-up. If the folder cannot be
 * written, the bot starts as it would without the cache.
 */
module.enableCompileCache?.();
await import('./index.js');
