import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { StoreItems } from 'botbuilder';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';
import { startCaptureChannel } from '../support/channel.js';
import { listen, message, post } from '../support/http.js';

/**
 * Issue #19, finding 11: SMS conversation ids (the parent's phone number) were stored raw, in storage keys and the
 * agents' index, and `from.name` was kept in the stored conversation reference.
 */
class KeyRecorder extends MemoryStorage {
    readonly keys = new Set<string>();
    override async write(changes: StoreItems): Promise<void> {
        await super.write(changes);
        for (const key of Object.keys(changes)) this.keys.add(key);
    }
}

const NUMBER = '+8613812345678';
const storage = new KeyRecorder();
let bot: Awaited<ReturnType<typeof listen>>;
let channel: Awaited<ReturnType<typeof startCaptureChannel>>;

beforeAll(async () => {
    channel = await startCaptureChannel();
    bot = await listen({ AGENTS: 'alice:alice-secret-123' }, { storage });
});
afterAll(async () => {
    bot?.close();
    await channel?.close();
});

describe('an SMS conversation', () => {
    it('is stored under a hash of the phone number, and without the display name', async () => {
        const sms = (text: string) =>
            message(channel.url, text, {
                channelId: 'sms',
                conversation: { id: NUMBER },
                from: { id: NUMBER, name: 'Wang Fang 138.0013.8000' },
            });
        expect((await post(bot.base, sms('what documents do I need to bring'))).status).toBeLessThan(300);
        await channel.waitFor(1);
        expect((await post(bot.base, sms('talk to a person'))).status).toBeLessThan(300);
        await channel.waitFor(2);

        const keys = [...storage.keys];
        expect(keys.some((k) => k.startsWith('sms/conversations/'))).toBe(true);
        expect(keys.some((k) => k.startsWith('handoff/conversation/'))).toBe(true);
        expect(keys.filter((k) => k.includes('13812345678'))).toEqual([]);

        // The agents' index and the console list the hashed id, which the console can use.
        const index = (await storage.read(['handoff/index']))['handoff/index'] as { ids: string[] };
        expect(index.ids.join()).not.toContain('13812345678');
        const record = await bot.app.handoff.get(index.ids[0]!);
        expect(record).toMatchObject({ channelId: 'sms', status: 'waiting' });
        expect(record!.conversationId).not.toContain('13812345678');
        expect(JSON.stringify(record!.reference.user)).not.toContain('Wang');
        // Replies still reach the parent: the reference keeps where to send them.
        expect(channel.received.every((a) => a.conversation?.id === NUMBER)).toBe(true);
    });
});
