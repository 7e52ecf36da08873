import type { TurnContext } from 'botbuilder';
import type { ConversationData } from '../core/conversation.js';
import type { Understanding } from '../core/understand.js';
import type { Reply } from '../core/reply.js';
import type { Catalog } from '../i18n.js';
import type { Lang } from '../kb/schema.js';
import { capabilitiesFor, type ChannelCapabilities } from './capabilities.js';
import { renderReply } from './render.js';

/** Per-turn facts shared by the bot and the dialogs (kept in `context.turnState`). */
export interface Turn {
    lang: Lang;
    understanding: Understanding;
    data: ConversationData;
    caps: ChannelCapabilities;
}

const TURN = Symbol('turn');

export function setTurn(context: TurnContext, turn: Turn): void {
    context.turnState.set(TURN, turn);
}

export function getTurn(context: TurnContext): Turn {
    const turn = context.turnState.get(TURN) as Turn | undefined;
    if (!turn) throw new Error('No turn information: the bot sets it before running dialogs');
    return turn;
}

export function capabilitiesOf(context: TurnContext): ChannelCapabilities {
    return capabilitiesFor(context.activity.channelId, context.activity.conversation?.conversationType);
}

/** Renders a reply for this channel, sends it, and remembers its actions for numbered answers. */
export async function say(context: TurnContext, catalog: Catalog, reply: Reply, lang?: Lang): Promise<void> {
    const turn = context.turnState.get(TURN) as Turn | undefined;
    const language = lang ?? turn?.lang ?? 'en';
    const caps = turn?.caps ?? capabilitiesOf(context);
    const activity = renderReply(reply, caps, catalog.t(language, 'list.chooseByNumber'));
    activity.locale = language === 'zh' ? 'zh-CN' : 'en-US';
    if (turn) {
        turn.data.offered = reply.actions?.length ? reply.actions : turn.data.offered;
        if (reply.sourceIds?.length) turn.data.lastSources = reply.sourceIds;
    }
    await context.sendActivity(activity);
}
