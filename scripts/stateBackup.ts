/**
 * Writes a consistent snapshot of the embedded database (STATE_DIR/state.mdb) to a file, safe while bots run.
 * Usage: npm run state:backup -- <target file>    (restore: stop the bots, put the file in place as state.mdb)
 */
import 'dotenv/config';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { ConfigError, loadConfig } from '../src/config.js';
import { DB_FILE, LmdbStorage } from '../src/storage/lmdbStorage.js';

const target = process.argv[2];
try {
    const config = loadConfig(process.env);
    if (!target) throw new Error('usage: npm run state:backup -- <target file>');
    if (config.STORAGE !== 'lmdb')
        throw new Error(`STORAGE is ${config.STORAGE}: there is no embedded database to back up`);
    if (!existsSync(path.join(config.STATE_DIR, DB_FILE)))
        throw new Error(`no database in ${config.STATE_DIR} (${DB_FILE})`);
    if (existsSync(target)) throw new Error(`${target} exists; choose a new file`);
    const storage = await LmdbStorage.open({ dir: config.STATE_DIR });
    await storage.backup(path.resolve(target));
    console.log(
        `backed up ${storage.count()} items from ${path.join(storage.dir, DB_FILE)} to ${path.resolve(target)}`,
    );
    await storage.close();
} catch (err) {
    console.error(err instanceof ConfigError ? err.message : (err as Error).message);
    process.exitCode = 1;
}
