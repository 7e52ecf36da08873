import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/** A free TCP port on loopback (asked of the OS, then released). */
export async function freePort(): Promise<number> {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
}

export interface Child {
    process: ChildProcess;
    /** Everything the process printed so far (stdout and stderr). */
    output(): string;
    /** Sends SIGTERM (then SIGKILL after a while) and waits for the exit. */
    stop(): Promise<number | null>;
}

/** Starts a process and resolves once `ready` matches its output; rejects with the output if it exits or times out first. */
export async function startProcess(
    command: string,
    args: string[],
    options: { env?: NodeJS.ProcessEnv; ready: RegExp; timeoutMs?: number },
): Promise<Child> {
    const child = spawn(command, args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += String(d)));
    child.stderr!.on('data', (d) => (out += String(d)));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const handle: Child = {
        process: child,
        output: () => out,
        stop: async () => {
            if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
            child.kill('SIGTERM');
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
            const code = await exited;
            clearTimeout(timer);
            return code;
        },
    };
    await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(
                new Error(
                    `${command} ${args.join(' ')} was not ready after ${options.timeoutMs ?? 20_000} ms:\n${out}`,
                ),
            );
        }, options.timeoutMs ?? 20_000);
        const check = () => {
            if (options.ready.test(out)) {
                clearTimeout(timer);
                resolve();
            }
        };
        child.stdout!.on('data', check);
        child.stderr!.on('data', check);
        void exited.then((code) => {
            clearTimeout(timer);
            reject(new Error(`${command} exited with ${code} before it was ready:\n${out}`));
        });
    });
    return handle;
}

/** Azurite's well-known development account (public, documented by Microsoft). */
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** Starts the Azurite Blob emulator (npm `azurite`) on loopback, in memory. */
export async function startAzurite(): Promise<Child & { connectionString: string }> {
    const port = await freePort();
    const main = path.resolve('node_modules/azurite/dist/src/blob/main.js');
    const child = await startProcess(
        process.execPath,
        [
            main,
            '--blobHost',
            '127.0.0.1',
            '--blobPort',
            String(port),
            '--inMemoryPersistence',
            '--skipApiVersionCheck',
            '--loose',
            '--disableTelemetry',
        ],
        { env: { PATH: process.env.PATH }, ready: /successfully listens/ },
    );
    const connectionString = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
    return { ...child, connectionString };
}

/** Starts the bot (`src/index.ts` through tsx) with exactly the given environment, and waits for it to listen. */
export async function startBot(env: Record<string, string>): Promise<Child & { base: string }> {
    const port = await freePort();
    const child = await startProcess(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
        env: {
            PATH: process.env.PATH,
            NODE_ENV: 'production',
            LOG_LEVEL: 'info',
            ...env,
            PORT: String(port),
            HOST: '127.0.0.1',
        },
        ready: /bot listening on/,
        timeoutMs: 30_000,
    });
    return { ...child, base: `http://127.0.0.1:${port}` };
}
