import { afterEach, describe, expect, it } from '@jest/globals';
import type { Storage, StoreItems } from 'botbuilder';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LmdbStorage } from '../../src/storage/lmdbStorage.js';
import { startCaptureChannel } from '../support/channel.js';
import { listen, message, post } from '../support/http.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
});

/** The embedded database, with every write call's keys recorded. */
function counted(inner: LmdbStorage): Storage & { writes: string[][]; atomicMultiKeyWrites: true } {
    const writes: string[][] = [];
    return {
        writes,
        atomicMultiKeyWrites: true,
        read: (keys) => inner.read(keys),
        write: (changes: StoreItems) => {
            writes.push(Object.keys(changes).sort());
            return inner.write(changes);
        },
        delete: (keys) => inner.delete(keys),
    };
}

describe('one durable write per turn (embedded database)', () => {
    it("writes a turn's state and its transcript lines in one write; the agents' index only on a conversation's first turn", async () => {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'one-write-'));
        const db = await LmdbStorage.open({ dir });
        cleanups.push(async () => {
            await db.close();
            await rm(dir, { recursive: true, force: true });
        });
        const storage = counted(db);
        const channel = await startCaptureChannel();
        cleanups.push(() => channel.close());
        const { base, close } = await listen({ AGENTS: 'alice:alice-secret-123' }, { storage });
        cleanups.push(close);

        const say = async (text: string) => {
            const before = storage.writes.length;
            expect((await post(base, message(channel.url, text, { conversation: { id: 'c-one' } }))).status).toBe(200);
            return storage.writes.slice(before);
        };
        const state = 'emulator/conversations/c-one/';
        const record = 'handoff/conversation/c-one';
        expect(await say('walk me through the steps')).toEqual([[record, state].sort(), ['handoff/index']]);
        expect(await say('next')).toEqual([[record, state].sort()]);
        expect(await say('what documents do I need')).toEqual([[record, state].sort()]);

        // What the agent will see was written with those turns.
        const stored = (await db.read([record]))[record] as { transcript: { from: string; text: string }[] };
        expect(stored.transcript.filter((l) => l.from === 'user').map((l) => l.text)).toEqual([
            'walk me through the steps',
            'next',
            'what documents do I need',
        ]);
    });
});
