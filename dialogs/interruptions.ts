import type { DialogContext } from 'botbuilder-dialogs';
import { getTurn, say } from '../src/channels/turn.js';
import { parseCardIntent } from '../src/core/answers.js';
import { OFF_TOPIC } from '../src/nlu/matcher.js';
import { isInterruptible, type DialogDeps } from './deps.js';
import { ACTIVATION_DIALOG, WALKTHROUGH_DIALOG } from './ids.js';
import { WalkthroughDialog } from './walkthroughDialog.js';

/**
 * Everything a user may say at any point, handled in one place so each dialog stays linear:
 * start over, help, menu, language, a person, and a question on another topic in the middle of a
 * dialog (answered, with the offer to carry on). Returns true when the turn has been handled.
 */
export async function handleInterruption(dc: DialogContext, deps: DialogDeps): Promise<boolean> {
    const turn = getTurn(dc.context);
    const { answers, catalog } = deps;
    const { command, button, match } = turn.understanding;
    const lang = turn.lang;
    const active = dc.activeDialog ? dc.findDialog(dc.activeDialog.id) : undefined;
    const inWalkthrough = dc.stack.some((d) => d.id === WALKTHROUGH_DIALOG);

    /** After an interruption: remind the user where they were, or re-ask the open question. */
    const resume = async () => {
        if (dc.activeDialog?.id === ACTIVATION_DIALOG) await dc.repromptDialog();
        else if (inWalkthrough) await walkthrough(dc).offerResume(dc);
    };

    switch (command ?? (button === 'human' ? 'human' : null)) {
        case 'cancel':
            await dc.cancelAllDialogs();
            turn.data.flowStep = undefined;
            turn.data.flowInterrupted = false;
            await say(dc.context, catalog, answers.menu(lang, 'cancelled'));
            return true;
        case 'english':
        case 'chinese':
            await say(dc.context, catalog, answers.simple(lang, 'lang.switched', dc.activeDialog ? [] : answers.menuActions(lang)));
            if (dc.activeDialog) await dc.repromptDialog();
            return true;
        case 'help':
            await say(dc.context, catalog, answers.simple(lang, 'help', dc.activeDialog ? [] : answers.menuActions(lang)));
            await resume();
            return true;
        case 'menu':
            await say(dc.context, catalog, answers.menu(lang));
            await resume();
            return true;
        case 'sources':
            // Details of what the last answer rests on; then back to where the user was.
            await say(dc.context, catalog, {
                ...answers.sourceDetails(lang, turn.data.lastSources ?? []),
                ...(dc.activeDialog ? { actions: [] } : {}),
            });
            await resume();
            return true;
        case 'human':
            turn.data.offeredHuman = false;
            if (await deps.handoff?.request(dc.context, turn, 'asked')) return true;
            // Nobody can take the chat here: say where people are.
            await say(dc.context, catalog, answers.simple(lang, 'human', dc.activeDialog ? [] : answers.menuActions(lang)));
            await resume();
            return true;
        default:
            break;
    }

    if (!active) return false;
    if (isInterruptible(active) && active.accepts(turn)) return false;

    // Another question in the middle of a dialog: answer it, then offer to carry on.
    const intent = button ?? match.intent;
    const activation = intent === 'activation' || parseCardIntent(intent) !== null;
    if (activation && dc.activeDialog?.id === ACTIVATION_DIALOG) return false;
    if (dc.activeDialog?.id === ACTIVATION_DIALOG && intent !== OFF_TOPIC) await dc.endDialog();
    if (activation || intent === 'walkthrough') return false;
    if (intent !== OFF_TOPIC && answers.topic(intent)) {
        turn.data.misses = 0;
        await say(dc.context, catalog, { ...answers.topicReply(lang, intent), actions: [] });
    } else if (dc.activeDialog?.id === ACTIVATION_DIALOG) {
        // Not a choice and not a question we know: let the prompt ask again.
        return false;
    } else {
        turn.data.misses += 1;
        await say(dc.context, catalog, { ...answers.fallback(lang, turn.data.misses >= 2), actions: [] });
    }
    await resume();
    return true;
}

function walkthrough(dc: DialogContext): WalkthroughDialog {
    const d = dc.findDialog(WALKTHROUGH_DIALOG);
    if (!(d instanceof WalkthroughDialog)) throw new Error('Walkthrough dialog is not registered');
    return d;
}
