/**
 * Multi-turn evaluation scenarios (issue #17; format in test/eval/scenarios-tuned/README.md): each
 * scenario is a conversation with the pure core (src/core/decide.ts) on a plain or a rich channel,
 * each turn checked against what the bot's replies say they are (`Reply.meta`), what they show, and
 * what the bot holds about the child (`state.child`).
 */
import { capabilitiesFor, coreCapabilities } from '../src/channels/capabilities.js';
import type { Content } from '../src/app.js';
import { newConversationData, type ConversationData } from '../src/core/conversation.js';
import { decide } from '../src/core/decide.js';
import { currentAgeDays } from '../src/core/memory.js';
import { understandMessage } from '../src/core/read.js';
import { toPlainText, visibleText, type PlainLinks, type Reply } from '../src/core/reply.js';
import type { Lang } from '../src/kb/schema.js';

export interface Expect {
    kind?: string;
    anyKind?: string[];
    topic?: string;
    card?: string;
    step?: number;
    choices?: string[];
    /** A list of texts; a single text written without the list is read as a list of one. */
    says?: string[] | string;
    saysAny?: string[] | string;
    saysNot?: string[] | string;
    maxChars?: number;
    remember?: { ageDays?: [number, number] | null; city?: string | null; card?: string | null };
}

export interface Scenario {
    id: string;
    about?: string;
    channel: 'rich' | 'plain';
    turns: { user: string; expect?: Expect }[];
}

export interface TurnResult {
    user: string;
    passed: boolean;
    /** Why the turn failed, one reason per unmet expectation. */
    problems: string[];
}

export interface ScenarioResult {
    id: string;
    passed: boolean;
    turns: TurnResult[];
}

/** The channel each kind of scenario runs on: Web Chat for rich (buttons), WeChat for plain (numbered options). */
const CHANNEL = { rich: 'webchat', plain: 'wechat' } as const;

/** The visible text of a reply on the channel: numbered options on plain channels, buttons left out on rich ones. */
function visible(reply: Reply, plain: boolean, hint: string, links: PlainLinks = 'url'): string {
    return toPlainText(reply, plain, hint, links);
}

/** What a clarifying question offers, as topic ids or card:<id>: as its meta says, else what its buttons stand for. */
function choicesOf(reply: Reply | undefined, buttons: Map<string, string>): string[] {
    return reply?.meta?.choices ?? (reply?.actions ?? []).map((a) => buttons.get(a.label) ?? a.label);
}

/** Checks one turn's replies and the state after it against its expectation. */
export function checkTurn(
    e: Expect,
    replies: Reply[],
    state: ConversationData,
    ctx: { plain: boolean; hint: string; today: string; buttons: Map<string, string>; links?: PlainLinks },
): string[] {
    const problems: string[] = [];
    const first = replies[0];
    const meta = first?.meta;
    const kind = meta?.kind ?? '(no meta)';
    const show = (m: Reply['meta']) => (m ? JSON.stringify(m) : 'none');
    if (e.kind && kind !== e.kind) problems.push(`kind ${kind}, expected ${e.kind} (meta ${show(meta)})`);
    if (e.anyKind && !e.anyKind.includes(kind))
        problems.push(`kind ${kind}, expected one of ${e.anyKind.join('/')} (meta ${show(meta)})`);
    // The reply the expectation is about: the first answer (an activation answer may follow an acknowledgement), else the first reply.
    const about = replies.find((r) => r.meta?.kind === 'answer' || r.meta?.kind === 'details') ?? first;
    if (e.topic && about?.meta?.topic !== e.topic)
        problems.push(`topic ${about?.meta?.topic ?? 'none'}, expected ${e.topic}`);
    if (e.card && !replies.some((r) => r.meta?.card === e.card))
        problems.push(
            `card ${
                replies
                    .map((r) => r.meta?.card)
                    .filter(Boolean)
                    .join(',') || 'none'
            }, expected ${e.card}`,
        );
    if (e.step !== undefined && !replies.some((r) => r.meta?.step === e.step))
        problems.push(
            `step ${
                replies
                    .map((r) => r.meta?.step)
                    .filter(Boolean)
                    .join(',') || 'none'
            }, expected ${e.step}`,
        );
    if (e.choices) {
        const offered = choicesOf(
            replies.find((r) => r.meta?.kind === 'clarify'),
            ctx.buttons,
        ).slice(0, 2);
        if (
            !e.choices.some(
                (c) => offered.includes(c) || (c === 'activation' && offered.some((o) => o.startsWith('card:'))),
            )
        ) {
            problems.push(`choices offered ${offered.join(',') || 'none'}, expected one of ${e.choices.join(',')}`);
        }
    }
    const text = replies
        .map((r) => visible(r, ctx.plain, ctx.hint, ctx.links))
        .join('\n\n')
        .toLowerCase();
    for (const s of listOf(e.says)) if (!text.includes(s.toLowerCase())) problems.push(`does not say "${s}"`);
    const any = listOf(e.saysAny);
    if (e.saysAny !== undefined && !any.some((s) => text.includes(s.toLowerCase())))
        problems.push(`says none of ${any.map((s) => `"${s}"`).join(', ')}`);
    for (const s of listOf(e.saysNot)) if (text.includes(s.toLowerCase())) problems.push(`says "${s}"`);
    if (e.maxChars !== undefined && first) {
        // As the phone shows it, options excluded: link labels (Markdown, WeChat's <a href>), else whole addresses.
        const length = [
            ...(ctx.plain && ctx.links !== 'html'
                ? toPlainText({ ...first, actions: [] }, true, '')
                : visibleText(first)),
        ].length;
        if (length > e.maxChars) problems.push(`first reply ${length} characters, at most ${e.maxChars}`);
    }
    const r = e.remember;
    if (r) {
        const child = state.child;
        if (r.ageDays === null && child?.ageDays !== undefined)
            problems.push(`still remembers the age (${child.ageDays} days)`);
        if (r.ageDays) {
            const age = currentAgeDays(child, ctx.today);
            if (age === undefined || age < r.ageDays[0] || age > r.ageDays[1])
                problems.push(`remembers age ${age ?? 'none'} days, expected ${r.ageDays[0]}-${r.ageDays[1]}`);
        }
        const city = (id: string | undefined) => id?.toLowerCase().replace(/[^a-z]/g, '');
        if (r.city === null && child?.city) problems.push(`still remembers the city (${child.city.id})`);
        if (r.city && city(child?.city?.id) !== city(r.city))
            problems.push(`remembers city ${child?.city?.id ?? 'none'}, expected ${r.city}`);
        if (r.card === null && child?.card) problems.push(`still remembers the card (${child.card})`);
        if (r.card && child?.card !== r.card)
            problems.push(`remembers card ${child?.card ?? 'none'}, expected ${r.card}`);
    }
    return problems;
}

/** Runs one scenario against the pure core, in a fresh conversation. */
export function runScenario(
    scenario: Scenario,
    content: Content,
    options: { lang: Lang; today: string },
): ScenarioResult {
    const { answers, catalog, understander, flows } = content;
    const caps = capabilitiesFor(CHANNEL[scenario.channel]);
    const buttons = answers.buttonIntents();
    const plain = !caps.suggestedActions;
    let state: ConversationData = newConversationData();
    const turns: TurnResult[] = [];
    for (const turn of scenario.turns) {
        const { understanding, lang } = understandMessage(turn.user, state, {
            numberedOptions: plain,
            defaultLang: options.lang,
            understander,
        });
        const decision = decide(
            state,
            { understanding, lang, canHandOff: false, today: options.today, capabilities: coreCapabilities(caps) },
            { answers, catalog, flows },
        );
        state = decision.state;
        const problems = turn.expect
            ? checkTurn(turn.expect, decision.replies, state, {
                  plain,
                  hint: catalog.t(lang, 'list.chooseByNumber'),
                  today: options.today,
                  buttons,
                  links: caps.htmlLinks ? 'html' : 'url',
              })
            : [];
        turns.push({ user: turn.user, passed: problems.length === 0, problems });
    }
    return { id: scenario.id, passed: turns.every((t) => t.passed), turns };
}

/**
 * One question asked in a new conversation, judged as a parent would: right when the first reply
 * answers that topic; a clarifying question is right only when its first or second choice is the
 * topic and choosing it (pressing that button) answers it; an off-topic question is right when
 * declined. Returns what the bot did, for the misses list.
 */
export function judgeQuestion(
    text: string,
    topic: string,
    content: Content,
    options: { lang: Lang; today: string },
): { right: boolean; got: string } {
    const { answers, catalog, understander, flows } = content;
    const ask = (said: string, state: ConversationData) => {
        const { understanding, lang } = understandMessage(said, state, {
            numberedOptions: false,
            defaultLang: options.lang,
            understander,
        });
        return decide(
            state,
            { understanding, lang, canHandOff: false, today: options.today },
            { answers, catalog, flows },
        );
    };
    const first = ask(text, newConversationData());
    const meta = first.replies[0]?.meta;
    // The walkthrough started ("walk me through it step by step") is the process topic, shown one step at a time. A card's
    // own answer is the activation topic's; another topic's answer about a card (the lost card's line on the e-card)
    // is that topic's.
    const topicOf = (m: Reply['meta']) =>
        m?.kind === 'answer' ? m.topic : m?.kind === 'step' ? 'process' : undefined;
    if (topic === 'off-topic')
        return {
            right: meta?.kind === 'decline',
            got: meta?.kind === 'answer' ? `${meta.topic}` : (meta?.kind ?? 'none'),
        };
    if (meta?.kind === 'clarify') {
        const all = choicesOf(first.replies[0], answers.buttonIntents());
        const pick = all.slice(0, 2).findIndex((c) => c === topic || (topic === 'activation' && c.startsWith('card:')));
        const got = `clarify(${all.join(',')})`;
        if (pick < 0) return { right: false, got };
        const action = first.replies[0]!.actions?.[pick];
        if (!action) return { right: false, got };
        const chosen = ask(action.value, first.state).replies.find((r) => r.meta?.kind === 'answer');
        return { right: topicOf(chosen?.meta) === topic, got: `${got} -> ${topicOf(chosen?.meta) ?? 'no answer'}` };
    }
    // An acknowledged statement with a question: the answer that follows counts.
    const answer = first.replies.find((r) => r.meta?.kind === 'answer' || r.meta?.kind === 'step');
    return { right: topicOf(answer?.meta) === topic, got: topicOf(answer?.meta) ?? meta?.kind ?? 'none' };
}

/** A list of texts as written, a single text being a list of one (not its letters). */
function listOf(v: string[] | string | undefined): string[] {
    return v === undefined ? [] : typeof v === 'string' ? [v] : v;
}
