import { ShowTypingMiddleware } from 'botbuilder';
import { randomBytes } from 'node:crypto';
import { capabilitiesFor } from '../channels/capabilities.js';
import type { Channel, ChannelDeps } from '../channels/channel.js';
import { chatPageHeaders, directLineOrigins } from '../http/csp.js';
import { LocalDirectLineAdapter } from './localAdapter.js';
import { localDirectLineOptions } from './settings.js';
import { LOCAL_SERVICE_URL, registerDirectLine } from './routes.js';

/** Test hooks: Azure Direct Line's address (a fake). */
export interface DirectLineHooks {
    azureBaseUrl?: string;
}

/**
 * The built-in Direct Line endpoint as a channel (Web Chat with no Azure service): its conversations
 * run in-process and are owned by their serviceUrl; Web Chat renders Markdown and suggested actions.
 */
export function createDirectLineChannel(deps: ChannelDeps, hooks: DirectLineHooks = {}): Channel {
    const { config, logger, clock } = deps;
    // Web Chat shows a typing indicator while a turn takes longer than half a second.
    const adapter = new LocalDirectLineAdapter(
        localDirectLineOptions(config, { storage: deps.storage, clock, logger }),
    ).use(new ShowTypingMiddleware(500, 2000)) as LocalDirectLineAdapter;
    adapter.onTurnError = deps.onTurnError;
    let served: { close(): void } | undefined;
    return {
        name: 'directline',
        owns: (reference) => reference.serviceUrl === LOCAL_SERVICE_URL,
        capabilities: (activity) => capabilitiesFor(activity.channelId, activity.conversation?.conversationType),
        continueConversation: (reference, logic) => adapter.continueConversation(reference, logic),
        register(server, bot) {
            served = registerDirectLine(server, {
                adapter,
                bot,
                logger,
                tokenSecret: config.WEBCHAT_TOKEN_SECRET ?? randomBytes(32).toString('hex'),
                azureSecret: config.DIRECT_LINE_SECRET,
                azureBaseUrl: hooks.azureBaseUrl,
                publicDir: 'public',
                admitUpgrade: deps.admitUpgrade,
                newConversationsPerAddressPerHour: config.DIRECTLINE_NEW_CONVERSATIONS_PER_ADDRESS_PER_HOUR,
                ...(deps.limiters ? { createLimiter: (o) => deps.limiters!.create(o) } : {}),
                clientAddress: deps.clientAddress,
                pageHeaders: chatPageHeaders({
                    frameAncestors: config.WEBCHAT_FRAME_ANCESTORS?.split(/\s+/) ?? [],
                    connectTo: config.DIRECT_LINE_SECRET
                        ? directLineOrigins(hooks.azureBaseUrl ?? 'https://directline.botframework.com')
                        : [],
                }),
            });
        },
        close: () => served?.close(),
    };
}
