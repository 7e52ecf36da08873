import { EventFactory, TurnContext, type Activity, type ConversationReference, type StoreItems } from 'botbuilder';
import { say, type Turn } from '../channels/turn.js';
import type { Answers } from '../core/answers.js';
import { currentStep } from '../core/conversation.js';
import type { Catalog } from '../i18n.js';
import type { Lang } from '../kb/schema.js';
import type { Logger } from '../logger.js';
import type { HandoffService } from './service.js';
import { copyRecord, type HandoffContext, type HandoffRecord } from './types.js';
import { handoffNotice, type HandoffNotice } from '../core/handoff.js';
import type { ChatHolder, Effect } from '../core/turn.js';
import { IF_ABSENT } from '../storage/errors.js';
import { recordKey } from './store.js';
import type { UnansweredLog } from './unanswered.js';

/** Sends into an existing conversation outside a user's turn (agent messages, "I'm back"). */
export interface ProactiveSender {
    continueConversation(
        reference: Partial<ConversationReference>,
        logic: (context: TurnContext) => Promise<void>,
    ): Promise<void>;
}

export interface HandoffGateDeps {
    service: HandoffService;
    unanswered: UnansweredLog;
    catalog: Catalog;
    answers: Answers;
    logger: Logger;
    proactive: ProactiveSender;
    /** Channels that accept event activities (a `handoff.initiate` is never sent elsewhere, e.g. Teams). */
    eventChannels: ReadonlySet<string>;
    /** Whether anyone can take a conversation here: agents configured for the console. */
    agentsAvailable: boolean;
    /**
     * The storage writes several items in one transaction (LMDB, memory): a turn's changes to the handoff record
     * are then written with its state, one durable write per turn. Otherwise they are written after the turn.
     */
    joinStateSave?: boolean;
}

/** Longest reason from a hub's handoff.status that is passed on to the parent. */
const MAX_HUB_MESSAGE = 300;

/**
 * Carries out what the core decided about people (edge): tells the core who has the chat, turns
 * its handoff effects into the record's changes (a message relayed, the chat released, the turn
 * recorded for agents) and after-turn work (asking for a person: the queue and a hub's
 * `handoff.initiate`; the unanswered-questions log), takes a hub's `handoff.status`, and sends what
 * the parent is told outside their turns. It decides nothing the parent reads: the core does.
 */
export class HandoffGate {
    constructor(private readonly deps: HandoffGateDeps) {}

    /** Whether asking for a person can reach someone on this channel. */
    canHandOff(channelId: string | undefined): boolean {
        return this.deps.agentsAvailable || (!!channelId && this.deps.eventChannels.has(channelId));
    }

    /** The key of a conversation's handoff record: the runner reads it with the conversation's state. */
    recordKey(conversationId: string): string {
        return recordKey(conversationId);
    }

    /** Who has the chat, for the core, from the record read with the state; and whether the parent was told they wait. */
    who(items: StoreItems, activity: Activity): { holder: ChatHolder; toldWaiting: boolean } {
        const record = items[recordKey(activity.conversation.id)] as HandoffRecord | undefined;
        if (!record || record.status === 'bot') return { holder: 'bot', toldWaiting: false };
        // A turn decided again (its replies were not sent) tells them again.
        const toldWaiting = !!record.waitingNoticeSent && record.waitingNoticeFor !== activity.id;
        return { holder: record.status, toldWaiting };
    }

    /**
     * Carries out the core's handoff effects for a turn: the record's changes (the message relayed, the chat
     * released, the turn recorded for agents) as a write to commit with the state (with the eTag the record was
     * read with, so a change made meanwhile, an agent accepting, makes the turn be decided again), or, on a store
     * without atomic multi-key writes, as work after the commit; asking for a person and the log of unanswered
     * questions once the replies are sent.
     */
    carryOut(
        context: TurnContext,
        effects: readonly Effect[],
        turn: Turn,
        botTexts: string[],
        items: StoreItems,
    ): { writes: StoreItems; after: (() => Promise<void>)[] } {
        const { service, unanswered } = this.deps;
        const activity = context.activity;
        const id = activity.conversation.id;
        const reference = TurnContext.getConversationReference(activity);
        const said = activity.text ?? turn.understanding.text;
        const changes: ((current: HandoffRecord | undefined) => HandoffRecord | null)[] = [];
        const after: (() => Promise<void>)[] = [];
        for (const effect of effects) {
            switch (effect.kind) {
                case 'handoff.request':
                    after.push(() => this.startHandoff(context, turn, effect.reason));
                    break;
                case 'handoff.relay':
                    changes.push(service.relayChange(said, activity.id, effect.notified));
                    break;
                case 'handoff.release':
                    changes.push(service.releaseChange('user stopped the handoff'));
                    break;
                case 'transcript.record':
                    changes.push(
                        service.turnChange(
                            reference,
                            turn.lang,
                            said,
                            botTexts,
                            { topic: effect.topic, step: effect.step },
                            activity.id,
                        ),
                    );
                    break;
                case 'unanswered.log':
                    after.push(() => unanswered.record(effect.text, turn.lang));
                    break;
            }
        }
        if (!changes.length) return { writes: {}, after };
        const change = (current: HandoffRecord | undefined): HandoffRecord | null => {
            let record = current;
            let changed = false;
            for (const c of changes) {
                const next = c(record);
                if (next) [record, changed] = [next, true];
            }
            return changed ? record! : null;
        };
        if (!this.deps.joinStateSave) return { writes: {}, after: [() => service.applyChange(id, change), ...after] };
        const loaded = items[recordKey(id)] as HandoffRecord | undefined;
        const next = change(loaded ? copyRecord(loaded) : undefined);
        if (!next) return { writes: {}, after };
        // A new record is created only if no other turn created it meanwhile; it joins the agents' index once written.
        const writes = { [recordKey(id)]: { ...next, eTag: loaded?.eTag ?? IF_ABSENT } };
        return { writes, after: loaded ? after : [() => service.indexCreated(id), ...after] };
    }

    /**
     * The core's `handoff.request` effect, run once the turn is saved and its "I've asked a person"
     * sent: puts the conversation in the agents' queue with its transcript and tells a hub.
     */
    async startHandoff(context: TurnContext, turn: Turn, reason: HandoffContext['reason']): Promise<void> {
        const channelId = context.activity.channelId;
        const reference = TurnContext.getConversationReference(context.activity);
        const handoffContext: HandoffContext = {
            lang: turn.lang,
            reason,
            topic: turn.data.lastTopic,
            step: currentStep(turn.data),
            question: turn.data.lastQuestion ?? turn.understanding.text,
        };
        const viaHub = this.deps.eventChannels.has(channelId);
        const record = await this.deps.service.request(reference, handoffContext, viaHub);
        if (viaHub) {
            const transcript = { activities: record.transcript.map((l) => transcriptActivity(l, reference)) };
            const event = EventFactory.createHandoffInitiation(
                context,
                { ...handoffContext, skill: 'child-social-security-card' },
                transcript,
            );
            await context.sendActivity(event);
        }
        this.deps.logger.info(
            { conversationId: record.conversationId, event: 'handoff.requested', reason, viaHub },
            'handoff requested',
        );
    }

    /** A hub's `handoff.status` event. Always accepted; the user hears what happened in their language. */
    async onStatus(context: TurnContext): Promise<void> {
        const id = context.activity.conversation?.id;
        const value = (context.activity.value ?? {}) as { state?: unknown; message?: unknown };
        const state = typeof value.state === 'string' ? value.state : '';
        if (!id || !['accepted', 'failed', 'completed'].includes(state)) {
            // An unknown state is whatever the sender wrote there: not logged.
            this.deps.logger.warn(
                { conversationId: id, event: 'handoff.status' },
                'ignored handoff.status with an unknown state',
            );
            return;
        }
        // Told to the parent as plain text (see renderReply); bounded, since the sender decides its length.
        const message =
            typeof value.message === 'string' ? value.message.trim().slice(0, MAX_HUB_MESSAGE) || undefined : undefined;
        const before = await this.deps.service.get(id);
        const record = await this.deps.service.hubStatus(id, state, message);
        if (!record) return;
        const lang = record.context.lang;
        const reply = handoffNotice(
            {
                kind: 'hub',
                state: state as 'accepted' | 'failed' | 'completed',
                message,
                before: before?.status ?? 'bot',
            },
            lang,
            this.deps,
        );
        if (reply) await say(context, this.deps.catalog, reply, lang);
    }

    /** Tells the parent, through their conversation's channel, that an agent joined, said something or left (decided by the core). */
    async notify(record: HandoffRecord, notice: HandoffNotice): Promise<void> {
        const lang: Lang = record.context.lang;
        const reply = handoffNotice(notice, lang, this.deps);
        if (!reply) return;
        await this.deps.proactive.continueConversation(record.reference, (context) =>
            say(context, this.deps.catalog, reply, lang),
        );
    }
}

function transcriptActivity(
    line: HandoffRecord['transcript'][number],
    reference: Partial<ConversationReference>,
): Activity {
    const user = line.from === 'user';
    return {
        type: 'message',
        text: line.text,
        timestamp: new Date(line.at),
        from: user ? reference.user : reference.bot,
        recipient: user ? reference.bot : reference.user,
        conversation: reference.conversation,
    } as Activity;
}
