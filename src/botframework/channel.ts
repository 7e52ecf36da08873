import type { BotFrameworkAuthentication } from 'botframework-connector';
import { createAdapter, createBotAuth, type AuthEndpoints, type BotAdapter } from '../adapter.js';
import { capabilitiesFor } from '../channels/capabilities.js';
import type { Channel, ChannelDeps } from '../channels/channel.js';
import { ReusingBotFrameworkAuthentication } from './reuseClients.js';

/** The Bot Framework channels, with what `/api/messages` (src/server.ts) needs: the adapter and the token check. */
export interface BotFrameworkChannel extends Channel {
    adapter: BotAdapter;
    auth: BotFrameworkAuthentication;
}

/**
 * Teams, the Emulator, Azure's Web Chat and every channel of the Bot Connector, through botbuilder's
 * CloudAdapter (src/adapter.ts). Its route, `POST /api/messages`, is served by the HTTP edge
 * (src/server.ts), which checks the token before the adapter sees the activity. It owns every
 * conversation no other channel owns (keep it last in the list): replies and agents' messages go
 * back through the Bot Connector at the conversation's serviceUrl.
 */
export function createBotFrameworkChannel(deps: ChannelDeps, endpoints?: AuthEndpoints): BotFrameworkChannel {
    // One Bot Connector client per service URL for every turn, not one per turn (src/botframework/reuseClients.ts).
    const auth = new ReusingBotFrameworkAuthentication(createBotAuth(deps.config, endpoints));
    const adapter = createAdapter(auth, deps.onTurnError);
    const appId = deps.config.MicrosoftAppId ?? '';
    return {
        name: 'botframework',
        adapter,
        auth,
        owns: () => true,
        capabilities: (activity) => capabilitiesFor(activity.channelId, activity.conversation?.conversationType),
        continueConversation: (reference, logic) => adapter.continueConversationAsync(appId, reference, logic),
        // Served by src/server.ts with the token check.
        register: () => undefined,
    };
}
