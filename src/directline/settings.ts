import type { Storage } from 'botbuilder';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { LocalDirectLineOptions } from './localAdapter.js';

/** The built-in Direct Line adapter's options from the configuration (DIRECTLINE_* variables) and the bot's store. */
export function localDirectLineOptions(
    config: Config,
    deps: { storage: Storage; clock: Clock; logger: Logger },
): LocalDirectLineOptions {
    return {
        storage: deps.storage,
        clock: deps.clock,
        maxActivityBytes: config.DIRECTLINE_MAX_ACTIVITY_KB * 1024,
        maxConversationBytes: config.DIRECTLINE_MAX_CONVERSATION_KB * 1024,
        maxTotalBytes: Math.round(config.DIRECTLINE_MAX_TOTAL_MB * 1024 * 1024),
        maxConversations: config.DIRECTLINE_MAX_CONVERSATIONS,
        idleMs: config.DIRECTLINE_IDLE_MINUTES * 60 * 1000,
        streamPollMs: config.DIRECTLINE_STREAM_POLL_MS,
        onWarning: (event, err) => deps.logger.warn({ event, err }, 'built-in Direct Line: an operation failed'),
    };
}
