import type { Catalog } from '../i18n.js';
import {
    CARD_KINDS,
    type CardKind,
    type Fact,
    type KnowledgeBase,
    type Lang,
    type LocalText,
    type Source,
    type Topic,
} from '../kb/schema.js';
import type { AnswerContext, ChildProfile } from './child.js';
import type { CardKindId, ConversationData, LastAnswer } from './conversation.js';
import { visibleText, type Action, type Citation, type Reply, type ReplyMeta, type SourceLine } from './reply.js';

/**
 * One phone screen of visible text (issue #17: about 600 characters in English, 300 in Chinese).
 * A first reply that would pass it moves what can wait behind "More details".
 */
const SCREEN: Record<Lang, number> = { en: 600, zh: 300 };

/** Menu entries: label key in the catalogue and what the button stands for. */
const MENU: { key: string; topic: string }[] = [
    { key: 'menu.documents', topic: 'documents' },
    { key: 'menu.activation', topic: 'activation' },
    { key: 'menu.process', topic: 'walkthrough' },
    { key: 'menu.cardKinds', topic: 'card-kinds' },
    { key: 'menu.newborn', topic: 'newborn-insurance' },
    { key: 'menu.legal', topic: 'legal-basis' },
    { key: 'menu.human', topic: 'human' },
];

export type { CardKindId };

/** What a pressed card button stands for ("card:physical"), and back. */
export const cardIntent = (id: CardKindId) => `card:${id}`;
export function parseCardIntent(intent: string | null): CardKindId | null {
    const id = intent?.startsWith('card:') ? intent.slice(5) : null;
    return (CARD_KINDS as readonly string[]).includes(id ?? '') ? (id as CardKindId) : null;
}

/** An article of the Measures cited for an answer, and the item of it that the answer concerns. */
interface LegalRef {
    article: number;
    item?: number | undefined;
}

/** What an answer rests on: its facts (with their sources) and, where it applies, its legal basis. */
interface Evidence {
    facts: readonly Fact[];
    legal?: LegalRef | undefined;
    /** The legal basis cited without what the article requires (a first reply that would pass one screen). */
    legalShort?: boolean;
    /** A national document (not the Measures) cited by source id. */
    legalDoc?: string | undefined;
}

/** The answer a parent last got, for "More details" and "why?" (kept in the conversation state). */
export type AnswerRef = LastAnswer;

/** Keeps what "More details" and "why?" need from a reply just said: the answer, and whether more is pending. */
export function rememberAnswer(data: ConversationData, reply: Reply): void {
    const meta = reply.meta;
    if (meta?.kind === 'answer' && meta.topic)
        data.lastAnswer = { topic: meta.topic, ...(meta.card ? { card: meta.card } : {}), more: !!meta.more };
    else if (meta?.kind === 'details' && data.lastAnswer) data.lastAnswer = { ...data.lastAnswer, more: false };
}

/**
 * Whether an answer is a card's own (how to activate it: where, who, what to bring), rather than a topic's answer
 * given about a card ("who can do it?" after the e-voucher's answer: who may act, starting with the card's line).
 */
export function isCardAnswer(ref: AnswerRef): boolean {
    return !!ref.card && ref.topic === 'activation';
}

/** What an answer may be shaped by: the child the parent told about, and today (from the turn's input). */
export function answerContext(data: ConversationData, today?: string, asked?: string): AnswerContext | undefined {
    const child = data.child;
    const known = !!child && (child.ageDays !== undefined || !!child.birthDate || !!child.city);
    if (!known && !asked) return undefined;
    return { child: known ? child! : {}, today: today ?? child?.ageOn ?? '', ...(asked ? { asked } : {}) };
}

/** One answer before it is shaped: what the knowledge base holds for a topic or a card. */
interface Content {
    title: string;
    summary: Fact;
    facts: readonly Fact[];
    /** Facts under their own headings (a card's where / who / bring), after `facts`. */
    groups?: { heading: string; facts: readonly Fact[] }[];
    more: readonly Fact[];
    caveat?: LocalText | undefined;
    legal?: LegalRef | undefined;
    legalDoc?: string | undefined;
    newbornFirst: boolean;
    office: 'hrss' | 'medical';
    /** The newborn rules themselves: a child past the newborn age gets `child.older` instead. */
    newbornTopic?: boolean;
    /** First sentences for narrower questions, used instead of `summary` when the question has one of their words. */
    leads?: Topic['leads'];
    /** The first sentence chosen already (a card's narrower answer, for a topic asked about that card). */
    lead?: Fact;
    /** The facts are a list the parent needs whole (what to bring): never moved behind "More details". */
    checklist?: boolean;
}

/**
 * The topic's caveat, unless "I have no rule for X; X's bureau or 12333 can tell you" already sends the
 * parent to the same hotline ("The exact list is your city's: ask your HRSS bureau or 12333" would say it twice).
 */
function caveatBeside(noRule: string, caveat: string | undefined): string {
    if (!caveat) return '';
    if (!noRule) return caveat;
    const hotline = (text: string) => /123(33|93)/.exec(text)?.[0];
    return hotline(caveat) && hotline(caveat) === hotline(noRule) ? '' : caveat;
}

/** A text without its sentences that send the parent to the hotline `noRule` names already (one sentence at least is kept). */
function withoutHotlineSentence(text: string, noRule: string): string {
    const hotline = /123(?:33|93)/.exec(noRule)?.[0];
    if (!hotline) return text;
    const sentences = text.split(/(?<=[.。])\s*/).filter(Boolean);
    const kept = sentences.filter((x) => !x.includes(hotline));
    return kept.length && kept.length < sentences.length ? kept.join(/[。]/.test(text) ? '' : ' ') : text;
}

/** English month names (a date in a source line: formatting it with Intl for every answer cost more than the rest). */
const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
];

/** The first lead whose words the question has (either language's words: parents mix them). */
export function leadFor(leads: Topic['leads'] | undefined, asked: string | undefined): Fact | undefined {
    return leadEntryFor(leads, asked)?.fact;
}

/** The first lead whose words the question has, with the card it is about if it names one. */
export function leadEntryFor(
    leads: Topic['leads'] | undefined,
    asked: string | undefined,
): Topic['leads'][number] | undefined {
    if (!leads?.length || !asked) return undefined;
    const said = asked.toLowerCase();
    // Latin words match whole words, plural too ("app" is not in "apply"); Chinese words anywhere.
    const has = (w: string) => {
        const pattern = wordPattern(w);
        return typeof pattern === 'string' ? said.includes(pattern) : pattern.test(said);
    };
    return leads.find((l) => [...l.when.en, ...l.when.zh].some(has));
}

/** A lead's word as it is looked for: a whole Latin word (plural too), or Chinese text anywhere. Built once per word. */
const wordPatterns = new Map<string, RegExp | string>();

function wordPattern(w: string): RegExp | string {
    let pattern = wordPatterns.get(w);
    if (pattern === undefined) {
        const word = w.toLowerCase();
        pattern = /[a-z]/.test(word)
            ? new RegExp(`(^|[^a-z])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?($|[^a-z])`)
            : word;
        wordPatterns.set(w, pattern);
    }
    return pattern;
}

/**
 * Builds every reply from the knowledge base and the catalogue. Plain TypeScript: no SDK types,
 * so it is unit-testable and survives a move away from botbuilder.
 *
 * Answers are shaped for a phone: the first sentence answers the question; the first reply holds
 * the short list and one caveat, and everything else (other cities' rules, detail) waits behind
 * "More details". Provenance is said once, at the end: the official pages, linked, and one short
 * clause for what rests only on secondary copies; the Measures are cited (one sentence) only where
 * an answer carries a `legal` reference. What the parent said about the child (an
 * {@link AnswerContext}) shapes the answer and is said back.
 */
export class Answers {
    private readonly sources: Map<string, Source>;

    constructor(
        private readonly kb: KnowledgeBase,
        private readonly catalog: Catalog,
    ) {
        this.sources = new Map(kb.sources.map((s) => [s.id, s]));
    }

    /** The newborn enrolment window, in days (in principle). */
    get newbornDays(): number {
        return this.kb.child.newbornDays;
    }

    get totalSteps(): number {
        return this.kb.steps.length;
    }

    topic(id: string): Topic | undefined {
        return this.kb.topics.find((t) => t.id === id);
    }

    cardKind(id: CardKindId): CardKind {
        return this.kb.cardKinds.find((k) => k.id === id)!;
    }

    cardKinds(): readonly CardKind[] {
        return CARD_KINDS.map((id) => this.cardKind(id));
    }

    /** A button from a catalogue key: it sends its own label, which the recogniser understands like typed text. */
    action(lang: Lang, key: string): Action {
        const label = this.catalog.t(lang, key);
        return { label, value: label };
    }

    /** Button labels (both languages) mapped to what they stand for: a topic id, 'walkthrough' or 'human'. */
    buttonIntents(): Map<string, string> {
        const out = new Map<string, string>();
        for (const lang of ['en', 'zh'] as const) {
            for (const t of this.kb.topics) out.set(t.title[lang], t.id);
            for (const m of MENU) out.set(this.catalog.t(lang, m.key), m.topic);
            for (const k of CARD_KINDS) out.set(this.catalog.t(lang, `cards.choose.${k}`), cardIntent(k));
            out.set(this.catalog.t(lang, 'activation.notSure'), 'card-kinds');
        }
        return out;
    }

    menuActions(lang: Lang): Action[] {
        return MENU.map((m) => this.action(lang, m.key));
    }

    private topicActions(lang: Lang, topic: Topic): Action[] {
        const menuKey = new Map(MENU.map((m) => [m.topic, m.key]));
        const actions = topic.next.map((id): Action => {
            const key = id === 'process' ? menuKey.get('walkthrough') : menuKey.get(id);
            if (key) return this.action(lang, key);
            const title = this.topic(id)!.title[lang];
            return { label: title, value: title };
        });
        return [...actions, this.action(lang, 'menu.human')];
    }

    // ----- sources -------------------------------------------------------------------------------

    /** Whether every source of a fact is secondary: such a fact is said as reported, not as confirmed. */
    private secondaryOnly(fact: Fact): boolean {
        return fact.sources.every((id) => this.sources.get(id)?.label === 'secondary');
    }

    /** A fact's text (its sources are named once, in the reply's provenance line, never per fact). */
    say(lang: Lang, fact: Fact): string {
        return fact.text[lang];
    }

    /** "December 2024" / "2024年12月", from YYYY, YYYY-MM or YYYY-MM-DD. */
    formatDate(lang: Lang, date: string): string {
        const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
        if (lang === 'zh') return `${y}年${m ? `${m}月` : ''}${m && d ? `${d}日` : ''}`;
        const month = m ? (MONTHS[m - 1] ?? '') : '';
        return [d, month, y].filter(Boolean).join(' ');
    }

    private citation(lang: Lang, s: Source): Citation {
        const label = s.date
            ? this.catalog.t(lang, 'source.issuerDate', { issuer: s.issuer[lang], date: s.date.slice(0, 4) })
            : s.issuer[lang];
        return s.link && s.url ? { label, url: s.url } : { label };
    }

    /** The source ids behind some evidence, in order of first mention, law excluded (it has its own line). */
    evidenceSources(evidence: Evidence): string[] {
        const ids = [...new Set(evidence.facts.flatMap((f) => f.sources))];
        if (evidence.legalDoc) ids.push(evidence.legalDoc);
        return [...new Set(ids)].filter((id) => this.sources.get(id)?.kind !== 'law');
    }

    /**
     * Provenance, once per reply, at the end: one line naming the official sources (linked where
     * they may be) and, when some facts rest only on secondary copies, one short clause saying so;
     * then, only where Article 16 (or 15) governs the answer, the one-sentence legal basis.
     */
    sourceLines(lang: Lang, evidence: Evidence): SourceLine[] {
        const t = (key: string) => this.catalog.t(lang, key);
        const ids = this.evidenceSources(evidence);
        const official = ids.map((id) => this.sources.get(id)!).filter((s) => s.label === 'official');
        const seen = new Set<string>();
        const cites = official
            .map((s) => this.citation(lang, s))
            .filter((c) => !seen.has(c.label) && !!seen.add(c.label));
        const secondary =
            evidence.facts.some((f) => this.secondaryOnly(f)) ||
            ids.some((id) => this.sources.get(id)?.label === 'secondary' && !official.length);
        const lines: SourceLine[] = [];
        if (ids.length) {
            if (!cites.length) lines.push({ text: t('source.lead'), tail: t('source.onlySecondary') });
            else
                lines.push({
                    text: t('source.lead'),
                    cites,
                    tail: secondary ? t('source.andSecondary') : t('source.end'),
                });
        }
        if (evidence.legal) lines.push({ text: this.legalLine(lang, evidence.legal, evidence.legalShort) });
        return lines;
    }

    /** "Legal basis: Article 16 of the Measures … requires your local HRSS department to publish who can apply and how." */
    private legalLine(lang: Lang, legal: LegalRef, short = false): string {
        const i = this.kb.instrument;
        const vars = {
            instrument: i.title[lang],
            document: i.document,
            article: legal.article,
            articleZh: chineseNumber(legal.article),
        };
        if (legal.article !== 16) return this.catalog.t(lang, 'legal.line', vars);
        if (short) return this.catalog.t(lang, 'legal.short', vars);
        const what = this.catalog.t(lang, `legal.item.${legal.item ?? 0}`);
        return this.catalog.t(lang, 'legal.line16', { ...vars, what });
    }

    /** Every source id behind some evidence, the law included: what "sources?" lists. */
    evidenceIds(evidence: Evidence): string[] {
        const ids = this.evidenceSources(evidence);
        const law =
            evidence.legal && this.kb.sources.find((s) => s.kind === 'law' && s.article === evidence.legal!.article);
        return law ? [...ids, law.id] : ids;
    }

    /** Full details of the given sources, for "sources?": label, issuer, title, date, link or why there is none. */
    sourceDetails(lang: Lang, ids: readonly string[]): Reply {
        const t = (key: string, vars?: Record<string, string | number>) => this.catalog.t(lang, key, vars);
        const items = ids
            .map((id) => this.sources.get(id))
            .filter((s): s is Source => !!s)
            .map((s) => {
                const parts = [
                    t(s.label === 'official' ? 'sources.official' : 'sources.secondary'),
                    `${s.issuer[lang]}${t('punct.colon')}${s.title[lang]}`,
                    s.date ? t('punct.aside', { text: this.formatDate(lang, s.date) }) : '',
                ].join('');
                const link = s.link && s.url ? ` ${s.url}` : s.url ? t('sources.notLinked') : '';
                const note = s.note ? t('punct.aside', { text: s.note[lang] }) : '';
                return `${parts}${note}${link}`;
            });
        const meta: ReplyMeta = { kind: 'sources' };
        if (!items.length) return { lines: [t('sources.none')], actions: this.menuActions(lang), meta };
        return {
            title: t('sources.title'),
            lines: [t('sources.intro')],
            items,
            after: [t('sources.howToUse')],
            actions: [this.action(lang, 'menu.human')],
            meta,
        };
    }

    // ----- the child -----------------------------------------------------------------------------

    /** The child's age in days today, if known. */
    childAgeDays(ctx?: AnswerContext): number | undefined {
        const child = ctx?.child;
        if (!child) return undefined;
        if (child.birthDate && ctx.today) return Math.max(0, daysBetween(child.birthDate, ctx.today));
        if (child.ageDays === undefined) return undefined;
        return child.ageDays + (child.ageOn && ctx.today ? Math.max(0, daysBetween(child.ageOn, ctx.today)) : 0);
    }

    /** "2-month-old" / "2个月大", as said back. */
    ageText(lang: Lang, days: number, birthDate?: string, today?: string): string {
        const years = birthDate && today ? fullYears(birthDate, today) : Math.floor(days / 365);
        if (years >= 2) return this.catalog.t(lang, 'age.years', { n: years });
        if (days >= 60) return this.catalog.t(lang, 'age.months', { n: Math.floor(days / 30) });
        if (days === 0) return this.catalog.t(lang, 'age.newborn');
        return this.catalog.t(lang, 'age.days', { n: days });
    }

    /** The child's age as said back ("For a 2-month-old: "): the age and its article. */
    private ageVars(lang: Lang, ctx: AnswerContext): { age: string; a: string } {
        const age = this.ageText(lang, this.childAgeDays(ctx) ?? 0, ctx.child.birthDate, ctx.today);
        // "an 8-year-old", "an 11-month-old", "an 18-month-old": the article follows how the number is said.
        return { age, a: /^(?:8|11|18|8\d)(?!\d)/.test(age) ? 'an' : 'a' };
    }

    /**
     * Whether a fact of a place is about the city the parent named: the city's own rule, or the rule
     * of the province it is in (Fujian's rule for Fuzhou).
     */
    private cityMatch(fact: Fact, city: NonNullable<ChildProfile['city']>): 'city' | 'province' | null {
        if (!fact.city) return null;
        const named = (id: string, name: { en: string; zh: string }) =>
            cityKey(fact.city!.en) === cityKey(id) ||
            cityKey(fact.city!.en) === cityKey(name.en) ||
            fact.city!.zh === name.zh.replace(/[市省]$/, '');
        if (named(city.id, city.name)) return 'city';
        return city.province && named(city.province.id, city.province.name) ? 'province' : null;
    }

    /** A province's rule said for a city in it, labelled as the province's ("…(Fujian's rule; Fuzhou is in Fujian)"). */
    private asProvinceRule(lang: Lang, fact: Fact, city: NonNullable<ChildProfile['city']>): Fact {
        if (!city.province) return fact;
        const aside = this.catalog.t(lang, 'punct.aside', {
            text: this.catalog.t(lang, 'child.inProvince', {
                city: city.name[lang],
                province: city.province.name[lang],
            }),
        });
        return { ...fact, text: { ...fact.text, [lang]: `${fact.text[lang]}${aside}` } };
    }

    /**
     * Shapes one answer for this child: facts for a younger child left out, the named city's rules
     * first, the newborn enrolment line for a baby within the window, "I have no rule for X", and
     * what was used said back at the start.
     */
    private shape(lang: Lang, c: Content, ctx?: AnswerContext) {
        const days = this.childAgeDays(ctx);
        const city = ctx?.child.city;
        const fits = (f: Fact) => days === undefined || f.maxAgeDays === undefined || days <= f.maxAgeDays;
        const ofCity = (f: Fact) => !!city && this.cityMatch(f, city) !== null;
        // A province's rule is labelled as the province's where it answers for a city in it.
        const label = (f: Fact) =>
            city && this.cityMatch(f, city) === 'province' ? this.asProvinceRule(lang, f, city) : f;
        const all = [...c.facts, ...(c.groups ?? []).flatMap((g) => g.facts), ...c.more];
        const firstScreen = [c.summary, ...c.facts, ...(c.groups ?? []).flatMap((g) => g.facts)];
        const dropped = firstScreen.some((f) => !fits(f));
        const cityFacts = c.more.filter((f) => fits(f) && ofCity(f));
        const hasCity = !!city && all.some(ofCity);
        const extra: { fact: Fact; text: string }[] = [];
        const rules = this.kb.child;
        // The age is used (and said back) where the answer has facts bound to an age, whether or not any was left out.
        let usedAge = dropped || [c.summary, ...all].some((f) => f.maxAgeDays !== undefined);
        let summary: Fact = c.lead ?? leadFor(c.leads, ctx?.asked) ?? c.summary;
        if (days !== undefined) {
            const under = days < rules.newbornDays;
            if (c.newbornTopic && !fits(c.summary)) {
                summary = rules.older;
            } else if (c.newbornTopic && !under) {
                extra.push({ fact: rules.late, text: rules.late.text[lang] });
                usedAge = true;
            } else if (!under && firstScreen.some((f) => !fits(f) && f.maxAgeDays! < rules.newbornDays)) {
                // The answer's "enrol within the newborn window" is past for this child: enrol first, under local rules.
                extra.push({ fact: rules.enrolLater, text: rules.enrolLater.text[lang] });
                usedAge = true;
            } else if (under && (c.newbornFirst || c.newbornTopic)) {
                const end = this.enrolEnd(ctx!);
                if (end) {
                    // "For your baby, that is by …" follows an answer about the 90 days; after another narrower
                    // answer (the 180 days of a newborn's code) the date is said in full ("enrol … by …").
                    const about90 = summary === c.summary || /\b90\b/.test(summary.text.en);
                    const rule =
                        c.newbornTopic && about90
                            ? end.exact
                                ? rules.by
                                : rules.byAbout
                            : end.exact
                              ? rules.enrolBy
                              : rules.enrolByAbout;
                    extra.push({
                        fact: rule,
                        text: rule.text[lang].replace('{date}', this.formatDate(lang, end.date)),
                    });
                    usedAge = true;
                }
            }
        }
        // A line the first sentence already is ("too late?" answered with the late rule) is not said twice.
        for (let i = extra.length - 1; i >= 0; i--)
            if (extra[i]!.fact === summary || extra[i]!.fact.text.en === summary.text.en) extra.splice(i, 1);
        // A dated "enrol first" line says what newborn-only facts say without the date: they are left out.
        const dated = extra.some((e) => e.fact === rules.enrolBy || e.fact === rules.enrolByAbout);
        const kept = (f: Fact) => fits(f) && !(dated && f.maxAgeDays !== undefined && f.maxAgeDays < rules.newbornDays);
        const noRule =
            city && !hasCity
                ? this.catalog.t(lang, c.office === 'medical' ? 'child.noRule.medical' : 'child.noRule', {
                      city: city.name[lang],
                  })
                : '';
        // What was used is said back: the age as a prefix; the city's rule is labelled in its own text.
        const prefix = days !== undefined && usedAge ? this.catalog.t(lang, 'child.for', this.ageVars(lang, ctx!)) : '';
        // The answer comes first. A lead-in to a list ("One guardian brings:") stays next to its list,
        // so what this child's age adds follows the list instead.
        const lead = `${prefix}${summary.text[lang]}`;
        const leadsList = /[:：]$/.test(lead.trim());
        // A city's rule the first sentence already says ("My sources give one deadline, Qingyuan's: …"), or restates
        // from the same source for that city, is not listed again.
        const said = summary.text[lang];
        const repeats = (f: Fact) =>
            summary !== c.summary &&
            (said.includes(f.text[lang].replace(/^[^:：]{1,20}[:：]\s*/, '')) ||
                (!!f.city && said.includes(f.city[lang]) && f.sources.every((id) => summary.sources.includes(id))));
        const local = [...c.facts.filter((f) => kept(f) && ofCity(f)), ...cityFacts].filter((f) => !repeats(f));
        // A general point resting only on the narrower first sentence's own sources restates it ("too late?": the
        // late rule first, not again as a point below): it waits behind "More details".
        const restates = (f: Fact) =>
            summary !== c.summary &&
            !f.city &&
            !!f.sources.length &&
            f.sources.every((id) => summary.sources.includes(id));
        // Where the named city has its own rule, other places' rules wait behind "More details".
        const elsewhere = (f: Fact) => local.length > 0 && !!f.city && !ofCity(f);
        return {
            summary,
            lines: leadsList ? [lead] : [lead, ...extra.map((e) => e.text)],
            afterList: leadsList ? extra.map((e) => e.text) : [],
            extra,
            noRule,
            facts: [...local, ...c.facts.filter((f) => kept(f) && !ofCity(f) && !elsewhere(f) && !restates(f))].map(
                label,
            ),
            /** How many of `facts`, at the start, are the named city's (or its province's) rules. */
            local: local.length,
            groups: (c.groups ?? [])
                .map((g) => ({ heading: g.heading, facts: g.facts.filter((f) => fits(f) && !restates(f)).map(label) }))
                .filter((g) => g.facts.length),
            more: [
                ...c.facts.filter((f) => kept(f) && (elsewhere(f) || restates(f))),
                ...(c.groups ?? []).flatMap((g) => g.facts.filter((f) => fits(f) && restates(f))),
                ...c.more.filter((f) => fits(f) && !ofCity(f)),
            ],
        };
    }

    /** The day the newborn enrolment window ends, and whether it is exact (from a birth date). */
    private enrolEnd(ctx: AnswerContext): { date: string; exact: boolean } | undefined {
        const child = ctx.child;
        const n = this.kb.child.newbornDays;
        if (child.birthDate) return { date: addDays(child.birthDate, n), exact: true };
        const anchor = child.ageOn ?? ctx.today;
        if (!anchor) return undefined;
        const born = addDays(anchor, -(child.ageDays ?? 0));
        return { date: addDays(born, n), exact: false };
    }

    /**
     * One answer shaped and fitted to a phone screen: while the first reply would pass one screen,
     * the general points of its list move behind "More details", last first (a checklist stays
     * whole, the named city's rule stays first), then its caveat. "More details" shows them first.
     */
    private fitted(lang: Lang, c: Content, ctx?: AnswerContext) {
        let s = this.shape(lang, c, ctx);
        const facts = [...s.facts];
        const groups = s.groups.map((g) => ({ ...g, facts: [...g.facts] }));
        const spilled: Fact[] = [];
        let caveat = caveatBeside(s.noRule, c.caveat?.[lang]);
        let caveatLater = '';
        let enrolLater: string[] = [];
        let legalShort = false;
        const over = () =>
            [...visibleText(this.firstReply(lang, c, { ...s, facts, groups, legalShort }, caveat, false, []))].length >
            SCREEN[lang];
        // Measured once, then again only after something moved: most answers fit as they are.
        let long = over();
        while (long && !c.checklist && facts.length > s.local) {
            spilled.unshift(facts.pop()!);
            long = over();
        }
        if (long && caveat) {
            [caveatLater, caveat] = [caveat, ''];
            long = over();
        }
        // A card's answer is about activating a card the child has, a checklist about what to bring: "enrol
        // first" for a baby is the first thing to wait behind "More details" (said there, with the age).
        const enrol = s.extra.filter((e) => e.fact === this.kb.child.enrolBy || e.fact === this.kb.child.enrolByAbout);
        // A checklist has nothing else to move: its legal line is cited short before the baby's date moves.
        if (long && c.checklist && c.legal?.article === 16) {
            legalShort = true;
            long = over();
        }
        if (long && (c.groups || c.checklist) && enrol.length) {
            const without = this.shape(lang, c, withoutAge(ctx!));
            enrolLater = [
                this.catalog.t(lang, 'child.for', this.ageVars(lang, ctx!)) + enrol.map((e) => e.text).join(' '),
            ];
            s = { ...without, groups: s.groups, more: s.more };
            long = over();
        }
        // Then a card's later points under each heading, from the last heading back; each keeps its first.
        const later: Fact[] = [];
        for (let g = groups.length - 1; g >= 0 && long; g--)
            while (long && groups[g]!.facts.length > 1) {
                later.unshift(groups[g]!.facts.pop()!);
                long = over();
            }
        // Last, the legal basis is cited without what the article requires ("sources?" and the legal answer say it).
        if (long && c.legal?.article === 16) {
            legalShort = true;
            long = over();
        }
        // Still over (a card's answer with a city's own rule): where, which its first sentence says in short, waits too.
        if (long && groups.length > 1 && groups[0]!.facts.length) {
            later.unshift(...groups[0]!.facts.splice(0));
            long = over();
        }
        return {
            ...s,
            facts,
            groups,
            caveat,
            caveatLater,
            enrolLater,
            legalShort,
            more: [...spilled, ...later, ...s.more],
        };
    }

    /** The first reply of a shaped answer. */
    private firstReply(
        lang: Lang,
        c: Content,
        s: Omit<ReturnType<Answers['shape']>, 'local'> & { legalShort?: boolean },
        caveat: string,
        more: boolean,
        actions: Action[],
        meta?: ReplyMeta,
    ): Reply {
        const shown = [s.summary, ...s.extra.map((e) => e.fact), ...s.facts, ...s.groups.flatMap((g) => g.facts)];
        const evidence: Evidence = { facts: shown, legal: c.legal, legalShort: s.legalShort, legalDoc: c.legalDoc };
        const full: Evidence = { facts: [...shown, ...s.more], legal: c.legal, legalDoc: c.legalDoc };
        return {
            title: c.title,
            lines: s.lines,
            ...(s.facts.length ? { items: s.facts.map((f) => f.text[lang]) } : {}),
            ...(s.groups.some((g) => g.facts.length)
                ? {
                      groups: s.groups
                          .filter((g) => g.facts.length)
                          .map((g) => ({ heading: g.heading, items: g.facts.map((f) => f.text[lang]) })),
                  }
                : {}),
            after: [...s.afterList, s.noRule, caveat].filter(Boolean),
            sources: this.sourceLines(lang, evidence),
            sourceIds: this.evidenceIds(full),
            actions: [...(more ? [this.action(lang, 'more.action')] : []), ...actions],
            ...(meta ? { meta: { ...meta, more } } : {}),
        };
    }

    /** One answer, shaped: the first reply (fits a phone screen) with "More details" when there is more. */
    private shaped(lang: Lang, c: Content, meta: ReplyMeta, actions: Action[], ctx?: AnswerContext): Reply {
        const s = this.fitted(lang, c, ctx);
        const more = s.more.length > 0 || !!s.caveatLater || s.enrolLater.length > 0;
        return this.firstReply(lang, c, s, s.caveat, more, actions, meta);
    }

    /** What "More details" shows for an answer: the rest, from where the first reply stopped. */
    detailsReply(lang: Lang, ref: AnswerRef, ctx?: AnswerContext): Reply {
        if (ref.topic === 'legal-basis') return this.legalText(lang);
        if (ref.topic && ref.more === false)
            return {
                ...this.menu(lang, 'more.none'),
                meta: { kind: 'details', topic: ref.topic, ...(ref.card ? { card: ref.card } : {}) },
            };
        const c = this.content(lang, ref);
        if (!c) return { ...this.menu(lang, ref.topic ? 'more.none' : 'more.nothing'), meta: { kind: 'details' } };
        const s = this.fitted(lang, c, ctx);
        if (!s.more.length && !s.caveatLater && !s.enrolLater.length)
            return {
                lines: [this.catalog.t(lang, 'more.none')],
                actions: this.menuActions(lang),
                meta: { kind: 'details', topic: ref.topic, ...(ref.card ? { card: ref.card } : {}) },
            };
        const topic = this.topic(ref.topic);
        return {
            title: this.catalog.t(lang, 'more.title', { title: c.title }),
            lines: s.enrolLater,
            items: s.more.map((f) => f.text[lang]),
            ...(s.caveatLater ? { after: [s.caveatLater] } : {}),
            sources: this.sourceLines(lang, { facts: s.more }),
            sourceIds: this.evidenceIds({ facts: s.more }),
            actions: isCardAnswer(ref)
                ? this.cardActions(lang, ref.card!)
                : topic
                  ? this.topicActions(lang, topic)
                  : this.menuActions(lang),
            meta: { kind: 'details', topic: ref.topic, ...(ref.card ? { card: ref.card } : {}) },
        };
    }

    /** "Why?" after an answer: the reason for it and its source. Without an answer to explain, the legal basis. */
    whyReply(lang: Lang, ref?: AnswerRef): Reply {
        const kind = ref && isCardAnswer(ref) ? this.cardKind(ref.card!) : undefined;
        const topic = ref && !kind ? this.topic(ref.topic) : undefined;
        const why = kind?.why ?? topic?.why;
        if (!ref || !why) return { ...this.legalReply(lang), meta: { kind: 'why', topic: 'legal-basis' } };
        const title = kind
            ? this.catalog.t(lang, 'activation.title', { kind: this.catalog.t(lang, `cards.name.${kind.id}`) })
            : topic!.title[lang];
        const evidence: Evidence = { facts: [why], legal: (kind ?? topic)!.legal };
        return {
            title,
            lines: [this.catalog.t(lang, 'why.lead', { why: why.text[lang] })],
            sources: this.sourceLines(lang, evidence),
            sourceIds: this.evidenceIds(evidence),
            actions: ref.more
                ? [this.action(lang, 'more.action'), this.action(lang, 'menu.human')]
                : [this.action(lang, 'menu.human')],
            meta: { kind: 'why', topic: ref.topic, ...(ref.card ? { card: ref.card } : {}) },
        };
    }

    /** The knowledge-base content of an answer (a topic or a card), before shaping. */
    private content(lang: Lang, ref: AnswerRef): Content | undefined {
        if (isCardAnswer(ref)) return this.cardContent(lang, ref.card!);
        const topic = this.topic(ref.topic);
        if (!topic || ['legal-basis', 'card-kinds', 'process'].includes(topic.id)) return undefined;
        return this.topicContent(lang, topic);
    }

    private topicContent(lang: Lang, topic: Topic): Content {
        return {
            title: topic.title[lang],
            summary: topic.summary,
            facts: topic.facts,
            more: topic.more,
            caveat: topic.caveat,
            legal: topic.legal,
            legalDoc: topic.legalDoc?.source,
            newbornFirst: topic.newbornFirst,
            office: topic.office,
            newbornTopic: topic.id === 'newborn-insurance',
            leads: topic.leads,
            checklist: topic.checklist,
        };
    }

    // ----- topics --------------------------------------------------------------------------------

    /** A knowledge-base topic: the answer first, the short list, one caveat, provenance; the rest behind "More details". */
    topicReply(lang: Lang, id: string, ctx?: AnswerContext): Reply {
        const topic = this.topic(id);
        if (!topic) throw new Error(`Unknown topic "${id}"`);
        if (id === 'legal-basis') return { ...this.legalReply(lang), meta: { kind: 'answer', topic: id } };
        if (id === 'card-kinds') return this.cardKindsReply(lang, ctx);
        if (id === 'process') return this.processReply(lang, ctx);
        if (id === 'activation') return { ...this.activationIntro(lang, ctx), actions: this.topicActions(lang, topic) };
        // Asked about a card right after its answer ("who can do it?" after the e-voucher): the card's own first sentence.
        const cardLead = ctx?.card ? leadFor(this.cardKind(ctx.card).leads, ctx.asked) : undefined;
        // A narrower answer about one card ("does the electronic card still work?" after a lost card) is about that card.
        const about = cardLead ? ctx!.card : leadEntryFor(topic.leads, ctx?.asked)?.card;
        return this.shaped(
            lang,
            { ...this.topicContent(lang, topic), ...(cardLead ? { lead: cardLead } : {}) },
            { kind: 'answer', topic: id, ...(about ? { card: about } : {}) },
            this.topicActions(lang, topic),
            ctx,
        );
    }

    /** What a topic's answer rests on (for its source line and for "sources?"). */
    topicEvidence(topic: Topic): Evidence {
        if (topic.id === 'process')
            return { facts: [topic.summary, ...this.kb.steps.flatMap((s) => s.detail)], legal: topic.legal };
        if (topic.id === 'card-kinds')
            return { facts: [topic.summary, ...this.kb.cardKinds.flatMap((k) => [k.what, k.tell])] };
        return {
            facts: [topic.summary, ...topic.facts, ...topic.more],
            legal: topic.legal,
            legalDoc: topic.legalDoc?.source,
        };
    }

    processReply(lang: Lang, ctx?: AnswerContext): Reply {
        const topic = this.topic('process')!;
        const s = this.shape(lang, { ...this.topicContent(lang, topic), facts: [], more: [] }, ctx);
        // The first step is enrolling: for a baby within the window, the day it ends is said beside it
        // ("in principle within 90 days of birth, so by about …"), not as a line of its own above the steps.
        const rules = this.kb.child;
        const dated = s.extra.find((e) => e.fact === rules.enrolBy || e.fact === rules.enrolByAbout);
        const beside = dated && (dated.fact === rules.enrolBy ? rules.stepBy : rules.stepByAbout);
        const end = beside && this.enrolEnd(ctx!);
        const steps = this.kb.steps.map((st) => st.title[lang]);
        const colon = this.catalog.t(lang, 'punct.colon');
        if (beside && end)
            steps[0] = `${steps[0]}${colon}${beside.text[lang].replace('{date}', this.formatDate(lang, end.date))}`;
        // A child past the window: enrolling still comes first, if not done, under local rules; the age is said back.
        const days = this.childAgeDays(ctx);
        const later = days !== undefined && days >= rules.newbornDays ? rules.stepLater : undefined;
        if (later) steps[0] = `${steps[0]}${colon}${later.text[lang]}`;
        // The named city's own rule for a step ("Zhongshan: a one-stop service …"), for this child's age, first;
        // else "I have no rule for X".
        const city = ctx?.child.city;
        const local = city
            ? this.kb.steps
                  .flatMap((st) => st.detail)
                  .filter((f) => this.cityMatch(f, city) && (days === undefined || days <= (f.maxAgeDays ?? days)))
                  .map((f) => (this.cityMatch(f, city) === 'province' ? this.asProvinceRule(lang, f, city) : f))
            : [];
        const shown: Evidence = {
            facts: [
                topic.summary,
                ...s.extra.map((e) => (e === dated && beside ? beside : e.fact)),
                ...(later ? [later] : []),
                ...local,
            ],
            legal: topic.legal,
        };
        const noRule = local.length ? '' : s.noRule;
        const lines = [
            ...s.lines.filter((l) => !(dated && beside && l === dated.text)),
            ...local.map((f) => sentence(lang, f.text[lang])),
        ];
        // The city's own rule, or "I have no rule for X; X's bureau or 12333 can tell you", says what is local: the
        // overview's lead does not send the parent to the hotline too.
        if ((noRule || local.length) && lines.length) lines[0] = withoutHotlineSentence(lines[0]!, noRule || '12333');
        if (later && lines.length)
            lines[0] = `${this.catalog.t(lang, 'child.for', this.ageVars(lang, ctx!))}${lines[0]}`;
        const reply: Reply = {
            title: topic.title[lang],
            lines,
            items: steps,
            after: [...s.afterList, noRule, caveatBeside(noRule, topic.caveat?.[lang])].filter(Boolean),
            sources: this.sourceLines(lang, shown),
            sourceIds: this.evidenceIds(this.topicEvidence(topic)),
            actions: [this.action(lang, 'menu.process'), ...this.topicActions(lang, topic)],
            meta: { kind: 'answer', topic: 'process' },
        };
        // Past one screen (a baby's date, a city without a rule): the legal basis without what the article requires.
        if ([...visibleText(reply)].length <= SCREEN[lang]) return reply;
        return { ...reply, sources: this.sourceLines(lang, { ...shown, legalShort: true }) };
    }

    /**
     * The legal basis: the framing first, then the instrument's name, number and date; the article's
     * text follows behind "More details" (see {@link legalText}).
     */
    legalReply(lang: Lang, articleNumber = 16): Reply {
        const topic = this.topic('legal-basis')!;
        const article = this.article(articleNumber);
        const i = this.kb.instrument;
        const intro = this.catalog.t(lang, 'legal.intro', {
            instrument: i.title[lang],
            issuer: i.issuer[lang],
            document: i.document,
            date: this.formatDate(lang, i.date),
            chapter: i.chapter[lang],
        });
        const lawSource = this.sources.get(article.sources[0]!)!;
        return {
            title: topic.title[lang],
            lines: [
                articleNumber === 16 ? topic.summary.text[lang] : '',
                intro.replace(/[:：]$/, lang === 'zh' ? '。' : '.'),
            ].filter(Boolean),
            sources: [{ text: this.catalog.t(lang, 'legal.textFrom', { note: lawSource.note?.[lang] ?? '' }) }],
            sourceIds: [lawSource.id],
            actions: [this.action(lang, 'more.action'), ...this.topicActions(lang, topic)],
            meta: { kind: 'answer', topic: 'legal-basis', more: true },
        };
    }

    private article(n: number) {
        return this.kb.articles.find((a) => a.number === n) ?? this.kb.articles[0]!;
    }

    /** The article quoted: the Chinese original, and in English our rendering first. */
    legalText(lang: Lang, articleNumber = 16): Reply {
        const topic = this.topic('legal-basis')!;
        const article = this.article(articleNumber);
        const quote =
            lang === 'zh'
                ? [article.original]
                : [article.english, this.catalog.t(lang, 'legal.translationNote'), article.original];
        const lawSource = this.sources.get(article.sources[0]!)!;
        return {
            title: this.catalog.t(lang, 'more.title', { title: topic.title[lang] }),
            lines: quote,
            sources: [{ text: this.catalog.t(lang, 'legal.textFrom', { note: lawSource.note?.[lang] ?? '' }) }],
            sourceIds: [lawSource.id],
            actions: this.topicActions(lang, topic),
            meta: { kind: 'details', topic: 'legal-basis' },
        };
    }

    /**
     * The three things called "the card": what each is and how to tell which one you have; a narrower question
     * ("does the e-voucher need a physical card?") is answered first, from the topic's `leads`.
     */
    cardKindsReply(lang: Lang, ctx?: AnswerContext): Reply {
        const topic = this.topic('card-kinds')!;
        const entry = leadEntryFor(topic.leads, ctx?.asked);
        const lead = entry?.fact;
        const evidence: Evidence = {
            facts: [...(lead ? [lead] : []), topic.summary, ...this.kb.cardKinds.map((k) => k.tell)],
        };
        return {
            title: topic.title[lang],
            // The narrower answer first; the three cards follow as the rest of it (without their lead-in, to stay on one screen).
            lines: [(lead ?? topic.summary).text[lang]],
            items: this.cardKinds().map((k) =>
                this.catalog.t(lang, 'cards.tell', { kind: k.title[lang], how: k.tell.text[lang] }),
            ),
            sources: this.sourceLines(lang, evidence),
            sourceIds: this.evidenceIds(this.topicEvidence(topic)),
            actions: this.cardChoiceActions(lang),
            meta: { kind: 'answer', topic: 'card-kinds', ...(entry?.card ? { card: entry.card } : {}) },
        };
    }

    // ----- activation guide ----------------------------------------------------------------------

    /** The card choice: the three cards, then "not sure". */
    cardChoiceActions(lang: Lang, except?: CardKindId): Action[] {
        const cards = this.cardKinds()
            .filter((k) => k.id !== except)
            .map((k) => this.action(lang, `cards.choose.${k.id}`));
        return except ? cards : [...cards, this.action(lang, 'activation.notSure')];
    }

    /** Answer first: where each card is activated, and what can be done on a phone (the question follows). */
    activationIntro(lang: Lang, ctx?: AnswerContext): Reply {
        const reply = this.activationIntroFor(lang, ctx);
        // Too long for one screen with "enrol first" for a baby: that waits for the card's own answer.
        const child = ctx?.child;
        if (!child || (child.ageDays === undefined && !child.birthDate)) return reply;
        if ([...visibleText(reply)].length <= SCREEN[lang]) return reply;
        return this.activationIntroFor(lang, withoutAge(ctx!));
    }

    private activationIntroFor(lang: Lang, ctx?: AnswerContext): Reply {
        const topic = this.topic('activation')!;
        const s = this.shape(lang, { ...this.topicContent(lang, topic), facts: [], more: [] }, ctx);
        // The named city's (or its province's) first activation rule, whichever card it is about (one, to stay short); else "I have no rule for X".
        const city = ctx?.child.city;
        const days = this.childAgeDays(ctx);
        const local = city
            ? this.kb.cardKinds
                  .flatMap((k) => [...k.where, ...k.who, ...k.bring, ...k.extra, ...k.more])
                  .filter((f) => this.cityMatch(f, city) && (days === undefined || days <= (f.maxAgeDays ?? days)))
                  .slice(0, 1)
                  .map((f) => (this.cityMatch(f, city) === 'province' ? this.asProvinceRule(lang, f, city) : f))
            : [];
        const noRule = city && !local.length ? this.catalog.t(lang, 'child.noRule', { city: city.name[lang] }) : '';
        const evidence: Evidence = { facts: [topic.summary, ...s.extra.map((e) => e.fact), ...local] };
        return {
            lines: [...s.lines, ...s.afterList, ...local.map((f) => sentence(lang, f.text[lang])), noRule].filter(
                Boolean,
            ),
            sources: this.sourceLines(lang, evidence),
            sourceIds: this.evidenceIds(evidence),
            meta: { kind: 'answer', topic: 'activation' },
        };
    }

    /** Asked again after "not sure" or an answer that was not a choice. */
    activationAsk(lang: Lang, key = 'activation.ask'): Reply {
        return {
            lines: [this.catalog.t(lang, key)],
            actions: this.cardChoiceActions(lang),
            meta: { kind: 'clarify', topic: 'activation' },
        };
    }

    /** What this card's answer rests on. */
    cardEvidence(kind: CardKind): Evidence {
        return {
            facts: [kind.summary, ...kind.where, ...kind.who, ...kind.bring, ...kind.extra, ...kind.more],
            legal: kind.legal,
        };
    }

    private cardContent(lang: Lang, id: CardKindId): Content {
        const kind = this.cardKind(id);
        const t = (key: string) => this.catalog.t(lang, key);
        return {
            title: this.catalog.t(lang, 'activation.title', { kind: t(`cards.name.${id}`) }),
            summary: kind.summary,
            facts: [],
            groups: [
                { heading: t('activation.where'), facts: kind.where },
                { heading: t('activation.who'), facts: kind.who },
                { heading: t(id === 'physical' ? 'activation.bring' : 'activation.need'), facts: kind.bring },
            ],
            more: [kind.what, ...kind.extra, ...kind.more],
            caveat: kind.caveat,
            legal: kind.legal,
            leads: kind.leads,
            newbornFirst: kind.newbornFirst,
            office: kind.office,
        };
    }

    private cardActions(lang: Lang, id: CardKindId): Action[] {
        return [
            ...this.cardChoiceActions(lang, id),
            this.action(lang, 'menu.documents'),
            this.action(lang, 'menu.human'),
        ];
    }

    /** How a child's card of this kind is activated: the answer first, then where, who acts, what to bring or enter. */
    cardReply(lang: Lang, id: CardKindId, ctx?: AnswerContext): Reply {
        return this.shaped(
            lang,
            this.cardContent(lang, id),
            { kind: 'answer', topic: 'activation', card: id },
            this.cardActions(lang, id),
            ctx,
        );
    }

    // ----- walkthrough ---------------------------------------------------------------------------

    stepEvidence(n: number): Evidence {
        const step = this.kb.steps[n - 1]!;
        return { facts: step.detail, legal: step.legal };
    }

    /**
     * One step of the typical flow with its progress line ("Step 3 of 6"), for this child: points for a younger
     * child are left out; a newborn-only point is replaced, for a child past the window, by "enrol first if not done yet, under local rules",
     * and for a baby whose age is known, by the day the window ends; the age is said back.
     */
    stepReply(lang: Lang, n: number, actions: Action[], ctx?: AnswerContext): Reply {
        const step = this.kb.steps[n - 1]!;
        const rules = this.kb.child;
        const days = this.childAgeDays(ctx);
        const newbornOnly = (f: Fact) => f.maxAgeDays !== undefined && f.maxAgeDays < rules.newbornDays;
        let line: { fact: Fact; text: string } | undefined;
        if (days !== undefined && step.detail.some(newbornOnly)) {
            const end = days < rules.newbornDays ? this.enrolEnd(ctx!) : undefined;
            const rule = days >= rules.newbornDays ? rules.enrolLater : end?.exact ? rules.enrolBy : rules.enrolByAbout;
            if (days >= rules.newbornDays || end)
                line = {
                    fact: rule,
                    text: rule.text[lang].replace('{date}', end ? this.formatDate(lang, end.date) : ''),
                };
        }
        const fits = (f: Fact) => days === undefined || f.maxAgeDays === undefined || days <= f.maxAgeDays;
        const facts = step.detail.filter((f) => fits(f) && !(line && newbornOnly(f)));
        const evidence: Evidence = { facts: [...(line ? [line.fact] : []), ...facts], legal: step.legal };
        return {
            title: `${this.catalog.t(lang, 'step.progress', { n, total: this.totalSteps })}${this.catalog.t(lang, 'punct.colon')}${step.title[lang]}`,
            lines: line ? [`${this.catalog.t(lang, 'child.for', this.ageVars(lang, ctx!))}${line.text}`] : [],
            items: facts.map((f) => f.text[lang]),
            after: step.caveat ? [step.caveat[lang]] : [],
            sources: this.sourceLines(lang, evidence),
            sourceIds: this.evidenceIds(evidence),
            actions,
            meta: { kind: 'step', step: n },
        };
    }

    stepWhyReply(lang: Lang, n: number, actions: Action[]): Reply {
        const step = this.kb.steps[n - 1]!;
        return {
            title: `${this.catalog.t(lang, 'step.progress', { n, total: this.totalSteps })}${this.catalog.t(lang, 'punct.colon')}${step.title[lang]}`,
            lines: [this.catalog.t(lang, 'step.why', { why: step.why.text[lang] })],
            sources: this.sourceLines(lang, { facts: [step.why], legal: step.legal }),
            sourceIds: this.evidenceIds({ facts: [step.why], legal: step.legal }),
            actions,
            meta: { kind: 'why', step: n },
        };
    }

    stepTitle(lang: Lang, n: number): string {
        return this.kb.steps[n - 1]!.title[lang];
    }

    /** Navigation buttons for the walkthrough at step n. */
    walkthroughActions(lang: Lang, n: number): Action[] {
        const keys = [
            n > 1 ? 'action.back' : null,
            n < this.totalSteps ? 'action.next' : null,
            'action.why',
            'action.stop',
        ];
        return keys.filter((k): k is string => !!k).map((k) => this.action(lang, k));
    }

    // ----- simple replies ------------------------------------------------------------------------

    /** A catalogue line; its meta says what kind of reply it is, from the key. */
    simple(lang: Lang, key: string, actions: Action[] = [], vars: Record<string, string | number> = {}): Reply {
        return { lines: [this.catalog.t(lang, key, vars)], actions, meta: { kind: metaKind(key) } };
    }

    welcome(lang: Lang): Reply {
        return { lines: [this.catalog.t(lang, 'welcome')], actions: this.menuActions(lang), meta: { kind: 'menu' } };
    }

    /** The menu, optionally after a lead line ("OK, let's start over."). */
    menu(lang: Lang, leadKey?: string): Reply {
        const lines = [leadKey ? this.catalog.t(lang, leadKey) : '', this.catalog.t(lang, 'menu.prompt')].filter(
            Boolean,
        );
        return { lines, actions: this.menuActions(lang), meta: { kind: 'menu' } };
    }

    fallback(lang: Lang, twice: boolean): Reply {
        return {
            lines: [this.catalog.t(lang, twice ? 'fallback.twice' : 'fallback')],
            actions: twice
                ? [this.action(lang, 'menu.human'), ...this.menuActions(lang).slice(0, 3)]
                : this.menuActions(lang),
            meta: { kind: 'decline' },
        };
    }
}

/** The same context without the child's age (the city kept). */
function withoutAge(ctx: AnswerContext): AnswerContext {
    const child = { ...ctx.child };
    delete child.ageDays;
    delete child.birthDate;
    delete child.ageOn;
    return { ...ctx, child };
}

/** What kind of reply a catalogue line is (for {@link ReplyMeta}), from its key. */
function metaKind(key: string): ReplyMeta['kind'] {
    if (key === 'human' || key.startsWith('handoff.')) return 'handoff';
    if (key.startsWith('step.')) return 'step';
    if (key === 'error') return 'error';
    if (['rateLimited', 'tooLong', 'empty', 'wechat.textOnly'].includes(key)) return 'limit';
    if (key.startsWith('child.')) return 'ack';
    if (key.startsWith('more.')) return 'details';
    if (key === 'choice.retry' || key.startsWith('activation.')) return 'clarify';
    if (key.startsWith('fallback')) return 'decline';
    return 'menu';
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) =>
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;

/** Days from one YYYY-MM-DD to another (pure date arithmetic; no clock is read). */
export function daysBetween(from: string, to: string): number {
    return Math.round(dayNumber(to) - dayNumber(from));
}

/** A YYYY-MM-DD date plus n days. */
export function addDays(date: string, n: number): string {
    return new Date((dayNumber(date) + n) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole years from a birth date to a day. */
function fullYears(birth: string, today: string): number {
    const years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
    return today.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** A list item said as a sentence: with its full stop. */
const sentence = (lang: Lang, text: string) =>
    /[.。!?！？)）]$/.test(text) ? text : `${text}${lang === 'zh' ? '。' : '.'}`;

/** A city name as a comparable key: "Xi'an" → "xian", "Haikou" → "haikou". */
const cityKey = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

const DIGITS = '零一二三四五六七八九';

/** 16 → 十六, 5 → 五, 47 → 四十七 (article numbers in Chinese citations). */
export function chineseNumber(n: number): string {
    if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
    if (n < 10) return DIGITS[n]!;
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}
