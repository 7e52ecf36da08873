import { afterEach, describe, expect, it } from '@jest/globals';
import type { Activity } from 'botbuilder';
import { startCaptureChannel } from '../support/channel.js';
import { listen, message, post } from '../support/http.js';

/**
 * The bot never repeats a parent's own words back to them. The only text it passes on from someone
 * else is an agent's message and a contact-centre hub's reason for a failed handoff: those go out as
 * plain text (textFormat "plain", which Teams, Web Chat and the Emulator show as typed, markup
 * included) and never inside a card, whose text the channels render as markdown or HTML.
 */
const MARKUP = '**bold** <img src=x onerror=alert(1)> [click](javascript:alert(1)) <at>everyone</at> _x_';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(env: Record<string, string>) {
    const channel = await startCaptureChannel();
    cleanups.push(() => channel.close());
    const bot = await listen({ AGENT_TOKEN_SECRET: 'x'.repeat(40), ...env });
    cleanups.push(bot.close);
    return { ...bot, channel };
}

async function api(base: string, path: string, body: unknown, token?: string) {
    const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** The one activity that carries `needle`, checked to carry it only as plain text. */
function deliveredAsPlainText(received: Partial<Activity>[], needle: string): Partial<Activity> {
    const carrying = received.filter((a) => JSON.stringify(a).includes(needle.slice(0, 12)));
    expect(carrying).toHaveLength(1);
    const [reply] = carrying;
    expect(reply!.textFormat).toBe('plain');
    expect(JSON.stringify(reply!.attachments ?? [])).not.toContain(needle.slice(0, 12));
    expect(JSON.stringify(reply!.attachments ?? [])).not.toMatch(/onerror|javascript:/);
    return reply!;
}

describe('text the bot passes on from others', () => {
    it.each([
        ['a Teams channel (buttons on cards)', 'msteams', { conversationType: 'channel' }],
        ['Web Chat (cards and suggested actions)', 'webchat', {}],
        ['Telegram (plain text only)', 'telegram', {}],
    ])("an agent's message on %s is plain text, markup shown as typed", async (_name, channelId, conversationExtra) => {
        const { base, channel } = await setup({ AGENTS: 'alice:alice-secret-123', HANDOFF_EVENT_CHANNELS: '' });
        const conversation = { id: `echo-${channelId}`, ...conversationExtra };
        await post(base, message(channel.url, 'talk to a person', { channelId, conversation }));
        const session = await api(base, '/agent/api/session', { name: 'alice', secret: 'alice-secret-123' });
        const token = session.body.token as string;
        expect((await api(base, `/agent/api/conversations/${conversation.id}/accept`, {}, token)).status).toBe(200);
        const sent = await api(base, `/agent/api/conversations/${conversation.id}/messages`, { text: MARKUP }, token);
        expect(sent.status).toBe(200);
        const reply = deliveredAsPlainText(await channel.waitFor(3), MARKUP);
        expect(reply.text).toBe(`alice (support): ${MARKUP}`);
    });

    it("a hub's reason for a failed handoff is plain text, and bounded", async () => {
        const { base, channel } = await setup({
            AGENTS: '',
            HANDOFF_EVENT_CHANNELS: 'webchat',
            HANDOFF_HUB_CHANNELS: 'webchat',
        });
        const conversation = { id: 'echo-hub' };
        await post(base, message(channel.url, 'talk to a person', { channelId: 'webchat', conversation }));
        const before = (await channel.waitFor(2)).length;
        const reason = `${MARKUP} ${'y'.repeat(10_000)}`;
        const status = await post(base, {
            ...message(channel.url, '', { channelId: 'webchat', conversation }),
            type: 'event',
            name: 'handoff.status',
            value: { state: 'failed', message: reason },
        });
        expect(status.status).toBe(200);
        const reply = deliveredAsPlainText((await channel.waitFor(before + 1)).slice(before), MARKUP);
        expect(reply.text).toContain(MARKUP);
        expect(reply.text!.length).toBeLessThan(600);
    });
});
