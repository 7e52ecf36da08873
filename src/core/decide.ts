import type { Lang } from '../kb/schema.js';
import { recognizeFollowUp } from '../nlu/followUp.js';
import { OFF_TOPIC } from '../nlu/matcher.js';
import { recognizeYesNo } from '../nlu/recognizers.js';
import { redact } from '../privacy/redact.js';
import { copyJson } from '../util/copyJson.js';
import { hanCount, latinWords } from '../nlu/text.js';
import { currentStep, type ConversationData } from './conversation.js';
import { openFlow, type GuidedFlow } from './flow.js';
import { answerContext } from './answers.js';
import { clarify, onlineCard, otherApplication, settledByForm, settledCard } from './clarify.js';
import { cardAsked, cardInQuestion, cardIntroduced, cardNeedsAgain, followUp, whyAboutLast } from './followUp.js';
import { attend, currentAgeDays, forget, hear, noteAnswers } from './memory.js';
import { TurnDraft, type CoreDeps, type Decision, type TurnInput } from './turn.js';

/**
 * The conversation core: given the conversation's state and one message, what to say, the new
 * state, and the effects for the edge to carry out (src/state/turnRunner.ts). Plain TypeScript with
 * no framework, storage, channel or clock in it. Reads top to bottom:
 *
 * 0. A message the bot does not read (empty, too long, not text, over the limit), and a message
 *    while a person has the chat (relayed to them, or "cancel": back to the bot).
 * 1. What may be said at any point: start over, language, help, menu, sources, a person; and, in
 *    the middle of a guided flow, another question (answered, then the flow resumes).
 * 2. A message for the open guided flow (dialogs/, reached through `deps.flows`).
 * 3. Everything else: a flow that starts here, or an answer from the knowledge base.
 * 4. What is kept for a person and the team: routing context, the transcript, unanswered questions.
 */
export function decide(stored: ConversationData, input: TurnInput, deps: CoreDeps): Decision {
    // What the message says about the child (kept by `attend`); a question asked with it is read from its own clause.
    const heard = hear(input);
    const read = heard?.match ? { ...input, understanding: { ...input.understanding, match: heard.match } } : input;
    const t = new TurnDraft(deps, copyJson(stored), input.lang, read);
    if (notRead(t) || withPerson(t)) return t.decision();

    const u = read.understanding;
    if (u.command === 'english') t.data.chosenLang = 'en';
    if (u.command === 'chinese') t.data.chosenLang = 'zh';
    if (u.switchLang) t.data.chosenLang = u.switchLang;
    t.data.lang = input.lang;
    t.data.welcomed = true;

    if (attend(t, heard)) {
        resume(t);
    } else if (!anytime(t)) {
        const flow = openFlow(deps.flows, t.data);
        if (flow?.takes(t)) continueFlow(t, flow, () => flow.continue(t));
        else answer(t);
    }

    // Routing context for a person, should one take over.
    if (u.command === null && u.button === null) t.data.lastQuestion = redact(u.text).slice(0, 500);
    const topic = u.button ?? u.match.intent;
    if (u.command === null && topic !== OFF_TOPIC && topic !== 'human') t.data.lastTopic = topic;
    record(t);
    noteAnswers(t);
    return t.decision();
}

/** The greeting of a new conversation (once), in the language given. */
export function welcome(stored: ConversationData, lang: Lang, deps: CoreDeps): Decision {
    const t = new TurnDraft(deps, copyJson(stored), lang);
    if (t.data.welcomed) return t.decision();
    t.data.welcomed = true;
    t.data.lang = lang;
    t.say(deps.answers.welcome(lang));
    return t.decision();
}

/** 0. A message the bot does not read gets a short answer (or none, in a flood) and changes nothing else. */
function notRead(t: TurnDraft): boolean {
    const menu = t.deps.answers.menuActions(t.lang);
    switch (t.input.kind ?? 'text') {
        case 'text':
            return false;
        case 'empty':
            t.note('limit', 'empty', menu);
            return true;
        case 'tooLong':
            t.note('limit', 'tooLong');
            return true;
        case 'notText':
            t.note('limit', 'wechat.textOnly');
            return true;
        case 'rateLimited':
            t.note('limit', 'rateLimited');
            return true;
        case 'flooding':
            // Told once in this window already: a flood does not turn into a flood of apologies.
            return true;
    }
}

/** 0. While waiting for or talking to a person, the bot relays instead of answering; "cancel" gives the chat back. */
function withPerson(t: TurnDraft): boolean {
    const holder = t.input.holder ?? 'bot';
    if (holder === 'bot') return false;
    if (t.u.command === 'cancel') {
        t.effects.push({ kind: 'handoff.release' });
        t.note('handoff', 'handoff.released', t.deps.answers.menuActions(t.lang));
        return true;
    }
    // The first message while waiting says so (once); the rest are passed on quietly.
    const notified = holder === 'waiting' && !t.input.toldWaiting;
    t.effects.push({ kind: 'handoff.relay', notified });
    if (notified) t.note('handoff', 'handoff.waiting');
    return true;
}

/** Runs a flow's turn; when it closes and another flow is still open (the walkthrough), that one says how to carry on. */
function continueFlow(t: TurnDraft, flow: GuidedFlow, run: () => void): void {
    run();
    if (!flow.isOpen(t.data)) openFlow(t.deps.flows, t.data)?.resume(t);
}

/** After an interruption: the open flow says how to carry on. */
function resume(t: TurnDraft): void {
    openFlow(t.deps.flows, t.data)?.resume(t);
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
    const { answers, flows } = t.deps;
    const { command, button, match } = t.u;
    const flow = openFlow(flows, t.data);
    const menuUnlessInFlow = flow ? [] : answers.menuActions(t.lang);

    switch (command ?? (button === 'human' ? 'human' : null)) {
        case 'cancel':
            for (const f of flows) f.clear(t);
            forget(t);
            t.say(answers.menu(t.lang, 'cancelled'));
            return true;
        case 'english':
        case 'chinese':
            t.line('lang.switched', menuUnlessInFlow);
            flow?.reprompt(t);
            return true;
        case 'help':
            t.line('help', menuUnlessInFlow);
            resume(t);
            return true;
        case 'menu':
            t.say(answers.menu(t.lang));
            resume(t);
            return true;
        // Small talk is answered in kind, never declined as a question the bot cannot help with.
        case 'greet':
            if (flow) {
                t.line('greet.again');
                resume(t);
            } else t.say(answers.welcome(t.lang));
            return true;
        case 'thanks':
            t.line('thanks', menuUnlessInFlow);
            resume(t);
            return true;
        case 'bye':
            t.line('bye');
            return true;
        case 'more':
            t.say({
                ...answers.detailsReply(
                    t.lang,
                    t.data.lastAnswer ?? { topic: '' },
                    answerContext(t.data, t.input.today),
                ),
                ...(flow ? { actions: [] } : {}),
            });
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

    if (!flow || flow.accepts(t)) return false;

    // "Why?" while a flow's question is open (which card?): the reason for the answer just given; the question is closed.
    if (command === 'why') {
        flow.interrupt(t);
        t.say({ ...answers.whyReply(t.lang, t.data.lastAnswer), actions: [] });
        resume(t);
        return true;
    }
    // A command for another open flow ("next" with the walkthrough under the which-card question): the question
    // is dropped and that flow takes it; "stop" drops the question.
    if (command !== null) {
        const other = flows.find((f) => f !== flow && f.isOpen(t.data) && f.accepts(t));
        if (other || command === 'stop') flow.interrupt(t);
        if (other) other.continue(t);
        else if (command === 'stop') t.say(answers.menu(t.lang));
        if (other || command === 'stop') return true;
    }

    // "What about Chengdu?" in the middle of a flow: the last answer again for that city (the which-card question
    // asked again after it, or the walkthrough offered).
    if (button === null && t.u.place && t.data.lastAnswer && recognizeFollowUp(t.u.text).success) {
        flow.interrupt(t);
        if (followUp(t)) {
            if (t.replies.at(-1)?.meta?.kind !== 'clarify') resume(t);
            return true;
        }
    }

    // Another question in the middle of a flow: answer it, then offer to carry on.
    const intent = button ?? settledByForm(t) ?? match.intent;
    const leadsTo = flows.find((f) => f.leadsTo(intent));
    if (leadsTo === flow) return false;
    if (intent !== OFF_TOPIC) flow.interrupt(t);
    if (leadsTo) return false;
    if (intent !== OFF_TOPIC && answers.topic(intent)) {
        t.data.misses = 0;
        t.say({ ...answers.topicReply(t.lang, intent, answerContext(t.data, t.input.today, t.u.text)), actions: [] });
    } else if (flow.keepsUnknown) {
        // Not a choice and not a question we know: the flow asks again.
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
    const { answers, catalog, flows } = t.deps;
    const { command, button, match, text } = t.u;
    const lang = t.lang;

    if (t.data.offeredHuman && button === null) {
        t.data.offeredHuman = false;
        // "ok, what about his social security card, what do we bring" is a question, not a yes to a person.
        const question = match.intent !== OFF_TOPIC && !shortReply(text);
        const yesNo = question ? { success: false as const } : recognizeYesNo(text, lang, catalog.commands(lang));
        if (yesNo.success) {
            if (yesNo.value && requestPerson(t, 'not-understood')) return;
            t.say(
                yesNo.value
                    ? { ...answers.simple(lang, 'human', answers.menuActions(lang)), meta: { kind: 'handoff' } }
                    : answers.menu(lang),
            );
            return;
        }
    }

    for (const flow of flows) if (flow.startOnCommand?.(t)) return continueFlow(t, flow, () => undefined);
    // "And then?" / 「然后呢」 after an answer with more to say, and no walkthrough to go on with: the rest of it
    // ("next" alone still gets the menu: it may mean a step).
    if (command === 'next' && AND_THEN.test(text) && t.data.lastAnswer && t.data.lastAnswer.more !== false) {
        t.say(answers.detailsReply(lang, t.data.lastAnswer, answerContext(t.data, t.input.today)));
        return;
    }
    if (command === 'why') {
        t.say(answers.whyReply(lang, t.data.lastAnswer));
        return;
    }
    if (whyAboutLast(t)) return;
    if (otherApplication(t)) return decline(t);
    // "What do we do first?" for a baby within the newborn window is enrolling, however close the matcher's two best.
    if (
        clarify.answer(t) ||
        followUp(t) ||
        cardNeedsAgain(t) ||
        cardIntroduced(t) ||
        firstThingForBaby(t) ||
        clarify.ask(t) ||
        cardAsked(t)
    )
        return;
    for (const flow of flows) if (flow.startOnTopic?.(t)) return continueFlow(t, flow, () => undefined);

    const intent = button ?? match.intent;
    if (command !== null) {
        // Commands that mean nothing here ("next" with no walkthrough) get the menu, not a guess.
        t.say(answers.menu(lang));
        return;
    }
    if (intent === OFF_TOPIC) return decline(t);
    t.data.misses = 0;
    if (!answers.topic(intent)) return;
    const ctx = answerContext(t.data, t.input.today, t.asked ?? t.u.text);
    // Who may act for an online card the question names ("can both of us add our son to the family account"): that
    // topic's answer about the card, which starts with the card's own line.
    const card = intent === 'who-can-act' ? onlineCard(intent, cardInQuestion(t).card) : undefined;
    t.say(answers.topicReply(lang, intent, ctx && card ? { ...ctx, card } : ctx));
}

/** A question the bot cannot help with: said so, with what it can do; after two in a row, a person is offered. */
function decline(t: TurnDraft): void {
    t.data.misses += 1;
    const twice = t.data.misses >= 2;
    t.data.offeredHuman = twice;
    t.say(t.deps.answers.fallback(t.lang, twice));
}

/** A reply of a few words ("yes please", 「好的」), which a yes or no may be; a longer message is its own question. */
function shortReply(text: string): boolean {
    const han = hanCount(text);
    return han ? han <= 6 : latinWords(text).length <= 4;
}

/** "And then?", "what next?", 「然后呢」「接下来呢」: what comes after the answer just given. */
const AND_THEN = /然后|接下来|\bthen\b|\bwhat(?:'s|s| is)? next\b/i;

/** "What first?" (「先办什么」, "what should we do first?"). */
const FIRST_THING =
    /\b(?:what|which|where)\b.*\bfirst\b(?! time)|\bfirst (?:step|thing)s?\b|\bwhat\b.*\bdo\b.*\bnow\b|首先|先办|先做|先弄|先干|第一步|现在(?:该|要|得)(?:做|办|干)/i;

const DO_FIRST = /\bdo\b.*\b(?:first|now)\b|先办|先做|先弄|先干|现在(?:该|要|得)(?:做|办|干)/i;

/**
 * "What should we do first?" about the typical flow, for a baby the parent said is within the
 * newborn window: the first thing is enrolling in medical insurance, so the newborn answer (with the
 * day the window ends) answers it, in either language, rather than all six steps.
 */
function firstThingForBaby(t: TurnDraft): boolean {
    const { match, button, text } = t.u;
    if (button !== null || !FIRST_THING.test(text)) return false;
    // "Can we do the electronic card first?" (「能先弄电子社保卡吗」) asks about that card, which its answer settles.
    if (settledCard(t)) return false;
    // "What do I need to do first?" reads as what to bring; to do is the flow's first step.
    // "Which card do we do first?" too: the newborn answer gives the order of things (e-voucher, then the cards).
    if (
        match.intent !== 'process' &&
        match.intent !== 'card-kinds' &&
        !(match.intent === 'documents' && DO_FIRST.test(text))
    )
        return false;
    const days = currentAgeDays(t.data.child, t.input.today);
    if (days === undefined || days >= t.deps.answers.newbornDays) return false;
    t.data.misses = 0;
    t.say(t.deps.answers.topicReply(t.lang, 'newborn-insurance', answerContext(t.data, t.input.today, text)));
    return true;
}

/** 4. The turn for agents (with where the conversation is), and a question the bot could not answer. */
function record(t: TurnDraft): void {
    const u = t.u;
    const topic = u.match.intent !== OFF_TOPIC ? u.match.intent : undefined;
    t.effects.push({
        kind: 'transcript.record',
        ...(topic ? { topic } : {}),
        ...(currentStep(t.data) ? { step: currentStep(t.data) } : {}),
    });
    if (u.match.intent === OFF_TOPIC && u.command === null && u.button === null)
        t.effects.push({ kind: 'unanswered.log', text: u.text });
}
