import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

import type { LmdbStorage } from './lmdbStorage.js';

/**
 * The one-time carry-over from the file store that `STORAGE=file` used to be (removed): one
 * `<sha256 of the key>.json` per key in `STATE_DIR`, each `{ "v": 1, key, eTag, writtenAt, item }`. Only what reading
 * those files needs is kept here.
 */

/** Name of the file the file store kept `key` in: the SHA-256 of the key in hex. */
export function fileNameForKey(key: string): string {
    return `${createHash('sha256').update(key, 'utf8').digest('hex')}.json`;
}

/** What {@link migrateFileStorage} did. */
export interface MigrationReport {
    /** Items stored in the new database. */
    imported: number;
    /** Items the database already had (a newer write, or another process migrating at the same time): not changed. */
    alreadyThere: number;
    /** Files that could not be read as FileStorage records: left in place and reported. */
    unreadable: string[];
}

const DATA_FILE = /^[0-9a-f]{64}\.json$/;
const LEFTOVER = /^[0-9a-f]{64}\.json\.(?:[0-9a-f]+\.tmp|lock)$/;
const CHUNK = 500;

interface LegacyRecord {
    key: string;
    eTag: string;
    writtenAt: Date;
    item: Record<string, unknown>;
}

function parseLegacy(text: string, name: string): LegacyRecord | undefined {
    try {
        const r = JSON.parse(text) as Partial<{
            v: number;
            key: string;
            eTag: string;
            writtenAt: string;
            item: unknown;
        }>;
        const writtenAt = new Date(r.writtenAt ?? NaN);
        if (
            r.v !== 1 ||
            typeof r.key !== 'string' ||
            typeof r.eTag !== 'string' ||
            Number.isNaN(writtenAt.getTime()) ||
            !r.item ||
            typeof r.item !== 'object' ||
            Array.isArray(r.item) ||
            fileNameForKey(r.key) !== name
        ) {
            return undefined;
        }
        return { key: r.key, eTag: r.eTag, writtenAt, item: r.item as Record<string, unknown> };
    } catch {
        return undefined;
    }
}

/**
 * Carries the items the previous file store left in `dir` (one `<sha256>.json` per key) over into `target`, keeping
 * their eTags and write times (so retention still counts from the last real change), then removes the files: state
 * holds personal data, and a second copy would outlive the retention sweep. A key the database already has keeps
 * the database's value. Files are removed only after the database has flushed what was imported, so a crash during
 * the migration loses nothing (the next start carries on). Safe to run from several processes at once.
 */
export async function migrateFileStorage(target: LmdbStorage, dir: string): Promise<MigrationReport> {
    let names: string[];
    try {
        names = await readdir(dir);
    } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { imported: 0, alreadyThere: 0, unreadable: [] };
        throw err;
    }
    const report: MigrationReport = { imported: 0, alreadyThere: 0, unreadable: [] };
    const files = names.filter((n) => DATA_FILE.test(n));
    for (let i = 0; i < files.length; i += CHUNK) {
        const records: LegacyRecord[] = [];
        const done: string[] = [];
        for (const name of files.slice(i, i + CHUNK)) {
            const full = path.join(dir, name);
            let text: string;
            try {
                text = await readFile(full, 'utf8');
            } catch (err) {
                if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue; // another process migrated it
                throw err;
            }
            const record = parseLegacy(text, name);
            if (record) {
                records.push(record);
                done.push(full);
            } else {
                report.unreadable.push(full);
            }
        }
        const imported = await target.importItems(records);
        report.imported += imported;
        report.alreadyThere += records.length - imported;
        for (const full of done) await rm(full, { force: true });
    }
    // Temp files and lock directories of interrupted writes: nothing in them is needed any more.
    for (const name of names.filter((n) => LEFTOVER.test(n))) {
        await rm(path.join(dir, name), { recursive: true, force: true }).catch(() => undefined);
    }
    return report;
}
