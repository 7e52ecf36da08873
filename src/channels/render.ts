import { ActionTypes, ActivityTypes, CardFactory, type Activity, type CardAction } from 'botbuilder';
import { toPlainText, type Reply } from '../core/reply.js';
import type { ChannelCapabilities } from './capabilities.js';

/**
 * Turns a channel-independent Reply into an activity for a channel:
 * - rich channels: a hero card (title, body, sources) with `text` carrying the plain-text
 *   equivalent and the actions as suggested actions, or as card buttons where chips do not show;
 * - plain channels: numbered text only, answerable by typing the number or the words.
 */
export function renderReply(reply: Reply, caps: ChannelCapabilities, chooseHint: string): Partial<Activity> {
    const actions = reply.actions ?? [];
    if (!caps.cards) {
        return { type: ActivityTypes.Message, text: toPlainText(reply, true, chooseHint), textFormat: 'plain' };
    }
    const buttons: CardAction[] = actions.map((a) => ({ type: ActionTypes.ImBack, title: a.label, value: a.value }));
    const activity: Partial<Activity> = { type: ActivityTypes.Message, text: toPlainText(reply), textFormat: 'plain' };
    const rich = !!(reply.title || reply.items?.length || reply.groups?.length || reply.sources?.length);
    if (rich) {
        const body = [
            ...reply.lines,
            ...(reply.items?.length ? [reply.items.map((i) => `• ${i}`).join('\n')] : []),
            ...(reply.groups ?? []).map((g) => [g.heading, ...g.items.map((i) => `• ${i}`)].join('\n')),
            ...(reply.after ?? []),
            ...(reply.sources ?? []),
        ].join('\n\n');
        const card = CardFactory.heroCard(reply.title ?? '', body, undefined, caps.suggestedActions ? undefined : buttons);
        activity.attachments = [card];
        // The card carries the content; `text` stays as its plain-text equivalent for notifications,
        // screen readers and transcripts. Our Web Chat page hides it when the card is shown.
        activity.channelData = { textIsCardFallback: true };
    } else if (!caps.suggestedActions && buttons.length) {
        activity.attachments = [CardFactory.heroCard('', '', undefined, buttons)];
    }
    if (caps.suggestedActions && buttons.length) activity.suggestedActions = { actions: buttons, to: [] };
    return activity;
}
