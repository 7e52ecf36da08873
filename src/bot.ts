import { ActivityHandler, type ConversationState, type TurnContext } from 'botbuilder';
import { coreCapabilities } from './channels/capabilities.js';
import { capabilitiesOf, render } from './channels/turn.js';
import type { TurnReader } from './channels/turnReader.js';
import { chinaDate, systemClock, type Clock } from './clock.js';
import type { Answers } from './core/answers.js';
import type { ConversationData } from './core/conversation.js';
import { decide, welcome } from './core/decide.js';
import type { GuidedFlow } from './core/flow.js';
import type { CoreDeps, Decision } from './core/turn.js';
import { localeToLang } from './core/understand.js';
import type { HandoffGate } from './handoff/gate.js';
import type { Catalog } from './i18n.js';
import type { Lang } from './kb/schema.js';
import { silentLogger } from './logger.js';
import { TurnRunner } from './state/turnRunner.js';

export interface BotDeps {
    conversationState: ConversationState;
    /** Handoff to a person; without it, "talk to a person" says where to find one. */
    handoff?: HandoffGate;
    reader: TurnReader;
    answers: Answers;
    catalog: Catalog;
    /** The guided flows (dialogs/index.ts). */
    flows: readonly GuidedFlow[];
    defaultLang: Lang;
    /** Today's date for the core. Default: the system clock. */
    clock?: Clock;
    /** Runs each turn with per-conversation ordering, eTag retries and redelivery checks. Default: one on `conversationState`. */
    runner?: TurnRunner;
}

/**
 * The Bot Framework edge around the conversation core (src/core/decide.ts): for a message it reads
 * the conversation's state and the message, lets the core decide, keeps the new state for the
 * runner to save, sends the replies (held until the save succeeds) and hands the effects to run
 * after the save; it welcomes new members and passes a hub's `handoff.status` on. A rerun after an
 * eTag conflict is just the core called again on the fresh state.
 */
export class CardBot extends ActivityHandler {
    private readonly runner: TurnRunner;
    private readonly core: CoreDeps;
    private readonly clock: Clock;

    constructor(private readonly deps: BotDeps) {
        super();
        this.core = { answers: deps.answers, catalog: deps.catalog, flows: deps.flows };
        this.clock = deps.clock ?? systemClock;
        this.runner = deps.runner ?? new TurnRunner({ conversationState: deps.conversationState, logger: silentLogger });

        this.onMembersAdded(async (context, next) => {
            const added = context.activity.membersAdded ?? [];
            const botAdded = added.some((m) => m.id === context.activity.recipient?.id);
            const usersAdded = added.some((m) => m.id !== context.activity.recipient?.id);
            const conversationType = context.activity.conversation?.conversationType;
            // Teams tells a bot it was installed by adding the bot itself: greet then in personal chat.
            // In group chats and channels, greeting every member who joins would be noise.
            const teams = context.activity.channelId === 'msteams';
            if (teams ? botAdded && conversationType === 'personal' : usersAdded) await this.welcome(context);
            await next();
        });
        this.onMessage(async (context, next) => {
            await this.message(context);
            await next();
        });
        this.onEvent(async (context, next) => {
            if (context.activity.name === 'handoff.status') await deps.handoff?.onStatus(context);
            await next();
        });
    }

    /** Runs the turn through the runner, which saves conversation state and then sends the replies. */
    override async run(context: TurnContext): Promise<void> {
        await this.runner.run(context, (ctx) => super.run(ctx));
    }

    private async message(context: TurnContext): Promise<void> {
        const { reader, handoff } = this.deps;
        const data = await reader.conversation(context);
        const caps = capabilitiesOf(context);
        const inbound = await reader.inbound(context.activity);
        const reading = reader.read(context.activity, inbound, data, coreCapabilities(caps));
        const who = handoff ? await handoff.holder(context) : { holder: 'bot' as const, toldWaiting: false };
        const canHandOff = handoff?.canHandOff(context.activity.channelId) ?? false;
        const today = chinaDate(this.clock.now());
        const decision = decide(data, { ...reading, ...who, canHandOff, capabilities: coreCapabilities(caps), today }, this.core);
        const sent = await this.apply(context, decision, reading.lang);
        if (!handoff) return;
        const turn = { lang: reading.lang, understanding: reading.understanding, data: decision.state };
        for (const effect of decision.effects) {
            switch (effect.kind) {
                case 'handoff.request':
                    TurnRunner.afterCommit(context, () => handoff.startHandoff(context, turn, effect.reason));
                    break;
                case 'handoff.relay':
                    await handoff.relay(context, reading.understanding.text, effect.notified);
                    break;
                case 'handoff.release':
                    await handoff.release(context);
                    break;
                case 'transcript.record':
                    await handoff.recordTurn(context, turn, sent, { topic: effect.topic, step: effect.step });
                    break;
                case 'unanswered.log':
                    handoff.logUnanswered(context, effect.text, reading.lang);
                    break;
            }
        }
    }

    private async welcome(context: TurnContext): Promise<void> {
        const data = await this.deps.reader.conversation(context);
        const lang = data.chosenLang ?? localeToLang(context.activity.locale) ?? this.deps.defaultLang;
        await this.apply(context, welcome(data, lang, this.core), lang);
    }

    /** Keeps the decided state for the runner's save and sends the replies (held until it succeeds); returns their texts. */
    private async apply(context: TurnContext, decision: Decision, lang: Lang): Promise<string[]> {
        await this.deps.reader.data.set(context, decision.state satisfies ConversationData);
        const caps = capabilitiesOf(context);
        const activities = decision.replies.map((r) => render(r, caps, this.deps.catalog, lang));
        if (activities.length) await context.sendActivities(activities);
        return activities.filter((a) => a.text).map((a) => a.text!);
    }
}
