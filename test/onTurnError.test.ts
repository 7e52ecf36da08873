import { describe, expect, it } from '@jest/globals';
import { ConversationState, TestAdapter } from 'botbuilder';
import { MemoryStorage } from '../src/storage/memoryStorage.js';
import { createOnTurnError } from '../src/onTurnError.js';
import { content } from './support/content.js';
import { captureLogs } from './support/http.js';

describe('onTurnError', () => {
    it('logs with a correlation id, apologises in the user’s language without a stack trace, and clears the state', async () => {
        const { catalog } = await content();
        const logs = captureLogs('info');
        const logger = logs.logger;
        const storage = new MemoryStorage();
        const conversationState = new ConversationState(storage);
        const counter = conversationState.createProperty<number>('count');
        let fail = true;
        const adapter = new TestAdapter(async (ctx) => {
            await counter.set(ctx, ((await counter.get(ctx, 0)) ?? 0) + 1);
            await conversationState.saveChanges(ctx);
            if (fail) throw new Error('boom at line 42');
            await ctx.sendActivity(`count ${await counter.get(ctx, 0)}`);
        });
        adapter.onTurnError = createOnTurnError({
            logger,
            catalog,
            clearState: async (ctx) => {
                await conversationState.delete(ctx);
                await conversationState.saveChanges(ctx, true);
            },
            defaultLang: 'en',
            newId: () => 'abcdef1234',
        });
        adapter.locale = 'zh-CN';
        await adapter
            .send('你好')
            .assertReply((a) => {
                expect(a.text).toBe('抱歉，我这边出了点问题。请再试一次，或者说“重新开始”。（参考编号：abcdef12）');
                expect(a.text).not.toContain('boom');
            })
            .startTest();
        expect(logs.lines).toEqual([
            expect.objectContaining({
                event: 'turn.failed',
                ref: 'abcdef12',
                conversationId: 'Convo1',
                err: {
                    name: 'Error',
                    message: 'boom at line 42',
                    stack: expect.stringMatching(/^at .*onTurnError\.test\.ts/),
                },
            }),
        ]);
        // The conversation is usable afterwards, starting from clean state.
        fail = false;
        await adapter.send('again').assertReply('count 1').startTest();
    });

    it('keeps the state when the turn failed only because other turns kept changing the conversation', async () => {
        const { catalog } = await content();
        const conversationState = new ConversationState(new MemoryStorage());
        const step = conversationState.createProperty<number>('step');
        let conflict = true;
        const adapter = new TestAdapter(async (ctx) => {
            if (conflict) {
                await step.set(ctx, 4);
                await conversationState.saveChanges(ctx);
                throw Object.assign(new Error('Storage: error writing "x" due to eTag conflict.'), { statusCode: 412 });
            }
            await ctx.sendActivity(`step ${await step.get(ctx, 0)}`);
        });
        adapter.onTurnError = createOnTurnError({
            logger: { debug() {}, info() {}, warn() {}, error() {} },
            catalog,
            clearState: async (ctx) => {
                await conversationState.delete(ctx);
                await conversationState.saveChanges(ctx, true);
            },
            defaultLang: 'en',
        });
        await adapter.send('next').assertReply((a) => expect(a.text).toContain('something went wrong')).startTest();
        conflict = false;
        await adapter.send('repeat').assertReply('step 4').startTest();
    });

    it('logs an error that quotes the message without the message, unless message text is logged', async () => {
        const { catalog } = await content();
        const said = 'my quokka, phone 13812345678';
        const run = async (logText: boolean) => {
            const logs = captureLogs('info', { logText });
            const adapter = new TestAdapter(async (ctx) => {
                throw new Error(`could not read "${ctx.activity.text}" at all`);
            });
            adapter.onTurnError = createOnTurnError({ logger: logs.logger, catalog, defaultLang: 'en' });
            await adapter
                .send(said)
                .assertReply((a) => expect(a.text).toMatch(/something went wrong/))
                .startTest();
            return logs;
        };
        const quiet = await run(false);
        expect((quiet.lines[0]!.err as { message: string }).message).toBe('could not read "[message text]" at all');
        expect(quiet.raw()).not.toContain('quokka');
        const told = await run(true);
        expect((told.lines[0]!.err as { message: string }).message).toBe(
            'could not read "my quokka, phone [PHONE]" at all',
        );
    });
});
