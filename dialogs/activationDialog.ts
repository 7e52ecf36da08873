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
import type { Lang } from '../src/kb/schema.js';
import { recognizeChoice } from '../src/nlu/recognizers.js';
import type { DialogDeps, Interruptible } from './deps.js';
import { ACTIVATION_DIALOG, ACTIVATION_STEPS, ROUTE_PROMPT } from './ids.js';

export interface ActivationOptions {
    /** Answer first: show the summary of the three ways before asking (skipped when re-asking). */
    summary?: boolean;
}

/**
 * Guided activation: answers first (the three ways), asks which way the parent wants to use, then
 * says what to have ready and what to do for that route. A message that already names a route
 * ("how do I activate in Alipay") goes straight to it. "Not sure which card" explains the three
 * kinds of card and asks again.
 */
export class ActivationDialog extends ComponentDialog implements Interruptible {
    constructor(private readonly deps: DialogDeps) {
        super(ACTIVATION_DIALOG);
        this.addDialog(new TextPrompt(ROUTE_PROMPT, (p) => this.validateRoute(p)));
        this.addDialog(
            new WaterfallDialog<ActivationOptions>(ACTIVATION_STEPS, [
                (step) => this.askRoute(step),
                (step) => this.giveRoute(step),
            ]),
        );
        this.initialDialogId = ACTIVATION_STEPS;
    }

    /** The options a parent can pick from, in the order shown: the routes, then "not sure". */
    private options(lang: Lang) {
        return [
            ...this.deps.answers.routes().map((r) => ({ label: r.title[lang], aliases: [...r.aliases.en, ...r.aliases.zh, r.title.en, r.title.zh] })),
            { label: this.deps.catalog.t(lang, 'activation.notSure'), aliases: [this.deps.catalog.t(lang === 'en' ? 'zh' : 'en', 'activation.notSure')] },
        ];
    }

    private pick(turn: Turn): number | null {
        const r = recognizeChoice(turn.understanding.text, turn.lang, this.options(turn.lang));
        return r.success ? r.value : null;
    }

    accepts(turn: Turn): boolean {
        return this.pick(turn) !== null;
    }

    private async askRoute(step: WaterfallStepContext<ActivationOptions>): Promise<DialogTurnResult> {
        const turn = getTurn(step.context);
        const named = this.pick(turn);
        if (named !== null && named < this.deps.answers.routes().length) return step.next(named);
        if (step.options?.summary !== false) await say(step.context, this.deps.catalog, this.deps.answers.activationSummary(turn.lang));
        const choice = this.deps.answers.activationChoice(turn.lang);
        const hint = this.deps.catalog.t(turn.lang, 'list.chooseByNumber');
        turn.data.offered = choice.actions;
        return step.prompt(ROUTE_PROMPT, {
            prompt: renderReply(choice, turn.caps, hint),
            retryPrompt: renderReply({ ...choice, lines: [this.deps.catalog.t(turn.lang, 'choice.retry')] }, turn.caps, hint),
        });
    }

    private async validateRoute(prompt: PromptValidatorContext<string>): Promise<boolean> {
        return this.pick(getTurn(prompt.context)) !== null;
    }

    private async giveRoute(step: WaterfallStepContext<ActivationOptions>): Promise<DialogTurnResult> {
        const turn = getTurn(step.context);
        const index = typeof step.result === 'number' ? step.result : this.pick(turn);
        const routes = this.deps.answers.routes();
        if (index === null || index >= routes.length) {
            // "Not sure which card": explain the three kinds, then ask again without repeating the summary.
            await say(step.context, this.deps.catalog, { ...this.deps.answers.cardKindsReply(turn.lang), actions: [] });
            return step.replaceDialog(ACTIVATION_STEPS, { summary: false });
        }
        await say(step.context, this.deps.catalog, this.deps.answers.routeReply(turn.lang, routes[index]!));
        return step.endDialog(routes[index]!.id);
    }
}
