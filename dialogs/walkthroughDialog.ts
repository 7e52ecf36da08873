import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { getTurn, say, type Turn } from '../src/channels/turn.js';
import type { Lang } from '../src/kb/schema.js';
import type { DialogDeps, Interruptible } from './deps.js';
import { WALKTHROUGH_DIALOG } from './ids.js';

export interface WalkthroughOptions {
    /** Step to start at (1-based). */
    step?: number;
}

interface WalkthroughState {
    step: number;
}

const NAVIGATION = new Set(['next', 'back', 'repeat', 'where', 'why', 'stop', 'continue', 'walkthrough']);

/**
 * The typical flow (steps from the knowledge base), one step at a time: next, back, repeat, jump to step N, where am I,
 * why, stop. The position is kept in the dialog state and in the conversation data, so it
 * survives a restart and "continue" resumes after a stop or after another question.
 */
export class WalkthroughDialog extends Dialog<WalkthroughOptions> implements Interruptible {
    constructor(private readonly deps: DialogDeps) {
        super(WALKTHROUGH_DIALOG);
    }

    accepts(turn: Turn): boolean {
        const u = turn.understanding;
        return u.step !== null || u.button === 'walkthrough' || (u.command !== null && NAVIGATION.has(u.command));
    }

    override async beginDialog(dc: DialogContext, options?: WalkthroughOptions): Promise<DialogTurnResult> {
        const state: WalkthroughState = { step: this.clamp(options?.step ?? 1) };
        dc.activeDialog!.state = state;
        await this.show(dc, state.step);
        return Dialog.EndOfTurn;
    }

    override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
        const turn = getTurn(dc.context);
        const state = dc.activeDialog!.state as WalkthroughState;
        const { command, step } = turn.understanding;
        const total = this.deps.answers.totalSteps;
        const lang = turn.lang;

        if (step !== null) {
            if (step < 1 || step > total) {
                await say(dc.context, this.deps.catalog, this.deps.answers.simple(lang, 'step.outOfRange', this.actions(lang, state.step), { total }));
                return Dialog.EndOfTurn;
            }
            return this.goTo(dc, state, step);
        }
        switch (command) {
            case 'next':
                if (state.step >= total) return this.finish(dc, lang);
                return this.goTo(dc, state, state.step + 1);
            case 'back':
                if (state.step <= 1) {
                    await say(dc.context, this.deps.catalog, this.deps.answers.simple(lang, 'step.first'));
                    return this.goTo(dc, state, 1);
                }
                return this.goTo(dc, state, state.step - 1);
            case 'continue':
                // After an interruption "continue" means "back to where I was"; otherwise "go on".
                if (!turn.data.flowInterrupted && state.step < total) return this.goTo(dc, state, state.step + 1);
                return this.goTo(dc, state, state.step);
            case 'where':
                await say(
                    dc.context,
                    this.deps.catalog,
                    this.deps.answers.simple(lang, 'step.whereAmI', this.actions(lang, state.step), {
                        n: state.step,
                        total,
                        title: this.deps.answers.stepTitle(lang, state.step),
                    }),
                );
                return Dialog.EndOfTurn;
            case 'why':
                await say(dc.context, this.deps.catalog, this.deps.answers.stepWhyReply(lang, state.step, this.actions(lang, state.step)));
                return Dialog.EndOfTurn;
            case 'stop':
                turn.data.flowStep = state.step;
                await say(
                    dc.context,
                    this.deps.catalog,
                    this.deps.answers.simple(lang, 'step.stopped', [this.deps.answers.action(lang, 'action.continue'), ...this.deps.answers.menuActions(lang)], { n: state.step }),
                );
                return dc.endDialog();
            default:
                // "repeat", "walk me through", or anything routed here: show the current step again.
                return this.goTo(dc, state, state.step);
        }
    }

    /** Back from a dialog started on top of the walkthrough (e.g. activation): offer to carry on. */
    override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
        await this.offerResume(dc);
        return Dialog.EndOfTurn;
    }

    /** Shows the current step again (after a language switch, for example). */
    override async repromptDialog(context: DialogContext['context'], instance: { state: WalkthroughState }): Promise<void> {
        const turn = getTurn(context);
        turn.data.flowInterrupted = false;
        await say(context, this.deps.catalog, this.deps.answers.stepReply(turn.lang, instance.state.step, this.actions(turn.lang, instance.state.step)));
    }

    /** Tells the user how to get back to their step after answering something else. */
    async offerResume(dc: DialogContext): Promise<void> {
        const turn = getTurn(dc.context);
        const state = dc.activeDialog?.id === WALKTHROUGH_DIALOG ? (dc.activeDialog.state as WalkthroughState) : undefined;
        const n = state?.step ?? turn.data.flowStep ?? 1;
        turn.data.flowInterrupted = true;
        await say(
            dc.context,
            this.deps.catalog,
            this.deps.answers.simple(turn.lang, 'step.resumeHint', [this.deps.answers.action(turn.lang, 'action.continue'), this.deps.answers.action(turn.lang, 'action.stop')], {
                n,
                total: this.deps.answers.totalSteps,
            }),
        );
    }

    private actions(lang: Lang, n: number) {
        return this.deps.answers.walkthroughActions(lang, n);
    }

    private clamp(n: number): number {
        return Math.min(Math.max(1, Math.trunc(n)), this.deps.answers.totalSteps);
    }

    private async goTo(dc: DialogContext, state: WalkthroughState, n: number): Promise<DialogTurnResult> {
        state.step = this.clamp(n);
        await this.show(dc, state.step);
        return Dialog.EndOfTurn;
    }

    private async show(dc: DialogContext, n: number): Promise<void> {
        const turn = getTurn(dc.context);
        turn.data.flowStep = n;
        turn.data.flowInterrupted = false;
        await say(dc.context, this.deps.catalog, this.deps.answers.stepReply(turn.lang, n, this.actions(turn.lang, n)));
    }

    private async finish(dc: DialogContext, lang: Lang): Promise<DialogTurnResult> {
        const turn = getTurn(dc.context);
        turn.data.flowStep = undefined;
        await say(dc.context, this.deps.catalog, this.deps.answers.simple(lang, 'step.finished', this.deps.answers.menuActions(lang), { total: this.deps.answers.totalSteps }));
        return dc.endDialog();
    }
}
