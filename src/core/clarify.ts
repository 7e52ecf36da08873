import { LANGS, type Lang } from '../kb/schema.js';
import { redact } from '../privacy/redact.js';
import { OFF_TOPIC } from '../nlu/matcher.js';
import { trimFiller } from '../nlu/commands.js';
import { editDistance } from '../nlu/features.js';
import { recognizeChoice } from '../nlu/recognizers.js';
import { normalize } from '../nlu/text.js';
import { leadFor, parseCardIntent } from './answers.js';
import { answerAgain, cardAlone, cardInQuestion, cardNamed, pointsBackShortly } from './followUp.js';
import type { CardKindId } from './conversation.js';
import { currentAgeDays } from './memory.js';
import type { TurnDraft } from './turn.js';
import type { Understanding } from './understand.js';

/**
 * How close the second-best topic must be to the best one for the bot to ask which is meant: its
 * probability at least this share of the best one's. Tuned by 5-fold cross-validation on the
 * knowledge base's samples (`npm run eval:cv -- --clarify`): at 0.4 about 8.5 % of answered samples
 * get the question, and a quarter of the wrong answers become a question whose second choice is right
 * (at 0.5: 6 % and a sixth); at 0.3, 12 % are asked, too many questions for a parent.
 */
export const CLOSE_RATIO = 0.4;
/** Topics never offered as a choice: "something my sources don't cover" is not something to pick. */
const NEVER_OFFERED: ReadonlySet<string> = new Set(['not-covered', OFF_TOPIC]);
/** What one ambiguous word may mean (the words themselves are in the catalogue, `ambiguous`). */
const MEANINGS: Record<string, string[]> = {
    card: ['card-kinds', 'apply-where', 'activation'],
    activate: ['card:physical', 'card:electronic', 'card:e-voucher'],
    insurance: ['newborn-insurance', 'card:e-voucher', 'child-eligibility'],
};

/** A choice's label: a card's button, or the topic's title. */
function label(t: TurnDraft, choice: string, lang: Lang): string {
    const card = parseCardIntent(choice);
    if (card) return t.deps.catalog.t(lang, `cards.choose.${card}`);
    return t.deps.answers.topic(choice)!.title[lang];
}

/**
 * Which group of meanings a one-word message belongs to ("card", 「卡」, "activate", 「激活一下」), if any.
 * A message the matcher declines may also be one of the words mistyped by one letter or character
 * (「社保咔」, "activte"); a word that means something else (「社保局」) is matched, so never read so.
 */
function ambiguousWord(t: TurnDraft): string | null {
    // "Card stuff", 「卡的事」: the word and what is said about it, no more.
    const norm = trimFiller(normalize(t.u.text).replace(/\s*[?？!！。.]+$/, ''))
        .replace(/^(?:about|re|regarding)\s+(?=\S)/, '')
        .replace(/(?<=\S)\s+(?:stuff|things?|questions?|issues?)$|(?<=\p{Script=Han})的?事(?:情|儿)?$/u, '');
    if (!norm) return null;
    const typo = t.u.match.intent === OFF_TOPIC;
    const near = (word: string) => {
        if (word === norm) return true;
        if (!typo || word.length !== norm.length) return false;
        const long = /\p{Script=Han}/u.test(word) ? word.length >= 3 : word.length >= 6;
        return long && editDistance(word, norm, 1) <= 1;
    };
    // "Insurance" / 「医保」 only as the whole message: 「医保呢」 after an answer asks about it (a follow-up).
    const whole = normalize(t.u.text).replace(/\s*[?？!！。.]+$/, '');
    for (const lang of LANGS) {
        for (const [group, words] of Object.entries(t.deps.catalog.ambiguous(lang))) {
            if (
                group === 'insurance'
                    ? words.some((w) => normalize(w) === whole)
                    : words.some((w) => near(normalize(w)))
            )
                return group;
        }
    }
    return null;
}

const NOT_COVERED = 'not-covered';
/** A card or medical insurance named: a question about them, not about the metro or a bank in general. */
const ABOUT_CARD = /\bcards?\b|\binsurance\b|\bsscard\b|\bshebao|\be-?voucher\b|卡|医保|社保|凭证/i;
/**
 * Other cards a parent may have ("bus card", 「公交卡」, an ID card) and an adult's own insurance: not the known gaps'
 * business, and declined as before.
 */
const OTHER_CARD =
    /\b(?:bus|transit|metro|subway|transport|travel|library|bank|credit|debit|sim|id|identity)\s+cards?\b|\bpassport\b|公交卡|交通卡|地铁卡|一卡通|银行卡|信用卡|储蓄卡|身份证|护照|\badults?\b|\bgrown-?ups?\b|\bmy own\b|成人|大人|成年人|我自己的/i;

/**
 * A question about something the sources are known to be silent on ("can my kid use his card on the metro?", "can
 * I change the bank on her card?", 「社保卡密码忘了怎么重置」): the not-covered answer, which starts by naming the gap
 * (its `leads` in the knowledge base), however sure the matcher is of a neighbouring topic.
 */
function knownGap(t: TurnDraft): boolean {
    const text = t.u.text;
    if (!ABOUT_CARD.test(text) || OTHER_CARD.test(text)) return false;
    return leadFor(t.deps.answers.topic(NOT_COVERED)?.leads, text) !== undefined;
}

/** Applying for another document (a child's ID card, passport, hukou, birth certificate): not this bot's business. */
const OTHER_APPLICATION =
    /\b(?:get|apply for|applying for|open|make)\s+(?:\w+\s+){0,3}?(?:bank|savings|debit|credit|bus|transit|metro|library)\s+(?:savings\s+|debit\s+)?(?:card|account)s?\b|(?:办|开|申请)(?:一?张|个)?(?:银行卡|储蓄卡|信用卡|公交卡|交通卡)|\b(?:get|apply for|applying for|make|renew|register)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|my\s+\w+'?s?\s+)?(?:id card|identity card|passport|visa|hukou|household registration|birth certificate)\b|\bregister(?:ing)?\s+(?:a\s+|the\s+|my\s+|our\s+)?(?:newborn'?s?|baby'?s?|child'?s?|kid'?s?)?\s*hukou\b|(?<![没未])办(?:个|张)?身份证|申请身份证|办护照|护照(?:怎么|如何)办|办签证|签证(?:怎么|如何)办|上户口(?:要|需要|怎么|的?流程)|落户(?:要|需要|怎么|的?流程)|户口迁(?:移|到)?.{0,6}(?:流程|怎么|要什么)|办出生证|出生证(?:明)?(?:怎么|如何)办|\b(?:needs?|wants?) (?:an? |his |her |their )?(?:id card|identity card|passport|visa)\b|\bpensions?\b|养老金|退休金|\bsavings (?:card|account)\b|\batm\b|储蓄卡|幼升小|小升初|(?:入学|入园)(?:要|需要|得)/i;
/** Words of this bot's domain: a question with one is about the card or insurance, whatever else it names. */
const DOMAIN_WORD =
    /社保|医保|凭证|参保|\bsocial security\b|\binsurance\b|\benrol|\bsscard\b|\bshebao|\be-?voucher\b|(?<!\bid |\bidentity |\bbank |\bbus |\bsavings |\bdebit |\bcredit )\bcards?\b(?! for (?:my|his|her|our|a|the) (?:\d+|\w+) year)|没(?:有|办)?身份证|还没.{0,2}身份证|户口(?:本|簿)行|\bwithout\b|\binstead\b/i;

/**
 * A question about applying for another document ("how do i get an ID card for my 10 year old", 「孩子办身份证要什么」,
 * "registering a newborns hukou what documents"), with no word of this domain: declined, however close the matcher
 * puts it to what to bring.
 */
export function otherApplication(t: TurnDraft): boolean {
    const { button, command, text } = t.u;
    if (button !== null || command !== null) return false;
    return NOT_THIS_CARD.test(text) || (OTHER_APPLICATION.test(text) && !DOMAIN_WORD.test(text));
}

/** Another card said not to be the social security card ("his ICBC debit card (not the shebao one)", 「储蓄卡丢了 不是社保卡」). */
const NOT_THIS_CARD =
    /(?:储蓄卡|银行卡|信用卡|借记卡|\b(?:debit|credit|savings|bank) card\b).{0,40}(?:不是社保卡|\bnot (?:the|a|his|her) (?:shebao|social security|ss)\b)/i;

/** Words of medical insurance: a close question about a newborn that has them is about enrolling. */
const INSURANCE = /insur|医保|参保|保险/i;

/**
 * Close calls the question's own form settles: of two close topics, the one a question of this shape asks about.
 * "How do I get her on medical insurance?" enrols (newborn insurance covers later enrolment too); "who can apply
 * for him?" asks who may act; "can he still get a card?" whether a child can have one.
 */
const SETTLED_BY_FORM: readonly {
    topic: string;
    form: RegExp;
    /** Topics the form overrides however sure the matcher is of them (else only a close runner-up is settled). */
    over?: ReadonlySet<string>;
    /** A message the matcher declines is settled too when this topic is its nearest. */
    nearest?: boolean;
    /** A message the matcher declines is settled too, whatever its nearest topic (the form names a card). */
    declined?: boolean;
    /** Settled even when the message names a card (whether the child comes along is who may act, for any card). */
    withCard?: boolean;
    /** A message with these words is not settled by the form ("enrol first or apply first?" is the order of steps). */
    unless?: RegExp;
    /** The card whose answer it is, for the activation topic. */
    card?: CardKindId;
}[] = [
    {
        // What proves the parent is the guardian ("im the mum, what paper shows im her guardian", 「用什么证明我是孩子监护人」):
        // what to bring, which lists the proof.
        topic: 'documents',
        form: /\b(?:what|which)\s+(?:paper|papers|document|documents|proof|certificate)\b.{0,30}\b(?:guardian|parent|mum|mom|mother|dad|father)\b|\bproof of (?:guardianship|relationship|being (?:her|his|the) (?:parent|guardian))\b|\bprove (?:that )?(?:i'?m|i am|we'?re|we are) (?:her|his|the|their)\b|监护关系证明(?:是|用|要|有)?(?:什么|啥|哪些)|(?:用|拿)?(?:什么|啥)(?:来)?证明(?:我是|是)(?:孩子的?)?(?:监护人|妈妈|爸爸|父母|母亲|父亲)/i,
        over: new Set(['who-can-act', 'child-eligibility', 'legal-basis', 'documents']),
        declined: true,
    },
    {
        topic: 'newborn-insurance',
        form: /\b(?:on|onto|into|in)\s+(?:the\s+)?(?:medical|health)\s+insurance\b|\benrol+(?:ing|ment|led)?\b|\bsign(?:ed|ing)?\s+(?:her|him|them|the\s+baby|my\s+\w+)?\s*up\b|\bget\s+(?:her|him|them|the baby|my \w+)\s+insured\b|参保|上医保|办医保|交医保|买医保|入医保|缴医保|参加医保|还没(?:有)?医保|医保还没(?:有)?(?:办|上|交|参|买)|医保(?:要|该|得)?(?:怎么|咋|如何)(?:办|弄|交|买)|\bhow (?:do|can|should) (?:i|we) (?:get|do|sort out|sort) (?:the |her |his |my \w+'?s? )?(?:medical|health) insurance\b|\bnot (?:yet )?insured\b|\b(?:has ?n[o']?t|does ?n[o']?t have|without) (?:any )?(?:medical|health) insurance\b|医保(?:怎么|咋|如何|要怎么)(?:给(?:他|她|孩子|宝宝|娃))?上/i,
        over: new Set(['process', 'activation', 'documents', 'apply-where']),
        declined: true,
        unless: /顺序|先后|还是先|先.{1,8}还是|才能办|\border\b|\bfirst or\b|\bbefore or after\b|\bor first\b|\bwhich (?:do (?:i|we)|should (?:i|we)|one|comes) (?:do )?first\b|\bfirst\b.{0,30}\bor\b|\bbefore (?:applying|we apply|i apply|getting)\b|\bschool\b|\bkindergarten\b|学校|幼儿园|入学/i,
    },
    {
        // Medical insurance first ("what about the medical insurance, can she get that first?", 「医保可以先办吗」): enrolling.
        topic: 'newborn-insurance',
        form: /\b(?:medical |health )?insurance\b.{0,30}\b(?:get|do|sort|have)\b.{0,12}\b(?:that|it) first\b|医保(?:可以|能|能不能)先(?:办|上|交|参)/i,
        over: new Set(['process', 'child-eligibility', 'documents']),
    },
    {
        // Whether costs are paid if the baby is enrolled now ("if we enrol her now are those costs reimbursed"): the
        // newborn answer says (from birth within the window, no back-dated cover after it).
        topic: 'newborn-insurance',
        form: /\benrol\w*\b.{0,60}\b(?:reimburs\w*|covered|paid back)\b|(?:参保|上医保|(?:补办|补交|补缴|补上)(?!.{0,4}卡)).{0,12}(?:报销|能报|报吗)/i,
        over: new Set(['not-covered', 'process', 'documents', 'activation', 'lost-card']),
    },
    {
        // Reporting the card lost ("she's 12, can i report it for her?", 「我能替孩子挂失吗」): the lost card's answer,
        // not the hotlines it names.
        topic: 'lost-card',
        form: /\b(?:report|reporting|reported)\s+(?:it|the loss|the card|her card|his card|(?:a|the) lost)\b|\b(?:loses?|losing)\s+(?:it|the card|her card|his card)\b|挂失/i,
        over: new Set(['hotlines', 'who-can-act', 'activation', 'not-covered', 'card-kinds']),
        withCard: true,
        declined: true,
        // Another card lost (「信用卡丢了怎么挂失」) is not this card's.
        unless: /信用卡|储蓄卡|借记卡|公交卡|交通卡|身份证|护照|\b(?:credit|debit|savings|bus|transit|id|identity|library) cards?\b|\bpassport\b/i,
    },
    {
        // The child going alone or the parent for them ("or does she have to go herself", 「要他自己去还是家长去」): who may act.
        topic: 'who-can-act',
        form: /\b(?:go|come|apply|do it) (?:by )?(?:herself|himself|themselves|on (?:her|his|their) own)\b|(?:他|她|孩子)自己去/i,
        over: new Set(['apply-where', 'process', 'activation', 'documents', 'child-eligibility']),
        withCard: true,
        declined: true,
    },
    {
        // The card's bank function (「算了 孩子卡的银行功能怎么开」): the physical card's answer, which starts with it.
        topic: 'activation',
        card: 'physical',
        form: /银行功能|金融功能|\b(?:bank|banking|financial) (?:function|part|side)\b/i,
        over: new Set(['not-covered', 'card-kinds', 'process', 'lost-card']),
        declined: true,
    },
    {
        // Applying without leaving home (「不出门能给宝宝办卡吗」): where to apply, which names the online routes.
        topic: 'apply-where',
        form: /\bappl\w*\b.{0,40}\b(?:without leaving (?:home|the house)|from home)\b|(?:不出门|足不出户|在家).{0,8}(?:办卡|办社保卡|申请|申领|给宝宝办|给孩子办|给娃办)/i,
        over: new Set(['child-eligibility', 'who-can-act', 'activation', 'process']),
        declined: true,
    },
    {
        // What to have ready before applying ("what stuff do i have to get ready before applying"): what to bring.
        topic: 'documents',
        form: /\bwhat (?:stuff|things|documents|papers)\b.{0,30}\b(?:get ready|have ready|prepare)\b/i,
        over: new Set(['process', 'apply-where']),
        declined: true,
    },
    {
        // What happens to the information given ("what happens to the info i give when applying"): privacy.
        topic: 'privacy',
        form: /\bwhat happens to (?:the |my |our |his |her )?(?:info|information|data|details|personal|photos?|pictures?)\b|\bwhat (?:do|will|does) (?:they|the bank|the bureau|it) do with (?:the |my |our |his |her )?(?:photos?|pictures?|info|information|data|details)\b|\b(?:info|information|data|details)\b.{0,30}\b(?:who sees|who can see|shared|kept safe|leaked|stored)\b|信息.{0,6}(?:泄露|安全|谁能看|谁看|怎么用|保存)|(?:身份证号|信息|资料|照片).{0,14}(?:放心吗|安全吗|会不会泄露|会泄露吗)/i,
        over: new Set(['process', 'documents', 'apply-where', 'photo', 'activation']),
        // Whatever card it names (「把孩子身份证号给电子社保卡app放心吗」).
        withCard: true,
        declined: true,
    },
    {
        // Whether the child must be insured first ("does my kid have to be insured before getting a card"): whether a
        // child can have one, which says insurance comes first.
        topic: 'child-eligibility',
        form: /\b(?:have|has|need|needs)\s+to\s+be\s+(?:insured|enrolled|on (?:medical )?insurance)\b.{0,30}\b(?:card|before)\b|(?:要|得|必须)先(?:参保|上医保|有医保|交医保).{0,8}(?:才能)?(?:办|领|申请)(?:卡|社保卡)?/i,
        over: new Set(['process', 'newborn-insurance']),
        withCard: true,
    },
    {
        // A parent not on the child's hukou ("im the dad and not on the same hukou", 「我是孩子爸 户口不在一起 能办吗」):
        // who may act, which starts with the proof for it.
        topic: 'who-can-act',
        form: /\b(?:same|different|separate)\s+hukou\b|\bnot (?:on|in) (?:the |his |her |our )?(?:same )?hukou\b|户口不在一起|不在(?:同)?一个户口|户口不一样|不同户口|不在同一户口/i,
        over: new Set(['documents', 'child-eligibility', 'apply-where']),
        declined: true,
        // What paper or proof is then needed ("what extra paper do i need", "what if he's not on our hukou book") is
        // what to bring. A baby not yet on any hukou ("can a baby thats not on the hukou yet get the card") is whether
        // the child can have one.
        unless: /\bwhat\b|什么|啥|哪些|\bhukou yet\b|\byet\b.{0,20}\bhukou\b|还没(?:上|落)户|没(?:上|落)户口/i,
    },
    {
        // Where, asked as the place (「常德办社保卡的地点」): where to apply.
        topic: 'apply-where',
        form: /(?:办|办理|申请|申领)[^，。？?]{0,8}的?(?:地点|地方|网点)/i,
        over: new Set(['child-eligibility', 'process', 'documents']),
        unless: /激活|启用|开通/i,
    },
    {
        // A hotline's number asked about ("what is 12393", 「12333是什么电话」): the hotlines.
        topic: 'hotlines',
        form: /\b(?:what|who)(?:'s|s| is| are| runs)\s+(?:the\s+)?123(?:33|93)\b|\b123(?:33|93)\s*(?:\?|$|is what|for what)|123(?:33|93)\s*(?:是什么|是啥|是哪|是干|干什么|管什么|是什么电话)/i,
        over: new Set(['not-covered', 'card-kinds', 'legal-basis', 'newborn-insurance', 'activation']),
        withCard: true,
        declined: true,
    },
    {
        // A deadline to activate, or what happens without activating ("what happens if the card isnt activated for
        // like 6 months", 「多久内要激活」): the physical card's answer, which starts with the one deadline sourced.
        topic: 'activation',
        card: 'physical',
        form: /\b(?:deadline|time limit)\b.{0,20}\bactivat|\bactivat\w*\b.{0,20}\b(?:deadline|time limit|within how long)\b|\b(?:isn'?t|is not|not|never|dont|don'?t|do not)\s+(?:get\s+)?activated?\b.{0,30}\b(?:months?|years?|weeks?|long|ever|ages|a while)\b|\bwhat happens if\b.{0,30}\b(?:not|never|isn'?t|don'?t)\s+activat|多久(?:之)?内(?:要|得|必须)?激活|激活(?:的)?期限|(?:一直)?(?:不|没有?)激活(?:会|的话)/i,
        over: new Set(['not-covered', 'card-kinds', 'process', 'activation', 'lost-card']),
        // The e-card or e-voucher named (「医保电子凭证多久内要激活」) is that card's question: not settled here.
        declined: true,
    },
    {
        // Whether the physical card is needed before the electronic one ("do i need the physical card before i can get the
        // electronic one"): which card rests on which, the first line of what the cards are.
        topic: 'card-kinds',
        form: /\b(?:need|have to have|must have|needs) (?:the |a |his |her )?(?:physical|plastic) (?:card|one) (?:first |already )?before (?:i|we|you|he|she) (?:can )?(?:get|apply for|open|set up) (?:the |an |his |her )?(?:electronic|e-?card)\b/i,
        over: new Set(['process', 'activation', 'child-eligibility']),
        withCard: true,
        declined: true,
    },
    {
        // A child without an ID card or number yet (「孩子没有身份证怎么办」): what to bring, which says what does instead.
        topic: 'documents',
        form: /(?:孩子|宝宝|娃|小孩)?(?:还)?没(?:有)?(?:办)?身份证(?:号)?(?:怎么办|咋办|怎么弄|能办吗|可以办吗|行吗)|\b(?:has|have) ?n[o']t (?:got )?(?:an? )?id (?:card|number) yet\b/i,
        over: new Set(['process', 'child-eligibility', 'apply-where']),
        declined: true,
    },
    {
        // Where the physical card is got ("where do we get the physical one", 「实体卡去哪办」): where to apply.
        topic: 'apply-where',
        form: /\bwhere (?:do|can|should) (?:i|we) (?:get|apply for|make) (?:the |a |his |her )?(?:physical|plastic) (?:card|one)\b|实体(?:社保)?卡(?:要|该|得)?(?:去|在)哪(?:里|儿)?(?:办|申请|申领|领|做)/i,
        over: new Set(['activation', 'card-kinds', 'process', 'documents']),
        withCard: true,
        declined: true,
    },
    {
        // Which bank activates the card ("which bank do i go to to activate it", 「激活要去哪个银行」): the physical card's
        // answer, which starts with the service bank printed on the card.
        topic: 'activation',
        card: 'physical',
        form: /激活.{0,6}(?:哪个|哪家)银行|(?:哪个|哪家)银行.{0,6}激活|\bwhich bank\b.{0,30}\bactivat|\bactivat\w*\b.{0,30}\bwhich bank\b/i,
        over: new Set(['apply-where', 'process', 'documents', 'card-kinds']),
        declined: true,
    },
    {
        // All of it on a phone ("can I sort out everything on my mobile?", 「整个都能用手机搞定吗」): activating, which says what
        // can be done on a phone and what cannot (the bank function).
        topic: 'activation',
        form: /\b(?:everything|all of it|it all|the whole thing)\b.{0,20}\b(?:on|from|with|using) (?:my|a|the|our) (?:phone|mobile|cell(?:phone)?)\b|(?:全部|全程|整个|都)(?:都)?(?:能|可以)(?:在|用)手机/i,
        over: new Set(['who-can-act', 'apply-where', 'process', 'documents']),
        declined: true,
    },
    {
        // Getting the electronic card before the physical one ("can i get the electronic card for my baby before the
        // physical one", 「能先办电子社保卡再办实体卡吗」): the electronic card's answer, which starts "not before".
        topic: 'activation',
        card: 'electronic',
        form: /\b(?:electronic|e-?card)\b.{0,60}\bbefore (?:the |a |getting (?:the |a )?|(?:he|she) (?:has|gets) (?:the |a )?)?(?:physical|plastic)\b|\b(?:electronic|e-?card)\b.{0,60}\bwithout (?:the |a |having (?:the |a )?|(?:his|her) )?(?:physical|plastic)\b|先(?:办|弄|申请|开通)电子社保卡.{0,10}(?:再|后)(?:办|弄)?实体|电子社保卡.{0,8}实体卡之前|(?:能|可以)先(?:办|弄|申请|开通|领)(?:个)?电子社保卡|没(?:有)?实体卡.{0,8}(?:能|可以)(?:办|弄|申请|开通|领)电子社保卡/i,
        over: new Set(['process', 'card-kinds', 'child-eligibility', 'activation', 'newborn-insurance']),
        withCard: true,
        declined: true,
    },
    {
        // The whole process, asked as such (「两岁宝宝办社保卡全过程」), and the order of the cards (「电子社保卡和实体卡哪个先办」).
        topic: 'process',
        form: /全过程|整个流程|全流程|先有.{0,6}才能|哪个先|先弄哪个|先办哪个|什么顺序|按什么顺序|先后顺序|顺序是|之前还是之后|前还是后|先办.{1,8}还是先|才能办卡|才能申请|\bbefore or after\b|\bbefore (?:applying|we apply|i apply|getting) (?:for )?(?:the |a |his |her )?card\b|\bwhole process\b|\bwhole thing\b|\b(?:what|which) comes first\b|\bfrom applying to\b|\bfrom start to finish\b|\bin which order\b|流程说一下|说一下流程|讲一下流程|讲讲流程|\bwhich (?:do (?:i|we)|should (?:i|we)) do first\b|\b(?:insurance|insured|enrol\w*)\b.{0,20}\bfirst\b.{0,20}\bbefore\b.{0,20}\bcard\b|\bhow (?:do|can|should) (?:i|we) get (?:a |the |my |our |his |her )?(?:(?:kid|child|son|daughter|baby|boy|girl)(?:'?s)? )?(?:social security|ss|shebao) card\b|\bwhich (?:one |card )?(?:first|comes first)\b|\bwhich (?:one |card )?(?:do|should) (?:i|we) (?:need|get|do|apply for) first\b|\b(?:need|want|have) to (?:sort out|get|apply for|make) (?:a |the )?(?:social security|ss|shebao) card for (?:my|our) (?:kid|child|son|daughter|baby|boy|girl)\b|\bwhat (?:do|should|must) (?:i|we) (?:need to |have to )?do (?:for|to get)\b|\bbefore the (?:electronic|physical|e-?card)\b|\bin what order\b/i,
        over: new Set(['child-eligibility', 'card-kinds', 'newborn-insurance', 'documents']),
        withCard: true,
        declined: true,
        // Whether the e-voucher or the e-card needs the physical card first (「医保电子凭证要先有实体卡才能用吗」) is which
        // card needs which; their order (「…先后顺序」) is still the steps.
        unless: /^(?!.*(?:顺序|先后|还是|先(?:办|弄)哪(?:个|张)|\bcomes first\b|\bfirst\b.{0,40}\bor\b|\border\b|\bor\b.{0,20}\bfirst\b|哪个先|\bwhich (?:one |card )?(?:first|comes first)\b))(?=.*(?:医保电子凭证|电子凭证|医保码|电子社保卡|\be-?voucher\b|\bmedical insurance code\b|\belectronic (?:card|one)\b|\be-?card\b).{0,20}(?:实体|\bphysical\b|\bplastic\b))/is,
    },
    {
        topic: 'who-can-act',
        // "Who can apply …?" asks who, however far "apply" pulls the matcher towards where to apply.
        over: new Set(['apply-where', 'process', 'activation', 'documents', 'child-eligibility']),
        form: /(?:^|[.!?,]\s*|\b(?:thanks|ok|okay|so|and)\s+)who\s+(?:can|may|could|should|must|has to|is allowed to|is able to)\b|\binstead of (?:me|us|my (?:wife|husband|partner))\b|代替我|替我去|谁(?:可以|能|来|去|有资格|有权)|必须(?:由|是)?监护人|只能(?:由)?监护人|监护人(?:才能|必须)/i,
    },
    {
        // Someone saying who they are to the child ("im her aunt and legal guardian, can i get the card for my niece").
        topic: 'who-can-act',
        form: /\b(?:i'?m|i am|we'?re|we are)\s+(?:his|her|their|the\s+(?:baby|child|kid)'?s?)\s+(?:aunt|uncle|grand\w+|step\w*|legal guardian|guardian|relatives?|cousin|nanny)\b|我是(?:孩子|他|她)的(?:姑姑|阿姨|舅舅|叔叔|姨妈|爷爷|奶奶|外婆|外公|姥姥|姥爷|继父|继母|监护人)/i,
        over: new Set(['legal-basis', 'documents', 'child-eligibility', 'process', 'apply-where', 'activation']),
        declined: true,
    },
    {
        // Someone other than a parent doing it ("my mum wants to do it for her grandson, what does she need",
        // 「外婆想帮外孙办 要准备什么」): who may act, which says what they bring.
        topic: 'who-can-act',
        form: /\b(?:grand\w*|nanny|ayi|aunt\w*|uncle|relatives?|neighbou?rs?|friends?|step-?\w+|\w+-in-law|babysitter|my (?:mum|mom|mother|dad|father|sister|brother|parents))\b(?:[\s,]+[\w']+){0,3}?[\s,]+(?:do it|do this|apply|go|activate|collect|pick (?:it )?up|handle|take (?:the |my |our )?(?:baby|child|kid|son|daughter|him|her))\b|(?:爷爷|奶奶|外婆|外公|姥姥|姥爷|保姆|阿姨|亲戚|舅舅|姑姑|小姨|叔叔|继父|继母|朋友|老人).{0,6}(?:代办|代领|帮|替|去办|去激活|去领)/i,
        over: new Set(['documents', 'child-eligibility', 'process', 'apply-where', 'activation', 'not-covered']),
        declined: true,
    },
    {
        // Whether the child may do it alone ("my son just turned 16, can he activate it himself?").
        topic: 'who-can-act',
        form: /\b(?:him|her|them)sel(?:f|ves)\b|\bon (?:his|her|their) own\b|\b(?:apply|applying) for (?:his|her|their) own\b|\b(?:he|she|they|kid|child|son|daughter)\b.*\balone\b|自己(?:一个人)?(?:能|可以)?(?:去)?(?:办|激活|申请|领)|(?:孩子|他|她)(?:能|可以)?单独/i,
        over: new Set(['activation', 'child-eligibility', 'process', 'apply-where']),
    },
    {
        // Whether the child comes along ("do I need to bring the baby?"): who may act says, not what to bring.
        topic: 'who-can-act',
        form: /\b(?:have|has|need|needs|got)\s+to\s+(?:be\s+there|be\s+present|come(?:\s+along)?)\b|\b(?:bring|take)\s+(?:the\s+|my\s+|our\s+)?(?:baby|child|kid|son|daughter|him|her|them)\b(?!'s|’s|\s+(?:id|birth|hukou|card|photo))|(?:要不要|需要|得|必须)?(?:带|抱)(?:着)?(?:孩子|宝宝|娃|小孩)(?:一起)?去/i,
        over: new Set(['documents', 'activation', 'apply-where']),
        withCard: true,
        declined: true,
        // Asked with whether it can be done on a phone, it is about activating (「必须带孩子去银行吗？手机上能弄吗」).
        // Asked with what to bring (「带孩子去银行办社保卡得拿些什么」), it is what to bring.
        unless: /\b(?:phone|online|app)\b|手机|网上|线上|(?:拿|带)(?:些)?(?:什么|啥)|材料|证件|\bwhat (?:to|do i|should i|do we|should we) (?:bring|take)\b|去(?:日本|国外|外国|旅游|旅行|玩)|出国|旅游|旅行|\b(?:trip|travel\w*|holiday|vacation|abroad)\b/i,
    },
    {
        // How many kinds of card there are ("how many kinds of card are there for a child", 「孩子的卡一共有几种」).
        topic: 'card-kinds',
        withCard: true,
        form: /\b(?:how many|what) (?:different )?(?:kinds|types|sorts) of (?:\w+ )?cards?\b|\bhow many (?:different |separate )?['"‘“]?cards?\b|几种卡|卡.{0,6}几种|哪几种卡|有哪些卡|哪些卡|几张卡|(?:医保码|电子凭证|电子社保卡|实体卡|社保卡).{0,4}(?:是不是就是|就是|是一回事|是同一个|一样吗)|\bis (?:the |an? )?(?:e-?voucher|e-?card|electronic (?:card|one)|medical insurance code)\b.{0,20}\bthe same\b|\b(?:3|three) (?:of them|cards|kinds|different cards)\b|三种卡|三张卡|三个卡|几个卡|到底(?:指|是)哪(?:一)?(?:个|种)|指的是哪(?:一)?(?:个|种)|哪个是哪个|分不清|搞不清|搞晕/i,
        over: new Set(['process', 'child-eligibility', 'activation', 'documents', 'not-covered']),
        declined: true,
        // The order of the cards (「新生儿的几张卡按什么顺序办」) is the steps.
        unless: /顺序|先后|哪个先|先(?:办|弄)哪(?:个|张)|\border\b|\bwhich (?:one |card )?first\b|\b(?:what|which) comes first\b/i,
    },
    {
        // Why the rules differ from city to city: Article 16 leaves them to each city.
        topic: 'legal-basis',
        form: /\bwhy\b.*\b(?:differ\w*|vary|varies|not the same|different)\b|为什么.*(?:不一样|不同|有差别|有区别)|为啥.*(?:不一样|不同)|\bwho decides\b|谁规定|谁定的|由谁(?:来)?(?:规定|决定)|\b(?:which|what) (?:law|laws|regulations?|legislation|legal document)\b|(?:根据|依据|按照)(?:哪个|哪条|什么)(?:法|法律|法规|规定|文件)|哪(?:个|条|部)法(?:律|规)?(?:规定|定的)|是哪(?:条|个|项|份)(?:规定|法规|法律|文件)(?:定的|规定的)?|\b(?:which|what) (?:ministry |national |government |legal |official )?(?:document|regulation|rule|law)s? (?:governs?|covers?|sets? out)\b|\bgoverns? the (?:shebao|social security|ss) card\b/i,
        over: new Set(['card-kinds', 'documents', 'apply-where', 'process']),
        nearest: true,
        declined: true,
    },
    {
        // Where to apply, asked with the city or for the child ("中山在哪给娃办社保卡"), not where to activate.
        topic: 'apply-where',
        form: /在哪(?:里|儿)?(?:给|帮)?(?:孩子|宝宝|娃|小孩)?(?:办|申请|办理)|去哪(?:里|儿)?(?:办|申请)|去哪个(?:部门|窗口|地方)|到哪个(?:部门|窗口)|\bwhere (?:do|can|should) (?:i|we) (?:apply|go to apply|get (?:it|one|the card) made)\b|\bnearest place\b|\bwhere(?:'s| is) the nearest\b|\b(?:do|should) (?:i|we) go to (?:the )?(?:\w+ ){0,3}(?:office|center|centre|bureau|bank|window)\b|\bwhich office\b/i,
        over: new Set(['child-eligibility', 'not-covered']),
        declined: true,
        unless: /激活|启用|开通|\bactivat|\bswitch on\b/i,
    },
    {
        // The e-card once the physical card is cancelled ("if the physical card gets cancelled does the e card still
        // work", 「实体卡注销了电子社保卡还能用吗」): the lost card's line on it.
        topic: 'lost-card',
        form: /\bcancel+\w*\b.{0,40}\b(?:e-?\s?card|electronic)|注销.{0,10}电子/i,
        over: new Set(['activation', 'card-kinds', 'not-covered']),
        withCard: true,
        declined: true,
    },
    {
        // A newborn one-stop service (「出生一件事」): newborn insurance, which has the city's where there is one.
        topic: 'newborn-insurance',
        form: /\bone[- ]stop\b|\b(?:in|at) one go\b|\ball (?:at once|in one place)\b|(?<![第头])一件事|一站式|(?<!第)一次(?:性)?办(?:完|好)|一起办(?:完|了)/i,
        over: new Set(['child-eligibility', 'process', 'documents', 'card-kinds', 'not-covered']),
    },
    {
        // The parents' hukou or marriage (「我老公不是广东户口能办吗」, "we're not married, can we still use it"): the
        // conditions of a newborn one-stop service, which newborn insurance gives (Zhongshan's).
        topic: 'newborn-insurance',
        form: /(?:不是|没有|非|不在)广东(?:户口|户籍)|(?:户口|户籍)(?:不在|不是)广东|(?:没|未)(?:有)?(?:结婚|领证)|未婚|\bnot\b.{0,20}\bguangdong hukou\b|\bhukou (?:is )?not (?:in )?guangdong\b|\bunmarried\b|\bnot married\b|\bhukou (?:is )?(?:in|from) (?!guangdong)[a-z]+\b|(?:户口|户籍)(?:在|是)(?!广东)[\p{Script=Han}]{2,3}?(?:的|省)?(?=\s|$|[，,。]|能|可以|的话)/iu,
        over: new Set(['child-eligibility', 'apply-where', 'documents', 'who-can-act', 'process']),
        declined: true,
        // Whether a parent can do it alone ("im not married to the babys father, can i apply on my own", 「没结婚 我自己能给
        // 孩子办吗」) is who may act, unless the one-stop service is named.
        unless: /^(?!.*(?:one[- ]stop|一件事|一站式)).*(?:\bon my own\b|\bby myself\b|\balone\b|\bmyself\b|自己|一个人|单独|\bcards?\b|卡)/is,
    },
    {
        // How long a newborn's code can be used ("how long can we use the voucher before the card comes", 「医保码出生后能用多久」):
        // newborn insurance, which starts with the 180 days where asked.
        topic: 'newborn-insurance',
        form: /\bhow long can (?:we|i|she|he|they|the baby|my baby) use (?:the|her|his|their) (?:voucher|e-?voucher|code|medical insurance code)\b|\buse the (?:voucher|code) before\b|(?:医保码|电子凭证).{0,6}(?:能用多久|用多久|可以用多久)/i,
        over: new Set(['not-covered', 'activation', 'card-kinds', 'process']),
        withCard: true,
        declined: true,
    },
    {
        // Whether the 90 days are strict (「90天是死规定吗」): newborn insurance says "in principle".
        topic: 'newborn-insurance',
        form: /错过(?:了)?(?:90|九十)天|(?:90天|九十天|90 days|ninety days).{0,12}(?:死规定|硬性|严格|\bstrict|\bhard\b|过了|\blate\b|一样|各地|\beverywhere\b|\bsame\b|\ball (?:cities|places)\b)/i,
        over: new Set(['legal-basis', 'not-covered', 'card-kinds']),
        declined: true,
    },
    {
        // Which card is shown at hospital for a child (「带宝宝看病用哪个」): which card is which.
        topic: 'card-kinds',
        form: /看病用哪(?:个|张)|\bwhich (?:one|card) do (?:i|we) (?:show|use) at the (?:hospital|doctor|clinic)\b/i,
        declined: true,
    },
    {
        // Whether every card must be got (「实体卡电子卡都得办吗」, "do we need both cards"): which card is which.
        topic: 'card-kinds',
        form: /都得办|都要办|都需要办|都得弄|\bdo (?:we|i) need (?:both|all)\b|\bboth cards\b|\ball (?:three|3) cards\b/i,
        over: new Set(['activation', 'child-eligibility', 'process']),
        withCard: true,
    },
    {
        // What they will want at the office ("in haikou what do they want from me to apply"): what to bring.
        topic: 'documents',
        form: /\bwhat (?:do|will|would) they (?:want|need|ask for|ask)\b/i,
        over: new Set(['apply-where', 'process', 'not-covered']),
        declined: true,
    },
    {
        // "What do i do now so it works": activating.
        topic: 'activation',
        form: /\bso (?:it|that it) works\b|\bget it (?:working|to work)\b|\bmake it work\b/i,
        over: new Set(['not-covered', 'process']),
        declined: true,
    },
    {
        // Which bank, or an office to go to, for the card: where to apply.
        topic: 'apply-where',
        form: /\bany bank\b|\ba special (?:one|bank)\b|哪家银行都|任何银行|\bis there an? (?:office|place)\b/i,
        over: new Set(['card-kinds', 'not-covered']),
        declined: true,
    },
    {
        // A logo instead of the baby's face: the photo answer, which starts with it.
        topic: 'photo',
        form: /\blogo\b|标志代替|图标代替/i,
        over: new Set(['child-eligibility', 'documents', 'card-kinds']),
        declined: true,
    },
    {
        // Whether changing the PIN is activating (「改个密码就算激活了吗」), and activating a replacement card again.
        topic: 'activation',
        form: /改(?:了|个|一下)?密码.{0,8}激活|\bchang\w* (?:the |my |his |her )?(?:pin|password)\b.{0,30}\bactivat|(?:replacement|new) card\b.{0,40}\bactivat|\bactivat\w* (?:it )?again\b|重新激活|补(?:办|的)(?:的)?(?:新)?卡.{0,6}激活/i,
        over: new Set(['lost-card', 'not-covered']),
        declined: true,
    },
    {
        // Who to call when something goes wrong (「银行不给办 我该打给谁」): the hotlines.
        topic: 'hotlines',
        form: /打给谁|打哪个电话|打什么电话|去哪问|问谁|找谁问|哪里(?:可以)?(?:问|咨询)|\bwho (?:do|should|can) (?:i|we) call\b|\bwhat number (?:do|should|can) (?:i|we) call\b|\bwho can tell (?:me|us)\b|\bwho (?:do|should|can) (?:i|we) ask\b|\bwhere (?:do|can|should) (?:i|we) ask\b/i,
        over: new Set(['apply-where', 'activation', 'documents', 'lost-card', 'legal-basis', 'newborn-insurance']),
        declined: true,
    },
    {
        // Photo requirements (「孩子的证件照有什么要求」), not the list of what to bring.
        topic: 'photo',
        form: /(?:照片|证件照|相片).{0,6}(?:要求|尺寸|规格|多大|背景|底色)|\bphotos?\b.{0,20}\b(?:requirements?|size|background|rules|specs?)\b/i,
        over: new Set(['documents']),
    },
    {
        // "What do we need for our newborn's card?": what to bring, not the steps ("what do we need to do" is the steps).
        topic: 'documents',
        form: /\bwhat (?:do|does|will|would|should) (?:i|we|you|they|he|she|my \w+) need\b|\bwhat(?:'?s| is| are) (?:needed|required)\b|\bwhat are the requirements\b|需要(?:带|准备|提供)?(?:什么|啥|哪些)(?:材料|证件|东西)?|(?:办|申请|申领)[^，。？?]{0,12}要(?:啥|什么|哪些)(?:材料|证件|东西)?[？?吗]?$/i,
        over: new Set(['child-eligibility', 'process']),
        unless: /\bto do\b|\bdo (?:first|next)\b|\bsteps?\b|\bprocess\b|\border\b|步骤|流程|顺序|做什么|干什么|办什么|先做|先办/i,
    },
    {
        // "What should I take to the bank to make the card?": what to bring, wherever it is taken.
        topic: 'documents',
        form: /\bwhat (?:should|do|must|shall) (?:i|we) (?:take|bring)\b|(?:要|得|需要|该)带(?:什么|啥|哪些)/i,
        over: new Set(['not-covered', 'process', 'apply-where', 'activation']),
        unless: /\bpay\b|\bfees?\b|\bcost\b|钱|费/i,
    },
    {
        // "list of stuff to take to the bank for my childs socail security card pls": what to bring, even when the
        // matcher declines it (the card named: a list for something else is not this bot's).
        topic: 'documents',
        form: /(?:\blist of (?:stuff|things|documents|papers)\b|\b(?:stuff|things) to (?:take|bring)\b).*\bcard\b/i,
        over: new Set(['apply-where', 'process', 'not-covered', 'who-can-act']),
        declined: true,
    },
    {
        // What to take for the card, even when the matcher declines it ("going to bank tmrw to do my daughters card
        // what should i take"): the card named, a list for something else is not this bot's.
        topic: 'documents',
        form: /\bcard\b.{0,40}\bwhat (?:should|do|must|shall) (?:i|we) (?:take|bring)\b|\bwhat (?:should|do|must|shall) (?:i|we) (?:take|bring)\b.{0,40}\bcard\b/i,
        declined: true,
        unless: /\b(?:id|identity|bank|bus|credit|debit|sim|library)\s+card\b/i,
    },
    {
        // What can stand in for a missing document (「孩子还没上户口 能拿什么办社保卡」).
        topic: 'documents',
        form: /拿什么办|用什么办|凭什么证件|\bwhat can (?:i|we) (?:use|bring) instead\b/i,
        over: new Set(['child-eligibility']),
    },
    {
        // A separated parent applying ("im divorced and she lives with me, can i apply"): who may act.
        topic: 'who-can-act',
        form: /\bdivorc\w*|\bseparated\b|\bsingle (?:mum|mom|dad|parent)\b|离婚|离异|单亲/i,
        over: new Set(['child-eligibility', 'documents', 'apply-where']),
    },
    {
        topic: 'child-eligibility',
        form: /\bcan\s+(?:he|she|they|my\s+\w+|the\s+(?:baby|child|kid))\s+(?:still\s+|already\s+|even\s+)?(?:get|have)\s+(?:a|one|the|his|her|their|cards?)\b|(?:能|可以)(?:不能|不可以)?(?:办|有|领)(?:卡|社保卡)?(?:了)?吗?$|\bcan (?:we|i) (?:get|apply for) (?:one|a card|the card|it) (?:now|yet)\b/i,
        over: new Set(['lost-card']),
    },
];

/**
 * How close the runner-up must be for the question's form to settle between the two (see {@link SETTLED_BY_FORM}):
 * looser than for asking, since the form is evidence of its own ("who can apply for him?": where 0.66, who 0.25).
 */
const FORM_RATIO = 0.25;

/**
 * For a baby the parent said is within the newborn window, a question with an insurance word that is close between
 * newborn insurance and another topic, "not in my sources" included, is about enrolling ("she was born yesterday!
 * what do we do about her medical insurance?", "how long do we have for medical insurance?").
 */
function newbornForBaby(t: TurnDraft): boolean {
    const { match, button } = t.u;
    if (button !== null || !match.runnerUp || !INSURANCE.test(t.u.text)) return false;
    const days = currentAgeDays(t.data.child, t.input.today);
    if (days === undefined || days >= t.deps.answers.newbornDays) return false;
    const best = match.intent === OFF_TOPIC ? null : match.intent;
    const pair = [best, match.runnerUp.intent];
    return pair.includes('newborn-insurance') && !!best && match.runnerUp.score >= CLOSE_RATIO * match.score;
}

/** The two topics the matcher hesitates between, when they are close. */
function closeTopics(t: TurnDraft, ratio = CLOSE_RATIO): string[] | null {
    const { match, button } = t.u;
    if (button !== null || match.intent === OFF_TOPIC || !match.runnerUp) return null;
    const [first, second] = [match.intent, match.runnerUp.intent];
    if (NEVER_OFFERED.has(first) || NEVER_OFFERED.has(second) || first === second) return null;
    if (!t.deps.answers.topic(first) || !t.deps.answers.topic(second)) return null;
    return match.runnerUp.score >= ratio * match.score ? [first, second] : null;
}

/**
 * Right after an answer, when the two best topics are close and one of them is the topic just answered, the
 * conversation is taken to go on with it (「之前住院的钱能报吗」 after the newborn insurance answer): that topic
 * (null: it is the best one anyway, answer as usual), or undefined when the rule does not apply.
 */
function continuedTopic(t: TurnDraft): string | null | undefined {
    const { match, button } = t.u;
    const last = t.data.lastAnswer?.topic;
    if (!last || button !== null || match.intent === OFF_TOPIC || !match.runnerUp) return undefined;
    if (match.runnerUp.score < CLOSE_RATIO * match.score) return undefined;
    // A question whose form settles on another topic over the one just answered ("can my mum take her instead of me"
    // after what to bring: who may act) is that.
    const form = settlingForm(t);
    if (form && form.topic !== last && form.over?.has(last)) return undefined;
    if (match.intent === last) return null;
    return match.runnerUp.intent === last && t.deps.answers.topic(last) ? last : undefined;
}

/** Of two close topics, the one the question's form settles on (see {@link SETTLED_BY_FORM}), if any. */
export function settledByForm(t: TurnDraft): string | null {
    return settlingForm(t)?.topic ?? null;
}

/**
 * The card a message's form settles it on ("is there a deadline to activate it": the physical card), when it names
 * no other card: the activation guide's question "which card?" is then answered by it.
 */
export function settledCard(t: TurnDraft): CardKindId | null {
    const form = settlingForm(t);
    return form?.card && (form.withCard || cardInQuestion(t).card === null) ? form.card : null;
}

/** The form that settles the message, if any (whether it may also name a card is the caller's to check). */
function settlingForm(t: TurnDraft): (typeof SETTLED_BY_FORM)[number] | null {
    const { match, button } = t.u;
    if (button !== null) return null;
    const forms = SETTLED_BY_FORM.filter((f) => !f.unless?.test(t.u.text));
    if (match.intent === OFF_TOPIC)
        return (
            forms.find((f) => (f.declined || (f.nearest && match.nearest === f.topic)) && f.form.test(t.u.text)) ?? null
        );
    const close = closeTopics(t, FORM_RATIO);
    // A form that agrees with a sure matcher settles too: the card a question names ("先办实体卡还是先办电子社保卡") does not
    // then turn the order of the cards into that card's answer.
    const settled = forms.find(
        (f) => (close?.includes(f.topic) || f.over?.has(match.intent) || (f.withCard && match.intent === f.topic)) && f.form.test(t.u.text),
    );
    return settled ?? null;
}

/** A reply of a few words, as a choice is ("the plastic one", 「实体的那个」). */
function isShort(text: string): boolean {
    const han = [...text.replace(/[^\p{Script=Han}]/gu, '')].length;
    return han ? han <= 8 : text.trim().split(/\s+/).length <= 5;
}

/**
 * Who may act for an online card the question names ("can both of us add our son to the family account"): that card,
 * whose own line (the insured parent, on their phone) answers it; the general answer is about the physical card.
 */
export function onlineCard(topic: string, card: CardKindId | null): CardKindId | undefined {
    return topic === 'who-can-act' && card !== null && card !== 'physical' ? card : undefined;
}

function ask(t: TurnDraft, key: string, choices: string[]): void {
    if (choices.every((c) => parseCardIntent(c))) {
        // Which card: the activation guide's own question, so its answer is taken as it always is.
        t.data.activation = { asking: true };
        t.say({
            ...t.deps.answers.activationAsk(t.lang, 'clarify.activate'),
            meta: { kind: 'clarify', topic: 'activation', choices },
        });
        return;
    }
    t.data.clarifying = { choices, asked: redact(t.u.text).slice(0, 500) };
    const actions = choices.map((c) => ({ label: label(t, c, t.lang), value: label(t, c, t.lang) }));
    t.say({ lines: [t.deps.catalog.t(t.lang, key)], actions, meta: { kind: 'clarify', choices } });
}

/**
 * A longer question that names a step in passing ("step 2 says prepare materials - do I do that
 * before I apply?", 「第一步递交申请是去哪递」) and clearly asks about a topic: answered as that
 * question, not taken to the walkthrough. "Go to step 4", 「第五步」「第一步是什么」 and a question about the
 * order of the steps still go there.
 */
export function questionAboutStep(u: Understanding): boolean {
    const { match } = u;
    if (u.step === null || match.intent === OFF_TOPIC || match.intent === 'process') return false;
    // A question about the order of the steps ("do I do that before or after I apply?") is the flow's.
    if (/\b(?:before|after)\b|之前|之后|以前|以后|先后/i.test(u.text)) return false;
    const han = [...u.text.replace(/[^\p{Script=Han}]/gu, '')].length;
    const long = han ? han > 8 : u.text.trim().split(/\s+/).length > 6;
    return long && match.score >= 0.5;
}

export const clarify = {
    /**
     * Asks one short question instead of guessing: for a one-word message that could mean several
     * things ("card", 「卡」, "activate"), or when the two best topics are close. True when asked.
     */
    ask(t: TurnDraft): boolean {
        if (t.u.command !== null || t.u.step !== null || t.u.button !== null) return false;
        const group = ambiguousWord(t);
        if (group) {
            ask(t, `clarify.${group}`, MEANINGS[group]!);
            return true;
        }
        if (knownGap(t)) {
            t.asked = t.u.text;
            answerAgain(t, NOT_COVERED);
            return true;
        }
        const kept = continuedTopic(t);
        if (kept !== undefined) {
            if (kept === null) return false;
            answerAgain(t, kept);
            return true;
        }
        // The card a message names, read only when needed (it is the costliest check here).
        let named: ReturnType<typeof cardInQuestion> | undefined;
        const inQuestion = () => (named ??= cardInQuestion(t));
        const form = settlingForm(t);
        if (form && (form.withCard || inQuestion().card === null)) {
            t.asked = t.u.text;
            answerAgain(t, form.topic, form.card ?? (form.withCard ? onlineCard(form.topic, inQuestion().card) : undefined));
            return true;
        }
        if (newbornForBaby(t)) {
            t.asked = t.u.text;
            answerAgain(t, 'newborn-insurance');
            return true;
        }
        const close = closeTopics(t);
        if (!close) return false;
        // The best topic has a narrower answer for just this question ("实体卡丢了电子社保卡还能用吗": the lost card's
        // line on the electronic card): that answer, not "which of the two?".
        // Or only the second has one ("does his electronic card still work": the lost card's line on the e-card).
        const narrower = close.find((c) => leadFor(t.deps.answers.topic(c)?.leads, t.u.text));
        if (narrower) {
            t.asked = t.u.text;
            answerAgain(t, narrower);
            return true;
        }
        const { card, besides } = inQuestion();
        // A message that names a card is about that card: no question. How to get it ("how do I get my 4 year old
        // an electronic social security card"), or, right after another card's answer, that card instead ("can she
        // get the electronic social security card too?"), is that card's answer.
        const otherCard = card && t.data.lastAnswer?.card && card !== t.data.lastAnswer.card;
        if (card && (otherCard || besides || (close.includes('activation') && !close.includes('card-kinds')))) {
            t.asked = t.u.text;
            answerAgain(t, 'activation', card);
            return true;
        }
        // A card's name and little else (「实体卡怎么办」) asks about that card: its answer, not "which of two?".
        if (card && (close.includes('activation') || cardAlone(t))) return false;
        // A very short question pointing back ("so does she need one?" after the photo answer) carries on from the
        // answer just given, when neither of the two close topics is that answer's.
        const last = t.data.lastAnswer;
        if (last && !close.includes(last.topic) && pointsBackShortly(t.u.text) && t.deps.answers.topic(last.topic)) {
            t.asked = t.u.text;
            answerAgain(t, last.topic);
            return true;
        }
        ask(t, 'clarify.which', close);
        return true;
    },

    /**
     * The answer to an open clarifying question typed as words or a number (a pressed button is
     * understood as its topic already). Answers the choice and returns true; the question is closed
     * either way.
     */
    answer(t: TurnDraft): boolean {
        const open = t.data.clarifying;
        t.data.clarifying = undefined;
        if (open?.asked && t.u.button !== null && open.choices.includes(t.u.button)) t.asked = open.asked;
        if (!open || t.u.button !== null || t.u.command !== null) return false;
        const options = open.choices.map((c) => ({
            label: label(t, c, t.lang),
            aliases: LANGS.map((l) => label(t, c, l)),
        }));
        const picked = recognizeChoice(t.u.text, t.lang, options);
        if (!picked.success) {
            // Asked what about the card, a parent names one ("实体的那个", "the plastic one"): how to activate that card.
            const named = open.choices.includes('activation') && isShort(t.u.text) ? cardNamed(t, t.u.text) : null;
            if (!named) return false;
            answerAgain(t, 'activation', named);
            return true;
        }
        const choice = open.choices[picked.value]!;
        if (open.asked) t.asked = open.asked;
        const card = parseCardIntent(choice);
        answerAgain(t, card ? 'activation' : choice, card ?? undefined);
        return true;
    },
};
