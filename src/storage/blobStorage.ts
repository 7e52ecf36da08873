import { buffer } from 'node:stream/consumers';

import { ContainerClient } from '@azure/storage-blob';
import type { StoreItems } from 'botbuilder';
import { ETagConflictError, IF_ABSENT } from './errors.js';
import { conditionHolds, cutoffOf, isUnconditional, type StateStore } from './store.js';

export interface BlobStateStorageOptions {
    connectionString: string;
    container: string;
    /** Problems that do not fail the current call (a blob that could not be removed by the sweep). */
    onWarning?: (message: string, error?: unknown) => void;
}

/**
 * The blob that holds `key`: botbuilder-azure-blobs' `sanitizeBlobKey` (which its package does not export), so a
 * container written by botbuilder's `BlobsStorage`, which this store replaced, reads the same.
 */
function blobNameFor(key: string): string {
    const sanitized = key.split('/').reduce((acc, part, idx) => (part ? [acc, part].join(idx < 255 ? '/' : '') : acc));
    return encodeURIComponent(sanitized).substr(0, 1024);
}

function statusOf(err: unknown): number | undefined {
    return (err as { statusCode?: number } | undefined)?.statusCode;
}

/** At most this many requests of one call at a time. */
const CONCURRENCY = 16;

async function eachLimited<T>(items: T[], fn: (item: T) => Promise<void>): Promise<void> {
    let next = 0;
    const worker = async () => {
        while (next < items.length) await fn(items[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}

/**
 * Azure Blob Storage for everything the bot keeps (SDK edge), one blob per key (JSON, as botbuilder's `BlobsStorage`
 * wrote it), shared by every instance: the {@link StateStore} contract on the blobs' own eTags. Conditions are HTTP
 * conditions (`If-Match`, `If-None-Match: *`), so they hold across instances. Blob storage has no multi-blob
 * transaction: a multi-key write checks every condition before writing anything, but a writer racing in between can
 * leave part of it written (`atomicMultiKeyWrites` is false).
 */
export class BlobStateStorage implements StateStore {
    readonly atomicMultiKeyWrites = false as const;
    private readonly container: ContainerClient;
    private readonly warn: (message: string, error?: unknown) => void;

    constructor(options: BlobStateStorageOptions) {
        this.container = new ContainerClient(options.connectionString, options.container);
        this.warn =
            options.onWarning ?? ((message) => process.emitWarning(message, { type: 'BlobStateStorageWarning' }));
    }

    /** Creates the container if needed, so an unreachable account fails at start-up rather than on the first turn. */
    async init(): Promise<void> {
        await this.container.createIfNotExists();
    }

    async read(keys: string[]): Promise<StoreItems> {
        if (!keys) throw new ReferenceError('Keys are required when reading.');
        const out: StoreItems = {};
        await eachLimited(keys, async (key) => {
            try {
                const blob = await this.container.getBlobClient(blobNameFor(key)).download();
                if (!blob.readableStreamBody) return;
                const item = JSON.parse((await buffer(blob.readableStreamBody)).toString('utf8')) as object;
                out[key] = { ...item, eTag: blob.etag };
            } catch (err) {
                if (statusOf(err) !== 404) throw err;
            }
        });
        return out;
    }

    async write(changes: StoreItems): Promise<void> {
        if (!changes) throw new ReferenceError('Changes are required when writing.');
        const entries = Object.entries(changes).map(([key, value]) => {
            if (value === null || typeof value !== 'object' || Array.isArray(value)) {
                throw new TypeError(`Storage: the item for "${key}" must be an object.`);
            }
            const { eTag, ...item } = value as Record<string, unknown>;
            return { key, eTag, body: Buffer.from(JSON.stringify(item), 'utf8') };
        });
        if (entries.length > 1) {
            // Every condition first, so a conflict that is already there writes nothing.
            await eachLimited(entries, async ({ key, eTag }) => {
                if (isUnconditional(eTag)) return;
                if (!conditionHolds(eTag, await this.currentETag(key))) throw new ETagConflictError(key);
            });
        }
        await eachLimited(entries, async ({ key, eTag, body }) => {
            const conditions =
                eTag === IF_ABSENT ? { ifNoneMatch: '*' } : isUnconditional(eTag) ? {} : { ifMatch: String(eTag) };
            try {
                await this.container.getBlockBlobClient(blobNameFor(key)).upload(body, body.length, {
                    conditions,
                    blobHTTPHeaders: { blobContentType: 'application/json' },
                });
            } catch (err) {
                // 412: the eTag no longer matches; 409 BlobAlreadyExists (create only); 404: If-Match on a blob
                // that is gone.
                const status = statusOf(err);
                if (status === 412 || status === 409 || (status === 404 && 'ifMatch' in conditions)) {
                    throw new ETagConflictError(key);
                }
                throw err;
            }
        });
    }

    private async currentETag(key: string): Promise<string | undefined> {
        try {
            return (await this.container.getBlobClient(blobNameFor(key)).getProperties()).etag;
        } catch (err) {
            if (statusOf(err) === 404) return undefined;
            throw err;
        }
    }

    async delete(keys: string[]): Promise<void> {
        if (!keys) throw new ReferenceError('Keys are required when deleting.');
        await eachLimited(keys, async (key) => {
            try {
                await this.container.deleteBlob(blobNameFor(key));
            } catch (err) {
                if (statusOf(err) !== 404) throw err;
            }
        });
    }

    /**
     * Retention: deletes every blob last modified before `olderThan`; returns how many were removed.
     * A blob rewritten after it was listed is kept (the delete is conditional on the listed eTag).
     */
    async sweep(options: { olderThan: Date }): Promise<number> {
        const cutoff = cutoffOf(options);
        let removed = 0;
        try {
            for await (const blob of this.container.listBlobsFlat()) {
                if (blob.properties.lastModified.getTime() >= cutoff) continue;
                try {
                    await this.container.deleteBlob(blob.name, { conditions: { ifMatch: blob.properties.etag } });
                    removed++;
                } catch (err) {
                    if (statusOf(err) !== 404 && statusOf(err) !== 412)
                        this.warn(`BlobStateStorage: could not remove ${blob.name}`, err);
                }
            }
        } catch (err) {
            if (statusOf(err) === 404) return removed; // no container yet: nothing stored
            throw err;
        }
        return removed;
    }
}

/** Factory: a {@link BlobStateStorage} whose container exists. */
export async function createBlobStorage(options: BlobStateStorageOptions): Promise<BlobStateStorage> {
    const storage = new BlobStateStorage(options);
    await storage.init();
    return storage;
}
