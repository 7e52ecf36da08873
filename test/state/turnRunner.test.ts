import { describe, expect, it } from '@jest/globals';
import { TestAdapter, TurnContext, type Activity, type Storage, type StoreItems } from 'botbuilder';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';
import { OptimisticConversationState } from '../../src/state/optimisticState.js';
import { TurnRunner } from '../../src/state/turnRunner.js';
import { silentLogger } from '../../src/logger.js';
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

describe('TurnRunner', () => {
    const activity = {
        type: 'message',
        text: 'hi',
        id: 'a1',
        channelId: 'test',
        conversation: { id: 'c1' },
        from: { id: 'u' },
        recipient: { id: 'b' },
    } as Activity;

    it('reruns a turn whose save lost a race and sends only the replies of the run that counted', async () => {
        const storage = new MemoryStorage();
        const state = new OptimisticConversationState(storage);
        const counter = state.createProperty<number>('counter');
        const runner = new TurnRunner({ conversationState: state, logger: silentLogger });
        const adapter = new TestAdapter(async () => undefined);
        // An earlier turn stored the conversation (a conversation's very first save has no eTag to check).
        const earlier = new TurnContext(adapter, { ...activity, id: 'a0' });
        await counter.set(earlier, 0);
        await state.saveChanges(earlier);
        let runs = 0;
        await runner.run(new TurnContext(adapter, activity), async (ctx) => {
            runs++;
            const n = await counter.get(ctx, 0);
            if (runs === 1) {
                // Another instance saves this conversation while this run is in progress.
                const other = new TurnContext(adapter, { ...activity, id: 'other' });
                await state.load(other);
                await counter.set(other, 100);
                await state.saveChanges(other);
            }
            await counter.set(ctx, n + 1);
            await ctx.sendActivity(`run ${runs} saw ${n}`);
        });
        expect(runs).toBe(2);
        expect(adapter.activeQueue.map((a) => a.text)).toEqual(['run 2 saw 100']);
        const check = new TurnContext(adapter, activity);
        expect(await counter.get(check, 0)).toBe(101);
    });

    it('gives up after its attempts with the conflict error and sends nothing from the lost runs', async () => {
        const inner = new MemoryStorage();
        const alwaysConflicting: Storage = {
            read: (keys) => inner.read(keys),
            delete: (keys) => inner.delete(keys),
            write: async () => {
                throw Object.assign(new Error('Storage: error writing "x" due to eTag conflict.'), { statusCode: 412 });
            },
        };
        const state = new OptimisticConversationState(alwaysConflicting);
        const runner = new TurnRunner({ conversationState: state, logger: silentLogger, attempts: 3 });
        const adapter = new TestAdapter(async () => undefined);
        let runs = 0;
        const turn = runner.run(new TurnContext(adapter, activity), async (ctx) => {
            runs++;
            await state.createProperty<number>('n').set(ctx, runs);
            await ctx.sendActivity('hello');
        });
        await expect(turn).rejects.toThrow(/eTag conflict/);
        expect(runs).toBe(3);
        expect(adapter.activeQueue).toHaveLength(0);
    });

    it('runs after-commit work once, after the replies are sent', async () => {
        const state = new OptimisticConversationState(new MemoryStorage());
        const runner = new TurnRunner({ conversationState: state, logger: silentLogger });
        const adapter = new TestAdapter(async () => undefined);
        const order: string[] = [];
        const context = new TurnContext(adapter, activity);
        await runner.run(context, async (ctx) => {
            TurnRunner.afterCommit(
                ctx,
                async () => void order.push(`after commit, ${adapter.activeQueue.length} sent`),
            );
            await ctx.sendActivity('answer');
            order.push(`logic done, ${adapter.activeQueue.length} sent`);
        });
        expect(order).toEqual(['logic done, 0 sent', 'after commit, 1 sent']);
        expect(adapter.activeQueue.map((a) => a.text)).toEqual(['answer']);
    });
});

describe('OptimisticConversationState', () => {
    it('refuses to save over a change made since it read the state', async () => {
        const state = new OptimisticConversationState(new MemoryStorage());
        const step = state.createProperty<number>('step');
        const adapter = new TestAdapter(async () => undefined);
        const activity = { type: 'message', channelId: 'test', conversation: { id: 'c' } } as Activity;
        const setup = new TurnContext(adapter, activity);
        await step.set(setup, 1);
        await state.saveChanges(setup);

        const first = new TurnContext(adapter, activity);
        const second = new TurnContext(adapter, activity);
        await state.load(first);
        await state.load(second);
        await step.set(first, 2);
        await step.set(second, 5);
        await state.saveChanges(first);
        await expect(state.saveChanges(second)).rejects.toThrow(/eTag/i);

        const check = new TurnContext(adapter, activity);
        expect(await step.get(check)).toBe(2);
    });
});
