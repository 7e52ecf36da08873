import restify, { type Next, type Request, type Response, type Server } from 'restify';
import type { Activity, TurnContext } from 'botbuilder';
import {
    AuthenticationError,
    type AuthenticateRequestResult,
    type BotFrameworkAuthentication,
} from 'botframework-connector';
import type { BotAdapter } from './adapter.js';
import { bodyGuard } from './bodyGuard.js';
import { TurnError } from './errorLog.js';
import { sanitizeActivity } from './channels/sanitize.js';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { bodyReader } from './http/body.js';
import { inboundProblem } from './http/inboundActivity.js';
import type { Logger } from './logger.js';

export interface ServerDeps {
    adapter: BotAdapter;
    /** Checks each request's Bot Framework token (accepts all in local mode). */
    auth: BotFrameworkAuthentication;
    bot: { run(context: TurnContext): Promise<void> };
    logger: Logger;
    /** Largest request body accepted, in bytes. Default 256 KB. */
    maxBodyBytes?: number;
    /** Requests per minute from one client address; 0 or undefined = no limit. */
    requestsPerMinutePerAddress?: number;
    /** Counts those requests (shared through Redis when configured). Default: in this process's memory. */
    addressLimiter?: RateLimiterAbstract;
    /** The client address a request is counted under (TRUST_PROXY). Default: the connection's address. */
    clientAddress?: (req: Request) => string;
    /** Paths whose bodies are XML (WeChat); all others take JSON only. */
    xmlPaths?: readonly string[];
    /** Channels whose `handoff.*` events come from a contact-centre hub (HANDOFF_HUB_CHANNELS). */
    hubChannels?: ReadonlySet<string>;
    /** How long token validation may take (it can fetch signing keys) before 503. Default 5000 ms. */
    authTimeoutMs?: number;
}

/**
 * Why an activity posted to /api/messages cannot be processed, or null: it must meet the inbound activity
 * schema (src/http/inboundActivity.ts), and a message needs a serviceUrl to reply to.
 */
export function activityProblem(body: unknown, hubChannels?: ReadonlySet<string>): string | null {
    const problem = inboundProblem(body, { hubChannels });
    if (problem) return problem;
    const a = body as Record<string, unknown>;
    if (a.type === 'message' && (typeof a.serviceUrl !== 'string' || !a.serviceUrl))
        return 'a message needs a "serviceUrl" to reply to';
    return null;
}

/**
 * Why the bot could not answer an authenticated activity (checked after the token, so a caller without
 * one learns nothing more than 401): replies go to `serviceUrl` with the conversation id in their path
 * and headers, so they need an http(s) URL, an id without control characters, and a channel.
 */
function replyProblem(a: Activity): string | null {
    if (a.serviceUrl && !isHttpUrl(a.serviceUrl)) return '"serviceUrl" must be an http(s) URL';
    if ([...a.conversation.id].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
        return '"conversation.id" must not contain control characters';
    }
    if (typeof a.channelId !== 'string' || !a.channelId) return 'the activity has no "channelId"';
    return null;
}

function isHttpUrl(value: string): boolean {
    try {
        const { protocol } = new URL(value);
        return protocol === 'http:' || protocol === 'https:';
    } catch {
        return false;
    }
}

class AuthTimeoutError extends Error {}

const JWT_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * Whether token validation failed because of the token (401) rather than because the keys could not be
 * checked (503): the SDK raises AuthenticationError 401 for a bad token but also AuthenticationError 500
 * when it cannot load the signing keys, and lets jsonwebtoken's errors (a bad signature) through as they are.
 */
function isBadToken(err: unknown): boolean {
    const status = (err as { statusCode?: number } | undefined)?.statusCode;
    if (err instanceof AuthenticationError) return status === undefined || status === 401 || status === 403;
    return JWT_ERRORS.has((err as Error | undefined)?.name ?? '');
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new AuthTimeoutError(`no answer within ${ms} ms`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The activity as the adapter expects it: timestamps as dates (what CloudAdapter.process does). */
function toActivity(body: Record<string, unknown>): Activity {
    const activity = { ...body } as Record<string, unknown>;
    for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
        const raw = activity[field];
        if (typeof raw === 'string') {
            const parsed = new Date(raw);
            activity[`raw${field[0]!.toUpperCase()}${field.slice(1)}`] = raw;
            activity[field] = Number.isNaN(parsed.getTime()) ? undefined : parsed;
        }
    }
    return activity as unknown as Activity;
}

/**
 * The HTTP server (SDK edge): `POST /api/messages` for Bot Framework channels and the Emulator,
 * `GET /healthz` for probes.
 *
 * The request's token is checked here, before the adapter sees the activity: an untrusted or missing
 * token gets 401 and no turn runs; when the signing keys cannot be fetched in time the answer is 503
 * (the channel retries) rather than a hang or an internal error message. Malformed requests get a
 * 400 with a reason; bodies over the limit 413; clients over the per-address limit 429 with
 * Retry-After (requests with a valid Bot Framework token are not counted per address; the
 * per-conversation limit still applies to them). The server keeps serving whatever arrives.
 */
export function createServer(deps: ServerDeps): Server {
    const server = restify.createServer({ name: 'child-sscard-bot' });
    const maxBodySize = deps.maxBodyBytes ?? 256 * 1024;
    const authTimeoutMs = deps.authTimeoutMs ?? 5000;
    const perAddress = deps.requestsPerMinutePerAddress
        ? (deps.addressLimiter ?? new RateLimiterMemory({ points: deps.requestsPerMinutePerAddress, duration: 60 }))
        : undefined;
    const addressOf = deps.clientAddress ?? ((req: Request) => req.socket.remoteAddress ?? 'unknown');

    /** Requests to /api/messages whose Bot Framework token turned out valid: not counted per address. */
    const validToken = new WeakSet<Request>();
    if (perAddress) {
        const limit = deps.requestsPerMinutePerAddress!;
        const refuse = (res: Response, next: Next, address: string, msBeforeNext: number, firstOver: boolean) => {
            const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
            if (firstOver)
                deps.logger.warn({ event: 'ratelimit.address', address }, 'client address over its request limit');
            res.header('Retry-After', String(seconds));
            res.json(429, { error: `too many requests from this address; try again in ${seconds} s` });
            next(false);
        };
        // Before body parsing, so a flood is turned away before its bodies are read.
        server.pre((req: Request, res: Response, next: Next) => {
            if (req.path() === '/healthz') return next();
            const address = addressOf(req);
            if (req.path() === '/api/messages' && /^Bearer\s+\S/i.test(req.header('authorization') ?? '')) {
                // A channel's requests all come from a few Microsoft addresses, so counting them per address would
                // answer a busy bot's own users 429. Whether the token is valid is known only once the body has
                // been read: the request goes on (unless this address is already over its limit) and is counted
                // when it ends, unless its token was valid. Floods with junk tokens are still limited.
                perAddress.get(address).then(
                    (seen) => {
                        if (seen && seen.consumedPoints >= limit)
                            return refuse(res, next, address, seen.msBeforeNext, false);
                        res.once('finish', () => {
                            if (!validToken.has(req)) perAddress.consume(address).catch(() => undefined);
                        });
                        next();
                    },
                    // The counter's store failing never turns a request away.
                    () => next(),
                );
                return;
            }
            perAddress.consume(address).then(
                () => next(),
                (rejection: unknown) => {
                    if (!(rejection instanceof RateLimiterRes)) return next();
                    refuse(res, next, address, rejection.msBeforeNext, rejection.consumedPoints === limit + 1);
                },
            );
        });
    }
    server.pre(bodyGuard(maxBodySize));
    server.use(restify.plugins.queryParser());
    server.use(bodyReader({ maxBytes: maxBodySize, xmlPaths: deps.xmlPaths }));
    // A connection that sends something other than HTTP: answered 400 and closed, never an error event left unhandled.
    server.server.on('clientError', (_err: Error, socket: import('node:stream').Duplex) => {
        if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
        else socket.destroy();
    });

    server.get('/healthz', async (_req: Request, res: Response) => {
        res.json({ status: 'ok' });
    });

    server.post('/api/messages', async (req: Request, res: Response) => {
        if (!req.is('json')) {
            res.json(415, { error: 'send the activity as application/json' });
            return;
        }
        const problem = activityProblem(req.body, deps.hubChannels);
        if (problem) {
            res.json(400, { error: problem });
            return;
        }
        const activity = toActivity(sanitizeActivity(req.body as Record<string, unknown>));
        const conversationId = activity.conversation.id;
        let authenticated: AuthenticateRequestResult;
        try {
            authenticated = await withTimeout(
                deps.auth.authenticateRequest(activity, req.header('authorization') ?? ''),
                authTimeoutMs,
            );
        } catch (err) {
            if (isBadToken(err)) {
                deps.logger.warn(
                    {
                        event: 'auth.rejected',
                        conversationId,
                        channelId: activity.channelId,
                        reason: (err as Error).message,
                    },
                    'request refused: no valid Bot Framework token',
                );
                res.json(401, { error: 'unauthorized' });
            } else {
                const reason = err instanceof AuthTimeoutError ? err.message : (err as Error).message;
                deps.logger.error(
                    { event: 'auth.unavailable', conversationId, reason },
                    'could not check the request token',
                );
                res.header('Retry-After', '5');
                res.json(503, { error: 'the bot cannot verify requests right now; try again shortly' });
            }
            return;
        }
        // Only a token the SDK verified carries an audience claim (local mode's anonymous identity has none).
        if (req.header('authorization') && authenticated.claimsIdentity?.getClaimValue('aud')) validToken.add(req);
        const unusable = replyProblem(activity);
        if (unusable) {
            res.json(400, { error: unusable });
            return;
        }
        try {
            const invokeResponse = await deps.adapter.processAuthenticated(authenticated, activity, (context) =>
                deps.bot.run(context),
            );
            if (invokeResponse) res.json(invokeResponse.status, invokeResponse.body ?? {});
            else res.send(200);
        } catch (err) {
            deps.logger.error(
                { event: 'request.failed', conversationId, err: new TurnError(err, activity.text) },
                'request failed',
            );
            if (!res.headersSent) res.json(500, { error: 'the bot could not process this activity' });
        }
    });

    server.on(
        'restifyError',
        (req: Request, res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
            // Body-parser failures (invalid JSON, too large) arrive here: answer with a clear JSON reason.
            const status = err.statusCode ?? 500;
            if (status >= 500) deps.logger.error({ event: 'request.error', err, path: req.path() }, 'server error');
            const reason =
                status === 413
                    ? `request body too large (limit ${maxBodySize} bytes)`
                    : status === 400
                      ? 'invalid JSON'
                      : status >= 500
                        ? 'internal error'
                        : err.message;
            res.json(status, { error: reason });
            callback();
        },
    );
    return server;
}
