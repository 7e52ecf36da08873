import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { startCaptureChannel } from '../support/channel.js';
import { actionLabels } from '../support/stepTable.js';

let app: App;
let base: string;
let channel: Awaited<ReturnType<typeof startCaptureChannel>>;

beforeAll(async () => {
    channel = await startCaptureChannel();
    app = await createApp({ config: loadConfig({ PORT: '0', STORAGE: 'memory' }), logger: silentLogger });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
    app.server.close();
    await channel.close();
});

let seq = 0;
async function send(channelId: string, text: string, conversation: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
    const before = channel.received.length;
    const res = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
            type: 'message',
            id: `c${++seq}`,
            channelId,
            serviceUrl: channel.url,
            conversation: { id: `${channelId}-conv`, ...conversation },
            from: { id: 'user' },
            recipient: { id: 'bot', name: 'Card Helper' },
            text,
            ...extra,
        }),
    });
    expect(res.status).toBe(200);
    return (await channel.waitFor(before + 1))[before]!;
}

describe('what each channel receives over HTTP', () => {
    it.each(['telegram', 'slack', 'sms', 'facebook', 'line', 'a-channel-we-do-not-know'])('%s: numbered plain text, answerable by number', async (id) => {
        const menu = await send(id, 'menu');
        expect(menu.attachments ?? []).toEqual([]);
        expect(menu.suggestedActions).toBeUndefined();
        expect(menu.text).toContain('2. How to activate');
        const answer = await send(id, '1');
        expect(answer.text).toContain('household register');
    });

    it.each(['webchat', 'directline', 'emulator'])('%s: one Markdown message (no card repeating it) and suggested actions', async (id) => {
        const reply = await send(id, 'step 2');
        expect(reply.attachments ?? []).toEqual([]);
        expect(reply.textFormat).toBe('markdown');
        expect(reply.text).toContain('**Step 2 of 6: Get the documents ready**');
        expect(reply.suggestedActions?.actions.map((a) => a.title)).toEqual(['Back', 'Next', 'Why?', 'Stop']);
    });

    it('msteams channel: @mention stripped, buttons on the card', async () => {
        const reply = await send(
            'msteams',
            '<at>Card Helper</at> legal basis',
            { conversationType: 'channel', isGroup: true },
            { entities: [{ type: 'mention', mentioned: { id: 'bot', name: 'Card Helper' }, text: '<at>Card Helper</at>' }] },
        );
        expect(reply.text).toContain('人社部发〔2011〕47号');
        expect(reply.suggestedActions).toBeUndefined();
        expect(actionLabels(reply)).toEqual(['More details', 'What to bring', 'Walk me through the steps', 'Talk to a person']);
    });

    it('msteams personal: suggested actions', async () => {
        const reply = await send('msteams', 'documents', { conversationType: 'personal', id: 'teams-personal' });
        expect(reply.suggestedActions?.actions.length).toBeGreaterThan(0);
    });
});
