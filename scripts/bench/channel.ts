import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The replies one turn received. */
export interface TurnReplies {
    texts: string[];
}

/**
 * The channel's side of the benchmark: a connector service on 127.0.0.1 that answers the bot's reply
 * POSTs (`/v3/conversations/:id/activities[/:replyTo]`) with 200 `{ id }`, as the Emulator and Bot
 * Connector do, and hands each message to the turn that is waiting for it. Unlike the test channel
 * (test/support/channel.ts) it keeps nothing beyond the turn in flight, so a long run stays small.
 */
export async function startBenchChannel() {
    /** The turn in flight per conversation id: a conversation has one turn at a time. */
    const open = new Map<string, TurnReplies>();
    /** `connections` counts TCP connections from the bot: with keep-alive, far fewer than replies. */
    const counts = { messages: 0, other: 0, stray: 0, malformed: 0, connections: 0 };
    let next = 0;
    const server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
            const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/.exec(req.url ?? '');
            if (req.method !== 'POST' || !m) {
                res.writeHead(404).end();
                return;
            }
            let activity: { type?: string; text?: string };
            try {
                activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof activity;
            } catch {
                counts.malformed++;
                res.writeHead(400).end();
                return;
            }
            if (activity.type === 'message') {
                counts.messages++;
                const turn = open.get(decodeURIComponent(m[1]!));
                if (turn) turn.texts.push(activity.text ?? '');
                else counts.stray++;
            } else {
                counts.other++;
            }
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ id: `reply-${++next}` }));
        });
    });
    server.on('connection', () => counts.connections++);
    // The bot's HTTP client keeps connections open; do not close them under it between turns.
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        counts,
        /** Starts collecting the replies of a conversation's next turn. */
        open(conversationId: string): TurnReplies {
            const turn: TurnReplies = { texts: [] };
            open.set(conversationId, turn);
            return turn;
        },
        close(conversationId: string): void {
            open.delete(conversationId);
        },
        stop: () =>
            new Promise<void>((resolve) => {
                server.closeAllConnections();
                server.close(() => resolve());
            }),
    };
}

export type BenchChannel = Awaited<ReturnType<typeof startBenchChannel>>;
