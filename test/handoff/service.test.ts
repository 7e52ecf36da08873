import { describe, expect, it } from '@jest/globals';
import { type ConversationReference } from 'botbuilder';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';
import { HandoffService } from '../../src/handoff/service.js';
import { HandoffStore } from '../../src/handoff/store.js';

const reference = (id: string): Partial<ConversationReference> => ({
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:1/',
    conversation: { id, isGroup: false, conversationType: 'personal', name: '' },
    user: { id: 'u', name: 'Parent' },
    bot: { id: 'b', name: 'Bot' },
});

function build(storage = new MemoryStorage()) {
    let t = Date.parse('2026-11-28T10:00:00Z');
    const clock = { now: () => new Date(t), advance: (s: number) => (t += s * 1000) };
    const service = new HandoffService({ store: new HandoffStore(storage), clock, redact: (s) => s.replace(/1[3-9]\d{9}/g, '[PHONE]') });
    return { service, clock, storage };
}

describe('HandoffService', () => {
    it("redacts the bot's lines once per text when nothing is removed, and every time when something is", async () => {
        const storage = new MemoryStorage();
        const redacted: string[] = [];
        const redact = (s: string) => (redacted.push(s), s.replace(/1[3-9]\d{9}/g, '[PHONE]'));
        const clock = { now: () => new Date('2026-11-28T10:00:00Z') };
        const service = new HandoffService({ store: new HandoffStore(storage), clock, redact });
        const answer = 'Sources: Guangzhou HRSS Bureau https://rsj.gz.gov.cn/post_9762777.html';
        const echo = 'Call 13812345678 for help';
        for (const c of ['c1', 'c2', 'c3'])
            await service.recordTurn(reference(c), 'en', 'my number is 13900001111', [answer, echo], {});
        expect(redacted.filter((s) => s === answer)).toHaveLength(1);
        expect(redacted.filter((s) => s === echo)).toHaveLength(3);
        expect(redacted.filter((s) => s.startsWith('my number'))).toHaveLength(3);
        const transcript = (await service.get('c3'))!.transcript.map((l) => l.text);
        expect(transcript).toEqual(['my number is [PHONE]', answer, 'Call [PHONE] for help']);
    });

    it('queues a request with its routing context and lists waiting conversations first', async () => {
        const { service, clock } = build();
        await service.recordTurn(reference('c1'), 'en', 'what documents', ['Documents to bring …'], { topic: 'documents' });
        await service.recordTurn(reference('c2'), 'zh', '第三步', ['第3步'], { topic: 'process', step: 3 });
        await service.request(reference('c2'), { lang: 'zh', reason: 'asked', topic: 'process', step: 3, question: '拍照要孩子本人去吗' }, false);
        clock.advance(90);
        const queue = await service.queue();
        expect(queue.map((q) => [q.conversationId, q.status, q.waitingSeconds, q.step, q.question])).toEqual([
            ['c2', 'waiting', 90, 3, '拍照要孩子本人去吗'],
        ]);
        expect((await service.queue({ includeBot: true })).map((q) => q.conversationId)).toEqual(['c2', 'c1']);
        expect(queue[0]!.transcript.map((l) => [l.from, l.text])).toEqual([
            ['user', '第三步'],
            ['bot', '第3步'],
            ['system', 'handoff requested (asked)'],
        ]);
    });

    it('lets exactly one of two racing agents take a conversation', async () => {
        const { service } = build();
        await service.request(reference('c1'), { lang: 'en', reason: 'asked' }, false);
        const results = await Promise.all([service.accept('c1', 'alice'), service.accept('c1', 'bob')]);
        const winners = results.filter((r) => r.ok);
        expect(winners).toHaveLength(1);
        const loser = results.find((r) => !r.ok)!;
        expect(loser).toMatchObject({ ok: false, reason: 'taken' });
        const owner = (await service.get('c1'))!.agent;
        expect(['alice', 'bob']).toContain(owner);
        expect(loser.record?.agent).toBe(owner);
    });

    it('accepts messages only from the owning agent and hands back', async () => {
        const { service } = build();
        await service.request(reference('c1'), { lang: 'en', reason: 'asked' }, false);
        expect((await service.accept('c1', 'alice')).ok).toBe(true);
        expect(await service.agentMessage('c1', 'bob', 'hi')).toBeNull();
        expect((await service.agentMessage('c1', 'alice', 'Hello, I can help'))?.transcript.at(-1)).toMatchObject({ from: 'agent', agent: 'alice', text: 'Hello, I can help' });
        expect(await service.handBack('c1', 'bob')).toBeNull();
        expect((await service.handBack('c1', 'alice'))?.status).toBe('bot');
        expect((await service.accept('c1', 'bob')).ok).toBe(false);
    });

    it('relays user messages while waiting, redacted, and keeps which turn told the user they wait', async () => {
        const { service } = build();
        await service.request(reference('c1'), { lang: 'en', reason: 'asked' }, false);
        expect((await service.relay('c1', 'my phone is 13812345678', 'a1', true))?.waitingNoticeFor).toBe('a1');
        expect((await service.relay('c1', 'hello?', 'a2', false))?.waitingNoticeFor).toBe('a1');
        const record = (await service.get('c1'))!;
        expect(record.waitingNoticeSent).toBe(true);
        expect(record.transcript.filter((l) => l.from === 'user').map((l) => l.text)).toEqual(['my phone is [PHONE]', 'hello?']);
        expect(await service.relay('nobody', 'x', 'a3', false)).toBeNull();
    });

    it('records a turn and relays a message once per activity, however often it is delivered or rerun', async () => {
        const { service } = build();
        await service.recordTurn(reference('c1'), 'en', 'what documents', ['Documents to bring …'], {}, 'act-1');
        await service.recordTurn(reference('c1'), 'en', 'what documents', ['Documents to bring …'], {}, 'act-1');
        await service.request(reference('c1'), { lang: 'en', reason: 'asked' }, false);
        await service.relay('c1', 'anyone there?', 'act-2', true);
        await service.relay('c1', 'anyone there?', 'act-2', true);
        await service.relay('c1', 'hello?', 'act-3', false);
        await service.relay('c1', 'hello?', 'act-3', false);
        const lines = (await service.get('c1'))!.transcript.filter((l) => l.from !== 'system').map((l) => `${l.from}: ${l.text}`);
        expect(lines).toEqual(['user: what documents', 'bot: Documents to bring …', 'user: anyone there?', 'user: hello?']);
    });

    it("keeps the opening of the bot's long answers and every word people wrote, so the record stays small", async () => {
        const { service } = build();
        const answer = `Documents to bring. ${'Details of the documents. '.repeat(40)}`;
        const question = `what documents ${'please '.repeat(100)}`;
        for (let i = 0; i < 5; i++) await service.recordTurn(reference('long'), 'en', question, [answer], {}, `a${i}`);
        const record = (await service.get('long'))!;
        const bot = record.transcript.filter((l) => l.from === 'bot');
        expect(bot.every((l) => l.text.length <= 401 && l.text.startsWith('Documents to bring.') && l.text.endsWith('…'))).toBe(true);
        expect(record.transcript.filter((l) => l.from === 'user').every((l) => l.text === question)).toBe(true);
        expect(JSON.stringify(record).length).toBeLessThan(10 * (question.length + 500));
    });

    it('redacts the question that led to a handoff before storing it', async () => {
        const { service } = build();
        await service.request(reference('c9'), { lang: 'en', reason: 'asked', question: 'call me on 13812345678' }, false);
        expect((await service.get('c9'))!.context.question).toBe('call me on [PHONE]');
    });

    it('lists every one of many conversations that start at the same moment (the shared index is not lost under load)', async () => {
        const inner = new MemoryStorage();
        const pause = () => new Promise((r) => setTimeout(r, 2));
        const slow = {
            read: async (keys: string[]) => (await pause(), inner.read(keys)),
            write: async (changes: Parameters<MemoryStorage['write']>[0]) => (await pause(), inner.write(changes)),
            delete: (keys: string[]) => inner.delete(keys),
        };
        const { service } = build(slow as unknown as MemoryStorage);
        const ids = Array.from({ length: 40 }, (_, i) => `busy-${i}`);
        await Promise.all(ids.map((id) => service.recordTurn(reference(id), 'en', 'hello', ['Hi'], {})));
        const listed = (await service.queue({ includeBot: true, limit: 1000 })).map((q) => q.conversationId);
        expect(listed.sort()).toEqual([...ids].sort());
    });

    it('takes over a conversation the bot is handling, but not one another agent has', async () => {
        const { service } = build();
        await service.recordTurn(reference('c1'), 'en', 'hi', ['Hello'], {});
        expect(await service.takeover('c1', 'alice')).toMatchObject({ ok: true, record: { status: 'agent', agent: 'alice' } });
        expect(await service.takeover('c1', 'bob')).toMatchObject({ ok: false, reason: 'taken' });
        expect(await service.takeover('missing', 'bob')).toMatchObject({ ok: false, reason: 'not-found' });
    });

    it('takes over a conversation whose agent is gone, but never one a contact-centre hub holds', async () => {
        const { service } = build();
        const gone = (holder: string) => holder !== 'bob';
        await service.request(reference('c1'), { lang: 'en', reason: 'asked' }, false);
        await service.accept('c1', 'alice');
        expect(await service.takeover('c1', 'bob')).toMatchObject({ ok: false, reason: 'taken' });
        const taken = await service.takeover('c1', 'bob', { holderGone: gone });
        expect(taken).toMatchObject({ ok: true, record: { status: 'agent', agent: 'bob' } });
        expect(taken.ok && taken.record.transcript.map((l) => l.text).slice(-2)).toEqual(['alice is no longer an agent', 'bob joined']);

        await service.request(reference('c2'), { lang: 'en', reason: 'asked' }, true);
        await service.hubStatus('c2', 'accepted');
        expect(await service.takeover('c2', 'bob', { holderGone: gone })).toMatchObject({ ok: false, reason: 'taken' });
    });

    it('keeps the user\'s display name out of the stored reference', async () => {
        const { service } = build();
        await service.recordTurn(reference('c1'), 'en', 'hi', ['Hello'], {});
        expect((await service.get('c1'))!.reference.user).toEqual({ id: 'u' });
    });

    it('follows a hub: accepted, then completed back to the bot; failed goes back too', async () => {
        const { service } = build();
        await service.request(reference('c1'), { lang: 'en', reason: 'asked' }, true);
        expect((await service.hubStatus('c1', 'accepted'))?.status).toBe('agent');
        expect((await service.hubStatus('c1', 'completed'))?.status).toBe('bot');
        await service.request(reference('c1'), { lang: 'en', reason: 'asked' }, true);
        const failed = await service.hubStatus('c1', 'failed', 'no agents online');
        expect(failed?.status).toBe('bot');
        expect(failed?.transcript.at(-1)?.text).toBe('hub: failed (no agents online)');
    });

    it('survives a restart: a new service on the same storage sees the waiting conversation', async () => {
        const storage = new MemoryStorage();
        await build(storage).service.request(reference('c9'), { lang: 'zh', reason: 'asked' }, false);
        const after = build(storage).service;
        expect((await after.queue()).map((q) => [q.conversationId, q.status, q.lang])).toEqual([['c9', 'waiting', 'zh']]);
        expect((await after.accept('c9', 'alice')).ok).toBe(true);
    });
});
