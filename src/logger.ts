import { pino, type DestinationStream } from 'pino';
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
            serializers: { err: (err: unknown) => (err == null ? err : loggedError(err, { logText: options.logText })) },
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

/** A logger that drops everything (tests). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
