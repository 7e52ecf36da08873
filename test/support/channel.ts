import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

/**
 * A stand-in for a channel's connector service (what the Emulator runs): records every activity
 * the bot sends to `/v3/conversations/:id/activities[/:replyTo]` and answers like the real one.
 */
export async function startCaptureChannel() {
    const received: Partial<Activity>[] = [];
    const waiters: { count: number; resolve: () => void }[] = [];
    let counter = 0;
    const server = http.createServer((req, res) => {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
            if (req.method === 'POST' && /\/v3\/conversations\/[^/]+\/activities/.test(req.url ?? '')) {
                received.push(JSON.parse(body) as Partial<Activity>);
                for (const w of [...waiters]) if (received.length >= w.count) w.resolve();
                res.writeHead(200, { 'content-type': 'application/json' });
                res.end(JSON.stringify({ id: `reply-${++counter}` }));
                return;
            }
            res.writeHead(404).end();
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
        url,
        received,
        /** Resolves once `count` activities have arrived in total, or rejects after a while. */
        waitFor(count: number, ms = 10_000): Promise<Partial<Activity>[]> {
            if (received.length >= count) return Promise.resolve(received.slice());
            return new Promise((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error(`expected ${count} activities, got ${received.length}: ${received.map((r) => r.text).join(' | ')}`)), ms);
                waiters.push({ count, resolve: () => (clearTimeout(timer), resolve(received.slice())) });
            });
        },
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
}
