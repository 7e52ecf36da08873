import { afterEach, describe, expect, it } from '@jest/globals';
import { startCaptureChannel } from '../support/channel.js';
import { captureLogs, listen, message, post } from '../support/http.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(env: Record<string, string>, logger?: ReturnType<typeof captureLogs>['logger']) {
    const channel = await startCaptureChannel();
    cleanups.push(() => channel.close());
    const bot = await listen(env, logger ? { logger } : {});
    cleanups.push(bot.close);
    const texts = (conversation: string) =>
        channel.received
            .filter((a) => a.type === 'message' && a.conversation?.id === conversation)
            .map((a) => a.text ?? '');
    return { ...bot, channel, texts };
}

describe('per-conversation rate limit', () => {
    it('answers up to the limit, then asks once to wait, then drops the rest quietly; other conversations are unaffected', async () => {
        const { base, channel, texts } = await setup({
            RATE_LIMIT_CONVERSATION: '3',
            RATE_LIMIT_CONVERSATION_WINDOW_SECONDS: '30',
        });
        for (let i = 0; i < 8; i++)
            expect(
                (await post(base, message(channel.url, 'what documents do I need', { conversation: { id: 'busy' } })))
                    .status,
            ).toBe(200);
        const got = texts('busy');
        expect(got).toHaveLength(4);
        expect(got.slice(0, 3).every((t) => t.includes('What to bring'))).toBe(true);
        expect(got[3]).toBe(
            "You're sending messages faster than I can answer, so I haven't read that last one. Please wait a few seconds, then send your question again.",
        );

        await post(base, message(channel.url, '法律依据是什么', { conversation: { id: 'calm' } }));
        expect(texts('calm')[0]).toContain('第十六条');
    });

    it('answers again once the window has cleared, and asks once more if the flood resumes', async () => {
        const { base, channel, texts } = await setup({
            RATE_LIMIT_CONVERSATION: '2',
            RATE_LIMIT_CONVERSATION_WINDOW_SECONDS: '2',
        });
        const ask = (text: string) => post(base, message(channel.url, text, { conversation: { id: 'window' } }));
        for (let i = 0; i < 5; i++) await ask('what is the legal basis');
        const first = texts('window');
        expect(first).toHaveLength(3);
        expect(first[0]).toContain('Article 16');
        expect(first[1]).toContain('Article 16');
        expect(first[2]).toMatch(/^You're sending/);
        await new Promise((resolve) => setTimeout(resolve, 2100));
        for (let i = 0; i < 4; i++) await ask('what documents do I need');
        const after = texts('window').slice(3);
        expect(after).toHaveLength(3);
        expect(after[0]).toContain('What to bring');
        expect(after[1]).toContain('What to bring');
        expect(after[2]).toMatch(/^You're sending/);
    });

    it('asks to wait in Chinese when the message is Chinese', async () => {
        const { base, channel, texts } = await setup({ RATE_LIMIT_CONVERSATION: '1' });
        await post(base, message(channel.url, '要带什么材料', { conversation: { id: 'zh' } }));
        await post(base, message(channel.url, '要带什么材料', { conversation: { id: 'zh' } }));
        expect(texts('zh')[1]).toBe('您发消息太快了，刚才那条我没有处理。请等几秒钟，再把问题发一次。');
    });
});

describe('per-address rate limit and body size', () => {
    it('answers 429 with Retry-After once an address exceeds its requests per minute; health checks still pass', async () => {
        const { base, channel } = await setup({ RATE_LIMIT_IP_PER_MINUTE: '4' });
        const statuses: number[] = [];
        for (let i = 0; i < 6; i++)
            statuses.push((await post(base, message(channel.url, 'help', { conversation: { id: `ip-${i}` } }))).status);
        expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
        const limited = await post(base, message(channel.url, 'help'));
        expect(limited.status).toBe(429);
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(JSON.parse(limited.body).error).toMatch(/too many requests/);
        expect((await fetch(`${base}/healthz`)).status).toBe(200);
    });

    it('refuses a body over MAX_BODY_BYTES with 413 and says the limit', async () => {
        const { base, channel } = await setup({ MAX_BODY_BYTES: '4096' });
        const big = await post(base, message(channel.url, 'x'.repeat(5000)));
        expect(big.status).toBe(413);
        expect(JSON.parse(big.body)).toEqual({ error: 'request body too large (limit 4096 bytes)' });
        expect((await post(base, message(channel.url, 'help'))).status).toBe(200);
    });

    it('answers a message over MAX_MESSAGE_CHARS politely instead of reading it', async () => {
        const { base, channel, texts } = await setup({ MAX_MESSAGE_CHARS: '50' });
        await post(
            base,
            message(channel.url, 'what documents do I need to bring for my child, please tell me all of them'),
        );
        expect(texts('conv-1')).toEqual(['That message is too long for me. Please ask in a shorter message.']);
    });
});

describe('logs', () => {
    const said = 'my phone is 13812345678 and what documents do I need';

    it('are JSON lines with the conversation id, and carry no message text by default', async () => {
        const logs = captureLogs('info');
        const { base, channel } = await setup({}, logs.logger);
        await post(base, message(channel.url, said, { conversation: { id: 'log-1' } }));
        await post(base, message(channel.url, 'tell me a joke', { conversation: { id: 'log-1' } }));
        const turns = logs.lines.filter((l) => String(l.event).startsWith('turn'));
        expect(turns.map((l) => [l.event, l.conversationId, l.intent])).toEqual([
            ['turn', 'log-1', 'documents'],
            ['turn.unanswered', 'log-1', 'off-topic'],
        ]);
        expect(logs.raw()).not.toMatch(/phone|documents do I need|joke|13812345678/);
    });

    it('carry the text, redacted, when LOG_MESSAGE_TEXT=true', async () => {
        const logs = captureLogs('info');
        const { base, channel } = await setup({ LOG_MESSAGE_TEXT: 'true' }, logs.logger);
        await post(base, message(channel.url, said, { conversation: { id: 'log-2' } }));
        const turn = logs.lines.find((l) => l.event === 'turn')!;
        expect(turn.text).toBe('my phone is [PHONE] and what documents do I need');
        expect(logs.raw()).not.toContain('13812345678');
    });

    it('redact ID and phone numbers in any field or message, whoever logs them', () => {
        const logs = captureLogs('info');
        logs.logger.error(
            { err: { message: 'failed on "身份证11010520190307123X"' }, nested: { note: ['call 13912345678'] } },
            'user said 13812345678',
        );
        const [line] = logs.lines;
        expect(line).toMatchObject({
            msg: 'user said [PHONE]',
            err: { message: 'failed on "身份证[ID]"' },
            nested: { note: ['call [PHONE]'] },
        });
    });
});
