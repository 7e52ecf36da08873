import type { Activity } from 'botbuilder';
import { capabilitiesFor, coreCapabilities } from '../../src/channels/capabilities.js';
import { renderReply } from '../../src/channels/render.js';
import { newConversationData, type ConversationData } from '../../src/core/conversation.js';
import { decide } from '../../src/core/decide.js';
import { readMessage, type Inbound } from '../../src/core/read.js';
import type { ChatHolder, Effect } from '../../src/core/turn.js';
import { content } from './content.js';

/**
 * A conversation with the pure core, no framework and no I/O: each message is read, decided and its
 * replies rendered for the channel, in memory. Same `send`/`next` as a step table needs. Who has
 * the chat follows the core's handoff effects as the edge would carry them out (asked → waiting,
 * released → the bot); `handOver` stands for what happens outside the turn (an agent accepts, hands
 * back, a hub gives up).
 */
export async function rootClient(
    channelId = 'test',
    options: { canHandOff?: boolean; locale?: string; maxChars?: number } = {},
) {
    const { answers, catalog, understander, flows } = await content();
    const caps = capabilitiesFor(channelId);
    let state: ConversationData = newConversationData();
    let queue: Partial<Activity>[] = [];
    let holder: ChatHolder = 'bot';
    let toldWaiting = false;
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
            return queue.shift();
        },
        next: (): Partial<Activity> | undefined => queue.shift(),
        get state(): ConversationData {
            return state;
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
