import type { Catalog } from '../i18n.js';
import type { Fact, KnowledgeBase, Lang, Route, Topic } from '../kb/schema.js';
import type { Action, Reply } from './reply.js';

/** Menu entries: label key in the catalogue and the text the button sends. */
const MENU: { key: string; topic: string }[] = [
    { key: 'menu.documents', topic: 'documents' },
    { key: 'menu.activation', topic: 'activation' },
    { key: 'menu.process', topic: 'walkthrough' },
    { key: 'menu.legal', topic: 'legal-basis' },
    { key: 'menu.cardKinds', topic: 'card-kinds' },
    { key: 'menu.human', topic: 'human' },
];

/**
 * Builds every reply from the knowledge base and the catalogue. Plain TypeScript: no SDK types,
 * so it is unit-testable and survives a move away from botbuilder.
 */
export class Answers {
    constructor(
        private readonly kb: KnowledgeBase,
        private readonly catalog: Catalog,
    ) {}

    get totalSteps(): number {
        return this.kb.steps.length;
    }

    topic(id: string): Topic | undefined {
        return this.kb.topics.find((t) => t.id === id);
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
            for (const m of MENU) out.set(this.catalog.t(lang, m.key), m.topic);
            out.set(this.catalog.t(lang, 'activation.notSure'), 'card-kinds');
        }
        return out;
    }

    menuActions(lang: Lang): Action[] {
        return MENU.map((m) => this.action(lang, m.key));
    }

    private topicActions(lang: Lang, topic: Topic): Action[] {
        const byTopic = new Map(MENU.map((m) => [m.topic, m.key]));
        const actions = topic.next
            .map((id) => (id === 'process' ? byTopic.get('walkthrough') : byTopic.get(id)))
            .filter((k): k is string => !!k)
            .map((k) => this.action(lang, k));
        return [...actions, this.action(lang, 'menu.human')];
    }

    /** "Source: …" and "Legal basis: …" lines for a set of facts. */
    sourceLines(lang: Lang, facts: readonly Fact[], legalBasis?: number): string[] {
        const ids = [...new Set(facts.flatMap((f) => f.sources))];
        const sources = ids.map((id) => this.kb.sources.find((s) => s.id === id)!);
        const nonLaw = sources.filter((s) => s.kind !== 'law');
        const law = sources.filter((s) => s.kind === 'law');
        const aside = (text: string) => this.catalog.t(lang, 'punct.aside', { text });
        const describe = (s: (typeof sources)[number]) => (s.caveat ? `${s.title[lang]}${aside(s.caveat[lang])}` : s.title[lang]);
        const lines: string[] = [];
        if (nonLaw.length) lines.push(this.catalog.t(lang, 'source.line', { sources: nonLaw.map(describe).join(this.catalog.t(lang, 'punct.listSeparator')) }));
        const articles = new Set<number>(law.map((s) => s.article).filter((a): a is number => a !== undefined));
        if (legalBasis !== undefined) articles.add(legalBasis);
        for (const article of [...articles].sort((a, b) => b - a)) {
            const src = law.find((s) => s.article === article) ?? this.kb.sources.find((s) => s.article === article);
            const citation = this.catalog.t(lang, 'source.citation', {
                article,
                articleZh: chineseNumber(article),
                instrument: this.kb.instrument.title[lang],
                document: this.kb.instrument.document,
            });
            lines.push(
                this.catalog.t(lang, 'source.legal', { citation: src?.caveat ? `${citation}${aside(src.caveat[lang])}` : citation }),
            );
        }
        return lines;
    }

    /** A knowledge-base topic answered in full: direct answer first, then details, caveat and sources. */
    topicReply(lang: Lang, id: string): Reply {
        const topic = this.topic(id);
        if (!topic) throw new Error(`Unknown topic "${id}"`);
        if (id === 'legal-basis') return this.legalReply(lang);
        if (id === 'card-kinds') return this.cardKindsReply(lang);
        if (id === 'process') return this.processReply(lang);
        return {
            title: topic.title[lang],
            lines: [topic.summary.text[lang]],
            items: topic.facts.map((f) => f.text[lang]),
            after: topic.caveat ? [topic.caveat[lang]] : [],
            sources: this.sourceLines(lang, [topic.summary, ...topic.facts], topic.legalBasis),
            actions: this.topicActions(lang, topic),
        };
    }

    processReply(lang: Lang): Reply {
        const topic = this.topic('process')!;
        return {
            title: topic.title[lang],
            lines: [topic.summary.text[lang]],
            items: this.kb.steps.map((s) => `${this.catalog.t(lang, 'step.progress', { n: s.n, total: this.totalSteps })}${this.catalog.t(lang, 'punct.colon')}${s.title[lang]}`),
            after: topic.caveat ? [topic.caveat[lang]] : [],
            sources: this.sourceLines(lang, [topic.summary, ...this.kb.steps.flatMap((s) => s.detail.slice(0, 1))], topic.legalBasis),
            actions: this.topicActions(lang, topic),
        };
    }

    /** The legal basis: the framing first, then the article's text, the instrument's name and number. */
    legalReply(lang: Lang, articleNumber = 16): Reply {
        const topic = this.topic('legal-basis')!;
        const article = this.kb.articles.find((a) => a.number === articleNumber) ?? this.kb.articles[0]!;
        const i = this.kb.instrument;
        const intro = this.catalog.t(lang, 'legal.intro', {
            instrument: i.title[lang],
            issuer: i.issuer[lang],
            document: i.document,
            date: i.date,
            chapter: i.chapter[lang],
        });
        const quote =
            lang === 'zh'
                ? [article.original]
                : [article.english, this.catalog.t(lang, 'legal.translationNote'), article.original];
        return {
            title: topic.title[lang],
            lines: [articleNumber === 16 ? topic.summary.text[lang] : '', intro, ...quote].filter(Boolean),
            sources: this.sourceLines(lang, [{ text: topic.summary.text, sources: article.sources }], undefined),
            actions: this.topicActions(lang, topic),
        };
    }

    cardKindsReply(lang: Lang): Reply {
        const topic = this.topic('card-kinds')!;
        return {
            title: topic.title[lang],
            lines: [topic.summary.text[lang]],
            groups: this.kb.cardKinds.map((k) => ({ heading: k.title[lang], items: [k.runBy, k.forChild, k.where].map((f) => f.text[lang]) })),
            sources: this.sourceLines(lang, [topic.summary, ...this.kb.cardKinds.flatMap((k) => [k.runBy, k.forChild, k.where])]),
            actions: this.topicActions(lang, topic),
        };
    }

    /** One step of the processing flow with its progress line ("Step 3 of 7"). */
    stepReply(lang: Lang, n: number, actions: Action[]): Reply {
        const step = this.kb.steps[n - 1]!;
        const progress = this.catalog.t(lang, 'step.progress', { n, total: this.totalSteps });
        return {
            title: `${progress}${this.catalog.t(lang, 'punct.colon')}${step.title[lang]}`,
            lines: step.detail.map((d) => d.text[lang]),
            after: step.caveat ? [step.caveat[lang]] : [],
            sources: this.sourceLines(lang, step.detail, 16),
            actions,
        };
    }

    stepWhyReply(lang: Lang, n: number, actions: Action[]): Reply {
        const step = this.kb.steps[n - 1]!;
        return {
            title: `${this.catalog.t(lang, 'step.progress', { n, total: this.totalSteps })}${this.catalog.t(lang, 'punct.colon')}${step.title[lang]}`,
            lines: [this.catalog.t(lang, 'step.why', { why: step.why.text[lang] })],
            sources: this.sourceLines(lang, [step.why]),
            actions,
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

    routes(): readonly Route[] {
        return this.kb.routes;
    }

    /** The answer-first summary of the three ways to activate, followed by the route choice. */
    activationSummary(lang: Lang): Reply {
        const reply = this.topicReply(lang, 'activation');
        return { ...reply, actions: [] };
    }

    activationChoice(lang: Lang): Reply {
        return {
            lines: [this.catalog.t(lang, 'activation.ask')],
            actions: [
                ...this.kb.routes.map((r) => ({ label: r.title[lang], value: r.title[lang] })),
                this.action(lang, 'activation.notSure'),
            ],
        };
    }

    routeReply(lang: Lang, route: Route): Reply {
        const kind = this.kb.cardKinds.find((k) => k.id === route.cardKind)!;
        return {
            title: route.title[lang],
            lines: [this.catalog.t(lang, 'activation.activates', { kind: kind.title[lang] })],
            groups: [
                { heading: this.catalog.t(lang, 'activation.haveReady'), items: route.haveReady.map((f) => f.text[lang]) },
                { heading: this.catalog.t(lang, 'activation.do'), items: route.do.map((f) => f.text[lang]) },
            ],
            after: route.caveat ? [route.caveat[lang]] : [],
            sources: this.sourceLines(lang, [...route.haveReady, ...route.do], 16),
            actions: [this.action(lang, 'menu.documents'), this.action(lang, 'menu.process'), this.action(lang, 'menu.human')],
        };
    }

    simple(lang: Lang, key: string, actions: Action[] = [], vars: Record<string, string | number> = {}): Reply {
        return { lines: [this.catalog.t(lang, key, vars)], actions };
    }

    welcome(lang: Lang): Reply {
        return { lines: [this.catalog.t(lang, 'welcome')], actions: this.menuActions(lang) };
    }

    /** The menu, optionally after a lead line ("OK, let's start over."). */
    menu(lang: Lang, leadKey?: string): Reply {
        const lines = [leadKey ? this.catalog.t(lang, leadKey) : '', this.catalog.t(lang, 'menu.prompt')].filter(Boolean);
        return { lines, actions: this.menuActions(lang) };
    }

    fallback(lang: Lang, twice: boolean): Reply {
        return {
            lines: [this.catalog.t(lang, twice ? 'fallback.twice' : 'fallback')],
            actions: twice ? [this.action(lang, 'menu.human'), ...this.menuActions(lang).slice(0, 3)] : this.menuActions(lang),
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
