import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { botSays, startDirectLine } from '../support/directLineClient.js';
import { startBot, type Child } from '../support/processes.js';
import { frame, openRawStream } from '../support/rawSocket.js';

/**
 * Issue 19's findings 1-3 against the bot as deployed (src/index.ts in its own process, so a crash is an
 * exit, not a failed assertion somewhere in jest): a single request used to end the process or fill its
 * disk. After each attack the process is still running and a parent's message is still answered.
 */
let bot: Child & { base: string };
let tmp: string;

beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'attacks-tmp-'));
    // TMPDIR: where a multipart parser would write its uploads (os.tmpdir() in the bot's process).
    bot = await startBot({
        STORAGE: 'memory',
        TMPDIR: tmp,
        RATE_LIMIT_IP_PER_MINUTE: '0',
        RATE_LIMIT_CONVERSATION: '0',
    });
}, 60_000);

afterAll(async () => {
    await bot?.stop();
    if (tmp) await rm(tmp, { recursive: true, force: true });
});

const alive = () => bot.process.exitCode === null && bot.process.signalCode === null;

/** Files in the bot's temp folder, apart from tsx's compile cache (how the test starts the bot). */
const leftInTmp = async () => (await readdir(tmp)).filter((f) => !f.startsWith('tsx-'));

/** Sends `total` bytes chunked (no Content-Length); resolves with the status, or 'reset' if the bot cut the connection. */
function sendChunked(url: string, contentType: string, total: number, prefix = ''): Promise<number | 'reset'> {
    return new Promise((resolve) => {
        const req = http.request(url, {
            method: 'POST',
            headers: { 'content-type': contentType, 'transfer-encoding': 'chunked' },
        });
        let settled = false;
        const done = (v: number | 'reset') => {
            if (settled) return;
            settled = true;
            resolve(v);
        };
        req.on('response', (res) => {
            res.resume();
            done(res.statusCode ?? 0);
        });
        req.on('error', () => done('reset'));
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        req.write(prefix);
        const pump = () => {
            while (sent < total && !settled) {
                sent += chunk.length;
                if (!req.write(chunk)) return void req.once('drain', pump);
            }
            req.end();
        };
        pump();
    });
}

const multipart = (boundary: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`;

describe('finding 1: text that is not a string', () => {
    it.each([
        ['an object', { a: 1 }],
        ['a number', 12345],
        ['a list', ['a']],
        ['a boolean', true],
    ])('is refused with 400 when it is %s, and the bot keeps running', async (_kind, text) => {
        const dl = await startDirectLine(bot.base);
        const r = await dl.post({ type: 'message', text });
        expect(r.status).toBe(400);
        expect(JSON.parse(r.body)).toEqual({ error: { code: 'BadArgument', message: '"text" must be a string' } });
        await dl.post({ type: 'message', text: 'what documents do I need' });
        await botSays(dl, 'household register');
        expect(alive()).toBe(true);
    });
});

describe('finding 2: bad WebSocket frames', () => {
    it.each([
        ['a 100 KB frame', frame(0x1, Buffer.alloc(100 * 1024, 'x'))],
        ['a frame with a reserved opcode', frame(0x3, Buffer.from('hello'))],
        ['a frame with reserved bits set', frame(0x1, Buffer.from('hello'), { rsv: 7 })],
        ['a text frame that is not UTF-8', frame(0x1, Buffer.from([0xff, 0xfe, 0xfd]))],
    ])('%s closes that stream only; the bot keeps running and answering', async (_name, bytes) => {
        const dl = await startDirectLine(bot.base);
        const stream = await openRawStream(bot.base, dl.streamPath);
        expect(stream.status).toContain('101');
        stream.socket.write(bytes);
        expect(await stream.closed()).toBe(true);
        expect(alive()).toBe(true);
        await dl.post({ type: 'message', text: 'what documents do I need' });
        await botSays(dl, 'household register');
    });

    it('refuses an upgrade on any other path instead of leaving the connection hanging', async () => {
        const stream = await openRawStream(bot.base, '/somewhere/else');
        expect(stream.status).toContain('404');
        expect(await stream.closed()).toBe(true);
    });
});

describe('finding 3: bodies the bot does not need', () => {
    it.each(['/api/webchat/token', '/api/messages', '/v3/directline/conversations/x/upload', '/agent/api/session'])(
        'a chunked multipart upload to %s is refused unread and leaves nothing on disk',
        async (route) => {
            const status = await sendChunked(
                `${bot.base}${route}`,
                'multipart/form-data; boundary=XyZ',
                8 * 1024 * 1024,
                multipart('XyZ'),
            );
            expect([415, 'reset']).toContain(status);
            expect(alive()).toBe(true);
            expect(await leftInTmp()).toEqual([]);
        },
    );

    it('a chunked JSON body over the limit is cut off at the limit (413), not read to the end', async () => {
        const status = await sendChunked(`${bot.base}/api/messages`, 'application/json', 8 * 1024 * 1024, '{"text":"');
        expect([413, 'reset']).toContain(status);
        expect(alive()).toBe(true);
        expect(await leftInTmp()).toEqual([]);
    });

    it('a form post is refused with 415', async () => {
        const res = await fetch(`${bot.base}/api/webchat/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: 'locale=zh-CN',
        });
        expect(res.status).toBe(415);
        expect(await res.json()).toEqual({ error: 'send the body as application/json' });
    });
});
