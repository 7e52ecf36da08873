import type { Answers } from '../src/core/answers.js';
import type { Catalog } from '../src/i18n.js';

/** What every dialog is built with: content and UI strings, no SDK services. */
export interface DialogDeps {
    answers: Answers;
    catalog: Catalog;
}

/** A dialog that says which messages it handles itself, so interruptions leave those alone. */
export interface Interruptible {
    accepts(turn: import('../src/channels/turn.js').Turn): boolean;
}

export function isInterruptible(d: unknown): d is Interruptible {
    return typeof (d as Interruptible | undefined)?.accepts === 'function';
}
