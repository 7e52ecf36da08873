import {
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ConnectorFactory,
    type AuthenticateRequestResult,
    type BotFrameworkClient,
    type ClaimsIdentity,
    type ConnectorClient,
    type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

/** Clients kept (each a few objects; local mode accepts any serviceUrl, so the number is bounded). */
const MAX_CLIENTS = 100;

/** The bot's app id the SDK makes outbound calls as: the token's audience, else its appid claim (empty: local mode). */
const appIdOf = (claims: ClaimsIdentity): string =>
    claims.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claims.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    '';

/** A map that forgets its oldest entry past `max`; a value that is a rejected promise is forgotten at once. */
class Reused<T> {
    private readonly items = new Map<string, Promise<T>>();

    constructor(private readonly max: number) {}

    get(key: string, make: () => Promise<T>): Promise<T> {
        const known = this.items.get(key);
        if (known) return known;
        const made = make();
        this.items.set(key, made);
        if (this.items.size > this.max) this.items.delete(this.items.keys().next().value!);
        made.catch(() => {
            if (this.items.get(key) === made) this.items.delete(key);
        });
        return made;
    }

    get size(): number {
        return this.items.size;
    }
}

/**
 * Bot Framework authentication (SDK edge) that hands out one Bot Connector client per app id, service URL and
 * audience, and one user-token client per app id, instead of new ones for every turn: botbuilder's CloudAdapter
 * asks for both at each activity, and building them (an Azure HTTP pipeline each) was the largest part of the
 * Bot Connector's 22 % of a turn's CPU. The clients hold no per-turn state: the credentials inside get and renew
 * their own tokens. Everything else is the wrapped authentication's.
 */
export class ReusingBotFrameworkAuthentication extends BotFrameworkAuthentication {
    private readonly connectors = new Reused<ConnectorClient>(MAX_CLIENTS);
    private readonly userTokens = new Reused<UserTokenClient>(MAX_CLIENTS);

    constructor(private readonly inner: BotFrameworkAuthentication) {
        super();
    }

    /** How many connector clients are kept (tests). */
    get connectorClients(): number {
        return this.connectors.size;
    }

    async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
        return this.reusing(await this.inner.authenticateRequest(activity, authHeader));
    }

    async authenticateStreamingRequest(
        authHeader: string,
        channelIdHeader: string,
    ): Promise<AuthenticateRequestResult> {
        return this.reusing(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
    }

    createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
        const inner = this.inner.createConnectorFactory(claimsIdentity);
        return new ReusingConnectorFactory(appIdOf(claimsIdentity), inner, this.connectors);
    }

    createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
        return this.userTokens.get(appIdOf(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
    }

    override createBotFrameworkClient(): BotFrameworkClient {
        return this.inner.createBotFrameworkClient();
    }

    override getOriginatingAudience(): string {
        return this.inner.getOriginatingAudience();
    }

    override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
        return this.inner.authenticateChannelRequest(authHeader);
    }

    private reusing(result: AuthenticateRequestResult): AuthenticateRequestResult {
        if (!result.connectorFactory) return result;
        const appId = appIdOf(result.claimsIdentity);
        return {
            ...result,
            connectorFactory: new ReusingConnectorFactory(appId, result.connectorFactory, this.connectors),
        };
    }
}

/** Creates through `inner` only the clients not made yet for this app id, service URL and audience. */
class ReusingConnectorFactory extends ConnectorFactory {
    constructor(
        private readonly appId: string,
        private readonly inner: ConnectorFactory,
        private readonly clients: Reused<ConnectorClient>,
    ) {
        super();
    }

    create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        return this.clients.get(`${this.appId}\n${serviceUrl}\n${audience ?? ''}`, () =>
            this.inner.create(serviceUrl, audience),
        );
    }
}
