import { randomBytes } from 'node:crypto';
import net from 'node:net';

/** A WebSocket connection opened by hand, so a test can write any bytes as frames (a client library would refuse to). */
export interface RawStream {
    socket: net.Socket;
    /** The status line the server answered the upgrade with. */
    status: string;
    /** Resolves once the server has closed the connection (or after `ms`, with false). */
    closed(ms?: number): Promise<boolean>;
}

/** Upgrades `path` on the server at `base` (http://host:port) to a WebSocket, without any client-side checks. */
export function openRawStream(base: string, path: string, headers: Record<string, string> = {}): Promise<RawStream> {
    const { hostname, port } = new URL(base);
    return new Promise((resolve, reject) => {
        const socket = net.connect(Number(port), hostname);
        let ended = false;
        const ends: (() => void)[] = [];
        const finish = () => {
            ended = true;
            for (const e of ends.splice(0)) e();
        };
        socket.on('close', finish);
        socket.on('error', () => undefined);
        let head = '';
        const onData = (chunk: Buffer) => {
            head += chunk.toString('latin1');
            const end = head.indexOf('\r\n\r\n');
            if (end < 0) return;
            socket.off('data', onData);
            resolve({
                socket,
                status: head.slice(0, head.indexOf('\r\n')),
                closed: (ms = 5000) =>
                    ended
                        ? Promise.resolve(true)
                        : new Promise((done) => {
                              const timer = setTimeout(() => done(false), ms);
                              ends.push(() => (clearTimeout(timer), done(true)));
                          }),
            });
        };
        socket.on('data', onData);
        socket.once('connect', () => {
            const extra = Object.entries(headers)
                .map(([k, v]) => `${k}: ${v}\r\n`)
                .join('');
            socket.write(
                `GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
                    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n${extra}\r\n`,
            );
        });
        socket.once('error', reject);
    });
}

/** One client frame (masked, as clients must send): `opcode` may be any of the 16, reserved ones included. */
export function frame(opcode: number, payload: Buffer, options: { fin?: boolean; rsv?: number } = {}): Buffer {
    const first = ((options.fin ?? true) ? 0x80 : 0) | ((options.rsv ?? 0) << 4) | (opcode & 0x0f);
    const length = payload.length;
    const header =
        length < 126
            ? Buffer.from([first, 0x80 | length])
            : length < 65536
              ? Buffer.from([first, 0x80 | 126, length >> 8, length & 0xff])
              : Buffer.concat([Buffer.from([first, 0x80 | 127]), bigLength(length)]);
    const mask = randomBytes(4);
    const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
    return Buffer.concat([header, mask, masked]);
}

function bigLength(length: number): Buffer {
    const b = Buffer.alloc(8);
    b.writeBigUInt64BE(BigInt(length));
    return b;
}
