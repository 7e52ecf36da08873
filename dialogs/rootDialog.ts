import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { getTurn, say } from '../src/channels/turn.js';
import { parseCardIntent } from '../src/core/answers.js';
import { OFF_TOPIC } from '../src/nlu/matcher.js';
import { recognizeYesNo } from '../src/nlu/recognizers.js';
import { ActivationDialog } from './activationDialog.js';
import { isInterruptible, type DialogDeps } from './deps.js';
import { ACTIVATION_DIALOG, ROOT_DIALOG, WALKTHROUGH_DIALOG } from './ids.js';
import { handleInterruption } from './interruptions.js';
import { WalkthroughDialog } from './walkthroughDialog.js';

/**
 * The conversation's root: every message goes through the interruptions first, then to the
 * active dialog if it takes that kind of message, otherwise it is answered from the knowledge
 * base straight away (answer first, no form to fill).
 */
export class RootDialog extends ComponentDialog {
    private readonly activation: ActivationDialog;

    constructor(private readonly deps: DialogDeps) {
        super(ROOT_DIALOG);
        this.activation = new ActivationDialog(deps);
        this.addDialog(new WalkthroughDialog(deps));
        this.addDialog(this.activation);
    }

    protected override async onBeginDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
        return this.route(innerDc);
    }

    protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
        return this.route(innerDc);
    }

    private async route(dc: DialogContext): Promise<DialogTurnResult> {
        if (await handleInterruption(dc, this.deps)) return Dialog.EndOfTurn;
        const turn = getTurn(dc.context);
        const active = dc.activeDialog ? dc.findDialog(dc.activeDialog.id) : undefined;
        if (active && (!isInterruptible(active) || active.accepts(turn) || active.id === ACTIVATION_DIALOG)) {
            await dc.continueDialog();
        } else {
            await this.answer(dc);
        }
        // The root never completes: it is the conversation.
        return Dialog.EndOfTurn;
    }

    /** A message outside any dialog (or one the active dialog does not take). */
    private async answer(dc: DialogContext): Promise<void> {
        const { answers, catalog } = this.deps;
        const turn = getTurn(dc.context);
        const { command, step, button, match } = turn.understanding;
        const lang = turn.lang;

        if (turn.data.offeredHuman && button === null) {
            turn.data.offeredHuman = false;
            const answer = recognizeYesNo(turn.understanding.text, lang, catalog.commands(lang));
            if (answer.success) {
                if (answer.value && (await this.deps.handoff?.request(dc.context, turn, 'not-understood'))) return;
                await say(dc.context, catalog, answer.value ? answers.simple(lang, 'human', answers.menuActions(lang)) : answers.menu(lang));
                return;
            }
        }

        if (step !== null) {
            if (step < 1 || step > answers.totalSteps) {
                await say(dc.context, catalog, answers.simple(lang, 'step.outOfRange', answers.menuActions(lang), { total: answers.totalSteps }));
                return;
            }
            await dc.beginDialog(WALKTHROUGH_DIALOG, { step });
            return;
        }

        const resumable = turn.data.flowStep;
        if (command === 'continue' || command === 'walkthrough' || button === 'walkthrough' || (resumable && (command === 'next' || command === 'repeat' || command === 'where' || command === 'back'))) {
            if (command === 'continue' && !resumable) {
                await say(dc.context, catalog, answers.menu(lang, 'step.nothingToResume'));
                return;
            }
            await dc.beginDialog(WALKTHROUGH_DIALOG, { step: resumable ?? 1 });
            return;
        }
        if (command === 'why') {
            await say(dc.context, catalog, answers.legalReply(lang));
            return;
        }

        const intent = button ?? match.intent;
        if (intent === OFF_TOPIC || command !== null) {
            // Commands that mean nothing here ("next" with no walkthrough) get the menu, not a guess.
            if (command !== null) {
                await say(dc.context, catalog, answers.menu(lang));
                return;
            }
            turn.data.misses += 1;
            const twice = turn.data.misses >= 2;
            turn.data.offeredHuman = twice;
            await say(dc.context, catalog, answers.fallback(lang, twice));
            return;
        }
        turn.data.misses = 0;
        // Right after a card's answer, naming another card ("actually it's the e-voucher") is a change of mind.
        const named = turn.data.lastCard ? this.activation.namedCard(turn) : null;
        turn.data.lastCard = undefined;
        const card = parseCardIntent(intent) ?? named;
        if (intent === 'activation' || card) {
            await dc.beginDialog(ACTIVATION_DIALOG, card ? { card } : {});
        } else if (answers.topic(intent)) {
            await say(dc.context, catalog, answers.topicReply(lang, intent));
        }
    }
}
