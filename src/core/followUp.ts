import { CARD_KINDS, LANGS } from '../kb/schema.js';
import { recognizeChildAge } from '../nlu/age.js';
import { recognizeFollowUp } from '../nlu/followUp.js';
import { recognizeChoice } from '../nlu/recognizers.js';
import { answerContext, cardIntent } from './answers.js';
import type { CardKindId } from './conversation.js';
import { remember, rememberCard } from './memory.js';
import type { TurnDraft } from './turn.js';

/** The card a piece of text names ("the e-voucher", 「医保电子凭证」, "e-card"), if any. */
export function cardNamed(t: TurnDraft, text: string): CardKindId | null {
    const { answers, catalog } = t.deps;
    const options = answers.cardKinds().map((k) => ({
        label: k.title[t.lang],
        aliases: [
            ...k.aliases.en,
            ...k.aliases.zh,
            ...LANGS.flatMap((l) => [k.title[l], catalog.t(l, `cards.choose.${k.id}`)]),
        ],
    }));
    // Only a name, never a number: "and for 2?" is not the second card.
    if (/^\W*\d+\W*$/.test(text)) return null;
    const r = recognizeChoice(text, t.lang, options);
    return r.success ? CARD_KINDS[r.value]! : null;
}

/**
 * Answers a topic (or a card) again, for the child as now known: the same answer builders as a
 * first answer, with the answer context.
 */
export function answerAgain(t: TurnDraft, topic: string, card?: CardKindId): void {
    const intent = card ? cardIntent(card) : topic;
    const flow = t.deps.flows.find((f) => f.leadsTo(intent) && f.startFor);
    if (flow) {
        flow.startFor!(t, intent);
        return;
    }
    t.say(t.deps.answers.topicReply(t.lang, topic, answerContext(t.data, t.input.today)));
}

/**
 * A follow-up right after an answer: "and for the e-voucher?" / 「那医保电子凭证呢？」 asks the same
 * for another card; "what about Guiyang?" / 「那海口呢」 for another city (remembered); "and for a
 * 5-year-old?" for another age. Returns false when the message is not one (it is then understood
 * as a question of its own).
 */
export function followUp(t: TurnDraft): boolean {
    const last = t.data.lastAnswer;
    const u = t.u;
    if (!last || u.command !== null || u.button !== null || u.step !== null) return false;
    const subject = recognizeFollowUp(u.text);
    if (!subject.success) return false;
    const card = cardNamed(t, subject.value);
    const place = u.place ?? null;
    const today = t.input.today;
    const age = today ? recognizeChildAge(subject.value, t.lang, today) : { success: false as const };
    if (card) {
        rememberCard(t, card);
        answerAgain(t, last.topic, card);
        return true;
    }
    if (!place && !age.success) return false;
    remember(t, { ...(place ? { place } : {}), ...(age.success ? { age: age.value } : {}), statement: false });
    answerAgain(t, last.topic, last.card);
    return true;
}
