import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { WebSocketServer, type WebSocket } from 'ws';
import { TurnError } from '../errorLog.js';
import { inboundProblem } from '../http/inboundActivity.js';
import type { Logger } from '../logger.js';
import type { LocalDirectLineAdapter, LocalConversation } from './localAdapter.js';
import { ActivityTooLargeError, since, watermarkOf, type ConversationLog } from './log.js';

export interface DirectLineDeps {
    adapter: LocalDirectLineAdapter;
    bot: { run(context: TurnContext): Promise<void> };
    logger: Logger;
    /** Signs the tokens this endpoint issues. */
    tokenSecret: string;
    /** A real Azure Direct Line secret: the page then gets tokens from Azure, exchanged here so the secret stays on the server. */
    azureSecret?: string;
    azureBaseUrl?: string;
    /** Directory with the chat page (index.html, chat.js) and vendor/webchat.js. */
    publicDir: string;
    now?: () => number;
    tokenTtlSeconds?: number;
    maxMessageLength?: number;
    /** New conversations (tokens) one client address may start per hour; 0 or undefined = no limit. */
    newConversationsPerAddressPerHour?: number;
    /**
     * Where those are counted, given the points and the duration: by default in this instance's memory;
     * the app passes its limiters (Redis with REDIS_URL), so several instances allow the limit once.
     */
    createLimiter?: (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;
    /** The address a request is counted under. Default: the TCP peer ({@link peerAddress}). */
    clientAddress?: (req: IncomingMessage) => string;
    /**
     * Counts a WebSocket upgrade against its client address's request limit: resolves to the seconds to wait
     * when the address is over it, null when the upgrade may go on. Default: upgrades are not counted.
     */
    admitUpgrade?: (req: IncomingMessage) => Promise<number | null>;
    /** Headers of the chat page (Content-Security-Policy, frame-ancestors). */
    pageHeaders?: Record<string, string>;
    /** Open streams one conversation may hold at a time (a tab each). Default 10. */
    maxStreamsPerConversation?: number;
}

/** The TCP peer's address: what the per-address limits count when no other `clientAddress` is given. */
export function peerAddress(req: IncomingMessage): string {
    return req.socket.remoteAddress ?? 'unknown';
}

/** What a Direct Line client may post: Web Chat sends messages, typing and events. */
const CLIENT_TYPES: ReadonlySet<string> = new Set(['message', 'typing', 'event']);
/** The fields of a client's activity that are kept in the log and given to the bot; the rest are dropped. */
const CLIENT_FIELDS = ['type', 'text', 'textFormat', 'locale', 'value', 'name', 'attachments', 'entities', 'channelData', 'localTimestamp', 'localTimezone', 'replyToId'] as const;

const PREFIX = '/v3/directline';
/** The serviceUrl of the built-in endpoint's conversations (proactive sends are routed by it). */
export const LOCAL_SERVICE_URL = 'local://directline';

/**
 * A Direct Line 3.0 compatible endpoint served by the bot itself, so the stock
 * `WebChat.createDirectLine({ domain, token })` works with no Azure service: tokens bound to one
 * conversation, start/reconnect, post activity, activities by watermark (polling) and a WebSocket
 * stream. Also serves the chat page and the pinned Web Chat bundle.
 */
export function registerDirectLine(server: Server, deps: DirectLineDeps): { close(): void } {
    const now = deps.now ?? Date.now;
    const ttl = deps.tokenTtlSeconds ?? 3600;
    const sign = (payload: string) => createHmac('sha256', deps.tokenSecret).update(payload).digest('base64url');

    const issue = (conversationId: string, userId: string, locale: string) => {
        const payload = Buffer.from(JSON.stringify({ c: conversationId, u: userId, l: locale, exp: Math.floor(now() / 1000) + ttl })).toString('base64url');
        return `${payload}.${sign(payload)}`;
    };
    const verify = (token: string | undefined): { c: string; u: string; l: string } | null => {
        if (!token) return null;
        const [payload, signature] = token.split('.');
        if (!payload || !signature) return null;
        const expected = Buffer.from(sign(payload));
        const given = Buffer.from(signature);
        if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
        try {
            const t = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { c: string; u: string; l: string; exp: number };
            return t.exp * 1000 > now() ? t : null;
        } catch {
            return null;
        }
    };
    const bearer = (req: Request | IncomingMessage) => {
        const h = req.headers.authorization;
        return typeof h === 'string' && h.startsWith('Bearer ') ? h.slice(7) : undefined;
    };
    /** The token's claims when it is valid and (for a conversation URL) bound to that conversation. */
    const authorize = (req: Request, res: Response, conversationId?: string) => {
        const claims = verify(bearer(req));
        if (!claims || (conversationId && claims.c !== conversationId)) {
            res.json(401, { error: { code: 'BadArgument', message: 'missing, invalid or expired token' } });
            return null;
        }
        return claims;
    };
    const conversationOf = (claims: { c: string; u: string; l: string }): LocalConversation => ({ id: claims.c, userId: claims.u, locale: claims.l });
    const newConversationLimit = deps.newConversationsPerAddressPerHour
        ? { keyPrefix: 'directline-new', points: deps.newConversationsPerAddressPerHour, duration: 3600 }
        : undefined;
    const newConversations = newConversationLimit
        ? (deps.createLimiter?.(newConversationLimit) ?? new RateLimiterMemory(newConversationLimit))
        : undefined;
    const streamUrl = (req: Request, conversationId: string, token: string, watermark?: string) => {
        const host = req.headers.host ?? '127.0.0.1';
        const w = watermark ? `&watermark=${encodeURIComponent(watermark)}` : '';
        return `ws://${host}${PREFIX}/conversations/${encodeURIComponent(conversationId)}/stream?t=${encodeURIComponent(token)}${w}`;
    };

    const startConversation = async (conversation: LocalConversation) => {
        // What Direct Line does when a conversation starts: tell the bot the user joined, so it greets.
        const update = {
            type: ActivityTypes.ConversationUpdate,
            id: randomUUID(),
            channelId: 'directline',
            serviceUrl: LOCAL_SERVICE_URL,
            conversation: { id: conversation.id },
            from: { id: conversation.userId, role: 'user' },
            recipient: { id: 'bot', name: 'Bot', role: 'bot' },
            membersAdded: [{ id: conversation.userId }],
            locale: conversation.locale,
            timestamp: new Date(now()),
        } as unknown as Activity;
        await deps.adapter.process(update, (ctx) => deps.bot.run(ctx));
    };

    // The page asks for a token here. With an Azure secret it is exchanged server-side.
    server.post('/api/webchat/token', async (req: Request, res: Response) => {
        const body = (req.body ?? {}) as { locale?: unknown };
        const locale = body.locale === 'zh-CN' ? 'zh-CN' : 'en-US';
        const userId = `dl_${randomUUID()}`;
        if (deps.azureSecret) {
            try {
                const r = await fetch(`${deps.azureBaseUrl ?? 'https://directline.botframework.com'}${PREFIX}/tokens/generate`, {
                    method: 'POST',
                    headers: { authorization: `Bearer ${deps.azureSecret}`, 'content-type': 'application/json' },
                    body: JSON.stringify({ user: { id: userId } }),
                });
                if (!r.ok) throw new Error(`Direct Line answered ${r.status}`);
                const t = (await r.json()) as { token: string; conversationId: string; expires_in: number };
                res.json(200, { token: t.token, conversationId: t.conversationId, expires_in: t.expires_in, domain: null });
            } catch (err) {
                deps.logger.error({ event: 'directline.token.failed', err }, 'Direct Line token exchange failed');
                res.json(502, { error: 'could not get a chat token; try again later' });
            }
            return;
        }
        if (newConversations) {
            const address = (deps.clientAddress ?? peerAddress)(req);
            try {
                await newConversations.consume(address);
            } catch (rejection) {
                if (!(rejection instanceof RateLimiterRes)) throw rejection;
                const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
                if (rejection.consumedPoints === newConversations.points + 1) {
                    deps.logger.warn({ event: 'ratelimit.directline.newConversations', address }, 'client address over its new-conversation limit');
                }
                res.header('Retry-After', String(seconds));
                res.json(429, { error: `too many new conversations from this address; try again in ${seconds} s` });
                return;
            }
        }
        const conversationId = randomUUID();
        if (!(await deps.adapter.admit(conversationId))) {
            deps.logger.warn({ event: 'directline.full' }, 'no room for a new Direct Line conversation: every conversation held is active');
            res.header('Retry-After', '60');
            res.json(503, { error: 'the chat is busy; try again in a minute' });
            return;
        }
        res.json(200, { token: issue(conversationId, userId, locale), conversationId, userId, expires_in: ttl, domain: `${PREFIX}` });
    });

    server.post(`${PREFIX}/tokens/generate`, async (req: Request, res: Response) => {
        const claims = authorize(req, res);
        if (claims) res.json(200, { conversationId: claims.c, token: issue(claims.c, claims.u, claims.l), expires_in: ttl });
    });
    server.post(`${PREFIX}/tokens/refresh`, async (req: Request, res: Response) => {
        const claims = authorize(req, res);
        if (claims) res.json(200, { conversationId: claims.c, token: issue(claims.c, claims.u, claims.l), expires_in: ttl });
    });

    server.post(`${PREFIX}/conversations`, async (req: Request, res: Response) => {
        const claims = authorize(req, res);
        if (!claims) return;
        const conversation = conversationOf(claims);
        const created = await deps.adapter.start(conversation);
        const token = bearer(req)!;
        res.json(created ? 201 : 200, { conversationId: claims.c, token, expires_in: ttl, streamUrl: streamUrl(req, claims.c, token) });
        if (created) {
            startConversation(conversation).catch((err) =>
                deps.logger.error({ event: 'directline.greeting.failed', conversationId: claims.c, err }, 'greeting failed'),
            );
        }
    });

    server.get(`${PREFIX}/conversations/:id`, async (req: Request, res: Response) => {
        const claims = authorize(req, res, req.params.id);
        if (!claims) return;
        const watermark = (req.query as { watermark?: string } | undefined)?.watermark;
        const token = bearer(req)!;
        res.json(200, { conversationId: claims.c, token, expires_in: ttl, streamUrl: streamUrl(req, claims.c, token, watermark) });
    });

    server.get(`${PREFIX}/conversations/:id/activities`, async (req: Request, res: Response) => {
        const claims = authorize(req, res, req.params.id);
        if (!claims) return;
        const w = Number((req.query as { watermark?: string } | undefined)?.watermark ?? 0) || 0;
        const log = await deps.adapter.history(claims.c);
        res.json(200, { activities: since(log, w), watermark: String(log ? watermarkOf(log) : w) });
    });

    server.post(`${PREFIX}/conversations/:id/activities`, async (req: Request, res: Response) => {
        const claims = authorize(req, res, req.params.id);
        if (!claims) return;
        const conversation = conversationOf(claims);
        const body = req.body as Record<string, unknown> | undefined;
        if (!body || typeof body !== 'object' || Array.isArray(body)) {
            res.json(400, { error: { code: 'BadArgument', message: 'the body must be an activity with a "type"' } });
            return;
        }
        const from = body.from as { name?: unknown } | undefined;
        const posted: Record<string, unknown> = {};
        for (const field of CLIENT_FIELDS) if (body[field] !== undefined) posted[field] = body[field];
        const logged = { ...posted, from: { id: claims.u, name: typeof from?.name === 'string' ? from.name : 'User', role: 'user' }, recipient: { id: 'bot', name: 'Bot' } };
        // The same schema as every channel's; no hub speaks through this endpoint, so no handoff events.
        const problem = inboundProblem({ ...logged, conversation: { id: claims.c }, channelId: 'directline', serviceUrl: LOCAL_SERVICE_URL }, { types: CLIENT_TYPES });
        if (problem) {
            res.json(400, { error: { code: 'BadArgument', message: problem } });
            return;
        }
        if (typeof body.text === 'string' && body.text.length > (deps.maxMessageLength ?? 10_000)) {
            res.json(413, { error: { code: 'MessageSizeTooBig', message: 'message too long' } });
            return;
        }
        // The user's own activity goes into the log first (Web Chat waits for its echo to mark it sent).
        let echo: Activity | undefined;
        try {
            [echo] = await deps.adapter.append(conversation, [logged as Partial<Activity>]);
        } catch (err) {
            if (!(err instanceof ActivityTooLargeError)) throw err;
            res.json(413, { error: { code: 'MessageSizeTooBig', message: `activity too large (limit ${err.limit} bytes)` } });
            return;
        }
        res.json(200, { id: echo!.id });
        const incoming = { ...echo!, serviceUrl: LOCAL_SERVICE_URL, locale: typeof body.locale === 'string' && body.locale ? body.locale : claims.l } as Activity;
        deps.adapter.process(incoming, (ctx) => deps.bot.run(ctx)).catch((err) =>
            deps.logger.error({ event: 'directline.turn.failed', conversationId: claims.c, err: new TurnError(err, incoming.text) }, 'Direct Line turn failed'),
        );
    });

    server.post(`${PREFIX}/conversations/:id/upload`, async (_req: Request, res: Response) => {
        res.json(501, { error: { code: 'NotSupported', message: 'file upload is not supported by this bot' } });
    });

    // WebSocket stream: activities after the watermark on connect, then each new one as it arrives.
    const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
    const maxStreams = deps.maxStreamsPerConversation ?? 10;
    const refuseUpgrade = (socket: Duplex, status: string, headers = '') => {
        if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n${headers}\r\n`);
        socket.destroy();
    };
    const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
        // A connection that fails (reset, or a client that speaks nonsense) ends alone, never the process.
        socket.on('error', () => socket.destroy());
        let conversationId: string;
        let url: URL;
        try {
            url = new URL(req.url ?? '/', 'http://localhost');
            const m = new RegExp(`^${PREFIX}/conversations/([^/]+)/stream$`).exec(url.pathname);
            if (!m) return refuseUpgrade(socket, '404 Not Found');
            conversationId = decodeURIComponent(m[1]!);
        } catch {
            return refuseUpgrade(socket, '400 Bad Request');
        }
        const admitted = deps.admitUpgrade ? deps.admitUpgrade(req) : Promise.resolve(null);
        admitted.then(
            (retryAfter) => {
                if (retryAfter !== null) return refuseUpgrade(socket, '429 Too Many Requests', `Retry-After: ${retryAfter}\r\n`);
                accept(req, socket, head, url, conversationId);
            },
            () => accept(req, socket, head, url, conversationId),
        );
    };
    const accept = (req: IncomingMessage, socket: Duplex, head: Buffer, url: URL, conversationId: string) => {
        if (socket.destroyed) return;
        const claims = verify(url.searchParams.get('t') ?? bearer(req));
        if (!claims || claims.c !== conversationId) return refuseUpgrade(socket, '401 Unauthorized');
        if (deps.adapter.streamCount(conversationId) >= maxStreams) return refuseUpgrade(socket, '429 Too Many Requests', 'Retry-After: 60\r\n');
        wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
            // Frames over the size limit, reserved opcodes, bad UTF-8: ws closes this connection and says why here.
            ws.on('error', (err) => {
                deps.logger.debug({ event: 'directline.stream.error', conversationId, reason: err.message }, 'stream closed: bad frame');
                ws.terminate();
            });
            const send = (activities: Activity[], watermark: number) => {
                if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ activities, watermark: String(watermark) }));
            };
            // Everything after the client's watermark, once: from the log read now, then from each change to it
            // (made here, or by another instance and read every streamPollMs).
            let sent = Number(url.searchParams.get('watermark') ?? 0) || 0;
            const deliver = (log: ConversationLog) => {
                const activities = since(log, sent);
                sent = Math.max(sent, watermarkOf(log));
                if (activities.length) send(activities, sent);
            };
            const unsubscribe = deps.adapter.subscribe(conversationId, { log: deliver, typing: (activities) => send(activities, sent) });
            deps.adapter.history(conversationId).then(
                (log) => log && deliver(log),
                (err: unknown) => deps.logger.warn({ event: 'directline.stream.read.failed', conversationId, err }, 'could not read the conversation for a new stream'),
            );
            // Keep idle connections alive through proxies; Direct Line clients ignore empty frames.
            const ping = setInterval(() => ws.readyState === ws.OPEN && ws.ping(), 30_000);
            ws.on('close', () => {
                clearInterval(ping);
                unsubscribe();
            });
        });
    };
    server.server.on('upgrade', onUpgrade);

    // The chat page and the pinned Web Chat bundle, served by the bot (nothing from a CDN).
    const file = (name: string, type: string, cache: string, headers: Record<string, string> = {}) => async (_req: Request, res: Response) => {
        const body = await readFile(path.join(deps.publicDir, name));
        res.writeHead(200, { 'content-type': type, 'cache-control': cache, 'x-content-type-options': 'nosniff', ...headers });
        res.end(body);
    };
    server.get('/', file('chat/index.html', 'text/html; charset=utf-8', 'no-cache', deps.pageHeaders));
    server.get('/chat/chat.js', file('chat/chat.js', 'text/javascript; charset=utf-8', 'no-cache'));
    server.get('/vendor/webchat.js', file('vendor/webchat.js', 'text/javascript; charset=utf-8', 'public, max-age=86400'));

    return {
        close() {
            server.server.off('upgrade', onUpgrade);
            for (const c of wss.clients) c.terminate();
            wss.close();
            deps.adapter.close();
        },
    };
}
