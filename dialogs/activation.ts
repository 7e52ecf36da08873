import { answerContext, isCardAnswer, parseCardIntent } from '../src/core/answers.js';
import { settledCard } from '../src/core/clarify.js';
import type { ActivationState, CardKindId } from '../src/core/conversation.js';
import type { GuidedFlow } from '../src/core/flow.js';
import { cardAlone, socialSecurityCardNamed } from '../src/core/followUp.js';
import type { TurnDraft } from '../src/core/turn.js';
import { CARD_KINDS, LANGS, type Lang } from '../src/kb/schema.js';
import { recognizeChoice } from '../src/nlu/recognizers.js';
import { hanCount, latinWords } from '../src/nlu/text.js';

/**
 * How two cards differ ("whats the difference between the e-voucher and the social security card", 「有啥不一样」): a
 * question of its own, not a pick of the card it names.
 */
const WHICH_IS_WHICH = /\bdiffer\w*|\bvs\.?\b|\bversus\b|\bsame (?:thing|as)\b|区别|不一样|不同|一样吗|一回事|是不是同一/i;

/** What a parent can pick: the three cards in order, then "not sure". */
const NOT_SURE = CARD_KINDS.length;

/**
 * The activation guide: answers first (where each of the three "cards" is activated, in one
 * paragraph, with its sources), then asks which card the parent has, then says for that card where
 * to go, who acts for the child and what to bring or enter. A message that already names a card
 * goes straight to it; "not sure" says how to tell the cards apart and asks again; after an answer
 * the other two cards are offered, so a parent can change their mind. A small state machine over
 * `ActivationState` (src/core/conversation.ts): `asking` while the question is open. Its views are
 * the activation replies of `Answers` (activationIntro, activationAsk, cardReply, cardKindsReply).
 */
export const activation: GuidedFlow<ActivationState> = {
    id: 'activation',

    state: (data) => data.activation,

    isOpen: (data) => !!data.activation?.asking,

    /** Whether a message answers the open question: a card button, a card's name, a number, or "not sure". */
    accepts: (t) => !WHICH_IS_WHICH.test(t.u.text) && pick(t) !== null,

    /** While the question is open, every message that reaches the guide is an answer to it, or asks again. */
    takes: () => true,

    leadsTo: (intent) => intent === 'activation' || parseCardIntent(intent) !== null,

    keepsUnknown: true,

    continue(t) {
        const i = pick(t);
        // A question that settles the card ("is there a deadline to activate it?": the physical card's) answers it.
        const settled = i === null ? settledCard(t) : null;
        if (settled) return answer(t, settled);
        if (i === null) return ask(t, 'choice.retry');
        if (i >= NOT_SURE) {
            // "Not sure which card": how to tell the three apart, then the question again.
            t.say({ ...t.deps.answers.cardKindsReply(t.lang), actions: [] });
            return ask(t, 'activation.askAgain');
        }
        answer(t, CARD_KINDS[i]!);
    },

    reprompt: (t) => ask(t, 'activation.ask'),

    resume: (t) => ask(t, 'activation.ask'),

    /** Another question was asked instead: the question is no longer open. */
    interrupt(t) {
        if (t.data.activation) t.data.activation = { ...t.data.activation, asking: false };
    },

    clear(t) {
        t.data.activation = undefined;
    },

    /** "How do I activate…", a card button, or (right after a card's answer) another card named: a change of mind. */
    startFor(t, intent) {
        if (t.data.activation) t.data.activation = { asking: false };
        t.data.misses = 0;
        const card = parseCardIntent(intent);
        if (card) answer(t, card);
        else {
            t.say(t.deps.answers.activationIntro(t.lang, answerContext(t.data, t.input.today)));
            ask(t, 'activation.ask');
        }
    },

    startOnTopic(t) {
        const intent = t.u.button ?? t.u.match.intent;
        const changedMind = t.data.activation?.lastCard ? namedCard(t) : null;
        if (t.data.activation) t.data.activation = { asking: false };
        // Commands that mean nothing here are the core's (the menu), not a guess at a card.
        if (t.u.command !== null) return false;
        // A card's name and nothing else ("the physical social security card") asks about that card.
        const card = parseCardIntent(intent) ?? changedMind ?? cardAlone(t);
        if (intent !== 'activation' && !card) return false;
        t.data.misses = 0;
        // Straight to a named card, otherwise the answer first and the question.
        const named =
            card ?? namedCard(t) ?? (socialSecurityCardNamed(t.u.text) ? 'physical' : null) ?? lastCardAskedAgain(t);
        if (named) answer(t, named);
        else {
            t.say(t.deps.answers.activationIntro(t.lang, answerContext(t.data, t.input.today)));
            ask(t, 'activation.ask');
        }
        return true;
    },
};

/**
 * "How do I activate?", 「怎么激活」 in a few words right after a card's answer: that card (the words alone, with no
 * answer before them, still ask which card).
 */
function lastCardAskedAgain(t: TurnDraft): CardKindId | null {
    const last = t.data.lastAnswer;
    if (!last?.card || !isCardAnswer(last)) return null;
    const han = hanCount(t.u.text);
    return (han ? han <= 6 : latinWords(t.u.text).length <= 5) ? last.card : null;
}

/** Which option a message picks: a card button, a card's name, a number, or "not sure". */
function pick(t: TurnDraft): number | null {
    const pressed = parseCardIntent(t.u.button);
    if (pressed) return CARD_KINDS.indexOf(pressed);
    if (t.u.button === 'card-kinds') return NOT_SURE;
    const r = recognizeChoice(t.u.text, t.lang, options(t, t.lang));
    return r.success ? r.value : null;
}

/** The card a message names, if any. */
function namedCard(t: TurnDraft): CardKindId | null {
    const i = pick(t);
    return i !== null && i < NOT_SURE ? CARD_KINDS[i]! : null;
}

function options(t: TurnDraft, lang: Lang) {
    const { answers, catalog } = t.deps;
    const cards = answers.cardKinds().map((k) => ({
        label: catalog.t(lang, `cards.choose.${k.id}`),
        aliases: [
            ...k.aliases.en,
            ...k.aliases.zh,
            ...LANGS.flatMap((l) => [k.title[l], catalog.t(l, `cards.choose.${k.id}`)]),
        ],
    }));
    return [
        ...cards,
        { label: catalog.t(lang, 'activation.notSure'), aliases: LANGS.map((l) => catalog.t(l, 'activation.notSure')) },
    ];
}

function ask(t: TurnDraft, key: string): void {
    t.data.activation = { ...t.data.activation, asking: true };
    t.say(t.deps.answers.activationAsk(t.lang, key));
}

function answer(t: TurnDraft, card: CardKindId): void {
    t.data.activation = { asking: false, lastCard: card };
    t.say(t.deps.answers.cardReply(t.lang, card, answerContext(t.data, t.input.today, t.asked ?? t.u.text)));
}
