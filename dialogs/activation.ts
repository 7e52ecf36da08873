import { parseCardIntent } from '../src/core/answers.js';
import type { CardKindId } from '../src/core/conversation.js';
import { answerContext } from '../src/core/memory.js';
import type { TurnDraft } from '../src/core/turn.js';
import { CARD_KINDS, LANGS, type Lang } from '../src/kb/schema.js';
import { recognizeChoice } from '../src/nlu/recognizers.js';

/** What a parent can pick: the three cards in order, then "not sure". */
const NOT_SURE = CARD_KINDS.length;

/**
 * The activation guide: answers first (where each of the three "cards" is activated, in one
 * paragraph, with its sources), then asks which card the parent has, then says for that card where
 * to go, who acts for the child and what to bring or enter. A message that already names a card
 * goes straight to it; "not sure" says how to tell the cards apart and asks again; after an answer
 * the other two cards are offered, so a parent can change their mind. A small state machine over
 * `ActivationState` (src/core/conversation.ts): `asking` while the question is open.
 */
export const activation = {
    /** Which option a message picks: a card button, a card's name, a number, or "not sure". */
    pick(t: TurnDraft): number | null {
        const pressed = parseCardIntent(t.u.button);
        if (pressed) return CARD_KINDS.indexOf(pressed);
        if (t.u.button === 'card-kinds') return NOT_SURE;
        const r = recognizeChoice(t.u.text, t.lang, options(t, t.lang));
        return r.success ? r.value : null;
    },

    /** The card a message names, if any. */
    namedCard(t: TurnDraft): CardKindId | null {
        const i = activation.pick(t);
        return i !== null && i < NOT_SURE ? CARD_KINDS[i]! : null;
    },

    /** Whether a message answers the open question. */
    accepts(t: TurnDraft): boolean {
        return activation.pick(t) !== null;
    },

    /** Starts the guide: straight to a named card, otherwise the answer first and the question. */
    start(t: TurnDraft, card?: CardKindId | null): void {
        const named = card ?? activation.namedCard(t);
        if (named) return answer(t, named);
        t.say(t.deps.answers.activationIntro(t.lang));
        ask(t, 'activation.ask');
    },

    /** A message while the question is open. */
    continue(t: TurnDraft): void {
        const i = activation.pick(t);
        if (i === null) return ask(t, 'choice.retry');
        if (i >= NOT_SURE) {
            // "Not sure which card": how to tell the three apart, then the question again.
            t.say({ ...t.deps.answers.cardKindsReply(t.lang), actions: [] });
            return ask(t, 'activation.askAgain');
        }
        answer(t, CARD_KINDS[i]!);
    },

    /** The open question again (after help, a language switch…). */
    reprompt(t: TurnDraft): void {
        ask(t, 'activation.ask');
    },

    /** Drops the open question (another question was asked instead). */
    close(t: TurnDraft): void {
        if (t.data.activation) t.data.activation = { ...t.data.activation, asking: false };
    },
};

function options(t: TurnDraft, lang: Lang) {
    const { answers, catalog } = t.deps;
    const cards = answers.cardKinds().map((k) => ({
        label: catalog.t(lang, `cards.choose.${k.id}`),
        aliases: [...k.aliases.en, ...k.aliases.zh, ...LANGS.flatMap((l) => [k.title[l], catalog.t(l, `cards.choose.${k.id}`)])],
    }));
    return [...cards, { label: catalog.t(lang, 'activation.notSure'), aliases: LANGS.map((l) => catalog.t(l, 'activation.notSure')) }];
}

function ask(t: TurnDraft, key: string): void {
    t.data.activation = { ...t.data.activation, asking: true };
    t.say(t.deps.answers.activationAsk(t.lang, key));
}

function answer(t: TurnDraft, card: CardKindId): void {
    t.data.activation = { asking: false, lastCard: card };
    t.say(t.deps.answers.cardReply(t.lang, card, answerContext(t)));
}
