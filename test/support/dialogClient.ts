import type { Activity } from 'botbuilder';
import { capabilitiesFor } from '../../src/channels/capabilities.js';
import { renderReply } from '../../src/channels/render.js';
import { newConversationData, type ConversationData } from '../../src/core/conversation.js';
import { decide } from '../../src/core/decide.js';
import { understandMessage } from '../../src/core/read.js';
import type { ReplyMeta } from '../../src/core/reply.js';
import type { Effect } from '../../src/core/turn.js';
import { content } from './content.js';

/** The day every test conversation happens on, unless it says otherwise (ages are kept with their day). */
export const TODAY = '2026-12-02';

/**
 * A conversation with the pure core, no framework and no I/O: each message is understood, decided
 * and its replies rendered for the channel, in memory. Same `send`/`next` as a step table needs.
 */
export async function rootClient(
    channelId = 'test',
    options: { canHandOff?: boolean; locale?: string; today?: string } = {},
) {
    const { answers, catalog, understander } = await content();
    const caps = capabilitiesFor(channelId);
    let state: ConversationData = newConversationData();
    let queue: Partial<Activity>[] = [];
    let metas: ReplyMeta[] = [];
    const effects: Effect[] = [];
    return {
        async send(text: string): Promise<Partial<Activity> | undefined> {
            const { understanding, lang } = understandMessage(text, state, {
                numberedOptions: !caps.suggestedActions,
                locale: options.locale,
                defaultLang: 'en',
                understander,
            });
            const today = options.today ?? TODAY;
            const decision = decide(
                state,
                { understanding, lang, canHandOff: options.canHandOff ?? false, today },
                { answers, catalog },
            );
            state = decision.state;
            effects.push(...decision.effects);
            queue = decision.replies.map((r) => renderReply(r, caps, catalog.t(lang, 'list.chooseByNumber')));
            metas = decision.replies.map((r) => r.meta ?? { kind: 'error' });
            return queue.shift();
        },
        next: (): Partial<Activity> | undefined => queue.shift(),
        get state(): ConversationData {
            return state;
        },
        /** What the last message's replies were (`Reply.meta`), in order. */
        get metas(): ReplyMeta[] {
            return metas;
        },
        /** The conversation's state from now on (to pick up a conversation on a later day). */
        set state(next: ConversationData) {
            state = next;
        },
        effects,
    };
}
