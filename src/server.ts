import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from './logger.js';

export interface ServerDeps {
    adapter: CloudAdapter;
    bot: { run(context: import('botbuilder').TurnContext): Promise<void> };
    logger: Logger;
    /** Largest request body accepted, in bytes. */
    maxBodyBytes?: number;
}

/** Why an activity cannot be processed, or null when it has what the adapter needs. */
export function activityProblem(body: unknown): string | null {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return 'the body must be a JSON activity object';
    const a = body as Record<string, unknown>;
    if (typeof a.type !== 'string' || !a.type) return 'the activity has no "type"';
    const conversation = a.conversation as Record<string, unknown> | undefined;
    if (!conversation || typeof conversation !== 'object' || typeof conversation.id !== 'string' || !conversation.id) {
        return 'the activity has no "conversation.id"';
    }
    if (a.serviceUrl !== undefined && typeof a.serviceUrl !== 'string') return '"serviceUrl" must be a string';
    return null;
}

/**
 * The HTTP server (SDK edge): `POST /api/messages` for Bot Framework channels and the Emulator,
 * `GET /healthz` for probes. Malformed requests get a 400 with a reason; the server keeps serving.
 */
export function createServer(deps: ServerDeps): Server {
    const server = restify.createServer({ name: 'child-sscard-bot' });
    const maxBodySize = deps.maxBodyBytes ?? 256 * 1024;
    server.use(restify.plugins.queryParser());
    server.use(restify.plugins.bodyParser({ maxBodySize, mapParams: false, rejectUnknown: false }));

    server.get('/healthz', async (_req: Request, res: Response) => {
        res.json({ status: 'ok' });
    });

    server.post('/api/messages', async (req: Request, res: Response) => {
        if (!req.is('json')) {
            res.json(415, { error: 'send the activity as application/json' });
            return;
        }
        const problem = activityProblem(req.body);
        if (problem) {
            res.json(400, { error: problem });
            return;
        }
        try {
            await deps.adapter.process(req, res, (context) => deps.bot.run(context));
        } catch (err) {
            deps.logger.error({ err: { message: (err as Error).message } }, 'request failed');
            if (!res.headersSent) res.json(500, { error: 'the bot could not process this activity' });
        }
    });

    server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
        // Body-parser failures (invalid JSON, too large) arrive here: answer with a clear JSON reason.
        const status = err.statusCode ?? 500;
        if (status >= 500) deps.logger.error({ err: { message: err.message }, path: req.path() }, 'server error');
        res.json(status, { error: status === 413 ? 'request body too large' : status === 400 ? 'invalid JSON' : err.message });
        callback();
    });
    return server;
}
