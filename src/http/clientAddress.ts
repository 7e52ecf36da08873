import { BlockList, isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

/**
 * The proxies whose `X-Forwarded-For` is believed (TRUST_PROXY): addresses or CIDR ranges, IPv4 or IPv6,
 * comma-separated, e.g. `10.0.0.0/8, 127.0.0.1`. Throws on an entry that is neither.
 */
export class TrustedProxies {
    private readonly list = new BlockList();
    readonly empty: boolean;

    constructor(spec: string | undefined) {
        const entries = (spec ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
        this.empty = entries.length === 0;
        for (const entry of entries) {
            const [address, bits, ...rest] = entry.split('/');
            const family = isIP(address ?? '');
            const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits);
            if (
                !family ||
                rest.length ||
                !Number.isInteger(prefix) ||
                prefix < 0 ||
                prefix > (family === 6 ? 128 : 32)
            ) {
                throw new Error(`"${entry}" is not an IP address or CIDR range`);
            }
            this.list.addSubnet(address!, prefix, family === 6 ? 'ipv6' : 'ipv4');
        }
    }

    has(address: string): boolean {
        const family = isIP(address);
        return family !== 0 && this.list.check(address, family === 6 ? 'ipv6' : 'ipv4');
    }
}

/** An address as a client or proxy wrote it: IPv4-mapped IPv6 as IPv4, without a port or brackets; '' if not an IP. */
export function normalizeAddress(raw: string | undefined): string {
    let a = (raw ?? '').trim();
    const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
    if (bracketed) a = bracketed[1]!;
    else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':')); // Azure App Service adds the port
    if (/^::ffff:[\d.]+$/i.test(a)) a = a.slice(7);
    return isIP(a) ? a.toLowerCase() : '';
}

/**
 * The address a request came from, as per-address limits and lock-outs should count it. Without trusted
 * proxies, the connection's address. When the connection comes from a trusted proxy, `X-Forwarded-For` is
 * read from the right (each proxy appends the address it saw) and the first address that is not a trusted
 * proxy is the client: what a client wrote itself sits further left and is never believed.
 */
export function clientAddress(req: Pick<IncomingMessage, 'socket' | 'headers'>, trusted?: TrustedProxies): string {
    const peer = normalizeAddress(req.socket?.remoteAddress) || 'unknown';
    if (!trusted || trusted.empty || !trusted.has(peer)) return peer;
    const header = req.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
    let client = peer;
    for (let i = hops.length - 1; i >= 0; i--) {
        const hop = normalizeAddress(hops[i]);
        // A proxy that wrote something other than an address: the last trusted hop is all that is known.
        if (!hop) return client;
        client = hop;
        if (!trusted.has(hop)) return hop;
    }
    return client;
}
