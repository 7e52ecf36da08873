import { aboutChild, recognizeChildAge, daysBetween, type ChildAge } from '../nlu/age.js';
import { recognizeFollowUp } from '../nlu/followUp.js';
import { OFF_TOPIC, type TopicMatch } from '../nlu/matcher.js';
import type { Place } from '../nlu/places.js';
import { withoutToneMarks } from '../nlu/text.js';
import type { Lang } from '../kb/schema.js';
import type { ChildProfile } from './child.js';
import { questionAboutStep } from './clarify.js';
import type { CardKindId } from './conversation.js';
import type { TurnDraft, TurnInput } from './turn.js';

/** What one message told the bot about the child. */
export interface Heard {
    age?: ChildAge;
    place?: Place;
    card?: CardKindId;
    /** The message only states facts (no question in it): acknowledge, do not answer. */
    statement: boolean;
    /** The match of the question asked along with the facts, when the whole message matched nothing. */
    match?: TopicMatch;
}

/** A question, in either language: a question mark, a question word at the start, or a Chinese question word anywhere. */
const EN_QUESTION =
    /\?|^(?:and\s+|so\s+|ok\s+)?(?:what|what's|whats|how|where|which|who|when|why|can|could|do|does|did|should|shall|is|are|will|would|need|tell|explain|help|any|must|may)\b/i;
const ZH_QUESTION =
    /[？?]|什么|怎么|怎样|如何|哪|谁|为何|何时|多久|还是|吗|呢|嘛|么$|能不能|可不可以|要不要|是否|多少|几|咋|啥|先办|需不需要|有没有|是不是|(?:能|可以|要|用|行|办|需要)[^，。,]*[不没]$/;
/** How much surer of its topic a question's own clause must be than the whole message to decide (0.963 vs 0.984 is a tie). */
const CLEARLY_SURER = 0.1;
/** How sure a question's own clause must be that it asks how to activate a card, to decide over the whole message. */
const OWN_ACTIVATION_MIN_SCORE = 0.6;
/** A question asked along with facts about the child may be answered from its nearest topic at this probability. */
const REST_MIN_SCORE = 0.25;

function isQuestion(text: string): boolean {
    return EN_QUESTION.test(text.trim()) || EN_QUESTION_INSIDE.test(text) || ZH_QUESTION.test(text);
}

/** A question run on after a statement without a stop ("my baby is 4 months and not insured yet is it too late"). */
const EN_QUESTION_INSIDE =
    /\b(?:is it|is that|is there|are there|can (?:i|we|he|she|they)|do (?:i|we)|does (?:he|she|it)|should (?:i|we)|when (?:does|do|will|can|is)|what|how|where|which|why)\b/i;

/** A request made without a question word ("activate card for 3yo", 「给两个月的宝宝办卡」): answered, not acknowledged. */
const REQUEST =
    /\b(?:activat\w*|apply\w*|applic\w*|bring|documents?|papers?|photos?|lost|replac\w*|enrol\w*|register\w*|collect|pick up|card|cards|e-?voucher|voucher|insurance|hotline|call|steps?)\b|激活|开通|启用|办|申请|申领|领|带|材料|证件|照片|拍照|丢|补|参保|医保|社保|卡|凭证|电话|热线|步骤|流程/i;
/** Words that may stand around a place in "we live in Haikou", 「我们住在海口」 without making it about something else. */
const EN_PLACE_FILLER =
    /\b(?:we|we're|were|i|i'm|im|my|our|family|the|kids?|child|son|daughter|baby|live[sd]?|living|are|am|is|re|m|in|at|its|it|from|based|located|stay(?:ing)?|moved?|to|now|currently|city|shi|here|there|just|actually|ok|okay|so|and|also|province|btw|by the way|fyi|oh|hi|hello|originally|come|came|near|area|lol|sorry|no|wait|oops|instead|correction|anymore|since|meant|mean|typo|my bad|wrong|last|this|year|years|month|months|week|weeks|ago|recently|lately)\b/gi;
/** The same words typed in pinyin ("women zai guiyang", "wo jia zai haikou"). */
const PINYIN_PLACE_FILLER =
    /\b(?:women|wo|zanmen|jia|zai|zhu|shi|de|ren|zuobiao|laizi|xianzai|muqian|zhebian|ne|a|le)\b/gi;
const ZH_PLACE_FILLER =
    /忘了说|忘记说|忘说了|顺便说一?下|顺便|补充一?下|对了|另外|还有|嗯|说错了|打错了|写错了|我是说|应该是|不对|其实|已经|搬到|搬过去|搬过来|搬去|搬来|搬家到|搬家|搬了|我们|我|咱们|家里|家|住在|住|定居|现居|居住|常住|生活|在|是|的|人|坐标|来自|现在|目前|市|省|这边|那边|本地|户口|户籍|也|就|了|啊|呢|哦|呀|孩子|宝宝|去年|今年|前年|上个月|上月|最近|刚/g;
/** A place said not to be where the family is (「户口不在广东」, "we're not in Beijing"): not kept. */
const NOT_THERE =
    /(?:不在|不是|没在|没有在|不住在?|不属于|非)\s*$|\b(?:not|no longer|never)\s+(?:(?:living|based|live)\s+)?(?:in|from|at)\s+$|\b(?:don'?t|do not|aren'?t|are not)\s+(?:live\s+)?(?:in|from)\s+$/i;

/** Whether the text says the place is not where the family is ("not in Guangdong", 「户口不在广东」). */
function negated(text: string, place: Place): boolean {
    const said = withoutToneMarks(text).toLowerCase();
    return [place.zh, place.en.toLowerCase(), ...(place.aliases ?? [])].some((name) => {
        const at = said.indexOf(name.toLowerCase());
        return at >= 0 && NOT_THERE.test(said.slice(Math.max(0, at - 20), at));
    });
}

/**
 * Whether a message says where the family is and nothing else ("we live in Haikou", "Zhongshan
 * city", 「我们住在海口」「坐标慈溪」), rather than naming a place in passing ("train tickets to
 * Shanghai", "book a hotel in Beijing").
 */
function aboutPlace(text: string, place: Place): boolean {
    let rest = withoutToneMarks(text).toLowerCase().replace(/['’]/g, '');
    // The province said with its city ("we're in Zhongshan, Guangdong") is part of where they are.
    const province = place.province ? [place.province.zh, place.province.en] : [];
    for (const n of [place.zh, place.en, ...(place.aliases ?? []), ...province])
        rest = rest.split(n.toLowerCase().replace(/['’]/g, '')).join(' ');
    // The place corrected ("i meant guiyang, not haikou", 「是贵阳不是海口」) is part of the correction.
    rest = rest.replace(/\bnot\s+[a-z]+\b/g, ' ').replace(/不是[\p{Script=Han}]{1,4}/gu, ' ');
    // So is the place left for this one ("we moved from haikou to guangzhou", 「我们从海口搬到广州市了」).
    rest = rest.replace(/\bfrom\s+[a-z]+\b/g, ' ').replace(/从[\p{Script=Han}]{1,5}?(?=搬|迁|来|到)/gu, ' ');
    rest = rest.replace(EN_PLACE_FILLER, ' ').replace(PINYIN_PLACE_FILLER, ' ').replace(ZH_PLACE_FILLER, ' ');
    return rest.replace(/[\s\p{P}\p{S}]/gu, '').length <= 1;
}

/**
 * What a message says about the child (age, birth date, place), for any message that is not a
 * command, a button or a step: a statement of facts ("we live in Haikou", "my son is 5",
 * 「宝宝两个月大了」), acknowledged; or facts with a question or a request ("宝宝两个月大了，先办什么？"),
 * answered with them, the question read from its own clause when the whole message matched no
 * topic. A question that cannot be answered keeps nothing ("what's the weather in Beijing" is not
 * where the family lives); a place named without a word of place ("train tickets to Shanghai") is
 * not taken either. Pure.
 */
export function hear(input: TurnInput): Heard | null {
    const u = input.understanding;
    if (u.command !== null || u.button !== null) return null;
    const today = input.today;
    const ageIn = (text: string) => (today ? recognizeChildAge(text, input.lang, today) : { success: false as const });
    const age = ageIn(u.text);
    // A step asked for ("宝宝两个月大，第一步是什么") goes to the walkthrough; the child's age said with it is kept.
    if (u.step !== null && !questionAboutStep(u))
        return age.success && aboutChild(u.text) ? { age: age.value, statement: false } : null;
    const question = u.clauses
        ? u.clauses.some((c) => isQuestion(c.text)) || /[?？]\s*$/.test(u.text)
        : isQuestion(u.text);
    const request = !question && REQUEST.test(u.text);
    const followUpShape = recognizeFollowUp(u.text).success;
    let place = u.place && !negated(u.text, u.place) ? u.place : null;
    // A message naming a step asks for something (「宝宝两个月大，第一步」): never only a statement.
    const statement = !question && !request && u.step === null;
    // In a statement, a place counts when the message is about where the family is, an age when it is about the child.
    if (place && statement && !followUpShape && !age.success && !aboutPlace(u.text, place)) place = null;
    const childAge = age.success && (!statement || aboutChild(u.text)) ? age.value : undefined;
    if (!childAge && !place) return null;
    const facts = { ...(childAge ? { age: childAge } : {}), ...(place ? { place } : {}) };
    if (statement) return { ...facts, statement: true };

    // A question or request along with the facts: answered from its own clause if the whole did not match,
    // or if that clause alone is surer of its topic than the whole message, which the facts pull towards
    // their own topic ("宝宝刚出生20天，医保电子凭证怎么弄" is about the e-voucher, not newborn insurance).
    let match: TopicMatch | undefined;
    const names = place ? [place.zh, place.en.toLowerCase(), ...(place.aliases ?? [])] : [];
    const hasFact = (text: string) => ageIn(text).success || names.some((n) => text.toLowerCase().includes(n));
    // Of the clauses without a fact about the child, the ones that ask ("医保电子凭证怎么弄", not "还没身份证号"), if any do.
    const factless = (u.clauses ?? []).filter((c) => !hasFact(c.text));
    const asking = factless.filter((c) => isQuestion(c.text));
    const questions = asking.length ? asking : factless;
    const rest = questions.map((c) => c.match);
    // A clause that says enough to be a question of its own ("how do I get her electronic card", not "now what").
    const substantive = (text: string) => {
        const han = [...text.replace(/[^\p{Script=Han}]/gu, '')].length;
        return han ? han >= 5 : text.trim().split(/\s+/).length >= 4;
    };
    if (u.match.intent !== OFF_TOPIC) {
        const own = [...rest].sort((a, b) => b.score - a.score)[0];
        if (own && own.intent !== OFF_TOPIC && own.score > u.match.score + CLEARLY_SURER) match = own;
        // How to get or activate a card, asked with the child's age, is about that card even when the age
        // pulls the whole message towards whether a child can have one ("our daughter is 6 weeks old, how
        // do I get her electronic social security card?").
        else if (
            own?.intent === 'activation' &&
            own.score >= OWN_ACTIVATION_MIN_SCORE &&
            u.match.intent !== 'activation' &&
            questions.some((c) => c.match === own && substantive(c.text))
        )
            match = own;
    } else {
        const best = rest.sort((a, b) => b.score - a.score)[0];
        if (best && best.intent !== OFF_TOPIC) match = best;
        else if (best && best.score >= REST_MIN_SCORE) match = { ...best, intent: best.nearest };
        // Nothing to answer: keep nothing ("what's the weather in Beijing"), unless it follows up an answer
        // or the facts were a statement of their own ("we're in Haikou. what's the deadline?": the place is kept).
        const stated = (u.clauses ?? []).some(
            (c) => !isQuestion(c.text) && ((place && aboutPlace(c.text, place)) || (childAge && ageIn(c.text).success)),
        );
        // A question in the domain's words that the matcher alone cannot place ("can I get the electronic card for my 2
        // year old without the physical card") may still be answered (by its form): its facts are kept.
        if (!match && !followUpShape && !stated && !u.match.inDomain) return null;
    }
    return { ...facts, statement: false, ...(match ? { match } : {}) };
}

/** How likely a clause's topic must be for it to count as a question of its own beside the facts. */
const OWN_CLAUSE_MIN_SCORE = 0.5;

/**
 * A clause of the message, without any fact about the child in it, that asks about a topic of its own ("ok what
 * about my baby's medical insurance, she's 1 month", 「那宝宝医保呢 她刚满月」): a question, even in the shape of a
 * follow-up, rather than the last question asked again for this child. Pure.
 */
export function ownQuestion(input: TurnInput): TopicMatch | undefined {
    const u = input.understanding;
    const today = input.today;
    const place = u.place;
    const names = place ? [place.zh, place.en.toLowerCase(), ...(place.aliases ?? [])] : [];
    const hasFact = (text: string) =>
        (today !== undefined && recognizeChildAge(text, input.lang, today).success) ||
        names.some((n) => text.toLowerCase().includes(n.toLowerCase()));
    const substantive = (text: string) => {
        const han = [...text.replace(/[^\p{Script=Han}]/gu, '')].length;
        return han ? han >= 4 : text.trim().split(/\s+/).length >= 4;
    };
    return (u.clauses ?? [])
        .filter(
            (c) =>
                c.match.intent !== OFF_TOPIC &&
                c.match.intent !== 'not-covered' &&
                c.match.score >= OWN_CLAUSE_MIN_SCORE &&
                substantive(c.text) &&
                !hasFact(c.text),
        )
        .sort((a, b) => b.match.score - a.match.score)[0]?.match;
}

/**
 * Keeps what a message said about the child; a statement is said back in one line (true: nothing
 * more to answer). A question with the facts is answered as usual, with them. "What about
 * Guiyang?" right after an answer is a follow-up (answered again, src/core/followUp.ts); with no
 * answer before it, it only says where the family is.
 */
export function attend(t: TurnDraft, heard: Heard | null): boolean {
    if (!heard) return false;
    remember(t, heard);
    if (recognizeFollowUp(t.u.text).success) {
        // With a question of its own, it is answered as one ("what about my baby's insurance? she's 3 weeks").
        if (t.data.lastAnswer || ownQuestion(t.input)) return false;
        acknowledge(t, heard);
        return true;
    }
    if (heard.statement) acknowledge(t, heard);
    return heard.statement;
}

/** Keeps what was heard in the conversation's child profile; the age with the day it was true. */
export function remember(t: TurnDraft, heard: Heard): void {
    const child: ChildProfile = { ...t.data.child };
    if (heard.age) {
        child.ageDays = heard.age.ageDays;
        if (t.input.today) child.ageOn = t.input.today;
        if (heard.age.birthDate) child.birthDate = heard.age.birthDate;
        else delete child.birthDate;
    }
    // A province named when the city kept is in it (「户口在广东」 after Zhongshan): the city, more specific, stays.
    const inIt = heard.place?.level === 'province' && child.city?.province?.id === heard.place.id;
    if (heard.place && !inIt) {
        const { id, en, zh, province } = heard.place;
        child.city = {
            id,
            name: { en, zh },
            ...(province ? { province: { id: province.id, name: { en: province.en, zh: province.zh } } } : {}),
        };
    }
    if (heard.card) child.card = heard.card;
    t.data.child = child;
}

/** Keeps the card the parent is talking about. */
export function rememberCard(t: TurnDraft, card: CardKindId): void {
    t.data.child = { ...t.data.child, card };
}

/** "Start over": everything about the child and the last answer is forgotten. */
export function forget(t: TurnDraft): void {
    t.data.child = undefined;
    t.data.lastAnswer = undefined;
    t.data.clarifying = undefined;
}

/** The child's age today: the age said, plus the days since it was said. */
export function currentAgeDays(child: ChildProfile | undefined, today: string | undefined): number | undefined {
    if (child?.ageDays === undefined) return undefined;
    if (child.birthDate && today) return daysBetween(child.birthDate, today);
    if (!child.ageOn || !today) return child.ageDays;
    return child.ageDays + Math.max(0, daysBetween(child.ageOn, today));
}

/** "a 2-month-old" / 「两个月大的宝宝」: the age as said back. */
export function describeAge(t: TurnDraft, days: number): string {
    const { catalog } = t.deps;
    if (days === 0) return catalog.t(t.lang, 'memory.newborn');
    if (days < 60) return catalog.t(t.lang, 'memory.ageDays', { n: days });
    // A week's grace, so that 「八个月」 (240 days) is said back as 8 months and "5" (1,826 days) as 5 years.
    if (days < 730) return catalog.t(t.lang, 'memory.ageMonths', { n: Math.floor((days + 7) / 30.44) });
    return catalog.t(t.lang, 'memory.ageYears', { n: Math.floor((days + 7) / 365.25) });
}

function placeName(lang: Lang, child: ChildProfile): string {
    return child.city ? child.city.name[lang] : '';
}

/** One line that says back what was just heard ("Noted: a 2-month-old in Haikou."). */
export function acknowledge(t: TurnDraft, heard: Heard): void {
    const { catalog, answers } = t.deps;
    const child = t.data.child ?? {};
    const parts: string[] = [];
    if (heard.age) parts.push(describeAge(t, heard.age.ageDays));
    if (heard.place) parts.push(catalog.t(t.lang, 'memory.place', { place: placeName(t.lang, child) }));
    const facts = parts.join(catalog.t(t.lang, 'memory.and'));
    t.say({
        lines: [catalog.t(t.lang, 'memory.ack', { facts })],
        actions: answers.menuActions(t.lang),
        meta: { kind: 'ack' },
    });
}

/**
 * After the turn: the last knowledge-base answer given (what a follow-up asks again), and the card
 * it was about as the card the parent is talking about.
 */
export function noteAnswers(t: TurnDraft): void {
    const answer = t.replies
        .map((r) => r.meta)
        .filter((m) => m?.kind === 'answer' && m.topic)
        .at(-1);
    if (!answer?.topic) return;
    t.data.lastAnswer = { topic: answer.topic, ...(answer.card ? { card: answer.card } : {}) };
    if (answer.card) rememberCard(t, answer.card);
}
