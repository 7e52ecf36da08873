import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The parts of a V8 CPU profile (`node --cpu-prof`) that a summary needs. */
interface CpuProfile {
    nodes: { id: number; callFrame: { functionName: string; url: string }; hitCount?: number }[];
    samples?: number[];
    timeDeltas?: number[];
    startTime: number;
    endTime: number;
}

/** Where a sample's time is charged: a package, a folder of this project, Node itself, or V8's own work. */
export function bucketOf(url: string, functionName: string, root: string): string {
    if (!url) {
        if (functionName === '(garbage collector)') return 'garbage collection';
        if (functionName === '(idle)') return 'idle';
        if (functionName === '(program)') return 'V8/native (program)';
        return functionName || 'native';
    }
    if (url.startsWith('node:')) return 'node: built-ins';
    const file = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
    const nm = file.lastIndexOf('/node_modules/');
    if (nm >= 0) {
        const rest = file.slice(nm + '/node_modules/'.length).split('/');
        return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
    }
    const rel = path.relative(root, file).replace(/^dist\//, '');
    if (rel.startsWith('..')) return 'other';
    const parts = rel.split('/');
    // src/nlu/matcher.js -> src/nlu; src/bot.js -> src/bot.js
    return parts.length > 2 ? `${parts[0]}/${parts[1]}` : rel;
}

/** Self time per bucket, in ms, largest first, from one profile. */
export function summarize(profile: CpuProfile, root: string): { bucket: string; ms: number }[] {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const totals = new Map<string, number>();
    const add = (id: number, us: number) => {
        const node = byId.get(id);
        if (!node) return;
        const bucket = bucketOf(node.callFrame.url, node.callFrame.functionName, root);
        totals.set(bucket, (totals.get(bucket) ?? 0) + us / 1000);
    };
    if (profile.samples && profile.timeDeltas) {
        for (let i = 0; i < profile.samples.length; i++) add(profile.samples[i]!, profile.timeDeltas[i + 1] ?? 0);
    }
    return [...totals].map(([bucket, ms]) => ({ bucket, ms })).sort((a, b) => b.ms - a.ms);
}

/** Busy self time (ms) per bucket over every profile in `dir` (idle left out). */
export async function bucketsOf(dir: string, root: string): Promise<Map<string, number>> {
    const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
    const totals = new Map<string, number>();
    for (const f of files) {
        const profile = JSON.parse(await readFile(path.join(dir, f), 'utf8')) as CpuProfile;
        for (const { bucket, ms } of summarize(profile, root)) totals.set(bucket, (totals.get(bucket) ?? 0) + ms);
    }
    totals.delete('idle');
    return totals;
}

/**
 * A few lines: busy time by where it went, largest first. `per` divides every figure (e.g. by the number of turns,
 * with `unit` 'ms per turn'); buckets at or below zero (after subtracting a baseline) are left out.
 */
export function formatBuckets(
    totals: Map<string, number>,
    title: string,
    options: { top?: number; per?: number; unit?: string } = {},
): string {
    const { top = 12, per = 1, unit = 's' } = options;
    const rows = [...totals].filter(([, ms]) => ms > 0).sort((a, b) => b[1] - a[1]);
    const busy = rows.reduce((a, [, ms]) => a + ms, 0);
    const value = (ms: number) => (unit === 's' ? (ms / 1000).toFixed(2) : (ms / per).toFixed(3));
    const line = (label: string, ms: number) =>
        `  ${label.padEnd(36)} ${value(ms).padStart(8)} ${unit}  ${((ms / busy) * 100).toFixed(1).padStart(5)} %`;
    const rest = rows.slice(top).reduce((a, [, ms]) => a + ms, 0);
    return [
        `${title}: ${value(busy)} ${unit} of busy CPU, by where it went (self time):`,
        ...rows.slice(0, top).map(([b, ms]) => line(b, ms)),
        ...(rest > 0 ? [line(`(${rows.length - top} more)`, rest)] : []),
    ].join('\n');
}

/** A few lines: the busy time of every profile in `dir`, split by where it went (idle left out). */
export async function profileSummary(dir: string, root: string, top = 12): Promise<string> {
    return formatBuckets(await bucketsOf(dir, root), `profiles in ${dir}`, { top });
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const [dir, top] = process.argv.slice(2);
    console.log(await profileSummary(path.resolve(dir ?? '.'), process.cwd(), Number(top ?? 12)));
}
