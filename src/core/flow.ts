import type { ConversationData } from './conversation.js';
import type { TurnDraft } from './turn.js';

/**
 * A guided flow: a small state machine that asks or walks the parent through something over several
 * messages (the activation guide, the walkthrough). Each flow is one file in dialogs/ with its own
 * state type (kept in the conversation's data) and its own views, listed in dialogs/index.ts, and
 * given to the core in {@link CoreDeps.flows}: `decide` routes through this interface and names no flow.
 *
 * Imports go one way only: dialogs/ → src/core/ (a flow uses the core's draft, content and types);
 * the core never imports a flow, it is handed the registry. Adding a flow is one file in dialogs/,
 * one line in dialogs/index.ts and its content.
 *
 * A registry is ordered: when two flows are open at once (a question asked in the middle of the
 * walkthrough), the first open one in the list has the next message.
 */
export interface GuidedFlow<S = unknown> {
    readonly id: string;
    /** The flow's own state in the conversation's data, if any. */
    state(data: ConversationData): S | undefined;
    /** Whether the flow waits for the next message. */
    isOpen(data: ConversationData): boolean;
    /** Whether a message answers the flow while it is open (checked before anything else is considered). */
    accepts(t: TurnDraft): boolean;
    /** Whether the open flow takes a message that reached it (nothing else claimed it). */
    takes(t: TurnDraft): boolean;
    /** Whether a topic (intent or button) leads into this flow: asked in another flow's middle, it starts this one. */
    leadsTo(intent: string): boolean;
    /** A message that is neither for the flow nor a known question: the flow asks again (true), or the bot says it did not understand and offers to carry on (false). */
    readonly keepsUnknown: boolean;
    /** A message for the open flow. */
    continue(t: TurnDraft): void;
    /** The open question or the current step again (after a language switch). */
    reprompt(t: TurnDraft): void;
    /** After something else was answered in its middle: how to carry on. */
    resume(t: TurnDraft): void;
    /** Another question was asked in its middle and answered (the flow may stop waiting). */
    interrupt(t: TurnDraft): void;
    /** "Start over": the flow's state is forgotten. */
    clear(t: TurnDraft): void;
    /** Outside any open flow, before the knowledge base: a command or step number that starts the flow. True when handled. */
    startOnCommand?(t: TurnDraft): boolean;
    /** Outside any open flow, in place of a knowledge-base answer: a topic that starts the flow. True when handled. */
    startOnTopic?(t: TurnDraft): boolean;
}

/** The first open flow in the registry, if any. */
export function openFlow(flows: readonly GuidedFlow[], data: ConversationData): GuidedFlow | undefined {
    return flows.find((f) => f.isOpen(data));
}
