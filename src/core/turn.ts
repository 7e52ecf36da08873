import type { Catalog } from '../i18n.js';
import type { Lang } from '../kb/schema.js';
import type { Answers } from './answers.js';
import type { ConversationData } from './conversation.js';
import { lineMeta } from './replyKinds.js';
import type { Reply } from './reply.js';
import type { Understanding } from './understand.js';

/** What the conversation core is built with: content and UI strings. */
export interface CoreDeps {
    answers: Answers;
    catalog: Catalog;
}

/** One message, already understood, and what the edge knows that the core cannot look up itself. */
export interface TurnInput {
    understanding: Understanding;
    /** The language to answer in (see `resolveLanguage`). */
    lang: Lang;
    /** Whether a person can be reached from this channel (agents configured, or a contact-centre hub). */
    canHandOff: boolean;
    /** Today (YYYY-MM-DD, China time), from the edge's injected clock: the core reads no clock. */
    today?: string;
}

/** Work for the edge once the turn's state is saved and its replies sent. */
export type Effect =
    /** Put the conversation in the agents' queue (and tell a hub), for this reason. */
    { kind: 'handoff.request'; reason: 'asked' | 'not-understood' };

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
    }

    /** A catalogue line with optional actions. */
    line(key: string, actions: Reply['actions'] = [], vars: Record<string, string | number> = {}): void {
        const reply = this.deps.answers.simple(this.lang, key, actions, vars);
        this.say({ ...reply, meta: reply.meta ?? lineMeta(key, vars) });
    }

    decision(): Decision {
        return { replies: this.replies, state: this.data, effects: this.effects };
    }
}
