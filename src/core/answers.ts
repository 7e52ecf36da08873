import type { Catalog } from '../i18n.js';
import { CARD_KINDS, type CardKind, type Fact, type KnowledgeBase, type Lang, type Source, type Topic } from '../kb/schema.js';
import type { AnswerContext } from './child.js';
import type { CardKindId } from './conversation.js';
import type { Action, Citation, Reply, SourceLine } from './reply.js';

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
    /** A national document (not the Measures) cited by source id. */
    legalDoc?: string | undefined;
}

/**
 * Builds every reply from the knowledge base and the catalogue. Plain TypeScript: no SDK types,
 * so it is unit-testable and survives a move away from botbuilder.
 *
 * Facts are said the way their sources support them: a fact whose sources are all secondary is
 * marked as such; source lines link official pages only; the Measures are cited only where an
 * answer carries a `legal` reference, and framed as what they are (an obligation on local
 * departments to publish rules, not the rules themselves).
 */
export class Answers {
    private readonly sources: Map<string, Source>;

    constructor(
        private readonly kb: KnowledgeBase,
        private readonly catalog: Catalog,
    ) {
        this.sources = new Map(kb.sources.map((s) => [s.id, s]));
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

    /**
     * A fact's text, marked when it rests on secondary sources only. `plain` leaves the mark out,
     * for replies that say once, up front, that everything in them is secondary.
     */
    say(lang: Lang, fact: Fact, plain = false): string {
        const text = fact.text[lang];
        if (plain || !this.secondaryOnly(fact)) return text;
        const tag = this.catalog.t(lang, 'source.secondaryTag');
        const colon = /[:：]$/.exec(text);
        return colon ? `${text.slice(0, -1)}${tag}${colon[0]}` : `${text}${tag}`;
    }

    /** Facts as said in one reply: each secondary one marked, or, when all are, one notice instead. */
    private sayAll(lang: Lang, facts: readonly Fact[]): { texts: string[]; notice: string[] } {
        const all = facts.length > 1 && facts.every((f) => this.secondaryOnly(f));
        return { texts: facts.map((f) => this.say(lang, f, all)), notice: all ? [this.catalog.t(lang, 'source.allSecondary')] : [] };
    }

    /** "December 2024" / "2024年12月", from YYYY, YYYY-MM or YYYY-MM-DD. */
    formatDate(lang: Lang, date: string): string {
        const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
        if (lang === 'zh') return `${y}年${m ? `${m}月` : ''}${m && d ? `${d}日` : ''}`;
        const month = m ? new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }) : '';
        return [d, month, y].filter(Boolean).join(' ');
    }

    private citation(lang: Lang, s: Source): Citation {
        const label = s.date ? this.catalog.t(lang, 'source.issuerDate', { issuer: s.issuer[lang], date: s.date.slice(0, 4) }) : s.issuer[lang];
        return s.link && s.url ? { label, url: s.url } : { label };
    }

    /** The source ids behind some evidence, in order of first mention, law excluded (it has its own line). */
    evidenceSources(evidence: Evidence): string[] {
        const ids = [...new Set(evidence.facts.flatMap((f) => f.sources))];
        if (evidence.legalDoc) ids.push(evidence.legalDoc);
        return [...new Set(ids)].filter((id) => this.sources.get(id)?.kind !== 'law');
    }

    /**
     * The short lines under an answer: official sources by issuer and year, linked; secondary ones
     * counted, with "say sources" for details; then the legal basis, where one applies.
     */
    sourceLines(lang: Lang, evidence: Evidence): SourceLine[] {
        const t = (key: string, vars?: Record<string, string | number>) => this.catalog.t(lang, key, vars);
        const ids = this.evidenceSources(evidence);
        const official = ids.map((id) => this.sources.get(id)!).filter((s) => s.label === 'official');
        const secondary = ids.length - official.length;
        const lines: SourceLine[] = [];
        if (ids.length) {
            const key = official.length ? 'source.andSecondary' : 'source.onlySecondary';
            const tail = secondary ? t(secondary === 1 ? `${key}.one` : key, { n: secondary }) : t('source.end');
            lines.push({ text: t('source.lead'), cites: official.map((s) => this.citation(lang, s)), tail });
        }
        if (evidence.legalDoc) {
            const doc = this.sources.get(evidence.legalDoc)!;
            lines.push({ text: t('source.nationalDoc', { title: doc.title[lang], note: doc.note?.[lang] ?? '' }) });
        }
        if (evidence.legal) lines.push({ text: this.legalLine(lang, evidence.legal) });
        return lines;
    }

    /** "Legal basis: Article 16 of the Measures requires your local HRSS department to publish …; it does not itself set them." */
    private legalLine(lang: Lang, legal: LegalRef): string {
        const i = this.kb.instrument;
        const vars = { instrument: i.title[lang], document: i.document, article: legal.article, articleZh: chineseNumber(legal.article) };
        if (legal.article !== 16) return this.catalog.t(lang, 'legal.line', vars);
        const what = this.catalog.t(lang, `legal.item.${legal.item ?? 0}`);
        return this.catalog.t(lang, 'legal.line16', { ...vars, what });
    }

    /** Every source id behind some evidence, the law included: what "sources?" lists. */
    evidenceIds(evidence: Evidence): string[] {
        const ids = this.evidenceSources(evidence);
        const law = evidence.legal && this.kb.sources.find((s) => s.kind === 'law' && s.article === evidence.legal!.article);
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
        const meta = { kind: 'sources' } as const;
        if (!items.length) return { lines: [t('sources.none')], actions: this.menuActions(lang), meta };
        return { title: t('sources.title'), lines: [t('sources.intro')], items, after: [t('sources.howToUse')], actions: [this.action(lang, 'menu.human')], meta };
    }

    // ----- topics --------------------------------------------------------------------------------

    /** A knowledge-base topic answered in full: direct answer first, then details, caveat and sources. */
    topicReply(lang: Lang, id: string, _ctx?: AnswerContext): Reply {
        const topic = this.topic(id);
        if (!topic) throw new Error(`Unknown topic "${id}"`);
        if (id === 'legal-basis') return { ...this.legalReply(lang), meta: { kind: 'answer', topic: id } };
        if (id === 'card-kinds') return this.cardKindsReply(lang);
        if (id === 'process') return this.processReply(lang);
        const said = this.sayAll(lang, [topic.summary, ...topic.facts]);
        return {
            title: topic.title[lang],
            lines: said.texts.slice(0, 1),
            items: said.texts.slice(1),
            after: [...said.notice, ...(topic.caveat ? [topic.caveat[lang]] : [])],
            sources: this.sourceLines(lang, this.topicEvidence(topic)),
            sourceIds: this.evidenceIds(this.topicEvidence(topic)),
            actions: this.topicActions(lang, topic),
            meta: { kind: 'answer', topic: id },
        };
    }

    /** What a topic's answer rests on (for its source line and for "sources?"). */
    topicEvidence(topic: Topic): Evidence {
        if (topic.id === 'process') return { facts: [topic.summary, ...this.kb.steps.flatMap((s) => s.detail)], legal: topic.legal };
        if (topic.id === 'card-kinds') return { facts: [topic.summary, ...this.kb.cardKinds.flatMap((k) => [k.what, k.tell])] };
        return { facts: [topic.summary, ...topic.facts], legal: topic.legal, legalDoc: topic.legalDoc?.source };
    }

    processReply(lang: Lang): Reply {
        const topic = this.topic('process')!;
        const colon = this.catalog.t(lang, 'punct.colon');
        return {
            title: topic.title[lang],
            lines: [topic.summary.text[lang]],
            items: this.kb.steps.map((s) => `${this.catalog.t(lang, 'step.progress', { n: s.n, total: this.totalSteps })}${colon}${s.title[lang]}`),
            after: topic.caveat ? [topic.caveat[lang]] : [],
            sources: this.sourceLines(lang, this.topicEvidence(topic)),
            sourceIds: this.evidenceIds(this.topicEvidence(topic)),
            actions: [this.action(lang, 'menu.process'), ...this.topicActions(lang, topic)],
            meta: { kind: 'answer', topic: 'process' },
        };
    }

    /** The legal basis: the framing first, then the article's text, the instrument's name, number and date. */
    legalReply(lang: Lang, articleNumber = 16): Reply {
        const topic = this.topic('legal-basis')!;
        const article = this.kb.articles.find((a) => a.number === articleNumber) ?? this.kb.articles[0]!;
        const i = this.kb.instrument;
        const intro = this.catalog.t(lang, 'legal.intro', {
            instrument: i.title[lang],
            issuer: i.issuer[lang],
            document: i.document,
            date: this.formatDate(lang, i.date),
            chapter: i.chapter[lang],
        });
        const quote = lang === 'zh' ? [article.original] : [article.english, this.catalog.t(lang, 'legal.translationNote'), article.original];
        const lawSource = this.sources.get(article.sources[0]!)!;
        return {
            title: topic.title[lang],
            lines: [articleNumber === 16 ? topic.summary.text[lang] : '', intro, ...quote].filter(Boolean),
            sources: [{ text: this.catalog.t(lang, 'legal.textFrom', { note: lawSource.note?.[lang] ?? '' }) }],
            sourceIds: [lawSource.id],
            actions: this.topicActions(lang, topic),
            meta: { kind: 'why', topic: 'legal-basis' },
        };
    }

    /** The three things called "the card": what each is and how to tell which one you have. */
    cardKindsReply(lang: Lang): Reply {
        const topic = this.topic('card-kinds')!;
        return {
            title: topic.title[lang],
            lines: [topic.summary.text[lang]],
            groups: this.cardKinds().map((k) => ({
                heading: k.title[lang],
                items: [this.say(lang, k.what), this.catalog.t(lang, 'cards.tell', { how: this.say(lang, k.tell) })],
            })),
            sources: this.sourceLines(lang, this.topicEvidence(topic)),
            sourceIds: this.evidenceIds(this.topicEvidence(topic)),
            actions: this.cardChoiceActions(lang),
            meta: { kind: 'answer', topic: 'card-kinds' },
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

    /** Answer first: where each card is activated, in one paragraph, with its sources (the question follows). */
    activationIntro(lang: Lang): Reply {
        const topic = this.topic('activation')!;
        return {
            lines: [this.say(lang, topic.summary)],
            sources: this.sourceLines(lang, this.topicEvidence(topic)),
            sourceIds: this.evidenceIds(this.topicEvidence(topic)),
            meta: { kind: 'answer', topic: 'activation' },
        };
    }

    /** Asked again after "not sure" or an answer that was not a choice. */
    activationAsk(lang: Lang, key = 'activation.ask'): Reply {
        return { lines: [this.catalog.t(lang, key)], actions: this.cardChoiceActions(lang), meta: { kind: 'clarify', topic: 'activation' } };
    }

    /** What this card's answer rests on. */
    cardEvidence(kind: CardKind): Evidence {
        return { facts: [kind.what, ...kind.where, ...kind.who, ...kind.bring, ...kind.extra], legal: kind.legal };
    }

    /** How a child's card of this kind is activated: where, who acts, what to bring or enter. */
    cardReply(lang: Lang, id: CardKindId, _ctx?: AnswerContext): Reply {
        const kind = this.cardKind(id);
        const t = (key: string) => this.catalog.t(lang, key);
        const facts = [...kind.where, ...kind.who, ...kind.bring, ...kind.extra];
        const plain = facts.every((f) => this.secondaryOnly(f));
        const say = (list: readonly Fact[]) => list.map((f) => this.say(lang, f, plain));
        const groups = [
            { heading: t('activation.where'), items: say(kind.where) },
            { heading: t('activation.who'), items: say(kind.who) },
            { heading: t(id === 'physical' ? 'activation.bring' : 'activation.need'), items: say(kind.bring) },
        ];
        if (kind.extra.length) groups.push({ heading: t('activation.local'), items: say(kind.extra) });
        return {
            title: this.catalog.t(lang, 'activation.title', { kind: kind.title[lang] }),
            lines: [this.say(lang, kind.what)],
            groups,
            after: [...(plain ? [t('source.allSecondary')] : []), ...(kind.caveat ? [kind.caveat[lang]] : [])],
            sources: this.sourceLines(lang, this.cardEvidence(kind)),
            sourceIds: this.evidenceIds(this.cardEvidence(kind)),
            actions: [...this.cardChoiceActions(lang, id), this.action(lang, 'menu.documents'), this.action(lang, 'menu.human')],
            meta: { kind: 'answer', topic: 'activation', card: id },
        };
    }

    // ----- walkthrough ---------------------------------------------------------------------------

    stepEvidence(n: number): Evidence {
        const step = this.kb.steps[n - 1]!;
        return { facts: step.detail, legal: step.legal };
    }

    /** One step of the typical flow with its progress line ("Step 3 of 6"). */
    stepReply(lang: Lang, n: number, actions: Action[]): Reply {
        const step = this.kb.steps[n - 1]!;
        const said = this.sayAll(lang, step.detail);
        return {
            title: `${this.catalog.t(lang, 'step.progress', { n, total: this.totalSteps })}${this.catalog.t(lang, 'punct.colon')}${step.title[lang]}`,
            lines: [],
            items: said.texts,
            after: [...said.notice, ...(step.caveat ? [step.caveat[lang]] : [])],
            sources: this.sourceLines(lang, this.stepEvidence(n)),
            sourceIds: this.evidenceIds(this.stepEvidence(n)),
            actions,
            meta: { kind: 'step', step: n },
        };
    }

    stepWhyReply(lang: Lang, n: number, actions: Action[]): Reply {
        const step = this.kb.steps[n - 1]!;
        return {
            title: `${this.catalog.t(lang, 'step.progress', { n, total: this.totalSteps })}${this.catalog.t(lang, 'punct.colon')}${step.title[lang]}`,
            lines: [this.catalog.t(lang, 'step.why', { why: this.say(lang, step.why) })],
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
        const keys = [n > 1 ? 'action.back' : null, n < this.totalSteps ? 'action.next' : null, 'action.why', 'action.stop'];
        return keys.filter((k): k is string => !!k).map((k) => this.action(lang, k));
    }

    // ----- simple replies ------------------------------------------------------------------------

    simple(lang: Lang, key: string, actions: Action[] = [], vars: Record<string, string | number> = {}): Reply {
        return { lines: [this.catalog.t(lang, key, vars)], actions };
    }

    welcome(lang: Lang): Reply {
        return { lines: [this.catalog.t(lang, 'welcome')], actions: this.menuActions(lang), meta: { kind: 'menu' } };
    }

    /** The menu, optionally after a lead line ("OK, let's start over."). */
    menu(lang: Lang, leadKey?: string): Reply {
        const lines = [leadKey ? this.catalog.t(lang, leadKey) : '', this.catalog.t(lang, 'menu.prompt')].filter(Boolean);
        return { lines, actions: this.menuActions(lang), meta: { kind: 'menu' } };
    }

    fallback(lang: Lang, twice: boolean): Reply {
        return {
            lines: [this.catalog.t(lang, twice ? 'fallback.twice' : 'fallback')],
            actions: twice ? [this.action(lang, 'menu.human'), ...this.menuActions(lang).slice(0, 3)] : this.menuActions(lang),
            meta: { kind: 'decline' },
        };
    }
}

const DIGITS = '零一二三四五六七八九';

/** 16 → 十六, 5 → 五, 47 → 四十七 (article numbers in Chinese citations). */
export function chineseNumber(n: number): string {
    if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
    if (n < 10) return DIGITS[n]!;
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}
