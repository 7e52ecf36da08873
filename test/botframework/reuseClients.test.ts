import { describe, expect, it } from '@jest/globals';
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import {
    BotFrameworkAuthentication,
    ConnectorFactory,
    type AuthenticateRequestResult,
    type ConnectorClient,
} from 'botframework-connector';

import { ReusingBotFrameworkAuthentication } from '../../src/botframework/reuseClients.js';

const activity = (serviceUrl: string) =>
    ({
        type: 'message',
        channelId: 'webchat',
        serviceUrl,
        conversation: { id: 'c1' },
        from: { id: 'u1' },
        recipient: { id: 'bot' },
        text: 'hi',
    }) as Activity;

/** Local mode: no credentials, every request accepted anonymously (as `npm start` without an app id). */
const localAuth = () => new ConfigurationBotFrameworkAuthentication({});

/** Where a client sends (the SDK keeps it protected). */
const baseUri = (client: ConnectorClient) => (client as unknown as { baseUri: string }).baseUri;

async function clientFor(auth: BotFrameworkAuthentication, serviceUrl: string): Promise<ConnectorClient> {
    const result = await auth.authenticateRequest(activity(serviceUrl), '');
    return result.connectorFactory!.create(serviceUrl, result.audience);
}

describe('ReusingBotFrameworkAuthentication', () => {
    it('gives every turn to the same service URL the same Bot Connector client, and its own to another URL', async () => {
        const auth = new ReusingBotFrameworkAuthentication(localAuth());
        const first = await clientFor(auth, 'http://127.0.0.1:1/channel');
        const second = await clientFor(auth, 'http://127.0.0.1:1/channel');
        const other = await clientFor(auth, 'http://127.0.0.1:2/other');
        expect(second).toBe(first);
        expect(other).not.toBe(first);
        expect(baseUri(other)).toBe('http://127.0.0.1:2/other');
        expect(baseUri(first)).toBe('http://127.0.0.1:1/channel');
    });

    it('without it, the SDK builds a new client for every turn (what is saved)', async () => {
        const auth = localAuth();
        expect(await clientFor(auth, 'http://127.0.0.1:1/channel')).not.toBe(
            await clientFor(auth, 'http://127.0.0.1:1/channel'),
        );
    });

    it('reuses the clients for proactive messages and the user-token client', async () => {
        const auth = new ReusingBotFrameworkAuthentication(localAuth());
        const { claimsIdentity } = await auth.authenticateRequest(activity('http://127.0.0.1:1/channel'), '');
        const factory = auth.createConnectorFactory(claimsIdentity);
        expect(await factory.create('http://127.0.0.1:1/channel')).toBe(
            await auth.createConnectorFactory(claimsIdentity).create('http://127.0.0.1:1/channel'),
        );
        expect(await auth.createUserTokenClient(claimsIdentity)).toBe(await auth.createUserTokenClient(claimsIdentity));
    });

    it('keeps a bounded number of clients however many service URLs requests name', async () => {
        const auth = new ReusingBotFrameworkAuthentication(localAuth());
        for (let i = 0; i < 150; i++) await clientFor(auth, `http://127.0.0.1:1/c${i}`);
        expect(auth.connectorClients).toBe(100);
    });

    it('tries again after a client could not be made', async () => {
        const inner = localAuth();
        let calls = 0;
        const flaky: BotFrameworkAuthentication = Object.assign(Object.create(inner) as BotFrameworkAuthentication, {
            authenticateRequest: async (a: Activity, h: string): Promise<AuthenticateRequestResult> => {
                const result = await inner.authenticateRequest(a, h);
                const real = result.connectorFactory;
                return {
                    ...result,
                    connectorFactory: new (class extends ConnectorFactory {
                        create(url: string, audience?: string) {
                            return ++calls === 1
                                ? Promise.reject(new Error('token endpoint down'))
                                : real!.create(url, audience);
                        }
                    })(),
                };
            },
        });
        const auth = new ReusingBotFrameworkAuthentication(flaky);
        await expect(clientFor(auth, 'http://127.0.0.1:1/channel')).rejects.toThrow('token endpoint down');
        const client = await clientFor(auth, 'http://127.0.0.1:1/channel');
        expect(baseUri(client)).toBe('http://127.0.0.1:1/channel');
        expect(await clientFor(auth, 'http://127.0.0.1:1/channel')).toBe(client);
        expect(calls).toBe(2);
    });
});
