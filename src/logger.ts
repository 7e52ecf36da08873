import { pino, type DestinationStream } from 'pino';
import sonicBoom from 'sonic-boom';
import { loggedError } from './errorLog.js';
import { redact, redactDeep } from './privacy/redact.js';

/** Structured logger: one JSON line per event. The interface is pino's subset we use. */
export interface Logger {
    debug(obj: object, msg?: string): void;
    info(obj: object, msg?: string): void;
    warn(obj: object, msg?: string): void;
    error(obj: object, msg?: string): void;
}

export interface LoggerOptions {
    /** LOG_MESSAGE_TEXT=true: error messages that may quote what people wrote are logged too (redacted). */
    logText?: boolean;
}

/**
 * JSON lines on stdout (or `destination`). Every field and message is passed through the ID and
 * phone number redaction, whatever a caller put in it (an error message quoting user input, say).
 * An `err` field is logged as {@link loggedError} makes it: without message text unless `logText`.
 */
export function createLogger(level: string, destination?: DestinationStream, options: LoggerOptions = {}): Logger {
    return pino(
        {
            level,
            base: undefined,
            timestamp: pino.stdTimeFunctions.isoTime,
            formatters: { log: (object) => redactDeep(object) },
            serializers: {
                err: (err: unknown) => (err == null ? err : loggedError(err, { logText: options.logText })),
            },
            hooks: {
                logMethod(args, method) {
                    method.apply(
                        this,
                        args.map((a) => (typeof a === 'string' ? redact(a) : a)) as Parameters<typeof method>,
                    );
                },
            },
        },
        destination,
    );
}

/** Where log lines go, and how to get them out before the process exits. */
export interface LogOutput {
    stream: DestinationStream;
    /**
     * Waits until every line written so far has reached the file descriptor, for at most `timeoutMs`.
     * Resolves false when it gave up (nobody reads the other end, or it went away).
     */
    flush(timeoutMs: number): Promise<boolean>;
    /** Lines dropped because the buffer was full (the reader is slower than the bot, or gone). */
    dropped(): number;
}

/**
 * Log lines written to a file descriptor (stdout by default) without ever blocking the bot.
 *
 * pino's default destination writes synchronously and, when the descriptor would block, sleeps and
 * retries forever: a bot whose stdout reader went away (`node dist/src/index.js | cat` and Ctrl-C, a
 * supervisor that exits after signalling) hung in that loop during shutdown, deaf to further signals.
 * Here writes go out asynchronously (sonic-boom, which pino itself uses, in async mode, and without
 * the exit hook `pino.destination()` adds, which would flush synchronously and hang the same way);
 * at most `maxBufferBytes` wait in memory and anything beyond is dropped and counted, so a stalled
 * reader costs memory up to that bound and never time. Shutdown calls {@link LogOutput.flush},
 * which gives up after its timeout.
 */
export function createLogOutput(options: { fd?: number; maxBufferBytes?: number } = {}): LogOutput {
    const boom = new sonicBoom.SonicBoom({
        fd: options.fd ?? 1,
        sync: false,
        minLength: 0,
        maxLength: options.maxBufferBytes ?? 1024 * 1024,
    });
    let dropped = 0;
    let pending = false;
    let broken = false;
    const waiters = new Set<(ok: boolean) => void>();
    const settle = (ok: boolean) => {
        for (const w of waiters) w(ok);
        waiters.clear();
    };
    boom.on('drop', () => dropped++);
    // In async mode sonic-boom says 'drain' each time everything written so far has gone out.
    boom.on('drain', () => {
        pending = false;
        settle(true);
    });
    boom.on('error', () => {
        // EPIPE and the like: the reader is gone for good; later lines are dropped rather than retried.
        broken = true;
        settle(false);
    });
    const stream: DestinationStream = {
        write(line: string) {
            if (broken) {
                dropped++;
                return;
            }
            pending = true;
            boom.write(line);
        },
    };
    return {
        stream,
        dropped: () => dropped,
        flush(timeoutMs) {
            if (broken) return Promise.resolve(false);
            if (!pending) return Promise.resolve(true);
            return new Promise<boolean>((resolve) => {
                const timer = setTimeout(() => {
                    waiters.delete(done);
                    resolve(false);
                }, timeoutMs);
                timer.unref();
                const done = (ok: boolean) => {
                    clearTimeout(timer);
                    resolve(ok);
                };
                waiters.add(done);
            });
        },
    };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
