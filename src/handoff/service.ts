import type { ConversationReference } from 'botbuilder';
import type { Lang } from '../kb/schema.js';
import { storedConversationId } from '../privacy/storedId.js';
import type { HandoffStore } from './store.js';
import { copyRecord, type HandoffContext, type HandoffRecord, type QueueEntry, type TranscriptLine } from './types.js';
import type { Clock } from '../clock.js';

export type { Clock };

export type AcceptResult =
    | { ok: true; record: HandoffRecord }
    | { ok: false; reason: 'not-found' | 'taken' | 'not-waiting'; record?: HandoffRecord };

export interface HandoffServiceDeps {
    store: HandoffStore;
    clock: Clock;
    /** Removes ID and phone numbers before anything is stored. */
    redact: (text: string) => string;
    /** Lines kept per conversation (oldest dropped first). */
    maxTranscript?: number;
    /** Characters kept of each bot reply in the transcript (what people wrote is kept whole). Default 400. */
    maxBotLineChars?: number;
}

/** How many of the bot's lines are kept redacted (the knowledge base's answers, shaped for children and cities). */
const BOT_LINES_KEPT = 512;

/**
 * Who handles each conversation (the bot, waiting for a person, or a person) and what was said,
 * for the agent console and contact-centre hubs. Plain TypeScript over HandoffStore: no SDK.
 */
export class HandoffService {
    /**
     * The bot's own lines that redaction leaves as they are, by their text: the bot says the same few answers over
     * and over, and the redaction pass over an answer with a source's address in it (digits enough to look like a
     * number) cost about 1 % of a turn. A line redaction changes is not kept, nor is anything people wrote.
     */
    private readonly cleanBotLines = new Set<string>();

    constructor(private readonly deps: HandoffServiceDeps) {}

    private redactBotLine(text: string): string {
        if (this.cleanBotLines.has(text)) return text;
        const clean = this.deps.redact(text);
        if (clean === text) {
            if (this.cleanBotLines.size >= BOT_LINES_KEPT) this.cleanBotLines.clear();
            this.cleanBotLines.add(text);
        }
        return clean;
    }

    private now(): string {
        return this.deps.clock.now().toISOString();
    }

    private fresh(reference: Partial<ConversationReference>, lang: Lang): HandoffRecord {
        return {
            // The id the console shows and uses: hashed when it is the parent's phone number (SMS).
            conversationId: storedConversationId(reference.conversation!.id),
            channelId: reference.channelId ?? 'unknown',
            status: 'bot',
            context: { lang, reason: 'asked' },
            reference: kept(reference),
            transcript: [],
            updatedAt: this.now(),
        };
    }

    private append(record: HandoffRecord, lines: Omit<TranscriptLine, 'seq' | 'at'>[]): void {
        const at = this.now();
        let seq = record.transcript.at(-1)?.seq ?? 0;
        const botChars = this.deps.maxBotLineChars ?? 400;
        for (const l of lines) {
            if (!l.text.trim()) continue;
            // The bot's own answers are in the knowledge base: their opening is enough for an agent, and
            // the record (rewritten every turn) stays small however long the conversation.
            const text =
                l.from === 'bot' && l.text.length > botChars ? `${l.text.slice(0, botChars).trimEnd()}…` : l.text;
            const clean = l.from === 'bot' ? this.redactBotLine(text) : this.deps.redact(text);
            record.transcript.push({ ...l, text: clean, seq: ++seq, at });
        }
        const max = this.deps.maxTranscript ?? 200;
        if (record.transcript.length > max) record.transcript.splice(0, record.transcript.length - max);
        record.updatedAt = at;
    }

    /** Whether the user line of this activity is already in the transcript. */
    private seen(record: HandoffRecord, activityId: string | undefined): boolean {
        return !!activityId && record.transcript.some((l) => l.activityId === activityId);
    }

    get(conversationId: string): Promise<HandoffRecord | undefined> {
        return this.deps.store.get(conversationId);
    }

    /** Records one turn: what the user said and what the bot answered (once per activity id). */
    async recordTurn(
        reference: Partial<ConversationReference>,
        lang: Lang,
        user: string | undefined,
        bot: string[],
        context?: Partial<Pick<HandoffContext, 'topic' | 'step' | 'question'>>,
        activityId?: string,
    ): Promise<void> {
        if (!reference.conversation?.id) return;
        await this.deps.store.update(
            reference.conversation.id,
            this.turnChange(reference, lang, user, bot, context, activityId),
        );
    }

    /** Puts a conversation whose record a turn created (in its own commit) in the agents' index. */
    indexCreated(conversationId: string): Promise<void> {
        return this.deps.store.indexCreated(conversationId);
    }

    /** The change {@link HandoffService.recordTurn} makes to a record (null: already recorded). */
    turnChange(
        reference: Partial<ConversationReference>,
        lang: Lang,
        user: string | undefined,
        bot: string[],
        context: Partial<Pick<HandoffContext, 'topic' | 'step' | 'question'>> | undefined,
        activityId: string | undefined,
    ): (current: HandoffRecord | undefined) => HandoffRecord | null {
        return (current) => {
            if (current && this.seen(current, activityId)) return null;
            const record = current ?? this.fresh(reference, lang);
            record.reference = kept(reference);
            if (record.status === 'bot') {
                record.context = { ...record.context, ...dropUndefined(context ?? {}), lang };
                if (record.context.question) record.context.question = this.deps.redact(record.context.question);
            }
            this.append(record, [
                ...(user ? [{ from: 'user' as const, text: user, activityId }] : []),
                ...bot.map((text) => ({ from: 'bot' as const, text })),
            ]);
            return record;
        };
    }

    /** Puts the conversation in the queue for a person. Idempotent while already waiting or with an agent. */
    async request(
        reference: Partial<ConversationReference>,
        context: HandoffContext,
        viaHub: boolean,
    ): Promise<HandoffRecord> {
        const { record } = await this.deps.store.update(reference.conversation!.id!, (current) => {
            const r = current ?? this.fresh(reference, context.lang);
            if (r.status !== 'bot') return null;
            r.status = 'waiting';
            r.context = { ...r.context, ...dropUndefined(context) };
            if (r.context.question) r.context.question = this.deps.redact(r.context.question);
            r.requestedAt = this.now();
            r.viaHub = viaHub;
            r.waitingNoticeSent = false;
            r.reference = kept(reference);
            delete r.agent;
            delete r.acceptedAt;
            this.append(r, [{ from: 'system', text: `handoff requested (${context.reason})` }]);
            return r;
        });
        return record!;
    }

    /** The user stops waiting (or leaves the agent): back to the bot. Returns the previous status. */
    async release(conversationId: string, note: string): Promise<HandoffRecord | undefined> {
        let previous: HandoffRecord | undefined;
        const change = this.releaseChange(note);
        await this.deps.store.update(conversationId, (current) => {
            previous = current ? copyRecord(current) : undefined;
            return change(current);
        });
        return previous;
    }

    /** The change {@link HandoffService.release} makes to a record (null: nothing to change). */
    releaseChange(note: string): (current: HandoffRecord | undefined) => HandoffRecord | null {
        return (current) => {
            if (!current || current.status === 'bot') return null;
            current.status = 'bot';
            delete current.agent;
            this.append(current, [{ from: 'system', text: note }]);
            return current;
        };
    }

    /** Applies changes made in a turn to a conversation's record, as its own write (stores without atomic multi-key writes). */
    async applyChange(
        conversationId: string,
        change: (current: HandoffRecord | undefined) => HandoffRecord | null,
    ): Promise<void> {
        await this.deps.store.update(conversationId, change);
    }

    /** An agent takes a waiting conversation; exactly one agent wins a race. */
    accept(conversationId: string, agent: string): Promise<AcceptResult> {
        return this.claim(conversationId, agent, ['waiting']);
    }

    /**
     * An agent takes over a conversation the bot is handling (or one waiting), or one held by a console agent
     * who is gone (`holderGone`: removed from the configuration), never one a contact-centre hub holds.
     */
    takeover(
        conversationId: string,
        agent: string,
        options: { holderGone?: (holder: string) => boolean } = {},
    ): Promise<AcceptResult> {
        return this.claim(conversationId, agent, ['bot', 'waiting'], options.holderGone);
    }

    private async claim(
        conversationId: string,
        agent: string,
        from: HandoffRecord['status'][],
        holderGone?: (holder: string) => boolean,
    ): Promise<AcceptResult> {
        let failure: AcceptResult | undefined;
        const { record, changed } = await this.deps.store.update(conversationId, (current) => {
            failure = undefined;
            if (!current) {
                failure = { ok: false, reason: 'not-found' };
                return null;
            }
            const orphaned =
                current.status === 'agent' &&
                !current.viaHub &&
                !!current.agent &&
                current.agent !== agent &&
                !!holderGone?.(current.agent);
            if (orphaned) {
                this.append(current, [{ from: 'system', text: `${current.agent} is no longer an agent` }]);
            } else if (current.status === 'agent') {
                failure = { ok: false, reason: current.agent === agent ? 'not-waiting' : 'taken', record: current };
                return null;
            }
            if (!orphaned && !from.includes(current.status)) {
                failure = { ok: false, reason: 'not-waiting', record: current };
                return null;
            }
            if (current.status === 'bot') {
                current.context = { ...current.context, reason: 'agent-takeover' };
                current.requestedAt = this.now();
            }
            current.status = 'agent';
            current.agent = agent;
            current.acceptedAt = this.now();
            this.append(current, [{ from: 'system', text: `${agent} joined` }]);
            return current;
        });
        if (!changed || !record) return failure ?? { ok: false, reason: 'not-found' };
        return { ok: true, record };
    }

    /** A message from the agent who owns the conversation; null when that agent does not own it. */
    async agentMessage(conversationId: string, agent: string, text: string): Promise<HandoffRecord | null> {
        const { record, changed } = await this.deps.store.update(conversationId, (current) => {
            if (!current || current.status !== 'agent' || current.agent !== agent) return null;
            this.append(current, [{ from: 'agent', text, agent }]);
            return current;
        });
        return changed ? record! : null;
    }

    /** The agent gives the conversation back to the bot. Null when that agent does not own it. */
    async handBack(conversationId: string, agent: string): Promise<HandoffRecord | null> {
        const { record, changed } = await this.deps.store.update(conversationId, (current) => {
            if (!current || current.status !== 'agent' || current.agent !== agent) return null;
            current.status = 'bot';
            delete current.agent;
            this.append(current, [{ from: 'system', text: `${agent} handed the conversation back to the bot` }]);
            return current;
        });
        return changed ? record! : null;
    }

    /**
     * A user message while waiting or with an agent: kept for the agent (once per activity id). `notified`: the
     * turn told the user they are waiting (the core decides that, from {@link HandoffRecord.waitingNoticeSent}).
     */
    async relay(
        conversationId: string,
        text: string,
        activityId: string | undefined,
        notified: boolean,
    ): Promise<HandoffRecord | null> {
        const { record } = await this.deps.store.update(conversationId, (current) =>
            this.relayChange(text, activityId, notified)(current),
        );
        return record && record.status !== 'bot' ? record : null;
    }

    /** The change {@link HandoffService.relay} makes to a record (null: nothing to change). */
    relayChange(
        text: string,
        activityId: string | undefined,
        notified: boolean,
    ): (current: HandoffRecord | undefined) => HandoffRecord | null {
        return (current) => {
            if (!current || current.status === 'bot' || this.seen(current, activityId)) return null;
            if (notified) {
                current.waitingNoticeSent = true;
                current.waitingNoticeFor = activityId;
            }
            this.append(current, [{ from: 'user', text, activityId }]);
            return current;
        };
    }

    /** A contact-centre hub's `handoff.status`: accepted → with a person; failed / completed → back to the bot. */
    async hubStatus(conversationId: string, state: string, message?: string): Promise<HandoffRecord | undefined> {
        const { record } = await this.deps.store.update(conversationId, (current) => {
            if (!current) return null;
            if (state === 'accepted') {
                current.status = 'agent';
                current.agent = current.agent ?? 'contact centre';
                current.acceptedAt = this.now();
            } else if (state === 'failed' || state === 'completed') {
                current.status = 'bot';
                delete current.agent;
            }
            this.append(current, [{ from: 'system', text: `hub: ${state}${message ? ` (${message})` : ''}` }]);
            return current;
        });
        return record;
    }

    /** The agent console's list: waiting first (longest wait first), then with an agent, then recent bot conversations. */
    async queue(options: { includeBot?: boolean; limit?: number } = {}): Promise<QueueEntry[]> {
        const ids = await this.deps.store.ids();
        const records = await this.deps.store.getMany(ids.slice(-(options.limit ?? 200)));
        const now = this.deps.clock.now().getTime();
        const order = { waiting: 0, agent: 1, bot: 2 } as const;
        return records
            .filter((r) => options.includeBot || r.status !== 'bot')
            .map((r) => ({
                conversationId: r.conversationId,
                channelId: r.channelId,
                status: r.status,
                lang: r.context.lang,
                topic: r.context.topic,
                step: r.context.step,
                question: r.context.question,
                requestedAt: r.requestedAt,
                waitingSeconds:
                    r.status === 'waiting' && r.requestedAt
                        ? Math.round((now - Date.parse(r.requestedAt)) / 1000)
                        : undefined,
                agent: r.agent,
                lastMessageAt: r.updatedAt,
                transcript: r.transcript,
            }))
            .sort((a, b) =>
                a.status !== b.status
                    ? order[a.status] - order[b.status]
                    : a.status === 'waiting'
                      ? (a.requestedAt ?? '').localeCompare(b.requestedAt ?? '')
                      : b.lastMessageAt.localeCompare(a.lastMessageAt),
            );
    }
}

/**
 * The reference as stored: what sending to the conversation needs, without the user's display name (`from.name`,
 * which can be a parent's real name or number and is needed for nothing).
 */
function kept(reference: Partial<ConversationReference>): Partial<ConversationReference> {
    if (!reference.user) return reference;
    const { name: _name, ...user } = reference.user; // eslint-disable-line @typescript-eslint/no-unused-vars
    return { ...reference, user: user as ConversationReference['user'] };
}

function dropUndefined<T extends object>(o: T): Partial<T> {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
