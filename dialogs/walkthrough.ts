import { answerContext } from '../src/core/answers.js';
import { questionAboutStep } from '../src/core/clarify.js';
import type { WalkthroughState } from '../src/core/conversation.js';
import type { GuidedFlow } from '../src/core/flow.js';
import { answerAgain, cardNamed } from '../src/core/followUp.js';
import type { TurnDraft } from '../src/core/turn.js';

/** Commands the walkthrough takes while it runs. */
const NAVIGATION = new Set(['next', 'back', 'repeat', 'where', 'why', 'stop', 'continue', 'walkthrough']);
/** Commands that resume a stopped walkthrough. */
const RESUMING = new Set(['next', 'repeat', 'where', 'back']);

/**
 * The typical flow, one step at a time: next, back, repeat, jump to step N, where am I, why, stop.
 * A small state machine over `WalkthroughState` (src/core/conversation.ts): the position is kept in
 * one place, so it survives a restart and "continue" resumes after a stop or another question. Its
 * views are the step replies of `Answers` (stepReply, stepWhyReply, walkthroughActions).
 */
export const walkthrough: GuidedFlow<WalkthroughState> = {
    id: 'walkthrough',

    state: (data) => data.walkthrough,

    isOpen: (data) => !!data.walkthrough?.active,

    /** A step number, the walkthrough's button, or one of its navigation commands. */
    accepts: ({ u }) =>
        u.step !== null || u.button === 'walkthrough' || (u.command !== null && NAVIGATION.has(u.command)),

    takes: (t) => walkthrough.accepts(t),

    leadsTo: (intent) => intent === 'walkthrough',

    keepsUnknown: false,

    continue(t) {
        const state = t.data.walkthrough!;
        const total = t.deps.answers.totalSteps;
        const { command, step } = t.u;
        // A question that only mentions a step ("what do I bring for step 2?") is answered as a question.
        if (step !== null && !questionAboutStep(t.u)) {
            if (step < 1 || step > total) t.line('step.outOfRange', actions(t, state.step), { total });
            else show(t, step);
            return;
        }
        switch (command) {
            case 'next':
                if (state.step >= total) return finish(t);
                return show(t, state.step + 1);
            case 'back':
                if (state.step <= 1) t.line('step.first');
                return show(t, Math.max(1, state.step - 1));
            case 'continue':
                // After an interruption "continue" means "back to where I was"; otherwise "go on".
                return show(t, !state.interrupted && state.step < total ? state.step + 1 : state.step);
            case 'where':
                t.line('step.whereAmI', actions(t, state.step), {
                    n: state.step,
                    total,
                    title: t.deps.answers.stepTitle(t.lang, state.step),
                });
                return;
            case 'why':
                // The reason is a step aside: "continue" then shows the step again, "next" goes on.
                t.data.walkthrough = { ...state, interrupted: true };
                t.say(t.deps.answers.stepWhyReply(t.lang, state.step, actions(t, state.step)));
                return;
            case 'stop':
                t.data.walkthrough = { ...state, active: false };
                // An acknowledgement (no step is shown), with the way back and the menu.
                t.say({
                    ...t.deps.answers.simple(
                        t.lang,
                        'step.stopped',
                        [t.deps.answers.action(t.lang, 'action.continue'), ...t.deps.answers.menuActions(t.lang)],
                        { n: state.step },
                    ),
                    meta: { kind: 'ack' },
                });
                return;
            default:
                // "repeat", "walk me through", or anything routed here: the current step again.
                return show(t, state.step);
        }
    },

    /** The current step again (after a language switch). */
    reprompt: (t) => show(t, t.data.walkthrough!.step),

    /** After something else was answered: how to get back to the step. */
    resume(t) {
        const state = t.data.walkthrough;
        if (!state) return;
        t.data.walkthrough = { ...state, interrupted: true };
        const { answers } = t.deps;
        t.line('step.resumeHint', [answers.action(t.lang, 'action.continue'), answers.action(t.lang, 'action.stop')], {
            n: state.step,
            total: answers.totalSteps,
        });
    },

    /** The walkthrough keeps its place while another question is answered; "continue" comes back to it. */
    interrupt(t) {
        const state = t.data.walkthrough;
        if (state) t.data.walkthrough = { ...state, interrupted: true };
    },

    clear(t) {
        t.data.walkthrough = undefined;
    },

    /** "Step 4", "walk me through", "continue" (or "next" after a stop): the walkthrough from there. */
    startOnCommand(t) {
        const { answers } = t.deps;
        const { command, step, button } = t.u;
        // A question that only mentions a step ("step 2 says prepare materials: before or after?") is answered as a question.
        if (step !== null && !questionAboutStep(t.u)) {
            if (step < 1 || step > answers.totalSteps)
                t.line('step.outOfRange', answers.menuActions(t.lang), { total: answers.totalSteps });
            else show(t, clamp(t, step));
            return true;
        }
        // "Walk me through activating the e-voucher": the six steps are the physical card's; that card's own answer.
        const card = command === 'walkthrough' && button === null ? cardNamed(t, t.u.text) : null;
        if (card) {
            answerAgain(t, 'activation', card);
            return true;
        }
        const resumable = t.data.walkthrough?.step;
        const resuming = resumable !== undefined && command !== null && RESUMING.has(command);
        // Right after the overview of the steps, "next" or "continue" goes through them from the first.
        const afterOverview =
            resumable === undefined &&
            (command === 'next' || command === 'continue') &&
            t.data.lastAnswer?.topic === 'process';
        if (afterOverview) {
            show(t, 1);
            return true;
        }
        if (command !== 'continue' && command !== 'walkthrough' && button !== 'walkthrough' && !resuming) return false;
        if (command === 'continue' && !resumable) t.say(answers.menu(t.lang, 'step.nothingToResume'));
        else show(t, clamp(t, resumable ?? 1));
        return true;
    },
};

function clamp(t: TurnDraft, n: number): number {
    return Math.min(Math.max(1, Math.trunc(n)), t.deps.answers.totalSteps);
}

function actions(t: TurnDraft, n: number) {
    return t.deps.answers.walkthroughActions(t.lang, n);
}

function show(t: TurnDraft, n: number): void {
    t.data.walkthrough = { step: n, active: true, interrupted: false };
    t.say(t.deps.answers.stepReply(t.lang, n, actions(t, n), answerContext(t.data, t.input.today)));
}

function finish(t: TurnDraft): void {
    t.data.walkthrough = undefined;
    t.line('step.finished', t.deps.answers.menuActions(t.lang), { total: t.deps.answers.totalSteps });
}
