import { afterEach, describe, expect, it } from '@jest/globals';
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import type { AddressInfo } from 'node:net';
import { CHANNELS, createApp, type MakeChannel } from '../src/app.js';
import type { Channel, TurnHandler } from '../src/channels/channel.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';

const closers: (() => void)[] = [];
afterEach(() => {
    for (const c of closers.splice(0)) c();
});

/**
 * A channel added the way the Development section says: one factory implementing the Channel
 * contract, one line in the list createApp takes. Its conversations (serviceUrl https://test.com,
 * botbuilder's TestAdapter) show no buttons.
 */
function fakeChannel() {
    const made: { bot?: TurnHandler; adapter?: TestAdapter } = {};
    const make: MakeChannel = ({ onTurnError }) => {
        const adapter = new TestAdapter((ctx) => made.bot!.run(ctx));
        adapter.onTurnError = onTurnError;
        made.adapter = adapter;
        const channel: Channel = {
            name: 'fake',
            owns: (reference) => reference.serviceUrl === 'https://test.com',
            capabilities: () => ({ cards: false, suggestedActions: false, markdown: false }),
            // What a channel's proactive send does: a turn context on its adapter, outside a user's turn.
            continueConversation: (reference, logic) =>
                logic(
                    new TurnContext(
                        adapter,
                        TurnContext.applyConversationReference(
                            { type: 'event', name: 'continueConversation' },
                            reference,
                            true,
                        ) as Activity,
                    ),
                ),
            register: (_server, bot) => void (made.bot = bot),
        };
        return channel;
    };
    return { make, made };
}

describe('the channel contract', () => {
    it('a channel in the list createApp takes gets the bot, renders by its own capabilities, and carries agents’ messages to its conversations', async () => {
        const fake = fakeChannel();
        const app = await createApp({
            config: loadConfig({ PORT: '0', STORAGE: 'memory', AGENTS: 'alice:alice-secret-123' }),
            logger: silentLogger,
            channels: [fake.make, ...CHANNELS],
        });
        await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
        closers.push(() => app.server.close());
        const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
        expect(app.channels.map((c) => c.name)).toEqual(['fake', 'directline', 'botframework']);

        const adapter = fake.made.adapter!;
        const texts = () => adapter.activeQueue.filter((a) => a.type === 'message').map((a) => a.text ?? '');
        // channelId 'test' would get buttons by id; this channel says it shows none: numbered options.
        await adapter.processActivity({ type: 'message', text: 'menu', id: 'f1' } as Partial<Activity>);
        expect(texts().at(-1)).toContain('1. What to bring');
        await adapter.processActivity({ type: 'message', text: 'talk to a person', id: 'f2' } as Partial<Activity>);
        expect(texts().at(-1)).toContain("I've asked a person");

        // An agent accepts: the notice goes out through this channel, not the Bot Connector.
        const signIn = await fetch(`${base}/agent/api/session`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ name: 'alice', secret: 'alice-secret-123' }),
        });
        const { token } = (await signIn.json()) as { token: string };
        const accept = await fetch(
            `${base}/agent/api/conversations/${encodeURIComponent(adapter.conversation.conversation.id)}/accept`,
            { method: 'POST', headers: { authorization: `Bearer ${token}` } },
        );
        expect(accept.status).toBe(200);
        expect(texts().at(-1)).toBe('alice from the support team has joined the chat.');
    });
});
