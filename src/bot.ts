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

export interface BotDeps {
    conversationState: ConversationState;
    /** Handoff to a person; without it, "talk to a person" says where to find one. */
    handoff?: HandoffGate;
    reader: TurnReader;
    rootDialog: Dialog;
    answers: Answers;
    catalog: Catalog;
    defaultLang: Lang;
}

/**
 * The activity handler: welcomes new members in the channel's locale, reads each message, runs
 * the root dialog and saves state.
 */
export class CardBot extends ActivityHandler {
    private readonly dialogs: DialogSet;
    private readonly dialogState: StatePropertyAccessor<DialogState>;
    private readonly data: StatePropertyAccessor<ConversationData>;

    constructor(private readonly deps: BotDeps) {
        super();
        this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
        this.data = deps.reader.data;
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
            const sent: string[] = [];
            context.onSendActivities(async (_ctx, activities, nextSend) => {
                for (const a of activities) if (a.type === 'message' && a.text) sent.push(a.text);
                return nextSend();
            });
            if (await deps.reader.read(context)) {
                const turn = getTurn(context);
                if (!(await deps.handoff?.intercept(context, turn))) {
                    const dc = await this.dialogs.createContext(context);
                    const result = await dc.continueDialog();
                    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(ROOT_DIALOG);
                    const u = turn.understanding;
                    if (u.command === null && u.button === null) turn.data.lastQuestion = u.text.slice(0, 500);
                    const topic = u.button ?? u.match.intent;
                    if (u.command === null && topic !== OFF_TOPIC && topic !== 'human') turn.data.lastTopic = topic;
                    await deps.handoff?.afterTurn(context, turn, sent);
                }
            }
            await next();
        });
        this.onEvent(async (context, next) => {
            if (context.activity.name === 'handoff.status') await deps.handoff?.onStatus(context);
            await next();
        });
    }

    /** Runs the turn, then saves conversation state. */
    override async run(context: TurnContext): Promise<void> {
        await super.run(context);
        await this.deps.conversationState.saveChanges(context, false);
    }

    private async welcome(context: TurnContext): Promise<void> {
        const data = await this.data.get(context, newConversationData());
        if (data.welcomed) return;
        data.welcomed = true;
        const lang = data.chosenLang ?? localeToLang(context.activity.locale) ?? this.deps.defaultLang;
        data.lang = lang;
        await say(context, this.deps.catalog, this.deps.answers.welcome(lang), lang);
    }
}
