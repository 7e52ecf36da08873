import { ActivityHandler, type ConversationState, type TurnContext } from 'botbuilder';
import { say } from './channels/turn.js';
import { chinaDate, systemClock, type Clock } from './clock.js';
import type { TurnReader } from './channels/turnReader.js';
import type { Answers } from './core/answers.js';
import type { ConversationData } from './core/conversation.js';
import { decide, welcome } from './core/decide.js';
import type { Decision } from './core/turn.js';
import { localeToLang } from './core/understand.js';
import type { HandoffGate } from './handoff/gate.js';
import type { Catalog } from './i18n.js';
import type { Lang } from './kb/schema.js';
import { silentLogger } from './logger.js';
import { outboxOf } from './state/outbox.js';
import { TurnRunner } from './state/turnRunner.js';

export interface BotDeps {
    conversationState: ConversationState;
    /** Handoff to a person; without it, "talk to a person" says where to find one. */
    handoff?: HandoffGate;
    reader: TurnReader;
    answers: Answers;
    catalog: Catalog;
    defaultLang: Lang;
    /** Runs each turn with per-conversation ordering, eTag retries and redelivery checks. Default: one on `conversationState`. */
    runner?: TurnRunner;
    /** Today's date for the core (a child's age is kept with the day it was said). Default: the system clock. */
    clock?: Clock;
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

    constructor(private readonly deps: BotDeps) {
        super();
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
        const { reader, handoff, answers, catalog } = this.deps;
        const data = await reader.conversation(context);
        const reading = await reader.read(context, data);
        if (reading.kind === 'dropped') return;
        if (reading.kind === 'answered') {
            await say(context, catalog, reading.reply, reading.lang);
            return;
        }
        const { understanding, lang } = reading;
        // While a person has the conversation, the bot relays instead of deciding anything.
        if (await handoff?.intercept(context, { lang, understanding })) return;

        const canHandOff = handoff?.canHandOff(context.activity.channelId) ?? false;
        const today = chinaDate((this.deps.clock ?? systemClock).now());
        const decision = decide(data, { understanding, lang, canHandOff, today }, { answers, catalog });
        await this.apply(context, decision, lang);
        if (handoff) {
            const turn = { lang, understanding, data: decision.state };
            for (const effect of decision.effects) {
                if (effect.kind === 'handoff.request') TurnRunner.afterCommit(context, () => handoff.startHandoff(context, turn, effect.reason));
            }
            // The replies this run produced, recorded with the turn (a rerun replaces them).
            const sent = outboxOf(context)
                .pending.filter((a) => a.type === 'message' && a.text)
                .map((a) => a.text!);
            await handoff.recordTurn(context, turn, sent);
        }
    }

    private async welcome(context: TurnContext): Promise<void> {
        const data = await this.deps.reader.conversation(context);
        const lang = data.chosenLang ?? localeToLang(context.activity.locale) ?? this.deps.defaultLang;
        await this.apply(context, welcome(data, lang, this.deps), lang);
    }

    /** Keeps the decided state for the runner's save and sends the replies (held until it succeeds). */
    private async apply(context: TurnContext, decision: Decision, lang: Lang): Promise<void> {
        await this.deps.reader.data.set(context, decision.state satisfies ConversationData);
        for (const reply of decision.replies) await say(context, this.deps.catalog, reply, lang);
    }
}
