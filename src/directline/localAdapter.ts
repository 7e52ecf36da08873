import {
    ActivityTypes,
    BotAdapter,
    TurnContext,
    type Activity,
    type ConversationReference,
    type ResourceResponse,
} from 'botbuilder';
import { systemClock, type Clock } from '../clock.js';

/** A conversation of the built-in Direct Line endpoint: its activity log and live listeners. */
export interface LocalConversation {
    id: string;
    userId: string;
    locale: string;
    activities: Activity[];
    listeners: Set<(activities: Activity[], watermark: number) => void>;
}

/**
 * Bot adapter for the bot's own Direct Line endpoint: runs turns in-process (no Bot Connector,
 * no /api/messages, so it is not a back door around Bot Framework authentication) and appends
 * what the bot sends to the conversation's log, from where the browser reads it.
 */
export class LocalDirectLineAdapter extends BotAdapter {
    private readonly conversations = new Map<string, LocalConversation>();

    constructor(private readonly options: { maxActivities?: number; maxConversations?: number; clock?: Clock } = {}) {
        super();
    }

    conversation(id: string): LocalConversation | undefined {
        return this.conversations.get(id);
    }

    open(id: string, userId: string, locale: string): LocalConversation {
        let c = this.conversations.get(id);
        if (!c) {
            c = { id, userId, locale, activities: [], listeners: new Set() };
            this.conversations.set(id, c);
            // Oldest conversations go first when the bound is reached (memory stays bounded).
            const max = this.options.maxConversations ?? 10_000;
            if (this.conversations.size > max) this.conversations.delete(this.conversations.keys().next().value!);
        }
        return c;
    }

    /** Appends activities to the log with ids and timestamps, and pushes them to listeners. */
    append(conversation: LocalConversation, activities: Partial<Activity>[]): Activity[] {
        const now = (this.options.clock ?? systemClock).now();
        const added = activities.map((a) => {
            const full = {
                ...a,
                id: `${conversation.id}|${String(conversation.activities.length).padStart(7, '0')}`,
                timestamp: now,
                conversation: { id: conversation.id },
                channelId: 'directline',
            } as Activity;
            conversation.activities.push(full);
            return full;
        });
        const max = this.options.maxActivities ?? 500;
        if (conversation.activities.length > max)
            conversation.activities.splice(0, conversation.activities.length - max);
        const watermark = this.watermark(conversation);
        for (const l of conversation.listeners) l(added, watermark);
        return added;
    }

    /** The watermark after the last activity: the number of activities ever logged. */
    watermark(conversation: LocalConversation): number {
        const last = conversation.activities.at(-1);
        return last ? Number(last.id!.split('|').pop()) + 1 : 0;
    }

    /** Activities after a watermark. */
    since(conversation: LocalConversation, watermark: number): Activity[] {
        return conversation.activities.filter((a) => Number(a.id!.split('|').pop()) >= watermark);
    }

    /** Runs one incoming activity through the bot. */
    async process(activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<void> {
        const context = new TurnContext(this, activity);
        await this.runMiddleware(context, logic);
    }

    override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
        const conversation = this.conversations.get(context.activity.conversation.id);
        if (!conversation) throw new Error(`Unknown Direct Line conversation ${context.activity.conversation.id}`);
        const visible = activities.filter((a) => a.type !== 'delay' && a.type !== ActivityTypes.InvokeResponse);
        const bot = { id: 'bot', name: 'Bot', role: 'bot' };
        const added = this.append(
            conversation,
            visible.map((a) => ({
                ...a,
                from: bot,
                recipient: { id: conversation.userId, name: 'User', role: 'user' },
            })),
        );
        return added.map((a) => ({ id: a.id! }));
    }

    override async updateActivity(): Promise<void> {
        throw new Error('The built-in Direct Line endpoint does not update activities');
    }

    override async deleteActivity(): Promise<void> {
        throw new Error('The built-in Direct Line endpoint does not delete activities');
    }

    override async continueConversation(
        reference: Partial<ConversationReference>,
        logic: (context: TurnContext) => Promise<void>,
    ): Promise<void> {
        const activity = TurnContext.applyConversationReference(
            { type: ActivityTypes.Event, name: 'continueConversation' },
            reference,
            true,
        );
        await this.process(activity as Activity, logic);
    }
}
