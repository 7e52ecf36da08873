import { ActionTypes, ActivityTypes, CardFactory, type Activity, type CardAction } from 'botbuilder';
import { toMarkdown, toPlainText, type Reply } from '../core/reply.js';
import type { ChannelCapabilities } from './capabilities.js';

/**
 * Turns a channel-independent Reply into one activity for a channel, so each answer shows once:
 * - Markdown channels (Web Chat, Teams, the Emulator): the answer as Markdown `text` (lists render
 *   as lists, sources as links) with the actions as suggested actions, or, where chips do not
 *   show (Teams group chats), as the buttons of a card that carries no text of its own;
 * - plain channels: numbered text only, answerable by typing the number or the words, with the
 *   sources' addresses written out, or as `<a href>` links where the channel shows them (WeChat).
 */
export function renderReply(reply: Reply, caps: ChannelCapabilities, chooseHint: string): Partial<Activity> {
    const actions = reply.actions ?? [];
    if (!caps.markdown) {
        const links = caps.htmlLinks ? 'html' : 'url';
        return { type: ActivityTypes.Message, text: toPlainText(reply, true, chooseHint, links), textFormat: 'plain' };
    }
    const buttons: CardAction[] = actions.map((a) => ({ type: ActionTypes.ImBack, title: a.label, value: a.value }));
    const activity: Partial<Activity> = reply.plain
        ? { type: ActivityTypes.Message, text: toPlainText(reply), textFormat: 'plain' }
        : { type: ActivityTypes.Message, text: toMarkdown(reply), textFormat: 'markdown' };
    if (!buttons.length) return activity;
    if (caps.suggestedActions) activity.suggestedActions = { actions: buttons, to: [] };
    else if (caps.cards) activity.attachments = [CardFactory.heroCard('', '', undefined, buttons)];
    return activity;
}
