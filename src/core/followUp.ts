import { CARD_KINDS, LANGS } from '../kb/schema.js';
import { recognizeChildAge } from '../nlu/age.js';
import { recognizeFollowUp } from '../nlu/followUp.js';
import { OFF_TOPIC } from '../nlu/matcher.js';
import { recognizeChoice } from '../nlu/recognizers.js';
import { hanCount, latinWords, normalize } from '../nlu/text.js';
import { answerContext, cardIntent, isCardAnswer, leadEntryFor } from './answers.js';
import type { CardKindId } from './conversation.js';
import { ownQuestion, remember, rememberCard } from './memory.js';
import type { TurnDraft } from './turn.js';

/** The card a piece of text names ("the e-voucher", 「医保电子凭证」, "e-card"), if any. */
export function cardNamed(t: TurnDraft, text: string): CardKindId | null {
    const { answers, catalog } = t.deps;
    const options = answers.cardKinds().map((k) => ({
        label: k.title[t.lang],
        aliases: [
            ...k.aliases.en,
            ...k.aliases.zh,
            ...LANGS.flatMap((l) => [k.title[l], catalog.t(l, `cards.choose.${k.id}`)]),
        ],
    }));
    // Only a name, never a number: "and for 2?" is not the second card.
    if (/^\W*\d+\W*$/.test(text)) return null;
    const r = recognizeChoice(text, t.lang, options);
    return r.success ? CARD_KINDS[r.value]! : null;
}

/** "The social security card" / 「社保卡」 without saying which: in a follow-up, the card itself (the physical one). */
const GENERIC_CARD =
    /\b(?:social security card|social insurance card|ss card|sscard|shebao ?card|shebaoka)\b|社保卡|社会保障卡/i;
/** Words that point back at what was just answered: "that", "it", 「它」「这个」. */
const POINTS_BACK = /\b(?:it|that|this|there|one)\b|它|这个|那个|这样|这里|那里/i;
/** Where something can be done, named without saying which card: "in Alipay", 「微信里」. */
/** What is typed or sent when setting a card up ("what do i have to enter for him", 「要填什么」): the card's answer says. */
const ENTER_WORD = /\b(?:enter|type in|fill in|fill out|input|upload)\b|输入|填写|填什么|要填|上传/i;
const CHANNEL_WORD = /\b(?:alipay|wechat|weixin|app|phone|online|mobile)\b|支付宝|微信|手机|网上|线上|小程序|app/i;
/** Words a bare card name may come with ("the physical card", 「孩子的电子社保卡」). */
const NAME_FILLER =
    /\b(?:the|a|an|my|our|his|her|child'?s|kid'?s|baby'?s|son'?s|daughter'?s|for|about|one|it'?s|its|i mean|i have|we have|please|pls|i'?m|i am|asking|talking|meant|sorry|no)\b|孩子的|宝宝的|我的|我们的|我问的是|我想问|问的是|我说的是|不是|的|是|呢|吧|啊|就是|怎么办理|怎么办|怎么弄|咋办|咋弄|要办|办/gi;
/** Whether one thing is another, or how they differ: "the same as", 「是不是就是」「一样吗」「区别」. */
const SAME_OR_NOT = /\bsame\b|\bdiffer\w*|\bvs\.?\b|是不是|一样|一回事|区别|不同/i;
/** The topics a card's own answer covers (where, who acts, what to bring or enter). */
const CARD_TOPICS: ReadonlySet<string> = new Set(['activation', 'documents', 'who-can-act', 'apply-where']);
/**
 * Asked right after a card's answer without naming a card, what the answer to a topic is: the
 * card's own answer (activating it; what to bring and where, for the two set up on a phone, which
 * the documents and where-to-apply answers, written for the physical card, do not fit), or the
 * topic's (who may act, for every card: whether a grandparent may is the topic's to say).
 */
function carriesCard(topic: string, card: CardKindId): boolean {
    if (topic === 'activation') return true;
    return card !== 'physical' && (topic === 'documents' || topic === 'apply-where');
}
/** Topics whose answer already says what holds for each card ("12333 for the card; 12393 for the e-voucher"). */
const COVERS_EVERY_CARD: ReadonlySet<string> = new Set(['hotlines']);
/** Words that ask something of their own ("where", 「哪」「怎么」): a follow-up's subject with one may be its own question. */
const WH_WORD = /哪|什么|怎么|谁|多少|几|\b(?:where|what|how|who|which|when)\b/i;
/** How sure the matcher must be of another topic for such a subject to be its own question. */
const OWN_QUESTION_MIN_SCORE = 0.5;

/** A yes-or-no asked again with nothing else in it: "so can she?", "can he or not", 「那到底行不行」「可以吗」. */
const BARE_ASK_AGAIN =
    /^(?:(?:so|and|but|ok(?:ay)?|well)\s+)?(?:can|could|may|does|do|is|will) (?:she|he|they|i|we|it|that)(?:\s+(?:do it|do that|apply|go))?(?:\s+(?:here|there|then|or not|still|now|after all))*\s*[?？!.]*$|^(?:那|所以)?(?:他|她|孩子|我们|我)?(?:在这边|在这里|在我们这|这边|这里)?(?:到底|究竟)?(?:行不行|可不可以|能不能|行吗|可以吗|能吗|能办吗|可以办吗|到底行吗|(?:还)?能补(?:办|交|上)?吗)(?:啊|呢|呀|啦)?\s*[?？!！。]*$|^(?:那)?(?:我们|我家)?(?:这种|这个)情况(?:咋办|怎么办|呢|行吗)\s*[?？!！。]*$/i;

/** Medical insurance or social security named as the subject of a follow-up ("and for medical insurance?", 「那医保呢」). */
const INSURANCE_WORD = /\binsurance\b|医保|医疗保险|\bsocial security\b|\bshebao\b|社保(?!卡)/i;

/** The card a follow-up's subject names; "the social security card" alone is the physical card. */
function cardOfFollowUp(t: TurnDraft, subject: string): CardKindId | null {
    return cardNamed(t, subject) ?? (GENERIC_CARD.test(subject) ? 'physical' : null);
}

/**
 * "How do I activate my son's social security card?" / 「孩子的社保卡怎么激活」: the social security card named
 * without "electronic" is the physical card (社会保障卡), the one a parent holds; its answer offers the other two
 * (and starts with what can be done online when asked about a phone). "The card" or 「卡」 alone says nothing of which, and is asked.
 */
export function socialSecurityCardNamed(text: string): boolean {
    return GENERIC_CARD.test(text);
}

/**
 * The card a message names when it names nothing else ("the physical social security card",
 * 「电子社保卡」, "my kid's e-voucher"): what is left without the card's names is filler.
 */
export function cardAlone(t: TurnDraft): CardKindId | null {
    // "Is the medical insurance code the same as the social security card?" (「医保码是不是就是社保卡」) names one to ask about both.
    if (SAME_OR_NOT.test(t.u.text)) return null;
    const card = cardNamed(t, t.u.text);
    if (!card) return null;
    const kind = t.deps.answers.cardKind(card);
    const names = [...kind.aliases.en, ...kind.aliases.zh, ...LANGS.map((l) => kind.title[l])]
        .map((n) => normalize(n))
        .filter(Boolean)
        .sort((a, b) => b.length - a.length);
    let rest = normalize(t.u.text);
    for (const n of names) rest = rest.split(n).join(' ');
    rest = rest.replace(new RegExp(GENERIC_CARD.source, 'gi'), ' ').replace(/\bcard\b|卡/gi, ' ');
    rest = rest.replace(NAME_FILLER, ' ').replace(/[\s\p{P}\p{S}]/gu, '');
    return rest.length === 0 ? card : null;
}

/**
 * A question that carries on about the card just answered without naming it ("what do I need for
 * that?", 「需要准备啥」「支付宝可以吗」, "can I do it in Alipay"): that card's answer, which says
 * where, who acts and what to bring or enter. Only short messages that name no card themselves
 * (the social security card named after an e-voucher answer is another card), about what a card's
 * answer covers.
 */
function aboutCardInContext(t: TurnDraft): boolean {
    const last = t.data.lastAnswer;
    // (After who acts, where or what to bring for a card, only where it is done: "can i do it in alipay?" after who sets
    // up the e-voucher; what to take along is then the documents topic's.)
    const card =
        last?.card && (isCardAnswer(last) || (CARD_TOPICS.has(last.topic) && CHANNEL_WORD.test(t.u.text)))
            ? last.card
            : undefined;
    const u = t.u;
    if (!card || u.place || cardNamed(t, u.text)) return false;
    if (card === 'e-voucher' && GENERIC_CARD.test(u.text)) return false;
    const han = hanCount(u.text);
    const short = han ? han <= 14 && latinWords(u.text).length <= 3 : latinWords(u.text).length <= 10;
    if (!short) return false;
    const { intent, nearest } = u.match;
    const pointsBack = POINTS_BACK.test(u.text) || CHANNEL_WORD.test(u.text);
    // "What do i upload?" / 「要填什么」 after a card's answer: what that card's answer lists, whatever the matcher says.
    const enters = ENTER_WORD.test(u.text) && (han ? han <= 10 : latinWords(u.text).length <= 8);
    // "How do I do it (for the baby)?" / 「给宝宝怎么弄」: the object left out is the card just answered.
    // (The matcher reads a bare "how" as the order of steps.)
    const howToDo =
        (intent === OFF_TOPIC || intent === 'process') &&
        HOW_TO_DO.test(u.text) &&
        (han ? han <= 10 : latinWords(u.text).length <= 8);
    if (
        !carriesCard(intent, card) &&
        !(intent === OFF_TOPIC && pointsBack && carriesCard(nearest, card)) &&
        !howToDo &&
        !enters
    )
        return false;
    answerAgain(t, 'activation', card);
    return true;
}

/** "How do I do it", 「怎么弄」「咋办理」: asking how, with what is to be done left out. */
const HOW_TO_DO =
    /\bhow (?:do|can|should|would) (?:i|we|you) (?:do|set up|sort|get)\b|(?:怎么|咋|如何|怎样)(?:弄|搞|操作|办理|办|做|开通|设置)/i;

/** Below this, the matcher's own topic for a short follow-up does not outweigh the answer just given. */
const OWN_TOPIC_MIN_SCORE = 0.8;

/**
 * A short question right after a topic's answer that asks one of its narrower questions ("can the
 * electronic one still be used?" after the lost-card answer, 「那奶奶能办吗」 after who may act):
 * that topic again, starting with the narrower answer (its `leads`), unless the matcher is sure the
 * question is about another topic. After a card's answer, the card's own (「银行那部分呢」 after the physical
 * card, "who can do it?" after the e-voucher).
 */
function narrowerInContext(t: TurnDraft): boolean {
    const last = t.data.lastAnswer;
    const u = t.u;
    if (!last) return false;
    const han = hanCount(u.text);
    if (han ? han > 14 : latinWords(u.text).length > 10) return false;
    // After a card's answer, the card's own narrower questions ("and the bank part?", "who can do it?"); after a topic's
    // answer about a card (the lost card's line on the e-card), the topic's, then the card's.
    const cardLeads = last.card ? t.deps.answers.cardKind(last.card).leads : [];
    const topicLeads = t.deps.answers.topic(last.topic)?.leads ?? [];
    const leads = isCardAnswer(last) ? cardLeads : [...topicLeads, ...cardLeads];
    const lead = leadEntryFor(leads, u.text);
    if (!lead) return false;
    // "Not in my sources" is no better an answer than the topic just answered, which has one for this; nor, after
    // a card's answer, a topic that answer covers (who acts, where, what to bring).
    const own = u.match.intent;
    const covered = last.card !== undefined && CARD_TOPICS.has(own);
    // "Can it be done by phone instead?" after the lost card: the phone words pull the matcher to activation, but
    // "it" is the last answer's business and nothing says activate.
    const phoneOnly = own === 'activation' && ANAPHOR.test(u.text) && !ACTIVATE_WORD.test(u.text);
    // A card named in the question pulls the matcher to which card is which ("does her electronic card still work?"
    // after the lost card), unless it asks just that (what the card is, how they differ).
    // So does a card the narrower answer is about, towards that card's own answer (「那电子社保卡还能用吗」 after it).
    const cardNamedOnly =
        (own === 'card-kinds' || (own === 'activation' && lead.card !== undefined && !ACTIVATE_WORD.test(u.text))) &&
        !KINDS_QUESTION.test(u.text);
    if (
        own !== OFF_TOPIC &&
        own !== 'not-covered' &&
        own !== last.topic &&
        !covered &&
        !phoneOnly &&
        !cardNamedOnly &&
        u.match.score >= OWN_TOPIC_MIN_SCORE
    )
        return false;
    t.asked = u.text;
    // Who may set a card up is the who-may-act topic's question, answered with the card's own line first.
    answerAgain(t, last.card && u.match.nearest === 'who-can-act' ? 'who-can-act' : last.topic, last.card);
    return true;
}

/** A question about what the cards are or how they differ: "what's the electronic card?", 「有什么区别」. */
const KINDS_QUESTION =
    /\bdiffer\w*|\bvs\.?\b|\bversus\b|\bsame (?:thing|as)\b|\bwhat(?:'s|s| is| are)\s+(?:a|an|the)?\s*(?:electronic|e-?card|physical|e-?voucher)|区别|不同|一样|是什么|是啥|哪个|哪种|几种/i;

/** How likely the nearest topic of a message that points back at the last answer must be for it to be answered. */
const POINTING_BACK_MIN_SCORE = 0.2;
/** The same, when the nearest topic is the last answer's own and the message says "it" or "that". */
const POINTING_BACK_IT_MIN_SCORE = 0.12;
/** How likely the last answer's own topic must be for a very short question without "it" or "that" to carry on from it. */
const SAME_TOPIC_MIN_SCORE = 0.3;
/** Words that ask to activate something: "activate", 「激活」「开通」「启用」. */
const ACTIVATE_WORD = /\bactivat\w*|\bswitch(?:ed)? on\b|\benabl\w*|激活|开通|启用/i;
/** Words that stand for what was just talked about: "it", "that", 「它」「这个」. */
const ANAPHOR = /\b(?:it|that|this|one)\b|它|这个|那个/i;

/**
 * "Does she need one?", 「也要吗」: a message of a few words asking whether the thing just talked about is needed or
 * had ("and what about that" says too little, and is asked).
 */
export function pointsBackShortly(text: string): boolean {
    const han = hanCount(text);
    // Filler around the question does not make it longer: "so does he need one or not then".
    const core = text
        .trim()
        .replace(/^(?:so|and|ok(?:ay)?|well|but)\b[\s,]*/i, '')
        .replace(/[\s,]*\b(?:or not|then|tho(?:ugh)?|anyway|after all)\W*$/i, '');
    const short = han ? han <= 8 : core.split(/\s+/).length <= 6;
    return (
        short &&
        /\b(?:need|needs|get|have|bring|take)\s+(?:one|them|it)\b|也要吗|也需要吗|要不要这个|需不需要这个/i.test(text)
    );
}

/**
 * A short question the matcher is unsure of that points back at the last answer ("who can do it
 * for my baby?" after the e-voucher's answer): read in that answer's context, it is about the
 * nearest topic when that topic is the answer's own or, after a card's answer, one a card's answer
 * covers. Anything else is left to be declined.
 */
function pointsBackToAnswer(t: TurnDraft): boolean {
    const last = t.data.lastAnswer;
    const u = t.u;
    const { intent, nearest, score } = u.match;
    // "How do I report it?" after the lost card: "it" and the answer's own topic nearest need less of the matcher.
    const itOfLast = nearest === last?.topic && ANAPHOR.test(u.text);
    if (!last) return false;
    // "So does she need one?" right after the photo's answer: the thing just answered, unless the matcher is sure of
    // another topic.
    if (
        pointsBackShortly(u.text) &&
        intent !== last.topic &&
        (intent === OFF_TOPIC || score < OWN_TOPIC_MIN_SCORE) &&
        t.deps.answers.topic(last.topic)
    ) {
        answerAgain(t, last.topic, last.card);
        return true;
    }
    if (intent !== OFF_TOPIC) return false;
    if (score < (itOfLast ? POINTING_BACK_IT_MIN_SCORE : POINTING_BACK_MIN_SCORE)) return false;
    const han = hanCount(u.text);
    if (han ? han > 14 : latinWords(u.text).length > 10) return false;
    // Without "it" or "that", only a very short question nearest to the answer's own topic (「孩子要不要去」
    // after who may act) carries on from it.
    const veryShort = han ? han <= 8 : latinWords(u.text).length <= 6;
    const sameTopic = nearest === last.topic && score >= SAME_TOPIC_MIN_SCORE && veryShort;
    if (!ANAPHOR.test(u.text) && !sameTopic) return false;
    if (nearest !== last.topic && !(last.card && CARD_TOPICS.has(nearest))) return false;
    if (!t.deps.answers.topic(nearest)) return false;
    // After a card's own answer, what that answer covers is the card's answer again (「给孩子怎么开通」 after the e-card).
    if (last.card && isCardAnswer(last) && carriesCard(nearest, last.card)) answerAgain(t, 'activation', last.card);
    else answerAgain(t, nearest);
    return true;
}

/** "Why are the rules different in every city?", 「为什么每个地方不一样」. */
const WHY_DIFFER = /\b(?:differ\w*|vary|varies|not the same)\b|不一样|不同|有差别|有区别/i;
/**
 * "So can I do it in Guiyang then?" right after an answer: "it" is what was just answered, asked again for the place
 * named (kept as the family's), unless the matcher is sure the question is about something else.
 */
function sameHereFor(t: TurnDraft): boolean {
    const last = t.data.lastAnswer;
    const u = t.u;
    const place = u.place;
    if (!last || !place || !DO_IT.test(u.text)) return false;
    const han = hanCount(u.text);
    if (han ? han > 14 : latinWords(u.text).length > 10) return false;
    if (u.match.intent !== OFF_TOPIC && u.match.intent !== last.topic && u.match.score >= OWN_TOPIC_MIN_SCORE)
        return false;
    remember(t, { place, statement: false });
    answerAgain(t, last.topic, last.card);
    return true;
}

/** Getting a card made or applied for ("get the physical card made", 「申请实体卡」「制卡」). */
const MADE_WORD = /\bmade\b|\bmake\b|\bapply\b|\bapplication\b|\bwhere (?:do|can|should) (?:i|we) get\b|申请|申领|制卡|做卡|去哪(?:里|儿)?办|在哪(?:里|儿)?办|哪里办/i;

/** "Do it", "do that", 「这样办」「也能办」: what was just answered, done. */
const DO_IT = /\bdo (?:it|that|this|the same)\b|这样办|也能办|也可以办|能这样/i;

/** A question that asks for a reason: "why do I need…", "how come…", 「为啥要先有实体卡」. */
const WHY_QUESTION =
    /^(?:but\s+|and\s+|so\s+|ok\s+)?(?:why|how come)\b|^(?:那|但是|可是|可)?(?:为什么|为啥|为何|凭什么)/i;

/**
 * "Why …?" right after an answer, about that answer ("why do we need the hukou book?" after the
 * documents answer, 「为啥要先有实体卡」 after the electronic card's): the reason for it and its
 * source, as "why?" gives. A why-question about another topic is answered as that question.
 */
export function whyAboutLast(t: TurnDraft): boolean {
    const last = t.data.lastAnswer;
    const u = t.u;
    if (!last || u.command !== null || u.button !== null || u.step !== null) return false;
    const text = u.text.trim();
    const han = hanCount(text);
    const short = han ? han <= 20 : latinWords(text).length <= 12;
    if (!short || !WHY_QUESTION.test(text)) return false;
    // Why the rules differ from city to city is the legal basis's own question, answered as such.
    if (WHY_DIFFER.test(text)) return false;
    const { intent } = u.match;
    // Matched to no topic, it must point back at the answer ("why that one?"): "why is the sky blue" does not.
    const pointsBack = POINTS_BACK.test(text) && (han ? han <= 8 : latinWords(text).length <= 6);
    const same =
        (intent === OFF_TOPIC && pointsBack) ||
        intent === last.topic ||
        (last.card !== undefined &&
            (intent === 'card-kinds' ||
                CARD_TOPICS.has(intent) ||
                // "Why must there be a physical card first?" after the electronic card: the order the matcher hears is
                // that card's.
                (intent === 'process' && cardNamed(t, text) !== null)));
    if (!same) return false;
    t.say(t.deps.answers.whyReply(t.lang, last));
    return true;
}

/**
 * Answers a topic (or a card: 'activation' with the card) again, for the child as now known: the same answer
 * builders as a first answer, with the answer context. Another topic with a card is that topic's answer about the
 * card (who may act for the e-voucher).
 */
export function answerAgain(t: TurnDraft, topic: string, card?: CardKindId): void {
    const intent = card && topic === 'activation' ? cardIntent(card) : topic;
    const flow = t.deps.flows.find((f) => f.leadsTo(intent) && f.startFor);
    if (flow) {
        flow.startFor!(t, intent);
        return;
    }
    const ctx = answerContext(t.data, t.input.today, t.asked);
    t.say(t.deps.answers.topicReply(t.lang, topic, ctx && card ? { ...ctx, card } : ctx));
}

/**
 * A follow-up right after an answer: "and for the e-voucher?" / 「那医保电子凭证呢？」 asks the same
 * for another card; "what about Guiyang?" / 「那海口呢」 for another city (remembered); "and for a
 * 5-year-old?" for another age. Returns false when the message is not one (it is then understood
 * as a question of its own).
 */
export function followUp(t: TurnDraft): boolean {
    const last = t.data.lastAnswer;
    const u = t.u;
    if (!last || u.command !== null || u.button !== null || u.step !== null) return false;
    // "So can she?", 「那到底行不行」 right after an answer: the same question, answered again (now for what is known).
    if (BARE_ASK_AGAIN.test(u.text.trim()) && t.deps.answers.topic(last.topic)) {
        answerAgain(t, last.topic, last.card);
        return true;
    }
    const subject = recognizeFollowUp(u.text);
    // 「那孩子的社保卡去哪激活」 after the hotlines asks where, of its own: not the hotlines again for the card.
    // (A card named after another card's answer is still that card's follow-up: "and where do i get the physical card
    // made" after the e-voucher.)
    const asksOwn =
        subject.success &&
        WH_WORD.test(subject.value) &&
        (COVERS_EVERY_CARD.has(last.topic) || cardOfFollowUp(t, subject.value) === null) &&
        u.match.intent !== OFF_TOPIC &&
        u.match.intent !== last.topic &&
        u.match.score >= OWN_QUESTION_MIN_SCORE;
    if (!subject.success || asksOwn)
        return aboutCardInContext(t) || narrowerInContext(t) || pointsBackToAnswer(t) || sameHereFor(t);
    // "And once the card is cancelled?", 「注销以后呢」 after the lost card: a narrower question of the answer just given.
    if (!u.place && leadEntryFor(t.deps.answers.topic(last.topic)?.leads, u.text) && narrowerInContext(t)) return true;
    const card = cardOfFollowUp(t, subject.value);
    const place = u.place ?? null;
    const today = t.input.today;
    const age = today ? recognizeChildAge(subject.value, t.lang, today) : { success: false as const };
    // "And for medical insurance?" after the hotlines: the answer covers it (12393), not enrolling a newborn.
    if (!card && COVERS_EVERY_CARD.has(last.topic) && INSURANCE_WORD.test(subject.value)) {
        answerAgain(t, last.topic);
        return true;
    }
    if (card) {
        rememberCard(t, card);
        // Where the physical card is made ("and where do i get the physical card made"): where to apply.
        if (card === 'physical' && MADE_WORD.test(u.text) && !ACTIVATE_WORD.test(u.text)) {
            answerAgain(t, 'apply-where');
            return true;
        }
        // The last topic has a narrower answer about that card (「那电子社保卡还能用吗」 after a lost card): that answer.
        if (leadEntryFor(t.deps.answers.topic(last.topic)?.leads, u.text)?.card === card) {
            t.asked = u.text;
            answerAgain(t, last.topic);
            return true;
        }
        // The same question for another card: that card's answer, unless the topic's answer already
        // covers every card ("is there a hotline?" … "and for the social security card?").
        if (COVERS_EVERY_CARD.has(last.topic) && !last.card) answerAgain(t, last.topic);
        else answerAgain(t, 'activation', card);
        return true;
    }
    if (!place && !age.success) return aboutCardInContext(t) || narrowerInContext(t) || pointsBackToAnswer(t);
    // The facts come with a question about another topic: that question, answered for this child.
    const own = ownQuestion(t.input);
    if (own && own.intent !== last.topic) return false;
    remember(t, { ...(place ? { place } : {}), ...(age.success ? { age: age.value } : {}), statement: false });
    answerAgain(t, last.topic, last.card);
    return true;
}

/** Whether one card is still needed with another, or their order: which card is which, or the steps. */
const STILL_OR_ORDER =
    /还用|还要|还需要|还得|有了|已经有|必要|几个|几张|到底|都得|都要|都需要|顺序|先后|\bstill\s+(?:need|needs|have to|has to|require|requires|worth|necessary)\b|\balready have\b|\bboth\b|\ball\b|\border\b|\bfirst\b|\bbefore\b|\bafter\b/i;
/** Topics the matcher gives a question about getting one named card. */
const GETS_CARD_TOPICS: ReadonlySet<string> = new Set([
    'process',
    'child-eligibility',
    'card-kinds',
    'newborn-insurance',
]);
/** Getting or setting up something: "get", "apply for", "set up", 「办」「开通」「申领」. */
const GET_WORD = /\b(?:get|apply|activate|set up|sort out|obtain)\b|办|开通|激活|申请|申领|领|弄/i;

/** Words of what to bring ("documents", 「带啥证件」): the documents answer says it, for the bank too. */
const BRING_WORD =
    /\bbring\b|\bdocuments?\b|\bpapers?\b|\bpaperwork\b|\bchecklist\b|\btake (?:with|along)\b|\bwhat (?:should|do|must) (?:i|we) take\b|带|证件|材料|清单/i;
/** A bank named as the place ("at the bank", 「银行」): the physical card, the one activated there. */
const BANK_WORD = /\bbank\b|银行|柜台/i;
/** "Without the physical card" / 「没有实体卡」: that card is what the parent lacks, not what they ask about. */
const WITHOUT =
    /\bwithout\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?card\b|\bwithout\s+(?:a\s+|the\s+)?(?:physical|electronic)\s+one\b|\b(?:doesn'?t|does not|don'?t|do not|hasn'?t|has not|haven'?t|have not)\s+(?:got\s+|have\s+)?(?:a\s+|the\s+|his\s+|her\s+|any\s+)?(?:physical|plastic)\s+(?:social security\s+)?card\b|(?:没有|还没有|没办|没)(?:实体|电子)?(?:社保)?卡/i;
/** Topics next to a card's own answer that the matcher may choose for a question about getting one card. */
const NEXT_TO_CARD: ReadonlySet<string> = new Set([
    'activation',
    'documents',
    'apply-where',
    'process',
    'child-eligibility',
    'card-kinds',
]);

/**
 * The card a question asks about: the one it names, leaving out one it says the child lacks ("without the physical
 * card", 「没有实体卡」: `besides`).
 */
export function cardInQuestion(t: TurnDraft): { card: CardKindId | null; besides: boolean } {
    const without = WITHOUT.exec(t.u.text);
    if (!without) return { card: cardNamed(t, t.u.text), besides: false };
    const card = cardNamed(t, t.u.text.replace(without[0], ' '));
    const lacked = cardNamed(t, without[0]) ?? (GENERIC_CARD.test(without[0]) ? 'physical' : null);
    if (card && card !== lacked) return { card, besides: true };
    // No other card named, right after another card's answer ("he doesn't have a physical card yet, can I still do
    // it?" after the electronic card): that card, asked about without the one lacked.
    const last = t.data.lastAnswer?.card;
    if (!card && last && lacked && last !== lacked) return { card: last, besides: true };
    return { card: cardNamed(t, t.u.text), besides: false };
}

/**
 * A question about getting or activating one card that the matcher read as a neighbouring topic: "can I get the
 * electronic card for my 2 year old without the physical card" (the card asked about, not the one lacked), "what do
 * I need to activate her card at the bank" (the physical card, activated at the bank), and, right after a card's
 * answer, "how do I get the physical one then" (the other card). That card's answer, starting with its narrower
 * line where it has one.
 */
export function cardAsked(t: TurnDraft): boolean {
    const u = t.u;
    if (u.command !== null || u.button !== null || u.step !== null) return false;
    if (!NEXT_TO_CARD.has(u.match.intent)) return false;
    // The cheap tests first: reading which card a message names is the costly part, done only when one may apply.
    const without = WITHOUT.test(u.text);
    const atBank =
        u.match.intent !== 'card-kinds' &&
        ACTIVATE_WORD.test(u.text) &&
        BANK_WORD.test(u.text) &&
        !BRING_WORD.test(u.text);
    const last = t.data.lastAnswer;
    const han = hanCount(u.text);
    const short = han ? han <= 14 : latinWords(u.text).length <= 10;
    const afterCard = !!last && isCardAnswer(last) && short && u.match.intent !== 'card-kinds';
    // Getting one card, named ("can i get her the electronic card straight away", 「能直接办电子社保卡吗」, "how do we
    // get the physical one then"), read by the matcher as the steps, eligibility or which card is which.
    const getsCard =
        GETS_CARD_TOPICS.has(u.match.intent) &&
        (han ? han <= 20 : latinWords(u.text).length <= 16) &&
        GET_WORD.test(u.text) &&
        !KINDS_QUESTION.test(u.text) &&
        !STILL_OR_ORDER.test(u.text) &&
        !BRING_WORD.test(u.text);
    if (!without && !atBank && !afterCard && !getsCard) return false;
    const { card: named, besides } = cardInQuestion(t);
    let card: CardKindId | null = null;
    if (besides && named) card = named;
    else if (!named && atBank) card = 'physical';
    else if (named && afterCard && named !== last!.card) card = named;
    else if (named && getsCard) card = named;
    if (!card) return false;
    rememberCard(t, card);
    t.asked = u.text;
    answerAgain(t, 'activation', card);
    return true;
}

/** What to upload, bring or have ready, asked on its own ("what do i have to upload", 「要准备些什么」). */
const NEEDS =
    /^(?:(?:ok(?:ay)?|so|and|then)[\s,]+)?what\s+(?:do|would|will|should)\s+(?:i|we)\s+(?:have to|need to|need|must)\s+(?:upload|bring|prepare|provide|submit|send|have ready|fill in)\b|^(?:那|那么)?(?:我|我们)?(?:要|需要|得)(?:上传|准备|提交|带|拿|填)(?:些)?(?:什么|啥|哪些)/i;

/** Going somewhere in person ("do we have to go to an office for it", 「要带孩子去大厅吗」). */
const VISIT =
    /\b(?:go|come|visit)\b.{0,20}\b(?:office|counter|bank|hall|centre|center|window)\b|\bin person\b|\bbring (?:the |my |our )?(?:kid|child|baby|son|daughter|him|her)\b|大厅|窗口|线下|跑一趟|跑腿|去银行|带(?:孩子|宝宝|娃)去|本人到场|到现场/i;

/**
 * What to upload, bring or have ready, or whether to go somewhere in person, asked right after the e-card's or the
 * e-voucher's answer and naming no card:
 * that card's answer again (what it needs is in it), not a guess at a topic ("what do i have to upload" after the
 * e-voucher).
 */
export function cardNeedsAgain(t: TurnDraft): boolean {
    const last = t.data.lastAnswer;
    // After the physical card, what to bring is the documents answer, written for that card.
    if (!last?.card || last.card === 'physical' || !isCardAnswer(last)) return false;
    if (t.u.button !== null || t.u.command !== null) return false;
    const text = t.u.text.trim();
    const short = hanCount(text) ? hanCount(text) <= 12 : latinWords(text).length <= 10;
    if (!(NEEDS.test(text) || (short && VISIT.test(text))) || cardNamed(t, text)) return false;
    t.asked = t.u.text;
    answerAgain(t, 'activation', last.card);
    return true;
}

/** "Tell me about …", 「讲讲…」: asking to hear about something. */
const TELL_ME =
    /^(?:(?:can you |could you |pls |please )?(?:tell me (?:about|more about)|explain|info on|information (?:on|about)|what can you tell me about))\b|^(?:讲讲|说说|介绍一下|介绍下|聊聊)/i;

/** "Tell me about the electronic social security card for kids", 「讲讲孩子的电子社保卡」: that card's answer. */
export function cardIntroduced(t: TurnDraft): boolean {
    if (t.u.button !== null || t.u.command !== null || !TELL_ME.test(t.u.text.trim())) return false;
    const card = cardNamed(t, t.u.text);
    if (!card) return false;
    rememberCard(t, card);
    t.asked = t.u.text;
    answerAgain(t, 'activation', card);
    return true;
}
