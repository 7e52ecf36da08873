import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A load balancer without sticky sessions, for tests: each HTTP request, and each WebSocket upgrade, goes to the
 * next of the targets in turn. `targets` may be changed while it runs (an instance replaced after a restart).
 */
export async function startRoundRobin(targets: string[]): Promise<{
    url: string;
    targets: string[];
    /** Which target each request went to, in order (index into `targets`). */
    routed: number[];
    close(): Promise<void>;
}> {
    let next = 0;
    const routed: number[] = [];
    const pick = () => {
        const i = next++ % targets.length;
        routed.push(i);
        return new URL(targets[i]!);
    };
    const sockets = new Set<net.Socket>();
    const server = http.createServer((req, res) => {
        const target = pick();
        const upstream = http.request(
            { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
            (answer) => {
                res.writeHead(answer.statusCode ?? 502, answer.headers);
                answer.pipe(res);
            },
        );
        upstream.on('error', () => {
            if (!res.headersSent) res.writeHead(502);
            res.end();
        });
        req.pipe(upstream);
    });
    server.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
    });
    server.on('upgrade', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
        const target = pick();
        const upstream = net.connect(Number(target.port), target.hostname, () => {
            const lines = [`${req.method} ${req.url} HTTP/1.1`];
            for (let i = 0; i < req.rawHeaders.length; i += 2)
                lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
            upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
            if (head.length) upstream.write(head);
            upstream.pipe(client);
            client.pipe(upstream);
        });
        sockets.add(upstream);
        const end = () => {
            upstream.destroy();
            client.destroy();
        };
        upstream.on('error', end);
        client.on('error', end);
        upstream.on('close', end);
        client.on('close', end);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        targets,
        routed,
        close: async () => {
            for (const s of sockets) s.destroy();
            await new Promise<void>((resolve) => server.close(() => resolve()));
        },
    };
}
