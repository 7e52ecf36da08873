import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { localeToLang } from './core/understand.js';
import { TurnError } from './errorLog.js';
import { isETagConflict } from './storage/errors.js';
import { isDeliveryFailure } from './state/turnRunner.js';
import { detectLanguage } from './nlu/text.js';
import type { Catalog } from './i18n.js';
import type { Lang } from './kb/schema.js';
import type { Logger } from './logger.js';

/**
 * What happens when a turn throws: a structured log line with a correlation id, an apology in
 * the user's language (never a stack trace), and the conversation state cleared so the next
 * message starts clean instead of failing the same way (unless the turn failed only because other
 * turns kept changing the conversation under it).
 */
export function createOnTurnError(deps: {
    logger: Logger;
    catalog: Catalog;
    /** Forgets the conversation's state (the runner's `clear`). */
    clearState?: (context: TurnContext) => Promise<void>;
    defaultLang: Lang;
    newId?: () => string;
}) {
    return async (context: TurnContext, error: Error): Promise<void> => {
        const ref = (deps.newId ?? randomUUID)().slice(0, 8);
        const conversationId = context.activity.conversation?.id;
        // Logged without the message's text, even where the error quotes it (see loggedError).
        deps.logger.error(
            { event: 'turn.failed', ref, conversationId, err: new TurnError(error, context.activity.text) },
            'turn failed',
        );
        // The language of the message that failed, like any reply; then the channel's locale.
        const lang =
            detectLanguage(context.activity.text ?? '') ?? localeToLang(context.activity.locale) ?? deps.defaultLang;
        try {
            if (context.activity.type === 'message') {
                await context.sendActivity({
                    type: 'message',
                    text: deps.catalog.t(lang, 'error', { ref }),
                    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
                });
            }
        } catch (sendError) {
            deps.logger.error(
                { event: 'turn.apology.failed', ref, conversationId, err: sendError },
                'could not send the apology',
            );
        }
        // A turn that kept losing eTag races failed because others updated the conversation, not because
        // its state is bad: that state (the walkthrough step, the language) is kept. So is the state of a turn
        // whose replies could not be sent: it was saved with them, and a redelivery sends them again.
        if (isETagConflict(error) || isDeliveryFailure(error)) return;
        try {
            await deps.clearState?.(context);
        } catch (stateError) {
            deps.logger.error(
                { event: 'turn.state.failed', ref, conversationId, err: stateError },
                'could not clear conversation state',
            );
        }
    };
}
