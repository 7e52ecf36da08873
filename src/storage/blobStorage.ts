import { ContainerClient } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { ETagConflictError, IF_ABSENT } from './errors.js';

export interface BlobStateStorageOptions {
    connectionString: string;
    container: string;
    /** Problems that do not fail the current call (a blob that could not be removed by the sweep). */
    onWarning?: (message: string, error?: unknown) => void;
}

/** BlobsStorage's blob name for a key (botbuilder-azure-blobs' sanitizeBlobKey, which its package does not export). */
function sanitizeBlobKey(key: string): string {
    const sanitized = key.split('/').reduce((acc, part, idx) => (part ? [acc, part].join(idx < 255 ? '/' : '') : acc));
    return encodeURIComponent(sanitized).substr(0, 1024);
}

function statusOf(err: unknown): number | undefined {
    return (err as { statusCode?: number } | undefined)?.statusCode;
}

/**
 * Azure Blob Storage for everything the bot keeps (SDK edge): conversation state, handoff records
 * with their transcripts, the agents' queue index and the unanswered-questions log, one blob per
 * key, shared by every instance. Reads, writes and deletes are botbuilder's own `BlobsStorage`
 * (writes with an eTag use `If-Match`, so optimistic concurrency holds across instances); this class
 * adds the retention sweep, which lists the container by last-modified time.
 */
export class BlobStateStorage implements Storage {
    private readonly inner: BlobsStorage;
    private readonly container: ContainerClient;
    private readonly warn: (message: string, error?: unknown) => void;

    constructor(options: BlobStateStorageOptions) {
        this.inner = new BlobsStorage(options.connectionString, options.container);
        this.container = new ContainerClient(options.connectionString, options.container);
        this.warn =
            options.onWarning ?? ((message) => process.emitWarning(message, { type: 'BlobStateStorageWarning' }));
    }

    /** Creates the container if needed, so an unreachable account fails at start-up rather than on the first turn. */
    async init(): Promise<void> {
        await this.container.createIfNotExists();
    }

    read(keys: string[]): Promise<StoreItems> {
        return this.inner.read(keys);
    }

    async write(changes: StoreItems): Promise<void> {
        const create: StoreItems = {};
        const rest: StoreItems = {};
        for (const [key, item] of Object.entries(changes)) {
            if ((item as { eTag?: string } | undefined)?.eTag === IF_ABSENT) create[key] = item;
            else rest[key] = item;
        }
        // BlobsStorage has no "create only": these go straight to the SDK, in BlobsStorage's own blob name and format.
        await Promise.all(
            Object.entries(create).map(([key, item]) => this.create(key, item as Record<string, unknown>)),
        );
        if (Object.keys(rest).length === 0) return;
        try {
            await this.inner.write(rest);
        } catch (err) {
            // BlobsStorage rethrows a 412 as a plain Error; keep the status so callers can tell a conflict.
            if (/eTag conflict/i.test((err as Error).message ?? '')) Object.assign(err as object, { statusCode: 412 });
            throw err;
        }
    }

    private async create(key: string, item: Record<string, unknown>): Promise<void> {
        const data = { ...item };
        delete data.eTag;
        const body = Buffer.from(JSON.stringify(data), 'utf8');
        try {
            await this.container.getBlockBlobClient(sanitizeBlobKey(key)).upload(body, body.length, {
                conditions: { ifNoneMatch: '*' },
                blobHTTPHeaders: { blobContentType: 'application/json' },
            });
        } catch (err) {
            // 409 BlobAlreadyExists (or 412 from some emulators): someone created it first.
            if (statusOf(err) === 409 || statusOf(err) === 412) throw new ETagConflictError(key);
            throw err;
        }
    }

    delete(keys: string[]): Promise<void> {
        return this.inner.delete(keys);
    }

    /**
     * Retention: deletes every blob last modified before `olderThan`; returns how many were removed.
     * A blob rewritten after it was listed is kept (the delete is conditional on the listed eTag).
     */
    async sweep(options: { olderThan: Date }): Promise<number> {
        const cutoff = options.olderThan.getTime();
        if (Number.isNaN(cutoff)) throw new RangeError('sweep: olderThan is not a valid date');
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
