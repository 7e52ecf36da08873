import { redact } from './privacy/redact.js';

/** An error as it appears in a log line. */
export interface LoggedError {
    name: string;
    message?: string;
    /** The HTTP status another service answered with. */
    statusCode?: number;
    /** A short machine-readable code (`ECONNREFUSED`, `BadArgument`). */
    code?: string;
    /** Where it happened: the stack's frames, without its first line (which repeats the message). */
    stack?: string;
}

/**
 * An error raised while handling a message, with that message's text: logged without the text
 * (unless message text is logged), whatever the error quotes of it.
 */
export class TurnError {
    constructor(
        readonly error: unknown,
        readonly text: string | undefined,
    ) {}
}

const MAX_MESSAGE = 300;
const MAX_FRAMES = 8;
const TEXT = '[message text]';

/**
 * What of an error may be logged. Error messages can carry what people wrote: an HTTP error from a
 * channel's connector quotes the body it refused (a reply, which may relay an agent's or a parent's
 * words, or anything the channel chose to echo), and a local error can quote its input. So, unless
 * `logText` (LOG_MESSAGE_TEXT=true):
 * - an error another service answered (it carries an HTTP status and a request or response) keeps
 *   its status and error code, not its message;
 * - any other error keeps its message, with the turn's text (`hide`) cut out of it.
 * Messages are cut at 300 characters and stacks keep 8 frames; ID and phone numbers are redacted
 * either way.
 */
export function loggedError(err: unknown, options: { logText?: boolean; hide?: string } = {}): LoggedError {
    if (err instanceof TurnError) return loggedError(err.error, { ...options, hide: err.text });
    const e: Record<string, unknown> =
        typeof err === 'object' && err !== null ? (err as Record<string, unknown>) : { message: String(err) };
    const name = typeof e.name === 'string' && e.name ? e.name : 'Error';
    const statusCode = typeof e.statusCode === 'number' ? e.statusCode : undefined;
    const code = typeof e.code === 'string' && /^[\w.-]{1,64}$/.test(e.code) ? e.code : undefined;
    const remote =
        statusCode !== undefined && (e.response !== undefined || e.request !== undefined || name === 'RestError');
    const hide = !options.logText && options.hide && options.hide.trim().length >= 3 ? options.hide : undefined;
    const clean = (s: string) => redact(hide ? s.split(hide).join(TEXT) : s);

    const out: LoggedError = { name };
    if (statusCode !== undefined) out.statusCode = statusCode;
    if (code) out.code = code;
    if (typeof e.message === 'string' && e.message && (options.logText || !remote)) {
        const message = clean(e.message);
        out.message = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
    }
    if (typeof e.stack === 'string') {
        const frames = e.stack
            .split('\n')
            .filter((line) => /^\s+at /.test(line))
            .slice(0, MAX_FRAMES)
            .map((line) => clean(line.trim()));
        if (frames.length) out.stack = frames.join('\n');
    }
    return out;
}
