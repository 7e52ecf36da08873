import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { HandoffGate } from '../handoff/gate.js';
import type { HandoffService } from '../handoff/service.js';
import type { UnansweredLog } from '../handoff/unanswered.js';
import type { Logger } from '../logger.js';
import type { AgentAuth } from './auth.js';
import { SignInLimiter } from './signInLimit.js';

export interface AgentConsoleDeps {
    auth: AgentAuth;
    service: HandoffService;
    gate: HandoffGate;
    unanswered: UnansweredLog;
    logger: Logger;
    /** Directory holding index.html and agent.js of the console page. */
    publicDir: string;
    maxMessageLength?: number;
    /** Failed sign-in limits; default: {@link SignInLimiter} with its default limits, in this process. */
    signInLimiter?: SignInLimiter;
    /** The client's address for the sign-in limits (behind a trusted proxy: the forwarded one). */
    clientAddress?: (req: Request) => string;
}

const socketAddress = (req: Request) => req.socket.remoteAddress ?? 'unknown';

const PAGE_HEADERS = {
    'content-security-policy':
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
};

/**
 * The built-in agent console for services without a contact centre: a page at `/agent` and the
 * JSON API under `/agent/api` that the page uses (documented in the README).
 */
export function registerAgentConsole(server: Server, deps: AgentConsoleDeps): void {
    const { auth, service, gate, logger } = deps;
    const limiter = deps.signInLimiter ?? new SignInLimiter();
    const addressOf = deps.clientAddress ?? socketAddress;

    const serveFile = (file: string, type: string) => async (_req: Request, res: Response) => {
        const body = await readFile(path.join(deps.publicDir, file));
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...PAGE_HEADERS });
        res.end(body);
    };
    server.get('/agent', serveFile('index.html', 'text/html; charset=utf-8'));
    server.get('/agent/agent.js', serveFile('agent.js', 'text/javascript; charset=utf-8'));

    server.post('/agent/api/session', async (req: Request, res: Response) => {
        if (!auth.enabled) {
            res.json(503, { error: 'no agents are configured (set AGENTS)' });
            return;
        }
        const ip = addressOf(req);
        const body = (req.body ?? {}) as { name?: unknown; secret?: unknown };
        // What counts is the name as given (bounded), known or not: guessing names is limited too.
        const account = typeof body.name === 'string' ? body.name.slice(0, 64) : '';
        const attempt = await limiter.take(account, ip);
        if (attempt.wait > 0) {
            logger.warn({ event: 'agent.signin.limited', ip }, 'agent sign-in refused: too many failed tries');
            res.header('retry-after', String(attempt.wait));
            res.json(429, { error: 'too many failed sign-ins; try again later' });
            return;
        }
        const session = await auth.signIn(body.name, body.secret);
        if (!session) {
            logger.warn({ event: 'agent.signin.failed', ip }, 'agent sign-in failed');
            res.json(401, { error: 'wrong name or secret' });
            return;
        }
        await limiter.succeeded(attempt);
        logger.info({ event: 'agent.signin', agent: session.agent }, 'agent signed in');
        res.json(200, session);
    });

    /** Wraps an API handler: 401 without a valid token, 500 with a reason instead of a crash. */
    const api =
        (handler: (agent: string, req: Request, res: Response) => Promise<void>) =>
        async (req: Request, res: Response) => {
            try {
                const agent = await auth.verify(req.header('authorization'));
                if (!agent) {
                    res.json(401, { error: 'sign in first' });
                    return;
                }
                await handler(agent, req, res);
            } catch (err) {
                logger.error({ event: 'agent.api.failed', err, path: req.path() }, 'agent api failed');
                if (!res.headersSent) res.json(500, { error: 'the request failed; try again' });
            }
        };

    server.get(
        '/agent/api/me',
        api(async (agent, _req, res) => void res.json(200, { agent })),
    );

    // Sign-out ends every session of the agent, on every instance (their tokens carry the sign-out count).
    server.del(
        '/agent/api/session',
        api(async (agent, _req, res) => {
            await auth.signOut(agent);
            logger.info({ event: 'agent.signout', agent }, 'agent signed out');
            res.json(200, { ok: true });
        }),
    );

    server.get(
        '/agent/api/queue',
        api(async (_agent, req, res) => {
            const all = (req.query as { all?: string } | undefined)?.all === '1';
            res.json(200, { conversations: await service.queue({ includeBot: all }) });
        }),
    );

    server.get(
        '/agent/api/conversations/:id',
        api(async (_agent, req, res) => {
            const record = await service.get(req.params.id);
            if (!record) return void res.json(404, { error: 'no such conversation' });
            res.json(200, { conversation: publicRecord(record) });
        }),
    );

    const claim = (kind: 'accept' | 'takeover') =>
        api(async (agent, req, res) => {
            const id = req.params.id as string;
            // A conversation held by an agent who is no longer configured can be taken over.
            const result =
                kind === 'accept'
                    ? await service.accept(id, agent)
                    : await service.takeover(id, agent, { holderGone: (holder) => !auth.has(holder) });
            if (!result.ok) {
                const status = result.reason === 'not-found' ? 404 : 409;
                const error =
                    result.reason === 'taken'
                        ? `already taken by ${result.record?.agent}`
                        : result.reason === 'not-found'
                          ? 'no such conversation'
                          : 'not waiting for a person';
                return void res.json(status, { error, reason: result.reason });
            }
            logger.info({ event: `agent.${kind}`, agent, conversationId: id }, 'agent took a conversation');
            await gate.notify(result.record, { kind: 'agentJoined', agent });
            res.json(200, { conversation: publicRecord(result.record) });
        });
    server.post('/agent/api/conversations/:id/accept', claim('accept'));
    server.post('/agent/api/conversations/:id/takeover', claim('takeover'));

    server.post(
        '/agent/api/conversations/:id/messages',
        api(async (agent, req, res) => {
            const text = (req.body as { text?: unknown } | undefined)?.text;
            if (typeof text !== 'string' || !text.trim()) return void res.json(400, { error: 'send { "text": "…" }' });
            if (text.length > (deps.maxMessageLength ?? 2000)) return void res.json(413, { error: 'message too long' });
            const record = await service.agentMessage(req.params.id, agent, text);
            if (!record) return void res.json(403, { error: 'you do not have this conversation; accept it first' });
            await gate.notify(record, { kind: 'agentSays', agent, text });
            res.json(200, { ok: true, seq: record.transcript.at(-1)?.seq });
        }),
    );

    const release = (kind: 'handback' | 'close') =>
        api(async (agent, req, res) => {
            const record = await service.handBack(req.params.id, agent);
            if (!record) return void res.json(403, { error: 'you do not have this conversation' });
            logger.info({ event: `agent.${kind}`, agent, conversationId: record.conversationId }, 'agent released a conversation');
            await gate.notify(record, { kind: 'agentLeft' });
            res.json(200, { conversation: publicRecord(record) });
        });
    server.post('/agent/api/conversations/:id/handback', release('handback'));
    server.post('/agent/api/conversations/:id/close', release('close'));

    server.get(
        '/agent/api/unanswered',
        api(async (_agent, _req, res) => void res.json(200, { questions: await deps.unanswered.list() })),
    );
}

/** What the console sees of a record: no conversation reference internals (service URLs). */
function publicRecord(r: import('../handoff/types.js').HandoffRecord) {
    return {
        conversationId: r.conversationId,
        channelId: r.channelId,
        status: r.status,
        agent: r.agent,
        lang: r.context.lang,
        topic: r.context.topic,
        step: r.context.step,
        question: r.context.question,
        requestedAt: r.requestedAt,
        acceptedAt: r.acceptedAt,
        transcript: r.transcript,
    };
}
