import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll } from '@jest/globals';

import { BlobStateStorage } from '../../src/storage/blobStorage.js';
import { LmdbStorage } from '../../src/storage/lmdbStorage.js';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';
import { startAzurite } from '../support/processes.js';
import { describeStoreContract } from '../support/storeContract.js';

/** One shared suite, three stores: what the turn runner, the handoff store and WeChat's claims rely on. */

describeStoreContract('MemoryStorage', async () => ({ store: new MemoryStorage(), close: async () => undefined }));

describeStoreContract('LmdbStorage', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'contract-lmdb-'));
    const store = await LmdbStorage.open({ dir });
    return {
        store,
        close: async () => {
            await store.close();
            await rm(dir, { recursive: true, force: true });
        },
    };
});

let azurite: Awaited<ReturnType<typeof startAzurite>> | undefined;
beforeAll(async () => {
    azurite = await startAzurite();
}, 30_000);
afterAll(async () => {
    await azurite?.stop();
});
let containers = 0;

describeStoreContract('BlobStateStorage (Azurite)', async () => {
    // A container of its own for every test, so each starts empty.
    const store = new BlobStateStorage({
        connectionString: azurite!.connectionString,
        container: `contract-${++containers}`,
    });
    await store.init();
    return { store, close: async () => undefined };
});
