/**
 * Benchmark (not a test): the real bot, started as its own process from the build, against a bare
 * botbuilder echo bot (scripts/bench/echoBot.ts), both driven the same way through `POST /api/messages`
 * by concurrent English and Chinese conversations, with a capture server on 127.0.0.1 as the channel.
 *
 * Measures, per bot: start-up (spawn to `/healthz` 200, median of several starts), turns per second
 * closed-loop at 32 conversations, p50/p99 turn latency at 4 conversations, peak RSS and CPU per turn;
 * for the real bot also start-up, RSS and CPU per turn with 10,000 and 100,000 stored conversations. Prints the issue's targets
 * as PASS/MISS; exits non-zero only when the run itself is invalid (no replies, errors, replies that
 * show the bot did not understand its script).
 *
 * Usage: npm run bench [-- --seconds 20 --light-seconds 15 --warmup-seconds 5 --starts 5 --stored 10000,100000
 *                          --no-echo --memory-storage --cpu-prof DIR --node PATH[,PATH...] --no-profile]
 *
 * `--node` runs both bots on each Node.js binary given (e.g. `--node node_modules/.bin/node,/usr/bin/node`), side by
 * side in one run; the default is the Node.js running the bench. Unless `--no-profile`, it ends with a profile of this
 * bot (on the first binary): where start-up's CPU time goes, and where a turn's goes.
 */
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

import { LmdbStorage } from '../src/storage/lmdbStorage.js';
import { startBenchChannel, type BenchChannel } from './bench/channel.js';
import { CHINESE, ENGLISH, type Script } from './bench/conversations.js';
import { percentile, runLoad, type LoadResult } from './bench/load.js';
import { cpuMsOf, machineBusyMs, memoryOf, startServer, type Server } from './bench/processes.js';
import { bucketsOf, formatBuckets, profileSummary } from './bench/profile.js';
import { execFileSync } from 'node:child_process';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BOT = path.join(ROOT, 'dist/bundle/boot.js');
const ECHO = path.join(ROOT, 'dist/scripts/bench/echoBot.js');
const CHANNEL_ID = 'webchat';

const { values: args } = parseArgs({
    options: {
        seconds: { type: 'string', default: '20' },
        'light-seconds': { type: 'string', default: '15' },
        'warmup-seconds': { type: 'string', default: '5' },
        starts: { type: 'string', default: '5' },
        stored: { type: 'string', default: '10000,100000' },
        'no-echo': { type: 'boolean', default: false },
        'memory-storage': { type: 'boolean', default: false },
        'cpu-prof': { type: 'string' },
        node: { type: 'string' },
        'no-profile': { type: 'boolean', default: false },
    },
});
/** The Node.js binaries to run the bots on, and their versions. */
const NODES = (args.node ? args.node.split(',').map((n) => path.resolve(n.trim())) : [process.execPath]).map((bin) => ({
    bin,
    version: execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim(),
}));
const HEAVY_S = Number(args.seconds);
const LIGHT_S = Number(args['light-seconds']);
const WARMUP_S = Number(args['warmup-seconds']);
const STARTS = Math.max(1, Number(args.starts));
/** Sizes of the stored-conversations phases (0 or empty: none). */
const STORED_SIZES = args.stored
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
const STORAGE = 'lmdb';
const HEAVY = 32;
const LIGHT = 4;

interface Measured {
    name: string;
    /** The Node.js version it ran on. */
    node: string;
    startups: number[];
    startupCpus: number[];
    light: LoadResult;
    heavy: LoadResult;
    warmup: LoadResult;
    peakMiB: number;
    peakAnonMiB: number;
    cpuMsPerTurn: number;
    /** Share of the machine's CPUs that other processes (not the bot, not this driver) used during the load phases. */
    othersCpu: number;
    /** TCP connections the bot opened to the channel for its replies (keep-alive reuses them). */
    connections: number;
    /** What the bot logged at warn level or above (LOG_LEVEL=warn), last lines. */
    warnings: string;
}

const problems: string[] = [];
const mib = (kib: number) => kib / 1024;
const median = (xs: number[]) =>
    percentile(
        [...xs].sort((a, b) => a - b),
        50,
    );

function check(name: string, phase: string, r: LoadResult): void {
    const bad = [
        r.turns === 0 ? 'no turn completed' : '',
        r.replies === 0 ? 'zero replies' : '',
        r.failures ? `${r.failures} requests failed` : '',
        r.httpErrors ? `${r.httpErrors} turns answered with an HTTP error` : '',
        r.silent ? `${r.silent} turns got no reply` : '',
        r.wrong ? `${r.wrong} turns got a reply without the expected words` : '',
    ].filter(Boolean);
    if (bad.length)
        problems.push(
            `${name}, ${phase}: ${bad.join('; ')}${r.samples.length ? `\n      ${r.samples.join('\n      ')}` : ''}`,
        );
}

function lastLines(output: string): string {
    return output
        .split('\n')
        .filter((l) => l.trim())
        .slice(-5)
        .join('\n');
}

/** Starts measuring the share of the CPUs other processes (not `pid`, not this driver) use; the result reads it. */
function otherProcessesCpu(pid: number): () => number {
    const busy = machineBusyMs();
    const bot = cpuMsOf(pid);
    const driver = process.cpuUsage();
    const wall = performance.now();
    return () => {
        const d = process.cpuUsage(driver);
        const others = machineBusyMs() - busy - (cpuMsOf(pid) - bot) - (d.user + d.system) / 1000;
        return Math.max(0, others / ((performance.now() - wall) * os.cpus().length));
    };
}

async function startTimes(
    argv: string[],
    env: NodeJS.ProcessEnv,
    node: string,
): Promise<{ wall: number[]; cpu: number[] }> {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < STARTS; i++) {
        const s = await startServer(argv, env, { node });
        wall.push(s.startupMs);
        cpu.push(s.startupCpuMs);
        await s.stop();
    }
    return { wall, cpu };
}

async function measure(
    name: string,
    argv: string[],
    env: NodeJS.ProcessEnv,
    channel: BenchChannel,
    checkWords: boolean,
    node: { bin: string; version: string } = NODES[0]!,
): Promise<Measured & { server: Server }> {
    process.stderr.write(`${name}: start-up x${STARTS}`);
    const { wall: startups, cpu: startupCpus } = await startTimes(argv, env, node.bin);
    const server = await startServer(argv, env, { node: node.bin });
    const tag = randomBytes(4).toString('hex');
    const connectionsBefore = channel.counts.connections;
    const othersCpuSince = otherProcessesCpu(server.pid);
    const load = (phase: string, concurrency: number, seconds: number) => {
        process.stderr.write(`, ${phase}`);
        return runLoad({ base: server.base, channel, concurrency, seconds, tag: `${tag}-${phase}`, checkWords });
    };
    const warmup = await load('warm-up', HEAVY, WARMUP_S);
    const light = await load('light', LIGHT, LIGHT_S);
    const cpuBefore = cpuMsOf(server.pid);
    const heavy = await load('heavy', HEAVY, HEAVY_S);
    const cpuMsPerTurn = (cpuMsOf(server.pid) - cpuBefore) / heavy.turns;
    const peakMiB = mib(server.peakKiB());
    const peakAnonMiB = mib(server.peakAnonKiB());
    const connections = channel.counts.connections - connectionsBefore;
    const othersCpu = othersCpuSince();
    process.stderr.write('\n');
    for (const [phase, r] of [
        ['warm-up', warmup],
        ['light', light],
        ['heavy', heavy],
    ] as const)
        check(name, phase, r);
    checkLog(name, server);
    return {
        name,
        node: node.version,
        startups,
        startupCpus,
        warmup,
        light,
        heavy,
        peakMiB,
        peakAnonMiB,
        cpuMsPerTurn,
        connections,
        othersCpu,
        warnings: lastLines(server.output()),
        server,
    };
}

/** The items a finished conversation left in STATE_DIR: its state and its handoff record (with transcript). */
async function conversationItems(stateDir: string, conversationId: string): Promise<{ key: string; item: string }[]> {
    const keys = [`${CHANNEL_ID}/conversations/${conversationId}/`, `handoff/conversation/${conversationId}`];
    const out: { key: string; item: string }[] = [];
    const db = await LmdbStorage.open({ dir: stateDir });
    const items = await db.read(keys);
    await db.close();
    for (const key of keys) {
        if (!items[key]) continue;
        const item = { ...items[key] };
        delete item.eTag;
        out.push({ key, item: JSON.stringify(item) });
    }
    return out;
}

/**
 * Seeds a state directory with `n` stored conversations copied from real ones (the state and the
 * handoff record a finished English or Chinese conversation left), written in the store's own
 * format (LMDB through its import, which keeps eTags and write times), plus the
 * handoff index of the most recent ones.
 */
async function seed(
    dir: string,
    n: number,
    templates: { id: string; script: Script; files: { key: string; item: string }[] }[],
) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const ids: string[] = [];
    const scriptOf = new Map<string, Script>();
    const writtenAt = new Date();
    const db = await LmdbStorage.open({ dir });
    let batch: { key: string; eTag: string; writtenAt: Date; item: Record<string, unknown> }[] = [];
    let next = 0;
    const worker = async () => {
        while (next < n) {
            const i = next++;
            const t = templates[i % templates.length]!;
            const id = `stored-${i}-${t.script.lang}`;
            ids[i] = id;
            scriptOf.set(id, t.script);
            for (const f of t.files) {
                const key = f.key.split(t.id).join(id);
                const item = f.item.split(t.id).join(id);
                batch.push({ key, eTag: `seed-${i}`, writtenAt, item: JSON.parse(item) as Record<string, unknown> });
                if (batch.length >= 2000) {
                    const full = batch;
                    batch = [];
                    await db.importItems(full);
                }
            }
        }
    };
    await worker();
    batch.push({ key: 'handoff/index', eTag: 'seed-index', writtenAt, item: { ids: ids.slice(-1000) } });
    await db.importItems(batch);
    await db.close();
    return { ids, scriptOf: (id: string) => scriptOf.get(id) ?? ENGLISH };
}

/**
 * Where this bot's CPU goes, from two profiled processes on the first Node.js: one started and stopped (start-up),
 * one started and loaded @LIGHT for LIGHT_S seconds; the turns' profile is the second minus the first, per turn.
 */
async function profileOf(env: NodeJS.ProcessEnv, channel: BenchChannel, root: string): Promise<string> {
    process.stderr.write('profile of this bot: start-up');
    const dirs = { start: path.join(root, 'prof-start'), load: path.join(root, 'prof-load') };
    const argv = (dir: string) => ['--cpu-prof', '--cpu-prof-dir', dir, BOT];
    const started = await startServer(
        argv(dirs.start),
        { ...env, STATE_DIR: path.join(root, 'prof-state-1') },
        { node: NODES[0]!.bin },
    );
    await started.stop();
    process.stderr.write(', turns');
    const loaded = await startServer(
        argv(dirs.load),
        { ...env, STATE_DIR: path.join(root, 'prof-state-2') },
        { node: NODES[0]!.bin },
    );
    const load = await runLoad({
        base: loaded.base,
        channel,
        concurrency: LIGHT,
        seconds: LIGHT_S,
        tag: `${randomBytes(4).toString('hex')}-prof`,
        checkWords: true,
    });
    await loaded.stop();
    process.stderr.write('\n');
    const start = await bucketsOf(dirs.start, ROOT);
    const turns = await bucketsOf(dirs.load, ROOT);
    for (const [bucket, ms] of start) turns.set(bucket, (turns.get(bucket) ?? 0) - ms);
    return [
        formatBuckets(start, `where start-up goes (this bot, node ${NODES[0]!.version}, profiled)`, { top: 10 }),
        formatBuckets(turns, `where a turn goes (${load.turns} turns @${LIGHT}, profiled, start-up subtracted)`, {
            top: 12,
            per: load.turns,
            unit: 'ms per turn',
        }),
    ].join('\n');
}

/** Errors the bot logged count against the run: a turn that answered but failed behind the scenes is not a good turn. */
function checkLog(name: string, server: Server): void {
    const e = server.errors();
    if (e.count) problems.push(`${name} logged ${e.count} errors, first:\n      ${e.first.join('\n      ')}`);
}

const fmtMs = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const fmtS = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<number> {
    for (const f of [BOT, ECHO]) {
        if (!existsSync(f)) {
            console.error(
                `${path.relative(ROOT, f)} is missing: run \`npm run build\` first (\`npm run bench\` does).`,
            );
            return 2;
        }
    }
    console.log(
        `npm run bench: bots on ${NODES.map((n) => `node ${n.version} (${path.relative(ROOT, n.bin).startsWith('..') ? n.bin : path.relative(ROOT, n.bin)})`).join(' and ')}; driver on node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), load average ${os.loadavg()[0]!.toFixed(2)}`,
    );
    console.log(`this bot: STORAGE=${STORAGE}`);
    console.log(
        `phases: ${STARTS} starts; warm-up ${WARMUP_S} s @${HEAVY}; light ${LIGHT_S} s @${LIGHT}; heavy ${HEAVY_S} s @${HEAVY} conversations\n`,
    );

    const channel = await startBenchChannel();
    const root = await mkdtemp(path.join(os.tmpdir(), 'bench-bot-'));
    const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, NODE_ENV: 'production' };
    const botEnv = (stateDir: string, storage: string = STORAGE): NodeJS.ProcessEnv => ({
        ...base,
        // Local mode: no credentials (also overrides a developer's .env, which dotenv would not).
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
        STORAGE: storage,
        STATE_DIR: stateDir,
        LOG_LEVEL: 'warn',
        // All the load comes from one address and replays a few conversations quickly: the abuse limits
        // would (rightly) turn it away. They are protection, not what is measured.
        RATE_LIMIT_IP_PER_MINUTE: '0',
        RATE_LIMIT_CONVERSATION: '0',
    });
    const profDir = args['cpu-prof'] ? path.resolve(args['cpu-prof']) : undefined;
    const botArgv = profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir, BOT] : [BOT];
    const results: Measured[] = [];
    const npmStarts: number[] = [];
    let profile = '';
    const storedRuns: {
        n: number;
        startupMs: number;
        rssMiB: number;
        peakMiB: number;
        peakAnonMiB: number;
        load: LoadResult;
        files: number;
        othersCpu: number;
        cpuMsPerTurn: number;
    }[] = [];
    try {
        const stateDir = path.join(root, 'state');
        let first: (Measured & { server: Server }) | undefined;
        for (const [i, node] of NODES.entries()) {
            const suffix = NODES.length > 1 ? `, node ${node.version}` : '';
            if (!args['no-echo']) {
                const echo = await measure(`echo bot${suffix}`, [ECHO], base, channel, false, node);
                await echo.server.stop();
                results.push(echo);
            }
            const dir = i === 0 ? stateDir : path.join(root, `state-${i}`);
            const ours = await measure(`this bot${suffix}`, botArgv, botEnv(dir), channel, true, node);
            const code = await ours.server.stop();
            if (code !== 0) problems.push(`this bot exited with ${code} on SIGTERM:\n${ours.server.output()}`);
            results.push(ours);
            first ??= ours;
        }
        const ours = first!;
        if (args['memory-storage']) {
            const mem = await measure(
                'this bot, STORAGE=memory',
                [BOT],
                botEnv(path.join(root, 'unused'), 'memory'),
                channel,
                true,
            );
            await mem.server.stop();
            results.push(mem);
        }

        // The README's `npm start` on this already built tree: npm, the freshness check finding nothing to build, the bot.
        const npmCli = process.env.npm_execpath;
        if (npmCli && STARTS > 0) {
            process.stderr.write('npm start on a built tree:');
            for (let i = 0; i < Math.min(STARTS, 3); i++) {
                const server = await startServer([npmCli, 'start'], botEnv(path.join(root, 'npm-start')), {
                    group: true,
                });
                npmStarts.push(server.startupMs);
                await server.stop();
                process.stderr.write(` ${fmtS(server.startupMs)}`);
            }
            process.stderr.write('\n');
        }
        const templates: { id: string; script: Script; files: { key: string; item: string }[] }[] = [];
        if (STORED_SIZES.length) {
            for (const script of [ENGLISH, CHINESE]) {
                const id = [...ours.warmup.completed, ...ours.heavy.completed].find((c) => c.script === script)?.id;
                if (!id) throw new Error(`no finished ${script.lang} conversation to copy`);
                templates.push({ id, script, files: await conversationItems(stateDir, id) });
            }
        }
        if (!args['no-profile']) profile = await profileOf(botEnv(path.join(root, 'profile')), channel, root);
        for (const STORED of STORED_SIZES) {
            process.stderr.write(`this bot with ${STORED.toLocaleString('en-US')} stored conversations: seeding`);
            const seededDir = path.join(root, `stored-${STORED}`);
            const seeded = await seed(seededDir, STORED, templates);
            const files = STORED * templates[0]!.files.length + 1;
            process.stderr.write(', start-up');
            const server = await startServer(botArgv, botEnv(seededDir), { node: NODES[0]!.bin });
            process.stderr.write(', load');
            const othersCpuSince = otherProcessesCpu(server.pid);
            const cpuBefore = cpuMsOf(server.pid);
            const load = await runLoad({
                base: server.base,
                channel,
                concurrency: HEAVY,
                seconds: HEAVY_S,
                tag: `${randomBytes(4).toString('hex')}-stored`,
                checkWords: true,
                resume: { ids: seeded.ids, scriptOf: seeded.scriptOf },
            });
            const cpuMsPerTurn = (cpuMsOf(server.pid) - cpuBefore) / load.turns;
            const othersCpu = othersCpuSince();
            check('this bot', `${STORED} stored`, load);
            checkLog(`this bot with ${STORED} stored`, server);
            const rssMiB = mib(memoryOf(server.pid)?.rssKiB ?? NaN);
            const peakMiB = mib(server.peakKiB());
            const peakAnonMiB = mib(server.peakAnonKiB());
            await server.stop();
            process.stderr.write('\n');
            storedRuns.push({
                n: STORED,
                startupMs: server.startupMs,
                rssMiB,
                peakMiB,
                peakAnonMiB,
                load,
                files,
                othersCpu,
                cpuMsPerTurn,
            });
            await rm(seededDir, { recursive: true, force: true });
        }
    } finally {
        await channel.stop();
        await rm(root, { recursive: true, force: true });
    }

    // Report.
    const rows: string[][] = [['', ...results.map((r) => r.name)]];
    const row = (label: string, f: (r: Measured) => string) => rows.push([label, ...results.map(f)]);
    row('start-up, median (max)', (r) => `${fmtS(median(r.startups))} (${fmtS(Math.max(...r.startups))})`);
    row('start-up CPU, median', (r) => fmtS(median(r.startupCpus)));
    row(`turns/s @${HEAVY} conversations`, (r) => r.heavy.turnsPerSecond.toFixed(0));
    row(
        `p50 / p99 ms @${HEAVY}`,
        (r) => `${fmtMs(percentile(r.heavy.latencies, 50))} / ${fmtMs(percentile(r.heavy.latencies, 99))}`,
    );
    row(
        `p50 / p99 ms @${LIGHT}`,
        (r) => `${fmtMs(percentile(r.light.latencies, 50))} / ${fmtMs(percentile(r.light.latencies, 99))}`,
    );
    row(`turns/s @${LIGHT}`, (r) => r.light.turnsPerSecond.toFixed(0));
    row('bot CPU ms per turn', (r) => r.cpuMsPerTurn.toFixed(2));
    row('peak RSS (of which anonymous)', (r) => `${r.peakMiB.toFixed(0)} MiB (${r.peakAnonMiB.toFixed(0)})`);
    row('CPU used by other processes', (r) => `${(r.othersCpu * 100).toFixed(0)} %`);
    row('turns / replies / connections', (r) => {
        const t = r.warmup.turns + r.light.turns + r.heavy.turns;
        const rep = r.warmup.replies + r.light.replies + r.heavy.replies;
        return `${t} / ${rep} / ${r.connections}`;
    });
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    for (const r of rows)
        console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   '));
    for (const stored of storedRuns) {
        console.log(
            `${stored === storedRuns[0] ? '\n' : ''}this bot with ${stored.n.toLocaleString('en-US')} stored conversations (${stored.files.toLocaleString('en-US')} items): ` +
                `start-up ${fmtS(stored.startupMs)}, RSS after ${HEAVY_S} s @${HEAVY} ${stored.rssMiB.toFixed(0)} MiB (peak ${stored.peakMiB.toFixed(0)} MiB, anonymous ${stored.peakAnonMiB.toFixed(0)} MiB), ` +
                `${stored.load.turnsPerSecond.toFixed(0)} turns/s, p99 ${fmtMs(percentile(stored.load.latencies, 99))} ms, CPU ${stored.cpuMsPerTurn.toFixed(2)} ms per turn; ` +
                `other processes used ${(stored.othersCpu * 100).toFixed(0)} % of the CPUs`,
        );
    }

    const target = (label: string, ok: boolean | null, detail: string) =>
        console.log(`  ${ok === null ? 'n/a ' : ok ? 'PASS' : 'MISS'}  ${label.padEnd(36)} ${detail}`);
    const ours = results.find((r) => r.name.startsWith('this bot'))!;
    for (const node of NODES) {
        const mine = results.find((r) => r.name.startsWith('this bot') && r.node === node.version)!;
        const echo = results.find((r) => r.name.startsWith('echo bot') && r.node === node.version);
        console.log(`\ntargets (issue #18, 2-core machine), both bots on node ${node.version}:`);
        if (!echo) {
            target('throughput, p99, CPU, start-up', null, 'echo bot not run (--no-echo)');
            continue;
        }
        const tput = mine.heavy.turnsPerSecond / echo.heavy.turnsPerSecond;
        const p99 = percentile(mine.light.latencies, 99) / percentile(echo.light.latencies, 99);
        const cpu = mine.cpuMsPerTurn / echo.cpuMsPerTurn;
        const start = median(mine.startups) / median(echo.startups);
        const startCpu = median(mine.startupCpus) / median(echo.startupCpus);
        target(
            `throughput @${HEAVY} >= 0.8 x echo bot`,
            tput >= 0.8,
            `${tput.toFixed(2)} x (${mine.heavy.turnsPerSecond.toFixed(0)} vs ${echo.heavy.turnsPerSecond.toFixed(0)} turns/s)`,
        );
        target(
            `p99 @${LIGHT} <= 1.5 x echo bot`,
            p99 <= 1.5,
            `${p99.toFixed(2)} x (${fmtMs(percentile(mine.light.latencies, 99))} vs ${fmtMs(percentile(echo.light.latencies, 99))} ms)`,
        );
        target(
            'CPU per turn <= 1.3 x echo bot',
            cpu <= 1.3,
            `${cpu.toFixed(2)} x (${mine.cpuMsPerTurn.toFixed(2)} vs ${echo.cpuMsPerTurn.toFixed(2)} ms)`,
        );
        target(
            'start-up <= 1.0 x echo bot',
            start <= 1.0,
            `${start.toFixed(2)} x (median ${fmtS(median(mine.startups))} vs ${fmtS(median(echo.startups))}; CPU ${startCpu.toFixed(2)} x, ${fmtS(median(mine.startupCpus))} vs ${fmtS(median(echo.startupCpus))})`,
        );
        if (npmStarts.length && node === NODES[0]) {
            const limit = median(echo.startups) + 500;
            target(
                'npm start <= echo start-up + 0.5 s',
                median(npmStarts) <= limit,
                `median ${fmtS(median(npmStarts))} of ${npmStarts.length} vs ${fmtS(limit)} (npm on the PATH's node)`,
            );
        }
    }
    console.log('');
    target(
        `peak RSS <= 200 MB under load @${HEAVY}`,
        ours.peakMiB * 1.048576 <= 200,
        `peak ${(ours.peakMiB * 1.048576).toFixed(0)} MB (${ours.peakMiB.toFixed(0)} MiB; anonymous ${ours.peakAnonMiB.toFixed(0)} MiB)`,
    );
    for (const stored of storedRuns) {
        target(
            `<= 200 MB RSS, ${stored.n.toLocaleString('en-US')} stored`,
            stored.peakMiB * 1.048576 <= 200,
            `peak ${(stored.peakMiB * 1.048576).toFixed(0)} MB (${stored.peakMiB.toFixed(0)} MiB; anonymous ${stored.peakAnonMiB.toFixed(0)} MiB, the rest the database file's mapped pages)`,
        );
    }
    if (storedRuns.length > 1) {
        // "Does not grow": the same resumed conversations on the smallest and the largest store, compared by the
        // bot's CPU per turn (turns/s also moves with what else the machine is doing).
        const [small, large] = [storedRuns[0]!, storedRuns.at(-1)!];
        const ratio = large.cpuMsPerTurn / small.cpuMsPerTurn;
        target(
            `turn cost flat, ${small.n.toLocaleString('en-US')} -> ${large.n.toLocaleString('en-US')} stored`,
            ratio <= 1.15,
            `CPU per turn ${ratio.toFixed(2)} x (${small.cpuMsPerTurn.toFixed(2)} -> ${large.cpuMsPerTurn.toFixed(2)} ms); turns/s ${small.load.turnsPerSecond.toFixed(0)} -> ${large.load.turnsPerSecond.toFixed(0)}; p99 ${fmtMs(percentile(small.load.latencies, 99))} -> ${fmtMs(percentile(large.load.latencies, 99))} ms`,
        );
    }
    const busy = Math.max(...results.map((r) => r.othersCpu), ...storedRuns.map((r) => r.othersCpu));
    if (busy > 0.1) {
        console.log(
            `\nnote: other processes used up to ${(busy * 100).toFixed(0)} % of the CPUs during the run: figures are lower and noisier than on an idle machine`,
        );
    }
    if (profDir) {
        console.log(`\nCPU profiles of this bot (one per process): ${profDir}`);
        console.log(await profileSummary(profDir, ROOT));
    }
    if (profile) console.log(`\n${profile}`);
    if (ours.warnings) console.log(`\nthis bot logged (LOG_LEVEL=warn), last lines:\n${ours.warnings}`);

    if (problems.length) {
        console.error(`\n${'!'.repeat(78)}\nBENCHMARK RUN INVALID: the figures above do not describe a working bot.\n`);
        for (const p of problems) console.error(`  - ${p}`);
        console.error('!'.repeat(78));
        return 1;
    }
    return 0;
}

process.exitCode = await main();
