import { describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';

/**
 * Outbound replies go through the Bot Connector client, whose HTTP pipeline retries 429 (honouring
 * Retry-After) and 5xx with backoff. These tests pin that behaviour so an SDK change cannot drop it.
 */
async function roundTrip(firstStatus: number) {
    const deliveries: string[] = [];
    let calls = 0;
    const channel = http.createServer((req, res) => {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
            calls++;
            if (calls === 1) {
                res.writeHead(firstStatus, { 'retry-after': '1', 'content-type': 'application/json' });
                res.end('{}');
                return;
            }
            deliveries.push((JSON.parse(body) as { text: string }).text);
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end('{"id":"ok"}');
        });
    });
    await new Promise<void>((r) => channel.listen(0, '127.0.0.1', r));
    const app = await createApp({ config: loadConfig({ PORT: '0', STORAGE: 'memory' }), logger: silentLogger });
    await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
    try {
        const res = await fetch(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
                type: 'message',
                id: 'm1',
                channelId: 'emulator',
                serviceUrl: `http://127.0.0.1:${(channel.address() as AddressInfo).port}`,
                conversation: { id: `out-${firstStatus}` },
                from: { id: 'u' },
                recipient: { id: 'b' },
                text: 'help',
            }),
        });
        return { status: res.status, calls, deliveries };
    } finally {
        app.server.close();
        channel.close();
    }
}

describe('outbound replies', () => {
    it.each([429, 503])('are retried after a %d and delivered once', async (status) => {
        const r = await roundTrip(status);
        expect(r.status).toBe(200);
        expect(r.calls).toBe(2);
        expect(r.deliveries).toHaveLength(1);
        expect(r.deliveries[0]).toContain('checked sources');
    });
});
