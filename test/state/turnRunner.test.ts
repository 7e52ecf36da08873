import { describe, expect, it } from '@jest/globals';
import { TestAdapter, type Activity, type Storage, type StoreItems } from 'botbuilder';
import type { ConversationData } from '../../src/core/conversation.js';
import { IF_ABSENT } from '../../src/storage/errors.js';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';
import { conversationKey, TurnRunner } from '../../src/state/turnRunner.js';
import { silentLogger } from '../../src/logger.js';
import { createOnTurnError } from '../../src/onTurnError.js';
import { buildBot } from '../support/content.js';

/** Shared storage whose reads and writes take a while, so turns started together really overlap. */
class SlowStorage implements Storage {
    constructor(
        readonly inner: Storage = new MemoryStorage(),
        private readonly delayMs = 25,
    ) {}
    private pause = () => new Promise((r) => setTimeout(r, this.delayMs));
    async read(keys: string[]): Promise<StoreItems> {
        await this.pause();
        return this.inner.read(keys);
    }
    async write(changes: StoreItems): Promise<void> {
        await this.pause();
        return this.inner.write(changes);
    }
    async delete(keys: string[]): Promise<void> {
        return this.inner.delete(keys);
    }
}

/** One bot instance (its own objects, its own adapter) on the given storage. */
async function instance(storage: Storage) {
    const { bot } = await buildBot({ storage });
    const adapter = new TestAdapter((ctx) => bot.run(ctx));
    const texts = () => adapter.activeQueue.filter((a) => a.type === 'message').map((a) => a.text ?? '');
    const send = (text: string, id: string) =>
        adapter.processActivity({ type: 'message', text, id } as Partial<Activity>);
    return { adapter, texts, send, clear: () => adapter.activeQueue.splice(0) };
}

const stepOf = (text: string) => /Step (\d) of 6/.exec(text)?.[1];

describe('concurrent turns of one conversation', () => {
    it('two instances answering "next" at the same moment: both count, nobody sees the same step twice', async () => {
        const storage = new SlowStorage();
        const a = await instance(storage);
        const b = await instance(storage);
        await a.send('step 1', 'm1');
        expect(a.texts().map(stepOf)).toEqual(['1']);
        a.clear();

        await Promise.all([a.send('next', 'm2'), b.send('next', 'm3')]);
        const steps = [...a.texts(), ...b.texts()].map(stepOf).sort();
        // Last writer wins would answer "Step 2" twice and leave the conversation at step 2.
        expect(steps).toEqual(['2', '3']);

        a.clear();
        await b.send('repeat', 'm4');
        expect(b.texts().map(stepOf).at(-1)).toBe('3');
    });

    it('a double tap on one instance is answered in order', async () => {
        const me = await instance(new SlowStorage());
        await me.send('step 4', 'd1');
        me.clear();
        await Promise.all([me.send('next', 'd2'), me.send('next', 'd3'), me.send('back', 'd4')]);
        expect(me.texts().map(stepOf)).toEqual(['5', '6', '5']);
    });

    it('the same activity delivered twice at once to two instances is answered once and applied once', async () => {
        const storage = new SlowStorage();
        const a = await instance(storage);
        const b = await instance(storage);
        await a.send('step 2', 'r1');
        a.clear();
        await Promise.all([a.send('next', 'r2'), b.send('next', 'r2')]);
        expect([...a.texts(), ...b.texts()].map(stepOf)).toEqual(['3']);
        await a.send('repeat', 'r3');
        expect(a.texts().map(stepOf).at(-1)).toBe('3');
    });

    it('a redelivered activity (a channel retry after a timeout) gets no second answer, a new one does', async () => {
        const me = await instance(new MemoryStorage());
        await me.send('what documents do I need', 'x1');
        expect(me.texts()).toHaveLength(1);
        await me.send('what documents do I need', 'x1');
        expect(me.texts()).toHaveLength(1);
        await me.send('what documents do I need', 'x2');
        expect(me.texts()).toHaveLength(2);
    });
});

describe('a turn whose replies were not all sent', () => {
    it('a channel retry of it gets the committed replies, once, and the turn is not applied twice (the state is kept)', async () => {
        const { bot, runner, catalog } = await buildBot();
        let failSends = 0;
        const adapter = new TestAdapter((ctx) => bot.run(ctx));
        adapter.onTurnError = createOnTurnError({
            logger: silentLogger,
            catalog,
            defaultLang: 'en',
            clearState: (ctx) => runner.clear(ctx.activity.channelId, ctx.activity.conversation.id),
        });
        // The channel's connector refuses a send (after the turn's state was committed).
        adapter.use({
            onTurn: async (ctx, next) => {
                ctx.onSendActivities(async (_c, _activities, sendNext) => {
                    if (failSends-- > 0) throw new Error('connector unavailable');
                    return sendNext();
                });
                await next();
            },
        });
        const steps = () => adapter.activeQueue.map((a) => stepOf(a.text ?? '')).filter(Boolean);
        await adapter.processActivity({ type: 'message', text: 'step 2', id: 's1' } as Partial<Activity>);
        failSends = 1;
        await adapter.processActivity({ type: 'message', text: 'next', id: 's2' } as Partial<Activity>);
        expect(steps()).toEqual(['2']);
        expect(adapter.activeQueue.at(-1)?.text).toContain('something went wrong');
        // The channel retries the activity it got no answer for: the committed reply goes out, once.
        await adapter.processActivity({ type: 'message', text: 'next', id: 's2' } as Partial<Activity>);
        await adapter.processActivity({ type: 'message', text: 'next', id: 's2' } as Partial<Activity>);
        expect(steps()).toEqual(['2', '3']);
        // The turn counted once and its state was kept: the next step is 4.
        await adapter.processActivity({ type: 'message', text: 'next', id: 's3' } as Partial<Activity>);
        expect(steps()).toEqual(['2', '3', '4']);
    });
});

describe('TurnRunner', () => {
    const key = { channelId: 'test', conversationId: 'c1', activityId: 'a1' };
    const stateKey = conversationKey('test', 'c1');
    const clockAt = (ms: number) => ({ now: () => new Date(ms) });
    const reply = (text: string): Partial<Activity> => ({ type: 'message', text });

    it('decides again on fresh state when another instance saved first, and sends only the replies of the decision that counted', async () => {
        const storage = new MemoryStorage();
        const runner = new TurnRunner({ storage, logger: silentLogger, clock: clockAt(0) });
        const sent: string[] = [];
        let runs = 0;
        await runner.run(
            key,
            {},
            async ({ data }) => {
                runs++;
                // Another instance saves this conversation while this decision is made.
                if (runs === 1) await storage.write({ [stateKey]: { conversation: { misses: 100 }, eTag: '*' } });
                return {
                    state: { ...data, misses: data.misses + 1 },
                    replies: [reply(`run ${runs} saw ${data.misses}`)],
                };
            },
            async (replies) => void sent.push(...replies.map((r) => r.text!)),
        );
        expect(runs).toBe(2);
        expect(sent).toEqual(['run 2 saw 100']);
        expect(
            ((await storage.read([stateKey]))[stateKey] as { conversation: { misses: number } }).conversation.misses,
        ).toBe(101);
    });

    it('gives up after its attempts with the conflict error and sends nothing', async () => {
        const inner = new MemoryStorage();
        const alwaysConflicting: Storage = {
            read: (keys) => inner.read(keys),
            delete: (keys) => inner.delete(keys),
            write: async () => {
                throw Object.assign(new Error('Storage: error writing "x" due to eTag conflict.'), { statusCode: 412 });
            },
        };
        const runner = new TurnRunner({
            storage: alwaysConflicting,
            logger: silentLogger,
            clock: clockAt(0),
            attempts: 3,
        });
        let runs = 0;
        const sent: Partial<Activity>[] = [];
        const turn = runner.run(
            key,
            {},
            ({ data }) => (runs++, { state: data, replies: [reply('hello')] }),
            async (r) => void sent.push(...r),
        );
        await expect(turn).rejects.toThrow(/eTag conflict/);
        expect(runs).toBe(3);
        expect(sent).toHaveLength(0);
    });

    it('commits the state, the replies and the effects’ writes in one write, then sends, then runs the after-work once', async () => {
        const inner = new MemoryStorage();
        const writes: string[][] = [];
        const order: string[] = [];
        const storage: Storage = {
            read: (keys) => inner.read(keys),
            delete: (keys) => inner.delete(keys),
            write: (changes: StoreItems) => (
                writes.push(Object.keys(changes).sort()),
                order.push('commit'),
                inner.write(changes)
            ),
        };
        const runner = new TurnRunner({ storage, logger: silentLogger, clock: clockAt(0) });
        await runner.run(
            key,
            { read: ['other/item'] },
            ({ data, items }) => ({
                state: data,
                replies: [reply('answer')],
                writes: { 'other/item': { seen: Object.keys(items), eTag: IF_ABSENT } },
                after: [async () => void order.push('after')],
            }),
            async () => void order.push('send'),
        );
        expect(writes).toEqual([['other/item', stateKey].sort()]);
        expect(order).toEqual(['commit', 'send', 'after']);
        const stored = (await inner.read([stateKey]))[stateKey] as {
            replies: { activityId: string; activities: { text: string }[] };
        };
        expect(stored.replies).toMatchObject({ activityId: 'a1', activities: [{ text: 'answer' }] });
    });

    it('after a crash between the commit and the sends, a retry reaching a restarted instance sends the stored replies; one arriving at once (another instance may still be sending) does not', async () => {
        const storage = new MemoryStorage();
        const first = new TurnRunner({ storage, logger: silentLogger, clock: clockAt(0) });
        // The process dies while sending: nothing reached the channel.
        await expect(
            first.run(
                key,
                {},
                ({ data }) => ({ state: data, replies: [reply('the answer')] }),
                () => Promise.reject(new Error('killed')),
            ),
        ).rejects.toThrow();

        const decided: string[] = [];
        const plan = ({ data }: { data: ConversationData }) => (
            decided.push('again'),
            { state: data, replies: [reply('decided again')] }
        );
        const sentSoon: string[] = [];
        const soon = new TurnRunner({ storage, logger: silentLogger, clock: clockAt(2_000), resendAfterMs: 10_000 });
        await soon.run(key, {}, plan, async (r) => void sentSoon.push(...r.map((a) => a.text!)));
        expect(sentSoon).toEqual([]);

        const sentLater: string[] = [];
        const later = new TurnRunner({ storage, logger: silentLogger, clock: clockAt(30_000), resendAfterMs: 10_000 });
        await later.run(key, {}, plan, async (r) => void sentLater.push(...r.map((a) => a.text!)));
        await later.run(key, {}, plan, async (r) => void sentLater.push(...r.map((a) => a.text!)));
        expect(sentLater).toEqual(['the answer']);
        expect(decided).toEqual([]);
    });

    it('a retry of a turn whose replies all went out gets nothing', async () => {
        const runner = new TurnRunner({
            storage: new MemoryStorage(),
            logger: silentLogger,
            clock: clockAt(0),
            resendAfterMs: 0,
        });
        const sent: string[] = [];
        const turn = () =>
            runner.run(
                key,
                {},
                ({ data }) => ({ state: data, replies: [reply('once')] }),
                async (r) => void sent.push(...r.map((a) => a.text!)),
            );
        await turn();
        await turn();
        expect(sent).toEqual(['once']);
    });
});
