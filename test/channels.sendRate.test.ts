import { describe, expect, it } from '@jest/globals';
import { ActivityTypes, TestAdapter } from 'botbuilder';
import { createSendRateMiddleware } from '../src/channels/sendRate.js';

describe('per-conversation send rate (Teams limits)', () => {
    it('holds the 8th message of a burst for the 1 s limit and the 9th for the 2 s limit, and delivers all', async () => {
        let t = 0;
        const waits: number[] = [];
        const rate = createSendRateMiddleware({ now: () => t, sleep: async (ms) => void (waits.push(ms), (t += ms)) });
        const adapter = new TestAdapter(async (ctx) => {
            for (let i = 1; i <= 10; i++) await ctx.sendActivity(`m${i}`);
        });
        adapter.use(rate);
        const activity = { type: ActivityTypes.Message, text: 'go', channelId: 'msteams', conversation: { id: 'thread-1', isGroup: false, conversationType: 'personal', name: '' } };
        let flow = adapter.send(activity);
        for (let i = 1; i <= 10; i++) flow = flow.assertReply(`m${i}`);
        await flow.startTest();
        // 7 go at t=0; the 8th waits for the 1 s window (t=1000); the 9th for the 2 s window of 8
        // sends (t=2000), by when the first 7 have left it, so the 10th goes at once.
        expect(waits).toEqual([1000, 1000]);
    });

    it('does not pace other channels', async () => {
        const waits: number[] = [];
        const rate = createSendRateMiddleware({ now: () => 0, sleep: async (ms) => void waits.push(ms) });
        const adapter = new TestAdapter(async (ctx) => {
            for (let i = 1; i <= 10; i++) await ctx.sendActivity(`m${i}`);
        });
        adapter.use(rate);
        let flow = adapter.send({ type: ActivityTypes.Message, text: 'go', channelId: 'webchat' });
        for (let i = 1; i <= 10; i++) flow = flow.assertReply(`m${i}`);
        await flow.startTest();
        expect(waits).toEqual([]);
    });
});
