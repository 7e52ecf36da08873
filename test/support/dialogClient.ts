import type { Activity } from 'botbuilder';
import { capabilitiesFor, coreCapabilities } from '../../src/channels/capabilities.js';
import { renderReply } from '../../src/channels/render.js';
import { newConversationData, type ConversationData } from '../../src/core/conversation.js';
import { decide } from '../../src/core/decide.js';
import { readMessage, type Inbound } from '../../src/core/read.js';
import type { ReplyMeta } from '../../src/core/reply.js';
import type { ChatHolder, Effect } from '../../src/core/turn.js';
import { content } from './content.js';

/** The day every test conversation happens on, unless it says otherwise (ages are kept with their day). */
export const TODAY = '2026-12-02';

/**
 * A conversation with the pure core, no framework and no I/O: each message is read, decided and its
 * replies rendered for the channel, in memory. Same `send`/`next` as a step table needs. Who has
 * the chat follows the core's handoff effects as the edge would carry them out (asked → waiting,
 * released → the bot); `handOver` stands for what happens outside the turn (an agent accepts, hands
 * back, a hub gives up).
 */
export async function rootClient(
    channelId = 'test',
    options: { canHandOff?: boolean; locale?: string; maxChars?: number; today?: string } = {},
) {
    const { answers, catalog, understander, flows } = await content();
    const caps = capabilitiesFor(channelId);
    let state: ConversationData = newConversationData();
    let queue: Partial<Activity>[] = [];
    let holder: ChatHolder = 'bot';
    let toldWaiting = false;
    let metas: ReplyMeta[] = [];
    const effects: Effect[] = [];
    return {
        async send(text: string, inbound: Partial<Inbound> = {}): Promise<Partial<Activity> | undefined> {
            const reading = readMessage({ text, locale: options.locale, ...inbound }, state, {
                numberedOptions: !caps.suggestedActions,
                defaultLang: 'en',
                understander,
                maxChars: options.maxChars ?? 2000,
            });
            const decision = decide(
                state,
                {
                    ...reading,
                    canHandOff: options.canHandOff ?? false,
                    holder,
                    toldWaiting,
                    capabilities: coreCapabilities(caps),
                    today: options.today ?? TODAY,
                },
                { answers, catalog, flows },
            );
            state = decision.state;
            effects.push(...decision.effects);
            for (const effect of decision.effects) {
                if (effect.kind === 'handoff.request') [holder, toldWaiting] = ['waiting', false];
                if (effect.kind === 'handoff.relay' && effect.notified) toldWaiting = true;
                if (effect.kind === 'handoff.release') holder = 'bot';
            }
            queue = decision.replies.map((r) => renderReply(r, caps, catalog.t(reading.lang, 'list.chooseByNumber')));
            metas = decision.replies.map((r) => r.meta ?? { kind: 'error' });
            return queue.shift();
        },
        next: (): Partial<Activity> | undefined => queue.shift(),
        get state(): ConversationData {
            return state;
        },
        /** The conversation's state from now on (to pick up a conversation on a later day). */
        set state(next: ConversationData) {
            state = next;
        },
        /** What the last message's replies were (`Reply.meta`), in order. */
        get metas(): ReplyMeta[] {
            return metas;
        },
        get holder(): ChatHolder {
            return holder;
        },
        /** Who has the chat changes outside a turn: an agent accepts ('agent'), hands back or a hub gives up ('bot'). */
        handOver(to: ChatHolder): void {
            holder = to;
        },
        effects,
    };
}
