/**
 * Benchmark: what one turn's state save costs with FileStorage as the number of stored conversations grows.
 *
 * For each size N it seeds a temp directory with N conversation items of about 2 KB, then times SAVES turns,
 * each a read plus an eTag-checked write of one random conversation key (what a turn does), one after another,
 * alternating with a bare crash-safe 2 KB file write ("floor": the fsync cost any durable store pays).
 * Prints figures; it asserts nothing. Everything it writes is under the OS temp dir and removed at the end.
 *
 * Usage: npm run bench:state [-- N1 N2 ...]    (default sizes 100 10000 100000)
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { FileStorage, encodeRecord, fileNameForKey } from '../src/storage/fileStorage.js';
import { prng } from '../src/util/prng.js';

const SIZES = process.argv.slice(2).map(Number).filter(Number.isFinite);
const sizes = SIZES.length ? SIZES : [100, 10_000, 100_000];
const SAVES = 200;
const WARMUP = 20;
const SEED_CONCURRENCY = 64;


function hex(rand: () => number, length: number): string {
    let s = '';
    while (s.length < length) s += Math.floor(rand() * 16).toString(16);
    return s;
}

function conversationKey(i: number): string {
    const rand = prng(i + 1);
    return i % 2
        ? `msteams/conversations/19:${hex(rand, 32)}@thread.v2/`
        : `webchat/conversations/${hex(rand, 22)}-cn/`;
}

/** A conversation-state object shaped like this bot's: dialog stack, collected answers, recent turns (~2 KB). */
function conversationState(i: number): Record<string, unknown> {
    const rand = prng(i * 7919 + 17);
    const zh = i % 2 === 0;
    return {
        locale: zh ? 'zh-CN' : 'en-US',
        turnCount: Math.floor(rand() * 40),
        DialogState: {
            dialogStack: [
                { id: 'mainDialog', state: { stepIndex: 1, options: {}, values: { instanceId: hex(rand, 36) } } },
                {
                    id: 'applyCardDialog',
                    state: {
                        stepIndex: Math.floor(rand() * 6),
                        options: { channel: zh ? 'wechat' : 'webchat' },
                        values: { instanceId: hex(rand, 36), attempts: 1 },
                    },
                },
            ],
        },
        answers: {
            childAgeMonths: Math.floor(rand() * 200),
            hukouCity: zh ? '深圳市' : 'Shenzhen',
            hasBirthCertificate: rand() > 0.3,
            hasHukouBook: rand() > 0.2,
            applicationRoute: rand() > 0.5 ? 'online-app' : 'service-hall',
            bankChosen: ['ICBC', 'CCB', 'BOC', 'ABC'][Math.floor(rand() * 4)],
        },
        recentTurns: Array.from({ length: 6 }, (_, t) => ({
            at: new Date(Date.UTC(2025, 0, 1) + t * 60_000 + i * 1000).toISOString(),
            user: zh
                ? '宝宝的社保卡怎么激活？需要带什么材料去银行网点办理？'
                : 'How do I activate my baby card at the bank?',
            bot: zh
                ? '请携带户口簿、出生医学证明和监护人身份证，到发卡银行网点激活，一般需要5个工作日。'
                : 'Bring the hukou book, birth certificate and your ID to the issuing bank; it takes about 5 working days.',
            intent: ['activateCard', 'applyCard', 'documents', 'progress'][t % 4],
        })),
    };
}

async function seed(dir: string, n: number): Promise<void> {
    // Written directly in FileStorage's format: the public API fsyncs twice per item, which would make seeding
    // 100,000 items take far longer than the measurement itself.
    const writtenAt = new Date();
    let next = 0;
    const worker = async () => {
        while (next < n) {
            const i = next++;
            const key = conversationKey(i);
            const record = encodeRecord(key, JSON.stringify(conversationState(i)), `seed-${i}`, writtenAt);
            await writeFile(path.join(dir, fileNameForKey(key)), record, { mode: 0o600 });
        }
    };
    await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
}

function flushFileSystems(): void {
    if (process.platform === 'win32') return;
    try {
        execFileSync('sync', { stdio: 'ignore' });
    } catch {
        console.error('warning: could not run sync(1); the first saves may include writing back the seed data');
    }
}

async function diskUsage(dir: string): Promise<{ files: number; bytes: number; allocated: number }> {
    const names = await readdir(dir);
    let bytes = 0;
    let allocated = 0;
    for (let i = 0; i < names.length; i += 256) {
        const stats = await Promise.all(names.slice(i, i + 256).map((n) => stat(path.join(dir, n))));
        for (const s of stats) {
            bytes += s.size;
            allocated += s.blocks * 512;
        }
    }
    return { files: names.length, bytes, allocated };
}

function percentile(sorted: number[], p: number): number {
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Row {
    n: number;
    seedS: number;
    mean: number;
    p50: number;
    p99: number;
    max: number;
    floorP50: number;
    files: number;
    bytes: number;
    allocated: number;
}

async function measure(n: number): Promise<Row> {
    const root = await mkdtemp(path.join(os.tmpdir(), 'bench-state-'));
    try {
        const dir = path.join(root, 'state');
        const storage = new FileStorage({ dir });
        await storage.init();
        const seedStart = performance.now();
        await seed(dir, n);
        const seedS = (performance.now() - seedStart) / 1000;
        // Seeding leaves up to hundreds of MB of dirty page cache; without flushing it here, the first fsyncs of
        // the measured saves would pay for writing back the seed data instead of measuring a save.
        flushFileSystems();

        const rand = prng(n);
        const oneTurn = async () => {
            const key = conversationKey(Math.floor(rand() * n));
            const items = await storage.read([key]);
            const state = items[key] as { turnCount: number; eTag: string };
            state.turnCount++;
            await storage.write({ [key]: state }); // carries the eTag it read: a conditional write
        };
        // The disk's floor for a crash-safe save: write + datasync + rename + directory fsync of a 2 KB file, no
        // lock, no read. Saves are dominated by these fsyncs, whose latency drifts on shared disks, so the two are
        // interleaved to see the same conditions and the floor shows how much of a save is FileStorage's own.
        const floorRecord = JSON.stringify(conversationState(0));
        const floorOnce = async () => {
            const temp = path.join(root, 'floor.tmp');
            const handle = await open(temp, 'w');
            await handle.writeFile(floorRecord);
            await handle.datasync();
            await handle.close();
            await rename(temp, path.join(root, 'floor.json'));
            const dirHandle = await open(root, 'r');
            await dirHandle.sync();
            await dirHandle.close();
        };
        for (let i = 0; i < WARMUP; i++) {
            await oneTurn();
            await floorOnce();
        }
        const times: number[] = [];
        const floor: number[] = [];
        for (let i = 0; i < SAVES; i++) {
            let start = performance.now();
            await oneTurn();
            times.push(performance.now() - start);
            start = performance.now();
            await floorOnce();
            floor.push(performance.now() - start);
        }
        times.sort((a, b) => a - b);
        floor.sort((a, b) => a - b);
        return {
            n,
            seedS,
            mean: times.reduce((a, b) => a + b, 0) / times.length,
            p50: percentile(times, 50),
            p99: percentile(times, 99),
            max: times[times.length - 1],
            floorP50: percentile(floor, 50),
            ...(await diskUsage(dir)),
        };
    } finally {
        await rm(root, { recursive: true, force: true });
    }
}

const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
const ms = (x: number) => x.toFixed(2);

console.log(
    `FileStorage save (read + eTag write of one key), ${SAVES} sequential turns on random keys after ${WARMUP} warm-up`,
);
console.log(`node ${process.version}, ${os.cpus().length} CPUs, temp dir ${os.tmpdir()}\n`);
const header = [
    'stored conversations',
    'mean ms',
    'p50 ms',
    'p99 ms',
    'max ms',
    'floor p50 ms',
    'files',
    'bytes',
    'on disk',
    'seed s',
];
const rows: string[][] = [];
for (const n of sizes) {
    const r = await measure(n);
    rows.push([
        r.n.toLocaleString('en-US'),
        ms(r.mean),
        ms(r.p50),
        ms(r.p99),
        ms(r.max),
        ms(r.floorP50),
        r.files.toLocaleString('en-US'),
        mib(r.bytes),
        mib(r.allocated),
        r.seedS.toFixed(1),
    ]);
    console.error(`done: ${r.n.toLocaleString('en-US')}`);
}
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
const line = (cells: string[]) => cells.map((cell, c) => cell.padStart(widths[c])).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
