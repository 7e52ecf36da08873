import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { WebSocketServer, type WebSocket } from 'ws';
import { sanitizeActivity } from '../channels/sanitize.js';
import { TurnError } from '../errorLog.js';
import type { Logger } from '../logger.js';
import type { LocalDirectLineAdapter, LocalConversation } from './localAdapter.js';

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
}

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
        const payload = Buffer.from(
            JSON.stringify({ c: conversationId, u: userId, l: locale, exp: Math.floor(now() / 1000) + ttl }),
        ).toString('base64url');
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
            const t = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
                c: string;
                u: string;
                l: string;
                exp: number;
            };
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
                const r = await fetch(
                    `${deps.azureBaseUrl ?? 'https://directline.botframework.com'}${PREFIX}/tokens/generate`,
                    {
                        method: 'POST',
                        headers: { authorization: `Bearer ${deps.azureSecret}`, 'content-type': 'application/json' },
                        body: JSON.stringify({ user: { id: userId } }),
                    },
                );
                if (!r.ok) throw new Error(`Direct Line answered ${r.status}`);
                const t = (await r.json()) as { token: string; conversationId: string; expires_in: number };
                res.json(200, {
                    token: t.token,
                    conversationId: t.conversationId,
                    expires_in: t.expires_in,
                    domain: null,
                });
            } catch (err) {
                deps.logger.error({ event: 'directline.token.failed', err }, 'Direct Line token exchange failed');
                res.json(502, { error: 'could not get a chat token; try again later' });
            }
            return;
        }
        const conversationId = randomUUID();
        deps.adapter.open(conversationId, userId, locale);
        res.json(200, {
            token: issue(conversationId, userId, locale),
            conversationId,
            userId,
            expires_in: ttl,
            domain: `${PREFIX}`,
        });
    });

    server.post(`${PREFIX}/tokens/generate`, async (req: Request, res: Response) => {
        const claims = authorize(req, res);
        if (claims)
            res.json(200, { conversationId: claims.c, token: issue(claims.c, claims.u, claims.l), expires_in: ttl });
    });
    server.post(`${PREFIX}/tokens/refresh`, async (req: Request, res: Response) => {
        const claims = authorize(req, res);
        if (claims)
            res.json(200, { conversationId: claims.c, token: issue(claims.c, claims.u, claims.l), expires_in: ttl });
    });

    server.post(`${PREFIX}/conversations`, async (req: Request, res: Response) => {
        const claims = authorize(req, res);
        if (!claims) return;
        const existing = deps.adapter.conversation(claims.c);
        const conversation = existing ?? deps.adapter.open(claims.c, claims.u, claims.l);
        const token = bearer(req)!;
        res.json(existing?.activities.length ? 200 : 201, {
            conversationId: claims.c,
            token,
            expires_in: ttl,
            streamUrl: streamUrl(req, claims.c, token),
        });
        if (!conversation.activities.length) {
            startConversation(conversation).catch((err) =>
                deps.logger.error(
                    { event: 'directline.greeting.failed', conversationId: claims.c, err },
                    'greeting failed',
                ),
            );
        }
    });

    server.get(`${PREFIX}/conversations/:id`, async (req: Request, res: Response) => {
        const claims = authorize(req, res, req.params.id);
        if (!claims) return;
        if (!deps.adapter.conversation(claims.c)) deps.adapter.open(claims.c, claims.u, claims.l);
        const watermark = (req.query as { watermark?: string } | undefined)?.watermark;
        const token = bearer(req)!;
        res.json(200, {
            conversationId: claims.c,
            token,
            expires_in: ttl,
            streamUrl: streamUrl(req, claims.c, token, watermark),
        });
    });

    server.get(`${PREFIX}/conversations/:id/activities`, async (req: Request, res: Response) => {
        const claims = authorize(req, res, req.params.id);
        if (!claims) return;
        const conversation = deps.adapter.conversation(claims.c) ?? deps.adapter.open(claims.c, claims.u, claims.l);
        const w = Number((req.query as { watermark?: string } | undefined)?.watermark ?? 0) || 0;
        res.json(200, {
            activities: deps.adapter.since(conversation, w),
            watermark: String(deps.adapter.watermark(conversation)),
        });
    });

    server.post(`${PREFIX}/conversations/:id/activities`, async (req: Request, res: Response) => {
        const claims = authorize(req, res, req.params.id);
        if (!claims) return;
        const conversation = deps.adapter.conversation(claims.c) ?? deps.adapter.open(claims.c, claims.u, claims.l);
        const body = req.body as Partial<Activity> | undefined;
        if (!body || typeof body !== 'object' || typeof body.type !== 'string') {
            res.json(400, { error: { code: 'BadArgument', message: 'the body must be an activity with a "type"' } });
            return;
        }
        if (typeof body.text === 'string' && body.text.length > (deps.maxMessageLength ?? 10_000)) {
            res.json(413, { error: { code: 'MessageSizeTooBig', message: 'message too long' } });
            return;
        }
        // The user's own activity goes into the log first (Web Chat waits for its echo to mark it sent).
        const [echo] = deps.adapter.append(conversation, [
            {
                ...sanitizeActivity(body as Record<string, unknown>),
                from: {
                    id: claims.u,
                    name: typeof body.from?.name === 'string' ? body.from.name : 'User',
                    role: 'user',
                },
                recipient: { id: 'bot', name: 'Bot' },
            },
        ]);
        res.json(200, { id: echo!.id });
        const incoming = {
            ...echo!,
            serviceUrl: LOCAL_SERVICE_URL,
            locale: typeof body.locale === 'string' ? body.locale : claims.l,
        } as Activity;
        deps.adapter
            .process(incoming, (ctx) => deps.bot.run(ctx))
            .catch((err) =>
                deps.logger.error(
                    {
                        event: 'directline.turn.failed',
                        conversationId: claims.c,
                        err: new TurnError(err, incoming.text),
                    },
                    'Direct Line turn failed',
                ),
            );
    });

    server.post(`${PREFIX}/conversations/:id/upload`, async (_req: Request, res: Response) => {
        res.json(501, { error: { code: 'NotSupported', message: 'file upload is not supported by this bot' } });
    });

    // WebSocket stream: activities after the watermark on connect, then each new one as it arrives.
    const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
    const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const m = new RegExp(`^${PREFIX}/conversations/([^/]+)/stream$`).exec(url.pathname);
        if (!m) return;
        const conversationId = decodeURIComponent(m[1]!);
        const claims = verify(url.searchParams.get('t') ?? bearer(req));
        if (!claims || claims.c !== conversationId) {
            socket.write('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
            socket.destroy();
            return;
        }
        wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
            const conversation =
                deps.adapter.conversation(conversationId) ?? deps.adapter.open(conversationId, claims.u, claims.l);
            const send = (activities: Activity[], watermark: number) => {
                if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ activities, watermark: String(watermark) }));
            };
            const w = Number(url.searchParams.get('watermark') ?? 0) || 0;
            const backlog = deps.adapter.since(conversation, w);
            if (backlog.length) send(backlog, deps.adapter.watermark(conversation));
            conversation.listeners.add(send);
            // Keep idle connections alive through proxies; Direct Line clients ignore empty frames.
            const ping = setInterval(() => ws.readyState === ws.OPEN && ws.ping(), 30_000);
            ws.on('close', () => {
                clearInterval(ping);
                conversation.listeners.delete(send);
            });
        });
    };
    server.server.on('upgrade', onUpgrade);

    // The chat page and the pinned Web Chat bundle, served by the bot (nothing from a CDN).
    const file = (name: string, type: string, cache: string) => async (_req: Request, res: Response) => {
        const body = await readFile(path.join(deps.publicDir, name));
        res.writeHead(200, { 'content-type': type, 'cache-control': cache, 'x-content-type-options': 'nosniff' });
        res.end(body);
    };
    server.get('/', file('chat/index.html', 'text/html; charset=utf-8', 'no-cache'));
    server.get('/chat/chat.js', file('chat/chat.js', 'text/javascript; charset=utf-8', 'no-cache'));
    server.get(
        '/vendor/webchat.js',
        file('vendor/webchat.js', 'text/javascript; charset=utf-8', 'public, max-age=86400'),
    );

    return {
        close() {
            server.server.off('upgrade', onUpgrade);
            for (const c of wss.clients) c.terminate();
            wss.close();
        },
    };
}
