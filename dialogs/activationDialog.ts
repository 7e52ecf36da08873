import {
    ComponentDialog,
    TextPrompt,
    WaterfallDialog,
    type DialogTurnResult,
    type PromptValidatorContext,
    type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { getTurn, say, type Turn } from '../src/channels/turn.js';
import { renderReply } from '../src/channels/render.js';
import { parseCardIntent, type CardKindId } from '../src/core/answers.js';
import { CARD_KINDS, LANGS, type Lang } from '../src/kb/schema.js';
import { recognizeChoice } from '../src/nlu/recognizers.js';
import type { DialogDeps, Interruptible } from './deps.js';
import { ACTIVATION_DIALOG, ACTIVATION_STEPS, CARD_PROMPT } from './ids.js';

export interface ActivationOptions {
    /** The card the parent already named (a button, or "activate the e-card"): answered at once. */
    card?: CardKindId;
    /** Ask again without the answer-first summary (after "not sure which card"). */
    askOnly?: boolean;
}

/** What a parent can pick: the three cards in order, then "not sure". */
const NOT_SURE = CARD_KINDS.length;

/**
 * The activation guide: answers first (where each of the three "cards" is activated, in one
 * paragraph, with its sources), then asks which card the parent has, then says for that card where to go, who acts for
 * the child and what to bring or enter. A message that already names a card ("how do I activate
 * the e-voucher") goes straight to it; "not sure" explains how to tell the cards apart and asks
 * again; after an answer the other two cards are offered, so a parent can change their mind.
 */
export class ActivationDialog extends ComponentDialog implements Interruptible {
    constructor(private readonly deps: DialogDeps) {
        super(ACTIVATION_DIALOG);
        this.addDialog(new TextPrompt(CARD_PROMPT, (p) => this.validateCard(p)));
        this.addDialog(
            new WaterfallDialog<ActivationOptions>(ACTIVATION_STEPS, [
                (step) => this.askCard(step),
                (step) => this.giveCard(step),
            ]),
        );
        this.initialDialogId = ACTIVATION_STEPS;
    }

    /** The options in the order shown, each with the words that name it in either language. */
    private options(lang: Lang) {
        const { answers, catalog } = this.deps;
        const cards = answers.cardKinds().map((k) => ({
            label: catalog.t(lang, `cards.choose.${k.id}`),
            aliases: [...k.aliases.en, ...k.aliases.zh, ...LANGS.flatMap((l) => [k.title[l], catalog.t(l, `cards.choose.${k.id}`)])],
        }));
        return [...cards, { label: catalog.t(lang, 'activation.notSure'), aliases: LANGS.map((l) => catalog.t(l, 'activation.notSure')) }];
    }

    /** Which option a message picks: a card button, a card's name, a number, or "not sure". */
    pick(turn: Turn): number | null {
        const pressed = parseCardIntent(turn.understanding.button);
        if (pressed) return CARD_KINDS.indexOf(pressed);
        if (turn.understanding.button === 'card-kinds') return NOT_SURE;
        const r = recognizeChoice(turn.understanding.text, turn.lang, this.options(turn.lang));
        return r.success ? r.value : null;
    }

    /** The card a message names, if any ("the e-voucher", a card button). */
    namedCard(turn: Turn): CardKindId | null {
        const i = this.pick(turn);
        return i !== null && i < NOT_SURE ? CARD_KINDS[i]! : null;
    }

    accepts(turn: Turn): boolean {
        return this.pick(turn) !== null;
    }

    private async askCard(step: WaterfallStepContext<ActivationOptions>): Promise<DialogTurnResult> {
        const turn = getTurn(step.context);
        const { answers, catalog } = this.deps;
        const named = step.options?.card ? CARD_KINDS.indexOf(step.options.card) : step.options?.askOnly ? null : this.pick(turn);
        if (named !== null && named < NOT_SURE) return step.next(named);
        if (!step.options?.askOnly) await say(step.context, catalog, answers.activationIntro(turn.lang));
        const question = answers.activationAsk(turn.lang, step.options?.askOnly ? 'activation.askAgain' : 'activation.ask');
        const hint = catalog.t(turn.lang, 'list.chooseByNumber');
        turn.data.offered = question.actions;
        return step.prompt(CARD_PROMPT, {
            prompt: renderReply(question, turn.caps, hint),
            retryPrompt: renderReply(answers.activationAsk(turn.lang, 'choice.retry'), turn.caps, hint),
        });
    }

    private async validateCard(prompt: PromptValidatorContext<string>): Promise<boolean> {
        return this.pick(getTurn(prompt.context)) !== null;
    }

    private async giveCard(step: WaterfallStepContext<ActivationOptions>): Promise<DialogTurnResult> {
        const turn = getTurn(step.context);
        const { answers, catalog } = this.deps;
        const index = typeof step.result === 'number' ? step.result : this.pick(turn);
        if (index === null || index >= NOT_SURE) {
            // "Not sure which card": how to tell the three apart, then the question again.
            await say(step.context, catalog, { ...answers.cardKindsReply(turn.lang), actions: [] });
            return step.replaceDialog(ACTIVATION_STEPS, { askOnly: true });
        }
        const card = CARD_KINDS[index]!;
        turn.data.lastCard = card;
        await say(step.context, catalog, answers.cardReply(turn.lang, card));
        return step.endDialog(card);
    }
}
