import type { CARD_KINDS, Lang } from '../kb/schema.js';
import type { ChildProfile } from './child.js';
import type { Action } from './reply.js';

/** The three things parents call "the card" (see `CARD_KINDS`). */
export type CardKindId = (typeof CARD_KINDS)[number];

/**
 * The walkthrough's position: one place, kept while the walkthrough runs (`active`), after a
 * "stop" (to "continue" later) and across restarts.
 */
export interface WalkthroughState {
    step: number;
    /** The walkthrough takes "next", "back", "why"… (false after "stop": it can be resumed). */
    active: boolean;
    /** Something else was answered since the step was shown: "continue" shows the same step again. */
    interrupted: boolean;
}

/** The activation guide: whether its question "which card?" is open, and the card last answered. */
export interface ActivationState {
    /** The question is open: the next message may pick a card. */
    asking: boolean;
    /** The card of the last answer: naming another card next is a change of mind. */
    lastCard?: CardKindId;
}

/** The last knowledge-base answer given: what "More details" continues and "why?" explains. */
export interface LastAnswer {
    topic: string;
    card?: CardKindId;
    /** "More details" still has something to show for it. */
    more?: boolean;
}

/** What the bot remembers about a conversation between turns (stored in conversation state). */
export interface ConversationData {
    /** Language the user chose with "English" / "中文": sticks for the conversation. */
    chosenLang?: Lang;
    /** Language of the last reply. */
    lang?: Lang;
    walkthrough?: WalkthroughState;
    activation?: ActivationState;
    /** Consecutive messages the bot could not understand. */
    misses: number;
    /** Actions offered in the last reply, for "2" / "the second one" on channels without buttons. */
    offered?: Action[];
    /** The bot offered a person and waits for yes / no. */
    offeredHuman?: boolean;
    welcomed?: boolean;
    /** Last knowledge-base topic answered (routing context for a person). */
    lastTopic?: string;
    /** Last question the user asked (routing context for a person). */
    lastQuestion?: string;
    /** Source ids behind the last answer, for "sources?". */
    lastSources?: string[];
    /** What the parent has said about the child (age, city, card); cleared by "start over". */
    child?: ChildProfile;
    /** The last answer, for "More details" and "why?". */
    lastAnswer?: LastAnswer;
    /** A clarifying question is open: the choices offered, as topic ids or `card:<id>`. */
    clarifying?: { choices: string[]; asked?: string };
}

export const newConversationData = (): ConversationData => ({ misses: 0 });

/**
 * Reads stored conversation data, including what earlier versions stored (the walkthrough position
 * as `flowStep`/`flowInterrupted`, the last card as `lastCard`), so an upgrade keeps conversations.
 */
export function readConversationData(stored: unknown): ConversationData {
    if (!stored || typeof stored !== 'object') return newConversationData();
    const { flowStep, flowInterrupted, lastCard, ...rest } = stored as ConversationData & {
        flowStep?: number;
        flowInterrupted?: boolean;
        lastCard?: CardKindId;
    };
    const data: ConversationData = { ...newConversationData(), ...rest };
    if (typeof flowStep === 'number' && !data.walkthrough)
        data.walkthrough = { step: flowStep, active: false, interrupted: flowInterrupted ?? true };
    if (lastCard && !data.activation) data.activation = { asking: false, lastCard };
    return data;
}

/** The walkthrough step to resume at or to tell a person about, if any. */
export const currentStep = (data: ConversationData): number | undefined => data.walkthrough?.step;
