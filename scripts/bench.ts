/**
 * `npm run bench`: end-to-end speed and memory of the bot, against a bare botbuilder echo bot.
 *
 * Both bots run as separate processes (compiled JS, local mode, no credentials) and are driven
 * through POST /api/messages; this process is the channel too (a capture server answering the
 * bots' reply POSTs), so a turn's latency includes its outbound reply, as in production.
 *
 * Conversations follow mixed English and Chinese scripts: a question, a walkthrough of several steps
 * (next, next, back, why?) and the legal basis. Our bot runs on file storage (the default) with
 * 10,000 conversations already stored.
 *
 * Figures: start-up (spawn to /healthz answering, median of 3), throughput closed-loop at 32
 * concurrent conversations, p50/p99 latency at 4 concurrent conversations, peak RSS. It prints
 * figures and how they compare to the targets in issue #7; it is a benchmark, not a test.
 *
 * Usage: npm run bench [-- --seconds 15]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { encodeRecord, fileNameForKey } from '../src/storage/fileStorage.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 15);
const STORED = arg('stored', 10_000);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

const SCRIPTS = {
    en: [
        "What do I need to bring to activate my child's social security card?",
        'walk me through the steps',
        'next',
        'next',
        'back',
        'why?',
        'what is the legal basis?',
    ],
    zh: ['激活孩子的社保卡要带什么材料？', '办理流程是什么', '下一步', '下一步', '上一步', '为什么', '法律依据是什么'],
};

// ---------------------------------------------------------------- the channel (capture server)

let replies = 0;
const sampleReplies = new Map<string, string>();
const channel = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
        replies++;
        if (sampleReplies.size < 40) {
            try {
                const a = JSON.parse(Buffer.concat(chunks).toString()) as { replyToId?: string; text?: string };
                if (a.replyToId && !sampleReplies.has(a.replyToId))
                    sampleReplies.set(a.replyToId, (a.text ?? '').split('\n')[0]!.slice(0, 70));
            } catch {
                /* counted anyway */
            }
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"r"}');
    });
});
await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
const serviceUrl = `http://127.0.0.1:${(channel.address() as AddressInfo).port}`;
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function postJson(port: number, body: string): Promise<number> {
    return new Promise((resolve, reject) => {
        const req = http.request(
            {
                host: '127.0.0.1',
                port,
                path: '/api/messages',
                method: 'POST',
                agent,
                headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
            },
            (res) => {
                res.resume();
                res.on('end', () => resolve(res.statusCode ?? 0));
            },
        );
        req.on('error', reject);
        req.end(body);
    });
}

// ---------------------------------------------------------------- processes

interface Bot {
    name: string;
    port: number;
    child: ChildProcess;
    startupMs: number;
}

async function freePort(): Promise<number> {
    const s = http.createServer();
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    const { port } = s.address() as AddressInfo;
    await new Promise<void>((resolve) => s.close(() => resolve()));
    return port;
}

async function start(name: string, script: string, env: Record<string, string>): Promise<Bot> {
    const port = await freePort();
    const started = performance.now();
    // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") goes to our bot only, for profiling.
    const nodeArgs = name === 'bot' && process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : [];
    const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, script)], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, NODE_ENV: 'production', ...env, PORT: String(port) },
        stdio: ['ignore', name === 'bot' && process.env.BENCH_BOT_LOG ? 'pipe' : 'ignore', 'pipe'],
    });
    if (name === 'bot' && process.env.BENCH_BOT_LOG) {
        // Appends our bot's stdout (its JSON log lines) to the file named by BENCH_BOT_LOG, for diagnosis.
        const { createWriteStream } = await import('node:fs');
        child.stdout!.pipe(createWriteStream(process.env.BENCH_BOT_LOG, { flags: 'a' }));
    }
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += String(d)));
    for (;;) {
        if (child.exitCode !== null) throw new Error(`${name} exited during start-up:\n${stderr}`);
        try {
            const res = await fetch(`http://127.0.0.1:${port}/healthz`);
            if (res.ok) break;
        } catch {
            /* not listening yet */
        }
        await new Promise((r) => setTimeout(r, 5));
        if (performance.now() - started > 30_000) throw new Error(`${name} did not start:\n${stderr}`);
    }
    return { name, port, child, startupMs: performance.now() - started };
}

async function stop(bot: Bot): Promise<void> {
    if (bot.child.exitCode !== null) return;
    const exited = new Promise((resolve) => bot.child.once('exit', resolve));
    bot.child.kill('SIGTERM');
    await exited;
}

async function rssKiB(pid: number): Promise<{ rss: number; hwm: number }> {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

// ---------------------------------------------------------------- load

let conversationSeq = 0;

/** Closed loop: `users` conversations, each sending its script's turns back to back, until `seconds` pass. */
async function drive(
    bot: Bot,
    users: number,
    seconds: number,
): Promise<{ turns: number; errors: number; perSecond: number; latencies: number[] }> {
    const latencies: number[] = [];
    let errors = 0;
    const deadline = performance.now() + seconds * 1000;
    const started = performance.now();
    const user = async (u: number) => {
        while (performance.now() < deadline) {
            const lang = (u + conversationSeq) % 2 ? 'zh' : 'en';
            const conversation = `bench-${bot.name}-${++conversationSeq}`;
            for (const [i, text] of SCRIPTS[lang].entries()) {
                if (performance.now() >= deadline) break;
                const body = JSON.stringify({
                    type: 'message',
                    id: `${conversation}-${i}`,
                    channelId: 'emulator',
                    serviceUrl,
                    conversation: { id: conversation },
                    from: { id: `user-${conversation}` },
                    recipient: { id: 'bot' },
                    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
                    text,
                });
                const t0 = performance.now();
                const status = await postJson(bot.port, body).catch(() => 0);
                if (status === 200) latencies.push(performance.now() - t0);
                else errors++;
            }
        }
    };
    await Promise.all(Array.from({ length: users }, (_, u) => user(u)));
    const elapsed = (performance.now() - started) / 1000;
    return {
        turns: latencies.length,
        errors,
        perSecond: latencies.length / elapsed,
        latencies: latencies.sort((a, b) => a - b),
    };
}

const pct = (sorted: number[], p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

async function seed(dir: string, n: number): Promise<void> {
    // Conversation state and a handoff record per conversation, in FileStorage's format, shaped like real ones.
    const writtenAt = new Date();
    const state = (i: number) =>
        JSON.stringify({
            delivery: { ids: Array.from({ length: 8 }, (_, k) => `seed-${i}-${k}`) },
            conversation: {
                misses: 0,
                lang: i % 2 ? 'zh' : 'en',
                welcomed: true,
                flowStep: (i % 7) + 1,
                flowInterrupted: false,
                lastTopic: 'process',
                lastQuestion: 'what documents do I need',
            },
            dialogState: {
                dialogStack: [
                    {
                        id: 'root',
                        state: { dialogs: { dialogStack: [{ id: 'walkthrough', state: { step: (i % 7) + 1 } }] } },
                    },
                ],
            },
        });
    const record = (i: number) =>
        JSON.stringify({
            conversationId: `seed-${i}`,
            channelId: 'emulator',
            status: 'bot',
            context: { lang: 'en', reason: 'asked', topic: 'process', step: 3 },
            reference: { conversation: { id: `seed-${i}` }, channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1' },
            transcript: Array.from({ length: 12 }, (_, k) => ({
                from: k % 2 ? 'bot' : 'user',
                text: k % 2 ? 'Step 3 of 7: Photo collection. '.repeat(8) : 'next',
                seq: k + 1,
                at: writtenAt.toISOString(),
            })),
            updatedAt: writtenAt.toISOString(),
        });
    let next = 0;
    const worker = async () => {
        while (next < n) {
            const i = next++;
            const stateKey = `emulator/conversations/seed-${i}/`;
            const handoffKey = `handoff/conversation/seed-${i}`;
            await writeFile(
                path.join(dir, fileNameForKey(stateKey)),
                encodeRecord(stateKey, state(i), `s${i}`, writtenAt),
            );
            await writeFile(
                path.join(dir, fileNameForKey(handoffKey)),
                encodeRecord(handoffKey, record(i), `h${i}`, writtenAt),
            );
        }
    };
    await Promise.all(Array.from({ length: 32 }, worker));
}

// ---------------------------------------------------------------- run

interface Figures {
    startupMs: number;
    perSecond: number;
    throughputErrors: number;
    p50: number;
    p99: number;
    latencyErrors: number;
    peakRssMiB: number;
    rssAfterMiB: number;
}

async function measure(name: string, script: string, env: Record<string, string>): Promise<Figures> {
    const startups: number[] = [];
    for (let i = 0; i < 2; i++) {
        const b = await start(name, script, env);
        startups.push(b.startupMs);
        await stop(b);
    }
    const bot = await start(name, script, env);
    startups.push(bot.startupMs);
    try {
        await drive(bot, 4, 3); // warm-up: JIT, caches, connections
        const throughput = await drive(bot, 32, SECONDS);
        const latency = await drive(bot, 4, SECONDS);
        const mem = await rssKiB(bot.child.pid!);
        return {
            startupMs: startups.sort((a, b) => a - b)[1]!,
            perSecond: throughput.perSecond,
            throughputErrors: throughput.errors,
            p50: pct(latency.latencies, 50),
            p99: pct(latency.latencies, 99),
            latencyErrors: latency.errors,
            peakRssMiB: mem.hwm / 1024,
            rssAfterMiB: mem.rss / 1024,
        };
    } finally {
        await stop(bot);
    }
}

const stateDir = await mkdtemp(path.join(process.env.BENCH_STATE_PARENT ?? os.tmpdir(), 'bench-bot-'));
try {
    console.log(`npm run bench: node ${process.version}, ${os.cpus().length} CPUs, ${SECONDS} s per load phase`);
    const seeded = performance.now();
    await seed(stateDir, STORED);
    console.log(
        `seeded ${STORED.toLocaleString('en')} stored conversations (state + handoff record each) in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
    );

    const repliesBefore = replies;
    const ours = await measure('bot', 'dist/src/index.js', {
        STORAGE: process.env.BENCH_STORAGE ?? 'file',
        STATE_DIR: stateDir,
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
        RATE_LIMIT_IP_PER_MINUTE: '0',
        RATE_LIMIT_CONVERSATION: '0',
    });
    const ourReplies = replies - repliesBefore;
    const echo = process.env.BENCH_SKIP_ECHO ? ours : await measure('echo', 'dist/scripts/bench/echoBot.js', {});

    const row = (label: string, f: Figures) =>
        `${label.padEnd(10)} ${f.startupMs.toFixed(0).padStart(10)} ${f.perSecond.toFixed(1).padStart(12)} ${f.p50.toFixed(2).padStart(8)} ${f.p99.toFixed(2).padStart(8)} ${f.peakRssMiB.toFixed(1).padStart(13)} ${String(f.throughputErrors + f.latencyErrors).padStart(7)}`;
    console.log('\nbot        start-up ms   turns/s@32   p50 ms   p99 ms  peak RSS MiB  errors');
    console.log(row('ours', ours));
    console.log(row('echo', echo));
    console.log('\nsample replies (first line):');
    for (const [id, text] of [...sampleReplies].filter(([id]) => id.startsWith('bench-bot')).slice(0, 14))
        console.log(`  ${id.padEnd(22)} ${text}`);

    const ratio = ours.perSecond / echo.perSecond;
    const p99Ratio = ours.p99 / echo.p99;
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
    console.log('\ntargets (issue #7, 2-core machine):');
    console.log(`  throughput >= 0.8 x echo      ${ratio.toFixed(2)} x            ${verdict(ratio >= 0.8)}`);
    console.log(`  p99 latency <= 1.5 x echo     ${p99Ratio.toFixed(2)} x            ${verdict(p99Ratio <= 1.5)}`);
    console.log(
        `  start-up < 2 s                ${ours.startupMs.toFixed(0)} ms           ${verdict(ours.startupMs < 2000)}`,
    );
    console.log(
        `  < 200 MB RSS, ${STORED.toLocaleString('en')} stored  ${ours.peakRssMiB.toFixed(1)} MiB peak     ${verdict(ours.peakRssMiB * 1.048576 < 200)}`,
    );
    if (ourReplies === 0 || ours.throughputErrors + ours.latencyErrors > 0) {
        console.error(
            `\nSOMETHING IS WRONG: ${ourReplies} replies received, ${ours.throughputErrors + ours.latencyErrors} failed turns`,
        );
        process.exitCode = 1;
    }
} finally {
    channel.close();
    agent.destroy();
    await rm(stateDir, { recursive: true, force: true });
}
