import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';

/** A free TCP port on loopback (asked of the OS, then released). */
export async function freePort(): Promise<number> {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
}

function healthy(port: number): Promise<boolean> {
    return new Promise((resolve) => {
        const req = http.get({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode === 200));
        });
        req.on('error', () => resolve(false));
        req.setTimeout(1000, () => req.destroy());
    });
}

/**
 * Memory of a process from /proc (Linux), in KiB: resident now, the peak resident ("high water mark"), and the
 * resident memory now that is anonymous (heap, stacks) rather than file pages mapped in (the embedded database's
 * file is memory-mapped: pages it touched count in RSS but are the OS's page cache, shared and reclaimable).
 */
export function memoryOf(pid: number): { rssKiB: number; peakKiB: number; anonKiB: number } | null {
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
        return { rssKiB: field('VmRSS'), peakKiB: field('VmHWM'), anonKiB: field('RssAnon') };
    } catch {
        return null;
    }
}

/** CPU time all CPUs of the machine have spent busy so far (everything but idle and iowait), in ms (Linux). */
export function machineBusyMs(): number {
    try {
        const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
        const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
        return ((user! + nice! + system! + irq! + softirq! + (steal ?? 0)) * 1000) / 100;
    } catch {
        return NaN;
    }
}

/** CPU time a process has used so far (user + system, all threads), in ms. */
export function cpuMsOf(pid: number): number {
    try {
        // Fields after the command name (which is in parentheses and may contain spaces); utime and stime are 14 and 15.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ticks = Number(fields[11]) + Number(fields[12]);
        return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
    } catch {
        return NaN;
    }
}

export interface Server {
    process: ChildProcess;
    pid: number;
    base: string;
    /** From spawning the process to the first 200 from `/healthz`, in ms. */
    startupMs: number;
    /** CPU time the process had used by then (user + system), in ms: less moved by other processes than the wall time. */
    startupCpuMs: number;
    /** Largest resident size seen by the sampler or the kernel's high water mark, in KiB. */
    peakKiB(): number;
    /** Largest anonymous resident size (RssAnon) the sampler saw, in KiB. */
    peakAnonKiB(): number;
    /** The last lines the process printed (stdout and stderr). */
    output(): string;
    /** Log lines at error level or above (pino's level 50, 60) or any stderr line, counted, and the first few. */
    errors(): { count: number; first: string[] };
    /** SIGTERM, then SIGKILL after 15 s; resolves with the exit code once the process has exited. */
    stop(): Promise<number | null>;
}

/**
 * Spawns a server process and times its start-up: from the spawn to `/healthz` answering 200,
 * polled every 5 ms on a fresh connection. Its memory is sampled every 100 ms from /proc.
 */
export async function startServer(
    args: string[],
    env: NodeJS.ProcessEnv,
    options: { timeoutMs?: number; group?: boolean; node?: string } = {},
): Promise<Server> {
    const port = await freePort();
    const started = performance.now();
    const child = spawn(options.node ?? process.execPath, args, {
        env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        // A launcher (npm start) in its own process group, so stopping it also stops the bot it started: npm
        // exits on SIGTERM without waiting for its script.
        detached: options.group ?? false,
    });
    const signal = (sig: NodeJS.Signals) => (options.group ? process.kill(-child.pid!, sig) : child.kill(sig));
    let out = '';
    const errors = { count: 0, first: [] as string[] };
    const partial = { stdout: '', stderr: '' };
    const keep = (stream: 'stdout' | 'stderr') => (d: Buffer) => {
        const text = d.toString('utf8');
        out = (out + text).slice(-16_384);
        const lines = (partial[stream] + text).split('\n');
        partial[stream] = lines.pop()!;
        for (const line of lines) {
            if (!line.trim() || (stream === 'stdout' && !/"level":\s*(?:5|6)\d/.test(line))) continue;
            errors.count++;
            if (errors.first.length < 3) errors.first.push(line.slice(0, 400));
        }
    };
    child.stdout!.on('data', keep('stdout'));
    child.stderr!.on('data', keep('stderr'));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let peak = 0;
    let peakAnon = 0;
    const sample = () => {
        const m = child.pid ? memoryOf(child.pid) : null;
        if (m) peak = Math.max(peak, m.rssKiB, m.peakKiB);
        if (m && Number.isFinite(m.anonKiB)) peakAnon = Math.max(peakAnon, m.anonKiB);
    };
    const sampler = setInterval(sample, 100);
    const deadline = started + (options.timeoutMs ?? 30_000);
    let startupMs = NaN;
    let startupCpuMs = NaN;
    while (performance.now() < deadline) {
        if (child.exitCode !== null || child.signalCode !== null) break;
        if (await healthy(port)) {
            startupMs = performance.now() - started;
            startupCpuMs = cpuMsOf(child.pid!);
            break;
        }
        await new Promise((r) => setTimeout(r, 5));
    }
    if (Number.isNaN(startupMs)) {
        clearInterval(sampler);
        signal('SIGKILL');
        throw new Error(`${args.join(' ')} did not answer /healthz:\n${out}`);
    }
    return {
        process: child,
        pid: child.pid!,
        base: `http://127.0.0.1:${port}`,
        startupMs,
        startupCpuMs,
        peakKiB: () => {
            sample();
            return peak;
        },
        peakAnonKiB: () => {
            sample();
            return peakAnon;
        },
        output: () => out,
        errors: () => errors,
        stop: async () => {
            sample();
            clearInterval(sampler);
            if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
            signal('SIGTERM');
            const timer = setTimeout(() => signal('SIGKILL'), 15_000);
            const code = await exited;
            clearTimeout(timer);
            return code;
        },
    };
}
