import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { fileNameForKey } from '../../src/storage/migrateFileStorage.js';

/** One item as the removed file store (`STORAGE=file`) kept it. */
export interface LegacyItem {
    key: string;
    item: Record<string, unknown>;
    eTag?: string;
    writtenAt?: Date;
}

/**
 * Writes items in the removed file store's format (`<sha256 of the key>.json` holding
 * `{ v: 1, key, eTag, writtenAt, item }`), byte for byte what it wrote, for the carry-over tests.
 */
export async function writeLegacyFiles(dir: string, items: LegacyItem[]): Promise<void> {
    for (const [n, { key, item, eTag, writtenAt }] of items.entries()) {
        const record = {
            v: 1,
            key,
            eTag: eTag ?? `legacy-${n}`,
            writtenAt: (writtenAt ?? new Date()).toISOString(),
            item,
        };
        await writeFile(path.join(dir, fileNameForKey(key)), JSON.stringify(record), { mode: 0o600 });
    }
}
