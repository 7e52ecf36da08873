import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startCaptureChannel } from '../support/channel.js';
import { directLineClient } from '../support/directLine.js';
import { startBot, type Child } from '../support/processes.js';

/**
 * Two bot processes on one host sharing the default embedded database (one STATE_DIR): a conversation's
 * messages reach either of them, sometimes both at once.
 */
let bots: (Child & { base: string })[] = [];
let channel: Awaited<ReturnType<typeof startCaptureChannel>>;
let env: Record<string, string>;

beforeAll(async () => {
    channel = await startCaptureChannel();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'scale-lmdb-'));
    // The same chat token secret on both: a token outlives a restart and works on either process.
    env = { STATE_DIR: dir, RATE_LIMIT_CONVERSATION: '0', WEBCHAT_TOKEN_SECRET: 'w'.repeat(40) };
    bots = await Promise.all([startBot(env), startBot(env)]);
}, 60_000);

afterAll(async () => {
    const codes = await Promise.all(bots.map((b) => b.stop()));
    await channel?.close();
    for (const [i, code] of codes.entries())
        if (code !== 0 && code !== null) console.error(`bot ${i} exited ${code}:\n${bots[i]!.output()}`);
});

let seq = 0;
function post(bot: number, text: string, conversation: string, id = `act-${++seq}`) {
    return fetch(`${bots[bot]!.base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
            type: 'message',
            id,
            channelId: 'emulator',
            serviceUrl: channel.url,
            conversation: { id: conversation },
            from: { id: 'parent' },
            recipient: { id: 'bot' },
            locale: 'en-US',
            text,
        }),
    });
}

const messages = (conversation: string) =>
    channel.received
        .filter((a) => a.type === 'message' && a.conversation?.id === conversation)
        .map((a) => a.text ?? '');

async function until(conversation: string, count: number): Promise<string[]> {
    const deadline = Date.now() + 10_000;
    while (messages(conversation).length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return messages(conversation);
}

describe('two processes sharing the embedded database', () => {
    it('keeps both of two first messages racing on the two instances (a first save is a conditional create)', async () => {
        for (let round = 0; round < 6; round++) {
            const c = `conv-first-${round}`;
            // Each message changes a different part of a state that does not exist yet.
            const results = await Promise.all([post(round % 2, '中文', c), post(1 - (round % 2), 'step 3', c)]);
            expect(results.map((r) => r.status < 300)).toEqual([true, true]);
            await until(c, 2);
            // Had one first save overwritten the other, the language or the step would be lost.
            expect((await post(round % 2, 'repeat', c)).status).toBeLessThan(300);
            const replies = await until(c, 3);
            expect({ round, last: replies.at(-1) }).toEqual({ round, last: expect.stringContaining('第3步（共6步）') });
        }
    }, 60_000);

    it('counts both of a double-tapped "next" taken by the two instances at once', async () => {
        for (let round = 0; round < 5; round++) {
            const c = `conv-double-${round}`;
            await post(round % 2, 'step 2', c);
            const before = (await until(c, 1)).length;
            const results = await Promise.all([post(0, 'next', c), post(1, 'next', c)]);
            expect(results.map((r) => r.status < 300)).toEqual([true, true]);
            const steps = (await until(c, before + 2))
                .slice(before)
                .map((t) => /Step (\d) of 6/.exec(t)?.[1])
                .sort();
            expect({ round, steps }).toEqual({ round, steps: ['3', '4'] });
        }
    }, 60_000);

    it('answers a redelivery that reaches the other instance only once', async () => {
        const c = 'conv-redelivery';
        await post(1, 'step 5', c);
        const before = (await until(c, 1)).length;
        const [first, retry] = await Promise.all([post(0, 'next', c, 'same-id'), post(1, 'next', c, 'same-id')]);
        expect([first.status < 300, retry.status < 300]).toEqual([true, true]);
        // Both requests have been answered (200) by now, so every reply they caused has been sent.
        expect(messages(c).slice(before)).toHaveLength(1);
        await post(0, 'repeat', c);
        expect((await until(c, before + 2)).at(-1)).toContain('Step 6 of 6');
    }, 30_000);
});

describe('built-in Direct Line on the embedded database (issue #19, findings 14 and 15)', () => {
    it('answers every message after a restart: a new message never reuses the id of one answered before it', async () => {
        const dl = () => directLineClient(bots[0]!.base);
        const s = await dl().open();
        const greeting = await dl().botMessages(s, 1);
        const answered: string[] = [];
        for (const [i, text] of ['step 1', 'next', 'next', 'next', 'next', 'repeat'].entries()) {
            if (i === 3) {
                // The only instance restarts; the parent's page goes on with the same token.
                await bots[0]!.stop();
                bots[0] = await startBot(env);
            }
            const id = await dl().say(s, text);
            answered.push((await dl().answerTo(s, id)) ?? `no answer to "${text}" (${id})`);
        }
        expect(answered.map((t) => /Step \d of 6/.exec(t)?.[0] ?? t)).toEqual([
            'Step 1 of 6',
            'Step 2 of 6',
            'Step 3 of 6',
            'Step 4 of 6',
            'Step 5 of 6',
            'Step 5 of 6',
        ]);
        // And the history from before the restart is still there.
        expect((await dl().botMessages(s, 7)).slice(0, greeting.length)).toEqual(greeting);
    }, 90_000);

    it('answers every message of a conversation that goes on across both processes and a restart: ids never repeat', async () => {
        const s = await directLineClient(bots[0]!.base).open();
        const greeting = (await directLineClient(bots[0]!.base).botMessages(s, 1)).length;
        expect(greeting).toBeGreaterThan(0);
        const turns: [string, string][] = [
            ['step 1', 'Step 1 of 6'],
            ['next', 'Step 2 of 6'],
            ['next', 'Step 3 of 6'],
            ['next', 'Step 4 of 6'],
            ['next', 'Step 5 of 6'],
            ['repeat', 'Step 5 of 6'],
        ];
        for (const [i, [text, expected]] of turns.entries()) {
            if (i === 3) {
                // Process 1 restarts (a deployment, a crash): the parent's page goes on with the same token.
                await bots[1]!.stop();
                bots[1] = await startBot(env);
            }
            const dl = directLineClient(bots[i % 2]!.base);
            await dl.say(s, text);
            const answers = await dl.botMessages(s, greeting + i + 1);
            expect({ text, answer: answers[greeting + i] }).toEqual({
                text,
                answer: expect.stringContaining(expected),
            });
        }
        const ids = (await directLineClient(bots[1]!.base).poll(s)).activities.map((a) => a.id);
        expect(new Set(ids).size).toBe(ids.length);
    }, 90_000);
});
