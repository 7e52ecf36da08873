import type { Activity, TurnContext } from 'botbuilder';
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

/** A reply rendered for a channel, in the reply's language. */
export function render(reply: Reply, caps: ChannelCapabilities, catalog: Catalog, lang: Lang): Partial<Activity> {
    const activity = renderReply(reply, caps, catalog.t(lang, 'list.chooseByNumber'));
    activity.locale = lang === 'zh' ? 'zh-CN' : 'en-US';
    return activity;
}

/**
 * A turn's replies rendered for a channel: one activity each, or, where the channel takes one
 * message per incoming message (WeChat without API credentials), one plain message joining them.
 */
export function renderTurn(
    replies: readonly Reply[],
    caps: ChannelCapabilities,
    catalog: Catalog,
    lang: Lang,
): Partial<Activity>[] {
    const activities = replies.map((r) => render(r, caps, catalog, lang));
    if (!caps.oneMessage || activities.length < 2) return activities;
    const text = activities
        .map((a) => a.text ?? '')
        .filter((t) => t.trim())
        .join('\n\n');
    return [{ type: 'message', text, textFormat: 'plain', locale: activities[0]!.locale }];
}

/** Renders a reply for this channel and sends it. Changes no conversation state. */
export async function say(context: TurnContext, catalog: Catalog, reply: Reply, lang: Lang): Promise<void> {
    await context.sendActivity(render(reply, capabilitiesOf(context), catalog, lang));
}
