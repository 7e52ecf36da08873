import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createApp, type App, type AppDeps } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';

/** Log lines written by a real (pino) logger, parsed. */
export function captureLogs(
    level = 'debug',
    options: { logText?: boolean } = {},
): { logger: Logger; lines: Record<string, unknown>[]; raw: () => string } {
    let raw = '';
    const stream = new Writable({
        write(chunk, _enc, done) {
            raw += String(chunk);
            done();
        },
    });
    const logger = createLogger(level, stream, options);
    return {
        logger,
        raw: () => raw,
        get lines() {
            return raw
                .split('\n')
                .filter(Boolean)
                .map((l) => JSON.parse(l) as Record<string, unknown>);
        },
    };
}

/** The whole bot from `createApp`, listening on a loopback port. */
export async function listen(
    env: Record<string, string>,
    deps: Partial<AppDeps> = {},
): Promise<{ app: App; base: string; close: () => void }> {
    const app = await createApp({
        config: loadConfig({ PORT: '0', STORAGE: 'memory', ...env }),
        logger: deps.logger ?? createLogger('silent'),
        ...deps,
    });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    return {
        app,
        base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
        close: () => app.server.close(),
    };
}

let seq = 0;

/** A message activity as the Emulator sends it. */
export function message(
    serviceUrl: string,
    text: string,
    overrides: Record<string, unknown> = {},
): Record<string, unknown> {
    return {
        type: 'message',
        id: `msg-${++seq}`,
        channelId: 'emulator',
        serviceUrl,
        conversation: { id: 'conv-1' },
        from: { id: 'parent' },
        recipient: { id: 'bot' },
        locale: 'en-US',
        text,
        ...overrides,
    };
}

/** POSTs a body (an object as JSON, or a raw string) to /api/messages. */
export async function post(
    base: string,
    body: unknown,
    headers: Record<string, string> = {},
): Promise<{ status: number; body: string; headers: Headers }> {
    const res = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: await res.text(), headers: res.headers };
}
