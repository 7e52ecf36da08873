import type { Catalog } from '../i18n.js';
import type { Lang } from '../kb/schema.js';
import { rememberAnswer, type Answers } from './answers.js';
import type { ConversationData } from './conversation.js';
import type { GuidedFlow } from './flow.js';
import type { Reply, ReplyMeta } from './reply.js';
import { lineMeta } from './replyKinds.js';
import type { Understanding } from './understand.js';

/** What the conversation core is built with: content, UI strings and the guided flows (dialogs/index.ts). */
export interface CoreDeps {
    answers: Answers;
    catalog: Catalog;
    flows: readonly GuidedFlow[];
}

/**
 * What arrived, before anything is understood: a text to read, or a message the bot does not read
 * (empty, too long, not text at all: a picture, a location), or one over the conversation's message
 * limit (`rateLimited`: the first in its window, told to wait; `flooding`: the rest, not answered).
 */
export type MessageKind = 'text' | 'empty' | 'tooLong' | 'notText' | 'rateLimited' | 'flooding';

/** Who has the chat: the bot, nobody yet (waiting for a person), or a person. */
export type ChatHolder = 'bot' | 'waiting' | 'agent';

/** What the channel can show, as far as what is said depends on it (src/channels/capabilities.ts maps channels to it). */
export interface Capabilities {
    /** No buttons: options are numbered and "2" picks the second one. */
    numberedOptions: boolean;
    /** One message per incoming message (WeChat without API credentials): a turn's replies are joined into one. */
    oneMessage: boolean;
}

/** One message, already understood, and what the edge knows that the core cannot look up itself. */
export interface TurnInput {
    /** What arrived (default `text`); for the other kinds `understanding` is blank. */
    kind?: MessageKind;
    understanding: Understanding;
    /** The language to answer in (see `resolveLanguage`). */
    lang: Lang;
    /** Whether a person can be reached from this channel (agents configured, or a contact-centre hub). */
    canHandOff: boolean;
    /** Who has the chat (default: the bot), from the conversation's handoff record. */
    holder?: ChatHolder;
    /** While waiting: the parent was already told they are in the queue (by an earlier message). */
    toldWaiting?: boolean;
    /** The channel's capabilities (default: buttons, several messages). */
    capabilities?: Capabilities;
    /** Today (YYYY-MM-DD, China time), from the edge's injected clock: the core reads no clock. */
    today?: string;
}

/**
 * Work the turn asks for, carried out by the edge: the writes (`handoff.relay`, `handoff.release`,
 * `transcript.record`) in the same commit as the state where the store allows, the rest once the
 * state is saved and the replies sent.
 */
export type Effect =
    /** Put the conversation in the agents' queue (and tell a hub), for this reason. */
    | { kind: 'handoff.request'; reason: 'asked' | 'not-understood' }
    /** Keep the parent's message for the person who has (or will take) the chat; `notified`: they were told they wait. */
    | { kind: 'handoff.relay'; notified: boolean }
    /** The parent stops waiting for (or leaves) the person: back to the bot. */
    | { kind: 'handoff.release' }
    /** Record the turn (the message and the replies) for agents, with where the conversation is. */
    | { kind: 'transcript.record'; topic?: string; step?: number }
    /** A question the bot could not answer, for the team to see what to add. */
    | { kind: 'unanswered.log'; text: string };

/** What the core decided for one message: what to say, the new state, and what to do after saving. */
export interface Decision {
    replies: Reply[];
    state: ConversationData;
    effects: Effect[];
}

/**
 * A turn being decided: the input, the state being built (a copy of what was stored) and what has
 * been said so far. Flows read and change it; nothing in it touches storage or a channel.
 */
export class TurnDraft {
    readonly replies: Reply[] = [];
    readonly effects: Effect[] = [];
    /** The question a clarifying choice answers: what the parent first asked, so the answer fits it ("does the e-card still work?"). */
    asked?: string;

    constructor(
        readonly deps: CoreDeps,
        readonly data: ConversationData,
        readonly lang: Lang,
        private readonly message?: TurnInput,
    ) {}

    /** The message being answered (a welcome has none). */
    get input(): TurnInput {
        if (!this.message) throw new Error('This turn has no message');
        return this.message;
    }

    get u(): Understanding {
        return this.input.understanding;
    }

    /** Says a reply; its actions become the numbered options, its sources what "sources?" lists. */
    say(reply: Reply): void {
        this.replies.push(reply);
        if (reply.actions?.length) this.data.offered = reply.actions;
        if (reply.sourceIds?.length) this.data.lastSources = reply.sourceIds;
        rememberAnswer(this.data, reply);
    }

    /** A catalogue line with optional actions. */
    line(key: string, actions: Reply['actions'] = [], vars: Record<string, string | number> = {}): void {
        const reply = this.deps.answers.simple(this.lang, key, actions, vars);
        this.say({ ...reply, meta: reply.meta ?? lineMeta(key, vars) });
    }

    /** A catalogue line that says what kind of reply it is (limits, handoff). */
    note(kind: ReplyMeta['kind'], key: string, actions: Reply['actions'] = []): void {
        this.say({ ...this.deps.answers.simple(this.lang, key, actions), meta: { kind } });
    }

    decision(): Decision {
        return { replies: this.replies, state: this.data, effects: this.effects };
    }
}
