import { activation } from '../../dialogs/activation.js';
import { walkthrough } from '../../dialogs/walkthrough.js';
import type { Lang } from '../kb/schema.js';
import { OFF_TOPIC } from '../nlu/matcher.js';
import { recognizeYesNo } from '../nlu/recognizers.js';
import { redact } from '../privacy/redact.js';
import { parseCardIntent } from './answers.js';
import { clarify, questionAboutStep } from './clarify.js';
import type { ConversationData } from './conversation.js';
import { followUp } from './followUp.js';
import { answerContext, attend, forget, hear, noteAnswers } from './memory.js';
import { TurnDraft, type CoreDeps, type Decision, type TurnInput } from './turn.js';

/**
 * The conversation core: given the conversation's state and one message (already understood), what
 * to say, the new state, and the effects to run once the state is saved. Plain TypeScript with no
 * framework, storage or channel in it; the edges (Bot Framework, the built-in Direct Line, WeChat)
 * read the state, call this, save, send and run the effects. Reads top to bottom:
 *
 * 1. What may be said at any point: start over, language, help, menu, sources, a person; and, in
 *    the middle of a guided flow, another question (answered, then the flow resumes).
 * 2. A message for the open guided flow: the activation guide's question, the running walkthrough.
 * 3. Everything else, answered from the knowledge base straight away.
 */
export function decide(stored: ConversationData, input: TurnInput, deps: CoreDeps): Decision {
    // What the message says about the child (kept by `attend`); a question asked with it is read from its own clause.
    const heard = hear(input);
    const read = heard?.match ? { ...input, understanding: { ...input.understanding, match: heard.match } } : input;
    const t = new TurnDraft(deps, structuredClone(stored), input.lang, read);
    const u = read.understanding;
    if (u.command === 'english') t.data.chosenLang = 'en';
    if (u.command === 'chinese') t.data.chosenLang = 'zh';
    t.data.lang = input.lang;
    t.data.welcomed = true;

    if (attend(t, heard)) {
        resume(t);
    } else if (!anytime(t)) {
        if (t.data.activation?.asking) {
            activation.continue(t);
            resumeAfterActivation(t);
        } else if (t.data.walkthrough?.active && walkthrough.accepts(u)) {
            walkthrough.continue(t);
        } else {
            answer(t);
        }
    }

    // Routing context for a person, should one take over.
    if (u.command === null && u.button === null) t.data.lastQuestion = redact(u.text).slice(0, 500);
    const topic = u.button ?? u.match.intent;
    if (u.command === null && topic !== OFF_TOPIC && topic !== 'human') t.data.lastTopic = topic;
    noteAnswers(t);
    return t.decision();
}

/** The greeting of a new conversation (once), in the language given. */
export function welcome(stored: ConversationData, lang: Lang, deps: CoreDeps): Decision {
    const t = new TurnDraft(deps, structuredClone(stored), lang);
    if (t.data.welcomed) return t.decision();
    t.data.welcomed = true;
    t.data.lang = lang;
    t.say(deps.answers.welcome(lang));
    return t.decision();
}

/** Which guided flow is waiting for the next message, if any. */
function openFlow(t: TurnDraft): 'activation' | 'walkthrough' | null {
    if (t.data.activation?.asking) return 'activation';
    if (t.data.walkthrough?.active) return 'walkthrough';
    return null;
}

/** After an interruption: re-ask the open question, or say how to get back to the step. */
function resume(t: TurnDraft): void {
    const flow = openFlow(t);
    if (flow === 'activation') activation.reprompt(t);
    else if (flow === 'walkthrough') walkthrough.offerResume(t);
}

/** A card answered in the middle of the walkthrough: offer to carry on. */
function resumeAfterActivation(t: TurnDraft): void {
    if (!t.data.activation?.asking && t.data.walkthrough?.active) walkthrough.offerResume(t);
}

/** Asks for a person when one can be reached from here; false otherwise. */
function requestPerson(t: TurnDraft, reason: 'asked' | 'not-understood'): boolean {
    if (!t.input.canHandOff) return false;
    t.effects.push({ kind: 'handoff.request', reason });
    t.line('handoff.queued');
    return true;
}

/** 1. What may be said at any point. Returns true when the message was handled here. */
function anytime(t: TurnDraft): boolean {
    const { answers } = t.deps;
    const { command, button, match } = t.u;
    const flow = openFlow(t);
    const menuUnlessInFlow = flow ? [] : answers.menuActions(t.lang);

    switch (command ?? (button === 'human' ? 'human' : null)) {
        case 'cancel':
            t.data.walkthrough = undefined;
            t.data.activation = undefined;
            forget(t);
            t.say(answers.menu(t.lang, 'cancelled'));
            return true;
        case 'english':
        case 'chinese':
            t.line('lang.switched', menuUnlessInFlow);
            if (flow === 'activation') activation.reprompt(t);
            else if (flow === 'walkthrough') walkthrough.reprompt(t);
            return true;
        case 'help':
            t.line('help', menuUnlessInFlow);
            resume(t);
            return true;
        case 'menu':
            t.say(answers.menu(t.lang));
            resume(t);
            return true;
        case 'sources':
            t.say({ ...answers.sourceDetails(t.lang, t.data.lastSources ?? []), ...(flow ? { actions: [] } : {}) });
            resume(t);
            return true;
        case 'human':
            t.data.offeredHuman = false;
            if (requestPerson(t, 'asked')) return true;
            // Nobody can take the chat here: say where people are.
            t.line('human', menuUnlessInFlow);
            resume(t);
            return true;
        default:
            break;
    }

    if (!flow) return false;
    if (flow === 'activation' && activation.accepts(t)) return false;
    if (flow === 'walkthrough' && walkthrough.accepts(t.u)) return false;

    // Another question in the middle of a flow: answer it, then offer to carry on.
    const intent = button ?? match.intent;
    const aboutActivation = intent === 'activation' || parseCardIntent(intent) !== null;
    if (aboutActivation && flow === 'activation') return false;
    if (flow === 'activation' && intent !== OFF_TOPIC) activation.close(t);
    if (aboutActivation || intent === 'walkthrough') return false;
    if (intent !== OFF_TOPIC && answers.topic(intent)) {
        t.data.misses = 0;
        t.say({ ...answers.topicReply(t.lang, intent, answerContext(t)), actions: [] });
    } else if (flow === 'activation') {
        // Not a choice and not a question we know: the question is asked again.
        return false;
    } else {
        t.data.misses += 1;
        t.say({ ...answers.fallback(t.lang, t.data.misses >= 2), actions: [] });
    }
    resume(t);
    return true;
}

/** 3. A message outside any flow (or one the open flow does not take). */
function answer(t: TurnDraft): void {
    const { answers, catalog } = t.deps;
    const { command, step, button, match, text } = t.u;
    const lang = t.lang;

    if (t.data.offeredHuman && button === null) {
        t.data.offeredHuman = false;
        const yesNo = recognizeYesNo(text, lang, catalog.commands(lang));
        if (yesNo.success) {
            if (yesNo.value && requestPerson(t, 'not-understood')) return;
            t.say(yesNo.value ? { ...answers.simple(lang, 'human', answers.menuActions(lang)), meta: { kind: 'handoff' } } : answers.menu(lang));
            return;
        }
    }

    if (step !== null && !questionAboutStep(t.u)) {
        if (step < 1 || step > answers.totalSteps) t.line('step.outOfRange', answers.menuActions(lang), { total: answers.totalSteps });
        else walkthrough.start(t, step);
        return;
    }

    const resumable = t.data.walkthrough?.step;
    const navigation = command === 'next' || command === 'repeat' || command === 'where' || command === 'back';
    if (command === 'continue' || command === 'walkthrough' || button === 'walkthrough' || (resumable && navigation)) {
        if (command === 'continue' && !resumable) t.say(answers.menu(lang, 'step.nothingToResume'));
        else walkthrough.start(t, resumable ?? 1);
        return;
    }
    if (command === 'why') {
        t.say(answers.legalReply(lang));
        return;
    }

    if (clarify.answer(t) || followUp(t) || clarify.ask(t)) return;
    const intent = button ?? match.intent;
    // Right after a card's answer, naming another card ("actually it's the e-voucher") is a change of mind.
    const changedMind = t.data.activation?.lastCard ? activation.namedCard(t) : null;
    if (t.data.activation) t.data.activation = { asking: false };
    const card = parseCardIntent(intent) ?? changedMind;
    if (command !== null) {
        // Commands that mean nothing here ("next" with no walkthrough) get the menu, not a guess.
        t.say(answers.menu(lang));
        return;
    }
    if (intent === OFF_TOPIC && !card) {
        t.data.misses += 1;
        const twice = t.data.misses >= 2;
        t.data.offeredHuman = twice;
        t.say(answers.fallback(lang, twice));
        return;
    }
    t.data.misses = 0;
    if (intent === 'activation' || card) {
        activation.start(t, card);
        resumeAfterActivation(t);
    } else if (answers.topic(intent)) {
        t.say(answers.topicReply(lang, intent, answerContext(t)));
    }
}
