import type { Answers } from '../src/core/answers.js';
import type { Catalog } from '../src/i18n.js';

/** Asks for a person; resolves false when nobody can be reached on this channel. */
export interface HandoffRequester {
    request(
        context: import('botbuilder').TurnContext,
        turn: import('../src/channels/turn.js').Turn,
        reason: 'asked' | 'not-understood',
    ): Promise<boolean>;
}

/** What every dialog is built with: content and UI strings, and the way to a person. */
export interface DialogDeps {
    answers: Answers;
    catalog: Catalog;
    handoff?: HandoffRequester;
}

/** A dialog that says which messages it handles itself, so interruptions leave those alone. */
export interface Interruptible {
    accepts(turn: import('../src/channels/turn.js').Turn): boolean;
}

export function isInterruptible(d: unknown): d is Interruptible {
    return typeof (d as Interruptible | undefined)?.accepts === 'function';
}
