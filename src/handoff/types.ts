import type { ConversationReference } from 'botbuilder';
import type { Lang } from '../kb/schema.js';

/** Who is handling a conversation. */
export type HandoffStatus = 'bot' | 'waiting' | 'agent';

/** One line of a conversation as the agent sees it (already redacted of ID and phone numbers). */
export interface TranscriptLine {
    seq: number;
    from: 'user' | 'bot' | 'agent' | 'system';
    text: string;
    at: string;
    agent?: string;
    /** The user's activity this line came from: a redelivered or rerun turn is not recorded twice. */
    activityId?: string;
}

/** What a support agent needs to route and pick up a conversation. */
export interface HandoffContext {
    lang: Lang;
    /** Last knowledge-base topic the bot answered or was asked about. */
    topic?: string;
    /** Walkthrough step the parent was at, if any. */
    step?: number;
    /** What the user asked that led to the handoff. */
    question?: string;
    reason: 'asked' | 'not-understood' | 'agent-takeover';
}

/** A conversation's handoff record, kept in the bot's storage (survives restarts). */
export interface HandoffRecord {
    conversationId: string;
    channelId: string;
    status: HandoffStatus;
    context: HandoffContext;
    reference: Partial<ConversationReference>;
    requestedAt?: string;
    acceptedAt?: string;
    agent?: string;
    /** Whether a contact-centre hub was told through a `handoff.initiate` event. */
    viaHub?: boolean;
    /** The user has been told they are waiting (so repeated messages are relayed quietly). */
    waitingNoticeSent?: boolean;
    /** The activity whose turn told the user they are waiting (a rerun of that turn tells them again). */
    waitingNoticeFor?: string;
    transcript: TranscriptLine[];
    updatedAt: string;
    eTag?: string;
}

/**
 * A copy of a record for a change to modify (`HandoffService`'s changes): they set or delete its own fields, replace
 * `context` and `reference` before writing into them, and only append to or trim `transcript`, never editing a line.
 * A deep copy of up to 200 transcript lines on every turn cost more than the rest of the record's handling.
 */
export function copyRecord(record: HandoffRecord): HandoffRecord {
    return { ...record, transcript: [...record.transcript] };
}

/** Summary row of the agent console's queue. */
export interface QueueEntry {
    conversationId: string;
    channelId: string;
    status: HandoffStatus;
    lang: Lang;
    topic?: string;
    step?: number;
    question?: string;
    requestedAt?: string;
    waitingSeconds?: number;
    agent?: string;
    lastMessageAt: string;
    transcript: TranscriptLine[];
}
