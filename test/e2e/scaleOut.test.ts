import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BlobStateStorage } from '../../src/storage/blobStorage.js';
import { ETagConflictError, IF_ABSENT } from '../../src/storage/errors.js';
import { startCaptureChannel } from '../support/channel.js';
import { directLineClient } from '../support/directLine.js';
import { startAzurite, startBot, type Child } from '../support/processes.js';
import { startRoundRobin } from '../support/roundRobin.js';

/**
 * Two bot processes behind an imaginary load balancer, sharing Azure Blob storage (the Azurite
 * emulator): one conversation's turns alternate between them.
 */
let azurite: Awaited<ReturnType<typeof startAzurite>>;
let bots: (Child & { base: string })[] = [];
let channel: Awaited<ReturnType<typeof startCaptureChannel>>;
let env: Record<string, string>;
const AGENTS = 'alice:alice-secret-123';

beforeAll(async () => {
    azurite = await startAzurite();
    channel = await startCaptureChannel();
    env = {
        STORAGE: 'blob',
        BLOB_CONNECTION_STRING: azurite.connectionString,
        BLOB_CONTAINER: 'scale-out',
        AGENTS,
        // The same secret on every instance: an agent's sign-in on one is valid on the other.
        AGENT_TOKEN_SECRET: 's'.repeat(40),
        // And a chat token issued by one is valid on the other (built-in Direct Line).
        WEBCHAT_TOKEN_SECRET: 'w'.repeat(40),
        // A stream on one instance reads what the other added within 200 ms (default 1 s).
        DIRECTLINE_STREAM_POLL_MS: '200',
    };

    bots = await Promise.all([startBot(env), startBot(env)]);
}, 60_000);

afterAll(async () => {
    const retries = bots.map((b) => (b.output().match(/"event":"turn.retry"/g) ?? []).length);
    if (process.env.SHOW_RETRIES)
        console.log(`turns rerun after an eTag conflict, per instance: ${retries.join(', ')}`);
    const codes = await Promise.all(bots.map((b) => b.stop()));
    await azurite?.stop();
    await channel?.close();
    // A bot that crashed during the test shows here with its output.
    for (const [i, code] of codes.entries())
        if (code !== 0 && code !== null) console.error(`bot ${i} exited ${code}:\n${bots[i]!.output()}`);
});

let seq = 0;
function post(base: string, text: string, conversation: string, id = `act-${++seq}`) {
    return fetch(`${base}/api/messages`, {
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

/** Sends a message to one instance and returns the bot's new replies in that conversation. */
async function turn(bot: number, text: string, conversation: string, expectedReplies = 1): Promise<string[]> {
    const before = messages(conversation).length;
    const res = await post(bots[bot]!.base, text, conversation);
    expect(res.status).toBeLessThan(300);
    const deadline = Date.now() + 10_000;
    while (messages(conversation).length < before + expectedReplies && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
    return messages(conversation).slice(before);
}

async function agentApi(bot: number, method: string, url: string, token?: string, body?: unknown) {
    const res = await fetch(`${bots[bot]!.base}${url}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('two instances on shared Blob storage (Azurite)', () => {
    it('carries the walkthrough, the language and a handoff across instances, turn by turn', async () => {
        const c = 'conv-scale-1';
        expect((await turn(0, 'step 3', c)).join()).toContain('Step 3 of 6');
        expect((await turn(1, 'next', c)).join()).toContain('Step 4 of 6');
        expect((await turn(0, '中文', c)).join()).toContain('中文');
        // The language chosen on instance 0 holds on instance 1, and so does the step.
        expect((await turn(1, 'repeat', c)).join()).toContain('第4步（共6步）');
        expect((await turn(0, 'talk to a person', c)).join()).toContain('人工客服');

        // An agent signs in on instance 1 and finds the conversation queued on instance 0, with its context.
        const signIn = await agentApi(1, 'POST', '/agent/api/session', undefined, {
            name: 'alice',
            secret: 'alice-secret-123',
        });
        expect(signIn.status).toBe(200);
        const token = signIn.body.token as string;
        const queue = await agentApi(1, 'GET', '/agent/api/queue', token);
        expect(
            queue.body.conversations.map(
                (q: { conversationId: string; status: string; lang: string; step: number }) => [
                    q.conversationId,
                    q.status,
                    q.lang,
                    q.step,
                ],
            ),
        ).toEqual([[c, 'waiting', 'zh', 4]]);
        const before = messages(c).length;
        expect((await agentApi(1, 'POST', `/agent/api/conversations/${c}/accept`, token)).status).toBe(200);
        expect(
            (
                await agentApi(1, 'POST', `/agent/api/conversations/${c}/messages`, token, {
                    text: 'Which city are you in?',
                })
            ).status,
        ).toBe(200);
        const deadline = Date.now() + 10_000;
        while (messages(c).length < before + 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        expect(messages(c).slice(before)).toEqual([
            '人工客服alice已加入对话。',
            'alice（人工客服）：Which city are you in?',
        ]);

        // The parent answers through instance 0: the bot stays quiet and the agent on instance 1 sees it.
        const quiet = messages(c).length;
        expect((await post(bots[0]!.base, '上海', c)).status).toBeLessThan(300);
        const convo = await agentApi(1, 'GET', `/agent/api/conversations/${c}`, token);
        expect(convo.body.conversation.transcript.at(-1)).toMatchObject({ from: 'user', text: '上海' });
        expect(messages(c).length).toBe(quiet);

        // The agent hands back on instance 1; the bot answers again on instance 0, still at step 4, in Chinese.
        expect((await agentApi(1, 'POST', `/agent/api/conversations/${c}/handback`, token)).status).toBe(200);
        const backBy = Date.now() + 10_000;
        while (messages(c).length < quiet + 1 && Date.now() < backBy) await new Promise((r) => setTimeout(r, 20));
        expect(messages(c).at(-1)).toContain('人工客服已离开对话');
        expect((await turn(0, '我在哪一步', c)).join()).toContain('您现在在第4步（共6步）');
    }, 60_000);

    it('two instances taking a double-tapped "next" at once both count', async () => {
        // Several rounds, so that some of them really overlap on the shared storage.
        for (let round = 0; round < 5; round++) {
            const c = `conv-scale-2-${round}`;
            await turn(round % 2, 'step 2', c);
            const before = messages(c).length;
            const results = await Promise.all([post(bots[0]!.base, 'next', c), post(bots[1]!.base, 'next', c)]);
            expect(results.map((r) => r.status < 300)).toEqual([true, true]);
            const deadline = Date.now() + 10_000;
            while (messages(c).length < before + 2 && Date.now() < deadline)
                await new Promise((r) => setTimeout(r, 20));
            const steps = messages(c)
                .slice(before)
                .map((t) => /Step (\d) of 6/.exec(t)?.[1])
                .sort();
            expect({ round, steps }).toEqual({ round, steps: ['3', '4'] });
            expect((await turn(1, 'repeat', c)).join()).toContain('Step 4 of 6');
        }
    }, 30_000);

    it('answers a channel retry that reaches the other instance only once', async () => {
        const c = 'conv-scale-3';
        await turn(1, 'step 5', c);
        const before = messages(c).length;
        const [first, retry] = await Promise.all([
            post(bots[0]!.base, 'next', c, 'same-id'),
            post(bots[1]!.base, 'next', c, 'same-id'),
        ]);
        expect([first.status < 300, retry.status < 300]).toEqual([true, true]);
        await new Promise((r) => setTimeout(r, 500));
        expect(messages(c).slice(before)).toHaveLength(1);
        expect((await turn(0, 'repeat', c)).join()).toContain('Step 6 of 6');
    }, 30_000);
});

describe('BlobStateStorage on Azurite', () => {
    it('rejects a stale eTag with 412 and sweeps blobs by last change', async () => {
        const storage = new BlobStateStorage({ connectionString: azurite.connectionString, container: 'sweep-test' });
        await storage.init();
        await storage.write({ 'a/1': { n: 1 }, 'b/2': { n: 2 } });
        const read = await storage.read(['a/1']);
        await storage.write({ 'a/1': { n: 3, eTag: read['a/1']!.eTag } });
        await expect(storage.write({ 'a/1': { n: 4, eTag: read['a/1']!.eTag } })).rejects.toMatchObject({
            statusCode: 412,
        });
        expect(await storage.sweep({ olderThan: new Date(Date.now() - 60 * 60 * 1000) })).toBe(0);
        expect(await storage.sweep({ olderThan: new Date(Date.now() + 60 * 1000) })).toBe(2);
        expect(await storage.read(['a/1', 'b/2'])).toEqual({});
    });
});

describe('BlobStateStorage create-only writes on Azurite', () => {
    it('creates a key with IF_ABSENT once: the second create conflicts and the first value stays', async () => {
        const storage = new BlobStateStorage({ connectionString: azurite.connectionString, container: 'create-test' });
        await storage.init();
        const results = await Promise.allSettled([
            storage.write({ 'c/1': { by: 'one', eTag: IF_ABSENT } }),
            storage.write({ 'c/1': { by: 'two', eTag: IF_ABSENT } }),
        ]);
        expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
        const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
        expect(lost.reason).toBeInstanceOf(ETagConflictError);
        const winner = results[0]!.status === 'fulfilled' ? 'one' : 'two';
        // Stored in the usual format: readable (and conditionally writable) through the usual path.
        const read = await storage.read(['c/1']);
        expect(read['c/1']).toMatchObject({ by: winner, eTag: expect.any(String) });
        await storage.write({ 'c/1': { by: 'three', eTag: read['c/1']!.eTag } });
        expect((await storage.read(['c/1']))['c/1']).toMatchObject({ by: 'three' });
    });
});

describe('built-in Direct Line on two instances behind a round-robin load balancer (issue #19, finding 15)', () => {
    let lb: Awaited<ReturnType<typeof startRoundRobin>>;
    beforeAll(async () => {
        lb = await startRoundRobin(bots.map((b) => b.base));
    });
    afterAll(async () => {
        await lb?.close();
    });

    it('a parent who polls sees every answer, whichever instance takes the message or the poll', async () => {
        const dl = directLineClient(lb.url);
        const s = await dl.open();
        const greeting = (await dl.botMessages(s, 1)).length;
        expect(greeting).toBeGreaterThan(0);
        const turns: [string, string][] = [
            ['legal basis', 'Legal basis'],
            ['step 2', 'Step 2 of 6'],
            ['next', 'Step 3 of 6'],
            ['repeat', 'Step 3 of 6'],
        ];
        for (const [i, [text, expected]] of turns.entries()) {
            await dl.say(s, text);
            const answers = await dl.botMessages(s, greeting + i + 1);
            expect({ text, answer: answers[greeting + i] }).toEqual({
                text,
                answer: expect.stringContaining(expected),
            });
        }
        // Both instances served this conversation.
        expect(new Set(lb.routed)).toEqual(new Set([0, 1]));
        const ids = (await dl.poll(s)).activities.map((a) => a.id);
        expect(new Set(ids).size).toBe(ids.length);
    }, 60_000);

    it("a parent's stream receives every answer, also those of turns the other instance ran", async () => {
        const dl = directLineClient(lb.url);
        const s = await dl.open();
        await dl.botMessages(s, 1);
        const greeting = await dl.poll(s);
        const stream = await dl.stream(s, greeting.watermark);
        const turns: [string, string][] = [
            ['step 1', 'Step 1 of 6'],
            ['next', 'Step 2 of 6'],
            ['next', 'Step 3 of 6'],
            ['next', 'Step 4 of 6'],
            ['repeat', 'Step 4 of 6'],
        ];
        for (const [i, [text, expected]] of turns.entries()) {
            await dl.say(s, text);
            const pushed = await stream.botMessages(i + 1);
            expect({ text, pushed: pushed[i] }).toEqual({ text, pushed: expect.stringContaining(expected) });
        }
        stream.close();
    }, 60_000);

    it("an agent's messages reach the parent from either instance", async () => {
        const dl = directLineClient(lb.url);
        const s = await dl.open();
        const stream = await dl.stream(s);
        const before = (await dl.botMessages(s, 1)).length;
        await dl.say(s, 'talk to a person');
        await dl.botMessages(s, before + 1);
        const signIn = await agentApi(1, 'POST', '/agent/api/session', undefined, {
            name: 'alice',
            secret: 'alice-secret-123',
        });
        const token = signIn.body.token as string;
        const url = `/agent/api/conversations/${encodeURIComponent(s.conversationId)}`;
        // The handoff record is written once the turn is over: accept as soon as the queue has it.
        let accepted = 0;
        for (const deadline = Date.now() + 10_000; accepted !== 200 && Date.now() < deadline;) {
            accepted = (await agentApi(0, 'POST', `${url}/accept`, token)).status;
            if (accepted !== 200) await new Promise((r) => setTimeout(r, 100));
        }
        expect(accepted).toBe(200);
        expect((await agentApi(1, 'POST', `${url}/messages`, token, { text: 'Hello from instance one' })).status).toBe(
            200,
        );
        expect((await agentApi(0, 'POST', `${url}/messages`, token, { text: 'Hello from instance zero' })).status).toBe(
            200,
        );
        const history = await dl.botMessages(s, before + 4);
        expect(history.join('\n')).toContain('Hello from instance one');
        expect(history.join('\n')).toContain('Hello from instance zero');
        const pushed = await stream.botMessages(before + 4);
        expect(pushed.join('\n')).toContain('Hello from instance zero');
        expect(pushed.join('\n')).toContain('Hello from instance one');
        stream.close();
    }, 60_000);

    it('after an instance is replaced, the history is whole and the conversation goes on', async () => {
        const dl = directLineClient(lb.url);
        const s = await dl.open();
        await dl.botMessages(s, 1);
        await dl.say(s, 'step 5');
        const before = await dl.botMessages(s, 2);
        // A failover: instance 0 goes away and a new process takes its place behind the balancer.
        await bots[0]!.stop();
        bots[0] = await startBot(env);
        lb.targets[0] = bots[0].base;
        for (let i = 0; i < 2; i++)
            expect((await dl.poll(s)).activities.filter((a) => a.from.role === 'bot').map((a) => a.text)).toEqual(
                before,
            );
        await dl.say(s, 'next');
        await dl.botMessages(s, before.length + 1);
        await dl.say(s, 'repeat');
        const after = await dl.botMessages(s, before.length + 2);
        expect(after.slice(0, before.length)).toEqual(before);
        expect(after.slice(before.length)).toEqual([
            expect.stringContaining('Step 6 of 6'),
            expect.stringContaining('Step 6 of 6'),
        ]);
    }, 90_000);
});
