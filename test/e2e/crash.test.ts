import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startCaptureChannel } from '../support/channel.js';
import { message, post as postActivity } from '../support/http.js';
import { startBot, type Child } from '../support/processes.js';

const children: Child[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
    for (const c of children.splice(0)) await c.stop();
    for (const c of closers.splice(0)) await c();
});

/** A message in the crash test's conversation. */
function post(base: string, serviceUrl: string, text: string) {
    return postActivity(base, message(serviceUrl, text, { conversation: { id: 'conv-crash' } }));
}

async function bot(dir: string) {
    const b = await startBot({ STATE_DIR: dir }); // the default store
    children.push(b);
    return b;
}

describe('the embedded database through a crash', () => {
    it('keeps every acknowledged turn when the process is killed (SIGKILL), including in the middle of a turn', async () => {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'crash-'));
        const channel = await startCaptureChannel();
        closers.push(() => channel.close());

        const first = await bot(dir);
        expect((await post(first.base, channel.url, 'step 3')).status).toBe(200);
        expect((await post(first.base, channel.url, 'next')).status).toBe(200);
        expect(channel.received.at(-1)?.text).toContain('Step 4 of 6');

        // A channel that never answers the reply: the next turn is still in flight when the process dies.
        const stuck = http.createServer(() => undefined);
        await new Promise<void>((resolve) => stuck.listen(0, '127.0.0.1', resolve));
        closers.push(() => new Promise<void>((resolve) => (stuck.closeAllConnections(), stuck.close(() => resolve()))));
        const inFlight = post(
            first.base,
            `http://127.0.0.1:${(stuck.address() as AddressInfo).port}`,
            'what documents do I need',
        ).catch(() => 'connection lost');
        await new Promise((r) => setTimeout(r, 300));
        first.process.kill('SIGKILL');
        expect(await inFlight).toBe('connection lost');

        // A restarted bot opens the database and carries on at step 4.
        const second = await bot(dir);
        expect((await post(second.base, channel.url, 'repeat')).status).toBe(200);
        expect(channel.received.at(-1)?.text).toContain('Step 4 of 6');
        expect((await post(second.base, channel.url, 'next')).status).toBe(200);
        expect(channel.received.at(-1)?.text).toContain('Step 5 of 6');
    }, 60_000);
});
