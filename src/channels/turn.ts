import type { TurnContext } from 'botbuilder';
import type { ConversationData } from '../core/conversation.js';
import type { Reply } from '../core/reply.js';
import type { Understanding } from '../core/understand.js';
import type { Catalog } from '../i18n.js';
import type { Lang } from '../kb/schema.js';
import { capabilitiesFor, type ChannelCapabilities } from './capabilities.js';
import { renderReply } from './render.js';

/** One understood message and the conversation's data after the core decided on it (edge). */
export interface Turn {
    lang: Lang;
    understanding: Understanding;
    data: ConversationData;
}

export function capabilitiesOf(context: TurnContext): ChannelCapabilities {
    return capabilitiesFor(context.activity.channelId, context.activity.conversation?.conversationType);
}

/** Renders a reply for this channel and sends it. Changes no conversation state. */
export async function say(context: TurnContext, catalog: Catalog, reply: Reply, lang: Lang): Promise<void> {
    const activity = renderReply(reply, capabilitiesOf(context), catalog.t(lang, 'list.chooseByNumber'));
    activity.locale = lang === 'zh' ? 'zh-CN' : 'en-US';
    await context.sendActivity(activity);
}
