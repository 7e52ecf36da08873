import { EventFactory, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import { say, type Turn } from '../channels/turn.js';
import type { Answers } from '../core/answers.js';
import { currentStep } from '../core/conversation.js';
import type { Catalog } from '../i18n.js';
import type { Lang } from '../kb/schema.js';
import type { Logger } from '../logger.js';
import { OFF_TOPIC } from '../nlu/matcher.js';
import type { HandoffService } from './service.js';
import type { HandoffContext, HandoffRecord } from './types.js';
import type { UnansweredLog } from './unanswered.js';
import { TurnRunner } from '../state/turnRunner.js';

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
     * The storage writes several items in one transaction (LMDB): a turn's transcript lines are then written with
     * its state, one durable write per turn. Otherwise they are written after the turn, as a second write.
     */
    joinStateSave?: boolean;
}

/**
 * The Bot Framework side of handing a conversation to a person (SDK edge): asks for a person
 * (queue + `handoff.initiate` for contact-centre hubs), keeps the bot quiet and relays while a
 * person has the conversation, handles `handoff.status`, and records every turn for the agent.
 */
/** Longest reason from a hub's handoff.status that is passed on to the parent. */
const MAX_HUB_MESSAGE = 300;

export class HandoffGate {
    constructor(private readonly deps: HandoffGateDeps) {}

    /** Whether asking for a person can reach someone on this channel. */
    canHandOff(channelId: string | undefined): boolean {
        return this.deps.agentsAvailable || (!!channelId && this.deps.eventChannels.has(channelId));
    }

    /**
     * Before the core: while waiting for or talking to a person, the bot does not answer.
     * Returns true when the message was taken care of here.
     */
    async intercept(context: TurnContext, turn: Pick<Turn, 'lang' | 'understanding'>): Promise<boolean> {
        const id = context.activity.conversation?.id;
        if (!id) return false;
        const record = await this.deps.service.get(id);
        if (!record || record.status === 'bot') return false;
        const { catalog } = this.deps;
        if (turn.understanding.command === 'cancel') {
            await this.deps.service.release(id, 'user stopped the handoff');
            await say(
                context,
                catalog,
                this.deps.answers.simple(turn.lang, 'handoff.released', this.deps.answers.menuActions(turn.lang)),
                turn.lang,
            );
            return true;
        }
        const relayed = await this.deps.service.relay(
            id,
            context.activity.text ?? turn.understanding.text,
            context.activity.id,
        );
        if (relayed?.notify)
            await say(context, catalog, this.deps.answers.simple(turn.lang, 'handoff.waiting'), turn.lang);
        return true;
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
        const { answers, catalog } = this.deps;
        if (state === 'failed') {
            const reason = message || catalog.t(lang, 'handoff.failedNoReason');
            await say(
                context,
                catalog,
                {
                    ...answers.simple(lang, 'handoff.failed', answers.menuActions(lang), { message: reason }),
                    plain: true,
                },
                lang,
            );
        } else if (state === 'completed' && before?.status !== 'bot') {
            await say(context, catalog, answers.simple(lang, 'handoff.back', answers.menuActions(lang)), lang);
        }
    }

    /**
     * During a bot turn, after its replies are known: records the turn for agents (in the turn's own save when the
     * storage allows, otherwise once it has counted) and what the bot could not answer (once it has counted).
     */
    async recordTurn(context: TurnContext, turn: Turn, botTexts: string[]): Promise<void> {
        if (!this.deps.joinStateSave) {
            TurnRunner.afterCommit(context, () => this.afterTurn(context, turn, botTexts));
            return;
        }
        const u = turn.understanding;
        const reference = TurnContext.getConversationReference(context.activity);
        const topic = u.match.intent !== OFF_TOPIC ? u.match.intent : undefined;
        const prepared = await this.deps.service.prepareTurn(
            reference,
            turn.lang,
            context.activity.text ?? u.text,
            botTexts,
            { topic, step: currentStep(turn.data) },
            context.activity.id,
        );
        if (prepared) {
            TurnRunner.saveWithTurn(context, prepared.key, prepared.item);
            const id = reference.conversation!.id;
            if (prepared.created) TurnRunner.afterCommit(context, () => this.deps.service.indexCreated(id));
        }
        if (u.match.intent === OFF_TOPIC && u.command === null && u.button === null) {
            TurnRunner.afterCommit(context, () => this.deps.unanswered.record(u.text, turn.lang));
        }
    }

    /** After a bot turn: the transcript for agents, and what the bot could not answer. */
    async afterTurn(context: TurnContext, turn: Turn, botTexts: string[]): Promise<void> {
        const u = turn.understanding;
        const reference = TurnContext.getConversationReference(context.activity);
        const topic = u.match.intent !== OFF_TOPIC ? u.match.intent : undefined;
        await this.deps.service.recordTurn(
            reference,
            turn.lang,
            context.activity.text ?? u.text,
            botTexts,
            { topic, step: currentStep(turn.data) },
            context.activity.id,
        );
        if (u.match.intent === OFF_TOPIC && u.command === null && u.button === null)
            await this.deps.unanswered.record(u.text, turn.lang);
    }

    /** Sends an agent's message to the user, as plain text (never markup). */
    async deliverAgentMessage(record: HandoffRecord, agent: string, text: string): Promise<void> {
        await this.notify(record, 'handoff.agentSays', { agent, text });
    }

    async notify(
        record: HandoffRecord,
        key: string,
        vars: Record<string, string> = {},
        withMenu = false,
    ): Promise<void> {
        const lang: Lang = record.context.lang;
        await this.deps.proactive.continueConversation(record.reference, async (context) => {
            // Others' words (an agent's message, a hub's reason) go out as plain text: never read as markup.
            const reply = {
                ...this.deps.answers.simple(lang, key, withMenu ? this.deps.answers.menuActions(lang) : [], vars),
                plain: true,
            };
            await say(context, this.deps.catalog, reply, lang);
        });
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
