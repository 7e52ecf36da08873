import type { CardKindId } from './conversation.js';

/**
 * What a parent has told the bot about their child, kept in the conversation state and said back
 * when it shapes an answer. Filled by the core from what the parent writes (src/nlu recognisers);
 * read by the answers (src/core/answers.ts) through {@link AnswerContext}. Cleared by "start over".
 */
export interface ChildProfile {
    /** The child's age in days on `ageOn` (from "2 months old", 「出生40天」, or a birth date). */
    ageDays?: number;
    /** The day (YYYY-MM-DD, China time) `ageDays` was true; the age on a later day adds the difference. */
    ageOn?: string;
    /** The birth date (YYYY-MM-DD) when the parent gave one. */
    birthDate?: string;
    /**
     * The city (or province) the parent named: a stable id (pinyin, lower case, e.g. 'haikou') and its
     * names, with the province it is in, whose rules answer for it where the city has none of its own.
     */
    city?: {
        id: string;
        name: { en: string; zh: string };
        province?: { id: string; name: { en: string; zh: string } };
    };
    /** The card the parent is talking about. */
    card?: CardKindId;
}

/** What an answer may be shaped by, beside the question: the child, and today's date (China time). */
export interface AnswerContext {
    child: ChildProfile;
    /** YYYY-MM-DD, from the injected clock (the core reads no clock of its own). */
    today: string;
    /** The question as the parent asked it, for an answer's narrower first sentence (`Topic.leads`). */
    asked?: string;
    /**
     * The card the question is about, asked right after that card's answer ("who can do it?" after the e-voucher):
     * a topic's answer then starts with the card's own narrower answer (the card's `leads`), and says which card.
     */
    card?: CardKindId;
}
