import { existsSync } from 'node:fs';
import { freePort, startProcess, type Child } from './processes.js';

/** Debian's redis-server (`apt-get install -y redis-server`; .ci/run installs it). */
export const REDIS_SERVER = '/usr/bin/redis-server';
export const hasRedis = existsSync(REDIS_SERVER);

/** A throw-away redis-server on a free loopback port: nothing saved to disk. */
export async function startRedis(): Promise<Child & { url: string }> {
    const port = await freePort();
    const child = await startProcess(
        REDIS_SERVER,
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'],
        { env: { PATH: process.env.PATH }, ready: /Ready to accept connections/ },
    );
    return { ...child, url: `redis://127.0.0.1:${port}` };
}
