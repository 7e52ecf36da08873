import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { createSendRateMiddleware } from './channels/sendRate.js';
import type { Config } from './config.js';
import { outboxMiddleware } from './state/outbox.js';

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
    // Replies are held until the turn's state is saved (first, so nothing else sees held replies), and
    // each Teams conversation is kept within Teams' per-thread send limits when they are really sent.
    adapter.use(outboxMiddleware);
    adapter.use(createSendRateMiddleware());
    return adapter;
}
