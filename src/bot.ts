import { ActivityHandler, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { ROOT_DIALOG } from '../dialogs/ids.js';
import { getTurn, say } from './channels/turn.js';
import type { HandoffGate } from './handoff/gate.js';
import { OFF_TOPIC } from './nlu/matcher.js';
import type { TurnReader } from './channels/turnReader.js';
import type { Answers } from './core/answers.js';
import { newConversationData, type ConversationData } from './core/conversation.js';
import { localeToLang } from './core/understand.js';
import type { Catalog } from './i18n.js';
import type { Lang } from './kb/schema.js';
import { silentLogger } from './logger.js';
import { redact } from './privacy/redact.js';
import { outboxOf } from './state/outbox.js';
import { TurnRunner } from './state/turnRunner.js';

export interface BotDeps {
    conversationState: ConversationState;
    /** Handoff to a person; without it, "talk to a person" says where to find one. */
    handoff?: HandoffGate;
    reader: TurnReader;
    rootDialog: Dialog;
    answers: Answers;
    catalog: Catalog;
    defaultLang: Lang;
    /** Runs each turn with per-conversation ordering, eTag retries and redelivery checks. Default: one on `conversationState`. */
    runner?: TurnRunner;
}

/**
 * The activity handler: welcomes new members in the channel's locale, reads each message, runs
 * the root dialog and saves state.
 */
export class CardBot extends ActivityHandler {
    private readonly dialogs: DialogSet;
    private readonly dialogState: StatePropertyAccessor<DialogState>;
    private readonly data: StatePropertyAccessor<ConversationData>;
    private readonly runner: TurnRunner;

    constructor(private readonly deps: BotDeps) {
        super();
        this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
        this.data = deps.reader.data;
        this.runner = deps.runner ?? new TurnRunner({ conversationState: deps.conversationState, logger: silentLogger });
        this.dialogs = new DialogSet(this.dialogState);
        if (deps.rootDialog.id !== ROOT_DIALOG) throw new Error(`The root dialog must have id "${ROOT_DIALOG}"`);
        this.dialogs.add(deps.rootDialog);

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
            if (await deps.reader.read(context)) {
                const turn = getTurn(context);
                if (!(await deps.handoff?.intercept(context, turn))) {
                    const dc = await this.dialogs.createContext(context);
                    const result = await dc.continueDialog();
                    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(ROOT_DIALOG);
                    const u = turn.understanding;
                    if (u.command === null && u.button === null) turn.data.lastQuestion = redact(u.text).slice(0, 500);
                    const topic = u.button ?? u.match.intent;
                    if (u.command === null && topic !== OFF_TOPIC && topic !== 'human') turn.data.lastTopic = topic;
                    const handoff = deps.handoff;
                    if (handoff) {
                        // The replies this run produced, recorded once the turn has counted (a rerun replaces them).
                        const sent = outboxOf(context)
                            .pending.filter((a) => a.type === 'message' && a.text)
                            .map((a) => a.text!);
                        await handoff.recordTurn(context, turn, sent);
                    }
                }
            }
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

    private async welcome(context: TurnContext): Promise<void> {
        const data = await this.data.get(context, newConversationData());
        if (data.welcomed) return;
        data.welcomed = true;
        const lang = data.chosenLang ?? localeToLang(context.activity.locale) ?? this.deps.defaultLang;
        data.lang = lang;
        const reply = this.deps.answers.welcome(lang);
        // No turn is set up for a greeting, so say() cannot remember the options: on plain channels
        // the parent answers the greeting's numbered menu with a number.
        data.offered = reply.actions;
        await say(context, this.deps.catalog, reply, lang);
    }
}
