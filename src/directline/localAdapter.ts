import {
    ActivityTypes,
    BotAdapter,
    TurnContext,
    type Activity,
    type ConversationReference,
    type ResourceResponse,
    type Storage,
} from 'botbuilder';
import { systemClock, type Clock } from '../clock.js';
import { DirectLineLog, type ConversationLog } from './log.js';
import { ConversationRegistry } from './registry.js';

/** A conversation of the built-in Direct Line endpoint: who it belongs to. Its log is in the store. */
export interface LocalConversation {
    id: string;
    userId: string;
    locale: string;
}

/** What a stream of one conversation receives: the log after each change, and typing indicators (never stored). */
export interface ConversationListener {
    log(log: ConversationLog): void;
    typing(activities: Activity[]): void;
}

export interface LocalDirectLineOptions {
    /** Where the conversation logs live: the bot's configured store, shared by every instance. */
    storage: Storage;
    clock?: Clock;
    /** Activities kept per conversation. Default 500. */
    maxActivities?: number;
    /** Largest activity, as JSON bytes. Default 64 KB. */
    maxActivityBytes?: number;
    /** Bytes of activities kept per conversation (older ones are dropped). Default 256 KB. */
    maxConversationBytes?: number;
    /** Conversations this instance tracks at once. Default 10,000. */
    maxConversations?: number;
    /** Bytes of conversation logs this instance tracks at once. Default 256 MB. */
    maxTotalBytes?: number;
    /** How long a conversation with no open stream and no message or poll stays before it may be evicted. Default 30 min. */
    idleMs?: number;
    /** How often an open stream reads its conversation's log for activities added by other instances; 0 = never. Default 1000 ms. */
    streamPollMs?: number;
    /** Problems that do not fail a request (an eviction or a stream's read that failed). */
    onWarning?: (event: string, err: unknown) => void;
}

/**
 * Bot adapter for the bot's own Direct Line endpoint: runs turns in-process (no Bot Connector,
 * no /api/messages, so it is not a back door around Bot Framework authentication) and appends
 * what the bot sends to the conversation's log in the configured store, from where the browser
 * reads it through any instance. Open streams are told of each change made here at once, and of
 * changes made by other instances by reading the log every `streamPollMs`.
 *
 * Bounded: every activity, every conversation's log and all the logs this instance tracks have a
 * byte limit; idle conversations are evicted, the idlest first, to make room, and a new
 * conversation is refused when only active ones are left (see {@link ConversationRegistry}).
 */
export class LocalDirectLineAdapter extends BotAdapter {
    private readonly log: DirectLineLog;
    private readonly registry: ConversationRegistry;
    private readonly listeners = new Map<
        string,
        { set: Set<ConversationListener>; timer?: NodeJS.Timeout; seen: number }
    >();
    private readonly now: () => number;
    private readonly idleMs: number;

    constructor(private readonly options: LocalDirectLineOptions) {
        super();
        const clock = options.clock ?? systemClock;
        this.now = () => clock.now().getTime();
        this.idleMs = options.idleMs ?? 30 * 60 * 1000;
        this.log = new DirectLineLog(
            options.storage,
            {
                maxActivities: options.maxActivities ?? 500,
                maxActivityBytes: options.maxActivityBytes ?? 64 * 1024,
                maxConversationBytes: options.maxConversationBytes ?? 256 * 1024,
            },
            this.now,
        );
        this.registry = new ConversationRegistry(
            {
                maxConversations: options.maxConversations ?? 10_000,
                maxTotalBytes: options.maxTotalBytes ?? 256 * 1024 * 1024,
                idleMs: this.idleMs,
            },
            this.now,
        );
    }

    /**
     * Makes room for a new conversation (evicting idle ones if needed); false when there is no room because every
     * tracked conversation is active: the caller refuses the new conversation.
     */
    async admit(conversationId: string): Promise<boolean> {
        const { admitted, evict } = this.registry.admit(conversationId);
        await this.evict(evict);
        return admitted;
    }

    /** Creates the conversation's log if it has none; true when this call created it (the caller greets). */
    async start(conversation: LocalConversation): Promise<boolean> {
        const created = await this.log.create(conversation);
        if (created) await this.evict(this.registry.update(conversation.id, 0));
        else await this.history(conversation.id);
        return created;
    }

    /** The conversation's log (undefined if it has none), counting the read as activity. */
    async history(conversationId: string): Promise<ConversationLog | undefined> {
        const log = await this.log.read(conversationId);
        if (log) await this.evict(this.registry.update(conversationId, log.bytes));
        return log;
    }

    /** Appends activities to the log with ids and timestamps, and tells this instance's streams. */
    async append(conversation: LocalConversation, activities: Partial<Activity>[]): Promise<Activity[]> {
        const { added, log } = await this.log.append(conversation, activities);
        this.deliver(conversation.id, log);
        await this.evict(this.registry.update(conversation.id, log.bytes));
        return added;
    }

    /** Listens to a conversation's changes until the returned function is called; the conversation is active meanwhile. */
    subscribe(conversationId: string, listener: ConversationListener): () => void {
        let entry = this.listeners.get(conversationId);
        if (!entry) {
            entry = { set: new Set(), seen: 0 };
            this.listeners.set(conversationId, entry);
            const pollMs = this.options.streamPollMs ?? 1000;
            if (pollMs > 0) {
                const polled = entry;
                polled.timer = setInterval(() => {
                    this.log.read(conversationId).then(
                        (log) => {
                            if (log && log.next > polled.seen) this.deliver(conversationId, log);
                        },
                        (err: unknown) => this.options.onWarning?.('directline.stream.read.failed', err),
                    );
                }, pollMs);
                polled.timer.unref();
            }
        }
        entry.set.add(listener);
        this.registry.stream(conversationId, 1);
        return () => {
            const current = this.listeners.get(conversationId);
            if (!current?.set.delete(listener)) return;
            this.registry.stream(conversationId, -1);
            if (current.set.size === 0) {
                clearInterval(current.timer);
                this.listeners.delete(conversationId);
            }
        };
    }

    /** How many streams are open on this conversation on this instance. */
    streamCount(conversationId: string): number {
        return this.listeners.get(conversationId)?.set.size ?? 0;
    }

    /** Stops every stream's reads (at shutdown). */
    close(): void {
        for (const entry of this.listeners.values()) clearInterval(entry.timer);
        this.listeners.clear();
    }

    /** Runs one incoming activity through the bot. */
    async process(activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<void> {
        const context = new TurnContext(this, activity);
        await this.runMiddleware(context, logic);
    }

    override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
        const incoming = context.activity;
        const conversation: LocalConversation = {
            id: incoming.conversation.id,
            userId: incoming.from?.id ?? 'user',
            locale: incoming.locale ?? 'en-US',
        };
        const bot = { id: 'bot', name: 'Bot', role: 'bot' };
        const recipient = { id: conversation.userId, name: 'User', role: 'user' };
        const stored = activities.filter(
            (a) => a.type !== 'delay' && a.type !== ActivityTypes.InvokeResponse && a.type !== ActivityTypes.Typing,
        );
        // Typing indicators go to this instance's open streams only: they mean nothing once the turn is over.
        const typing = activities.filter((a) => a.type === ActivityTypes.Typing);
        if (typing.length) {
            const at = new Date(this.now());
            const shown = typing.map(
                (a) =>
                    ({
                        ...a,
                        from: bot,
                        recipient,
                        conversation: { id: conversation.id },
                        channelId: 'directline',
                        timestamp: at,
                    }) as Activity,
            );
            for (const l of this.listeners.get(conversation.id)?.set ?? []) l.typing(shown);
        }
        const added = stored.length
            ? await this.append(
                  conversation,
                  stored.map((a) => ({ ...a, from: bot, recipient })),
              )
            : [];
        let next = 0;
        return activities.map((a) => (stored.includes(a) ? { id: added[next++]!.id! } : { id: '' }));
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

    private deliver(conversationId: string, log: ConversationLog): void {
        const entry = this.listeners.get(conversationId);
        if (!entry) return;
        entry.seen = Math.max(entry.seen, log.next);
        for (const l of entry.set) l.log(log);
    }

    /** Removes evicted conversations from the store, unless another instance has appended to one within the idle time. */
    private async evict(ids: string[]): Promise<void> {
        for (const id of ids) {
            try {
                if (this.listeners.has(id)) continue;
                const log = await this.log.read(id);
                if (log && this.now() - log.lastActive < this.idleMs) continue;
                await this.log.delete(id);
            } catch (err) {
                this.options.onWarning?.('directline.evict.failed', err);
            }
        }
    }
}
