import { ActivityHandler, type Activity, type TurnContext } from 'botbuilder';
import { capabilitiesFor, coreCapabilities, type ChannelCapabilities } from './channels/capabilities.js';
import { renderTurn } from './channels/turn.js';
import type { TurnReader } from './channels/turnReader.js';
import { chinaDate, type Clock } from './clock.js';
import type { Answers } from './core/answers.js';
import { decide, welcome } from './core/decide.js';
import type { GuidedFlow } from './core/flow.js';
import type { Inbound } from './core/read.js';
import type { CoreDeps } from './core/turn.js';
import { localeToLang } from './core/understand.js';
import type { HandoffGate } from './handoff/gate.js';
import type { Catalog } from './i18n.js';
import type { Lang } from './kb/schema.js';
import type { Loaded, TurnPlan, TurnRunner } from './state/turnRunner.js';

export interface BotDeps {
    /** Loads, commits and sends each turn (src/state/turnRunner.ts). */
    runner: TurnRunner;
    reader: TurnReader;
    answers: Answers;
    catalog: Catalog;
    /** The guided flows (dialogs/index.ts). */
    flows: readonly GuidedFlow[];
    defaultLang: Lang;
    /** Today's date for the core. */
    clock: Clock;
    /** Handoff to a person; without it, "talk to a person" says where to find one. */
    handoff?: HandoffGate;
    /** What the activity's channel can show (the channels' own, src/channels/channel.ts). Default: by channel id. */
    capabilities?: (activity: Activity) => ChannelCapabilities;
}

/**
 * The bot, for every channel (they all hand it a TurnContext, see src/channels/channel.ts). For a
 * message: reads what arrived (src/channels/turnReader.ts), and has the runner load the conversation,
 * let the core decide (src/core/decide.ts: replies, new state, effects), render the replies for the
 * channel, commit it all in one write, send, and carry out the rest. New members are welcomed the
 * same way; a hub's `handoff.status` is passed to the handoff gate.
 */
export class CardBot extends ActivityHandler {
    private readonly core: CoreDeps;
    private readonly caps: (activity: Activity) => ChannelCapabilities;

    constructor(private readonly deps: BotDeps) {
        super();
        this.core = { answers: deps.answers, catalog: deps.catalog, flows: deps.flows };
        this.caps = deps.capabilities ?? ((a) => capabilitiesFor(a.channelId, a.conversation?.conversationType));

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

    private async message(context: TurnContext): Promise<void> {
        const activity = context.activity;
        // Read once per activity (the message limit counts it once, however often the turn is decided).
        const inbound = await this.deps.reader.inbound(activity);
        const read = this.deps.handoff ? [this.deps.handoff.recordKey(activity.conversation.id)] : [];
        await this.deps.runner.run(
            turnKey(activity),
            { read },
            (loaded) => this.planMessage(context, inbound, loaded),
            (replies) => send(context, replies),
        );
    }

    /** One decision on what was loaded: the core's input, its decision, the replies rendered, the effects carried out. */
    private planMessage(context: TurnContext, inbound: Inbound, { data, items }: Loaded): TurnPlan {
        const { reader, handoff, catalog, clock } = this.deps;
        const activity = context.activity;
        const caps = this.caps(activity);
        const capabilities = coreCapabilities(caps);
        const reading = reader.read(activity, inbound, data, capabilities);
        const who = handoff?.who(items, activity) ?? { holder: 'bot' as const, toldWaiting: false };
        const canHandOff = handoff?.canHandOff(activity.channelId) ?? false;
        const today = chinaDate(clock.now());
        const decision = decide(data, { ...reading, ...who, canHandOff, capabilities, today }, this.core);
        const replies = renderTurn(decision.replies, caps, catalog, reading.lang);
        if (!handoff) return { state: decision.state, replies };
        const said = replies.filter((r) => r.text).map((r) => r.text!);
        const turn = { lang: reading.lang, understanding: reading.understanding, data: decision.state };
        return { state: decision.state, replies, ...handoff.carryOut(context, decision.effects, turn, said, items) };
    }

    private async welcome(context: TurnContext): Promise<void> {
        const activity = context.activity;
        const caps = this.caps(activity);
        await this.deps.runner.run(
            turnKey(activity),
            {},
            ({ data }) => {
                const lang = data.chosenLang ?? localeToLang(activity.locale) ?? this.deps.defaultLang;
                const decision = welcome(data, lang, this.core);
                return { state: decision.state, replies: renderTurn(decision.replies, caps, this.deps.catalog, lang) };
            },
            (replies) => send(context, replies),
        );
    }
}

const turnKey = (activity: Activity) => ({
    channelId: activity.channelId,
    conversationId: activity.conversation.id,
    activityId: activity.id,
});

async function send(context: TurnContext, replies: Partial<Activity>[]): Promise<void> {
    await context.sendActivities(replies);
}
