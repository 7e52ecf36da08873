import {
    CallerIdConstants,
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    type Activity,
    type ConfigurationBotFrameworkAuthenticationOptions,
    type InvokeResponse,
    type TurnContext,
} from 'botbuilder';
import {
    AuthenticationConstants,
    type AuthenticateRequestResult,
    type BotFrameworkAuthentication,
} from 'botframework-connector';
import { createSendRateMiddleware } from './channels/sendRate.js';
import type { Config } from './config.js';

/**
 * Where Bot Framework tokens are checked against (tests point these at a local OpenID server; in
 * production the SDK's defaults, Microsoft's endpoints, apply).
 */
export type AuthEndpoints = Pick<
    ConfigurationBotFrameworkAuthenticationOptions,
    'ToBotFromChannelOpenIdMetadataUrl' | 'ToBotFromEmulatorOpenIdMetadataUrl'
>;

/**
 * Bot Framework authentication (SDK edge). With no credentials it accepts the Emulator's
 * unauthenticated requests (local mode); with them, every request needs a valid token.
 */
export function createBotAuth(config: Config, endpoints?: AuthEndpoints): BotFrameworkAuthentication {
    return new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: config.MicrosoftAppId ?? '',
        MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
        MicrosoftAppType: config.MicrosoftAppType,
        MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
        // Setting any endpoint makes the SDK take every public-cloud value from configuration: give them all.
        ...(endpoints && {
            ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
            ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
            ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
            OAuthUrl: AuthenticationConstants.OAuthUrl,
            CallerId: CallerIdConstants.PublicAzureChannel,
            ...endpoints,
        }),
    });
}

/** CloudAdapter that runs a turn for a request the server has already authenticated. */
export class BotAdapter extends CloudAdapter {
    processAuthenticated(
        authenticated: AuthenticateRequestResult,
        activity: Activity,
        logic: (context: TurnContext) => Promise<void>,
    ): Promise<InvokeResponse | undefined> {
        return this.processActivity(authenticated, activity, logic);
    }
}

/** The Bot Framework adapter (SDK edge). */
export function createAdapter(
    auth: BotFrameworkAuthentication,
    onTurnError: (context: TurnContext, error: Error) => Promise<void>,
): BotAdapter {
    const adapter = new BotAdapter(auth);
    adapter.onTurnError = onTurnError;
    // Each Teams conversation is kept within Teams' per-thread send limits.
    adapter.use(createSendRateMiddleware());
    return adapter;
}
