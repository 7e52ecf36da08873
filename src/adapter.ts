import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { createSendRateMiddleware } from './channels/sendRate.js';
import type { Config } from './config.js';

/**
 * The Bot Framework adapter (SDK edge). With no credentials the authentication accepts the
 * Emulator's unauthenticated requests (local mode); with them, every request needs a valid token.
 */
export function createAdapter(config: Config, onTurnError: (context: TurnContext, error: Error) => Promise<void>): CloudAdapter {
    const auth = new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: config.MicrosoftAppId ?? '',
        MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
        MicrosoftAppType: config.MicrosoftAppType,
        MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    });
    const adapter = new CloudAdapter(auth);
    adapter.onTurnError = onTurnError;
    // Keep each Teams conversation within Teams' per-thread send limits.
    adapter.use(createSendRateMiddleware());
    return adapter;
}
