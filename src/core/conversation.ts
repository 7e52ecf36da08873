import type { Lang } from '../kb/schema.js';
import type { Action } from './reply.js';

/** What the bot remembers about a conversation between turns (stored in conversation state). */
export interface ConversationData {
    /** Language the user chose with "English" / "中文": sticks for the conversation. */
    chosenLang?: Lang;
    /** Language of the last reply. */
    lang?: Lang;
    /** Walkthrough position to resume at (kept after "stop" and across restarts). */
    flowStep?: number;
    /** Set when something else was answered in the middle of the walkthrough. */
    flowInterrupted?: boolean;
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
    /** The card the last answer was about: naming another one next is a change of mind. */
    lastCard?: 'physical' | 'electronic' | 'e-voucher';
    /** Source ids behind the last answer, for "sources?". */
    lastSources?: string[];
}

export const newConversationData = (): ConversationData => ({ misses: 0 });
