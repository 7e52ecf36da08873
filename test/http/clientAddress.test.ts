import { describe, expect, it } from '@jest/globals';
import { clientAddress, normalizeAddress, TrustedProxies } from '../../src/http/clientAddress.js';

const req = (peer: string, xff?: string) => ({
    socket: { remoteAddress: peer } as never,
    headers: xff === undefined ? {} : { 'x-forwarded-for': xff },
});

describe('clientAddress', () => {
    const trusted = new TrustedProxies('10.0.0.0/8, 127.0.0.1, fd00::/8');

    it.each([
        [
            'no trusted proxies: the peer, whatever the header says',
            req('203.0.113.5', '1.2.3.4'),
            undefined,
            '203.0.113.5',
        ],
        ['an untrusted peer: its own address', req('198.51.100.1', '1.2.3.4'), trusted, '198.51.100.1'],
        ['a trusted proxy: the address it appended', req('10.1.2.3', '203.0.113.9'), trusted, '203.0.113.9'],
        [
            'two trusted hops: the first untrusted from the right',
            req('127.0.0.1', '203.0.113.9, 10.0.0.7'),
            trusted,
            '203.0.113.9',
        ],
        ['a spoofed left part is not believed', req('10.1.2.3', '1.1.1.1, 203.0.113.9'), trusted, '203.0.113.9'],
        ['Azure-style address with a port', req('10.1.2.3', '203.0.113.9:51234'), trusted, '203.0.113.9'],
        ['an IPv4-mapped peer', req('::ffff:127.0.0.1', '203.0.113.9'), trusted, '203.0.113.9'],
        ['garbage from the proxy: the last trusted hop', req('10.1.2.3', 'not-an-ip'), trusted, '10.1.2.3'],
        ['no header from a trusted proxy: the proxy', req('10.1.2.3'), trusted, '10.1.2.3'],
        ['IPv6 in brackets with a port', req('fd00::1', '[2001:db8::1]:443'), trusted, '2001:db8::1'],
    ])('%s', (_name, request, proxies, expected) => {
        expect(clientAddress(request, proxies)).toBe(expected);
    });

    it('refuses a TRUST_PROXY entry that is not an address or range', () => {
        expect(() => new TrustedProxies('10.0.0.0/33')).toThrow('"10.0.0.0/33" is not an IP address or CIDR range');
        expect(() => new TrustedProxies('proxy.local')).toThrow('is not an IP address');
        expect(normalizeAddress('x')).toBe('');
    });
});
