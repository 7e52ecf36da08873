import { z } from 'zod';

/** The two languages the bot speaks. Replies, content and samples all carry both. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

const text = z.object({ en: z.string().trim().min(1), zh: z.string().trim().min(1) }).strict();
const phrases = z
    .object({ en: z.array(z.string().trim().min(1)).min(1), zh: z.array(z.string().trim().min(1)).min(1) })
    .strict();
const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case id (letters, digits, dashes)');

/**
 * Where a fact comes from. `label` says how far it can be trusted: `official` was seen on a
 * government site; `secondary` is a copy, news report, Q&A or content site (the official page
 * itself was not seen). Answers link only sources with `link: true` (official pages and news
 * outlets); the address of a content-farm copy stays here, for the people who keep the content.
 */
const source = z
    .object({
        id,
        /** Its id in shared/reference/activation.md (S1 …), for editors. */
        ref: z
            .string()
            .regex(/^S\d+$/)
            .optional(),
        label: z.enum(['official', 'secondary'], { message: 'every source needs a label: "official" or "secondary"' }),
        /** A legal instrument quoted by article (shown as the legal basis, not as a source line). */
        kind: z.literal('law').optional(),
        /** Who published it, short ("Cixi municipal government"). */
        issuer: text,
        /** Its title: the Chinese original where known, an English description otherwise. */
        title: text,
        /** As precise as known: 2024, 2024-12 or 2024-12-04. */
        date: z
            .string()
            .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
            .optional(),
        url: z.string().url().optional(),
        /** Whether answers may link it. */
        link: z.boolean(),
        /** For law and national documents: the document number. */
        document: z.string().optional(),
        article: z.number().int().positive().optional(),
        /** What is and is not verified about it, shown with the source details. */
        note: text.optional(),
    })
    .strict();

/**
 * A statement the bot may make, with the sources that support it. `city` marks a rule of one
 * place, which the text must name (checked), so it is never said as a national rule.
 */
const fact = z
    .object({
        text,
        sources: z.array(id).min(1, 'every fact needs at least one source'),
        city: text.optional(),
        /** Only for a child up to this age (in days): left out once the bot knows the child is older (newborn-only advice). */
        maxAgeDays: z.number().int().positive().optional(),
    })
    .strict();

/**
 * How an answer is shaped for a parent on a phone: the first reply holds `summary` (the answer to
 * the question asked, in its first sentence) and `facts`; `more` (other cities' rules, caveats,
 * detail) waits behind "More details". `why` is said after "why?". `newbornFirst`: a baby under
 * the newborn enrolment age is told to enrol in medical insurance first. `office`: who to ask
 * locally (HRSS bureau and 12333, or the medical insurance office and 12393).
 */
const shape = {
    more: z.array(fact).default([]),
    why: fact.optional(),
    newbornFirst: z.boolean().default(false),
    office: z.enum(['hrss', 'medical']).default('hrss'),
    /** The facts are a list the parent needs whole (what to bring): a first reply too long for one screen never moves them behind "More details". */
    checklist: z.boolean().default(false),
};

/** An article of the Measures cited as the legal basis, with the item it concerns. */
const legal = z
    .object({ article: z.number().int().positive(), item: z.number().int().min(1).max(5).optional() })
    .strict();

const samples = z
    .object({ en: z.array(z.string().trim().min(1)).min(3), zh: z.array(z.string().trim().min(1)).min(3) })
    .strict();

/** The three things parents call "the card"; the activation guide asks which one. */
export const CARD_KINDS = ['physical', 'electronic', 'e-voucher'] as const;

/**
 * The first sentence for a narrower question ("can grandma do it?" -> "only where your city allows
 * it"): used instead of `summary` when the question has one of the words of `when`.
 */
const leads = z
    .array(
        z
            .object({
                when: z
                    .object({ en: z.array(z.string().trim().min(1)), zh: z.array(z.string().trim().min(1)) })
                    .strict(),
                fact,
                /** The card the narrower answer is about ("does the electronic card still work?" after a lost card). */
                card: z.enum(CARD_KINDS).optional(),
            })
            .strict(),
    )
    .default([]);

const topic = z
    .object({
        id,
        title: text,
        /** First line of the answer: the direct answer in one or two sentences. */
        summary: fact,
        facts: z.array(fact).default([]),
        /** Where the sources are silent: said plainly, with where to ask instead. */
        caveat: text.optional(),
        /** The article of the Measures behind this answer, only where the Measures govern it (the social security card). */
        legal: legal.optional(),
        /** A national document (not the Measures) behind this answer, cited with what is verified of it. */
        legalDoc: z.object({ source: id }).strict().optional(),
        samples,
        /** Topic ids offered as next actions after this answer. */
        next: z.array(id).default([]),
        /** First sentences for narrower questions (see `leads`). */
        leads,
        ...shape,
    })
    .strict();

/** One step of the typical flow. Questions about a step are answered by its topic; steps have no samples. */
const step = z
    .object({
        n: z.number().int().min(1),
        title: text,
        detail: z.array(fact).min(1),
        why: fact,
        caveat: text.optional(),
        legal: legal.optional(),
    })
    .strict();

/** One of the three things parents call "the card", and how a child's is activated. */
const cardKind = z
    .object({
        id,
        title: text,
        /** Words people use for it, to recognise it in free text. */
        aliases: phrases,
        /** What it is and who runs it. */
        what: fact,
        /** How a parent can tell it is this one. */
        tell: fact,
        /** Where it is activated for a child. */
        where: z.array(fact).min(1),
        /** Who acts for the child. */
        who: z.array(fact).min(1),
        /** What to bring or enter. */
        bring: z.array(fact).min(1),
        /** Local rules and details worth knowing (behind "More details", with `more`). */
        extra: z.array(fact).default([]),
        /** The first line of its answer: where and how, in one or two sentences. */
        summary: fact,
        /** First sentences for narrower questions about this card ("it says 封存, what does that mean?"). */
        leads,
        caveat: text.optional(),
        legal: legal.optional(),
        ...shape,
    })
    .strict();

const article = z
    .object({
        number: z.number().int().positive(),
        /** The Chinese original, quoted exactly. */
        original: z.string().min(1),
        /** Faithful English rendering (ours). */
        english: z.string().min(1),
        sources: z.array(id).min(1),
    })
    .strict();

/**
 * A bilingual concept for the topic matcher: words and phrases that mean the same thing for
 * matching in either language ("bring", "take along", "带", "携带"). Not shown to users.
 */
const concept = z
    .object({
        id,
        en: z.array(z.string().trim().min(1)),
        zh: z.array(z.string().trim().min(1)),
    })
    .strict();

/**
 * What the bot says about a child whose age it knows (src/core/answers.ts): `{date}` is the day the
 * newborn enrolment window ends, `{age}` the child's age as said back.
 */
const childRules = z
    .object({
        /** The newborn enrolment window in days (in principle; some cities allow longer). */
        newbornDays: z.number().int().positive(),
        /** A baby within the window, birth date known: enrol first, by {date}. */
        enrolBy: fact,
        /** The same, the date worked out from an age ("2 months old"): about {date}. */
        enrolByAbout: fact,
        /** Said under the newborn rules themselves: the day the window ends ({date}), exact or about. */
        by: fact,
        byAbout: fact,
        /** Said beside the typical flow's first step (enrolling) for a baby within the window: by {date}, exact or about. */
        stepBy: fact,
        stepByAbout: fact,
        /** Said beside the first step for a child past the window: if not done yet, under local rules. */
        stepLater: fact,
        /** A baby past the window: what later enrolment means. */
        late: fact,
        /** A child past the window, where an answer would have said to enrol within it: enrol first, under local rules. */
        enrolLater: fact,
        /** A child past the newborn age asking about newborn rules. */
        older: fact,
    })
    .strict();

export const knowledgeBaseSchema = z
    .object({
        version: z.literal(2),
        sources: z.array(source).min(1),
        instrument: z
            .object({ title: text, document: z.string().min(1), issuer: text, date: z.string(), chapter: text })
            .strict(),
        articles: z.array(article).min(1),
        topics: z.array(topic).min(1),
        steps: z.array(step).min(2),
        cardKinds: z.array(cardKind).min(1),
        child: childRules,
        offTopic: z.object({ samples }).strict(),
        /** Words that show a message is about this bot's domain at all (used to decline off-topic questions). */
        domainTerms: phrases,
        /** Concept lexicon for the topic matcher (src/nlu/features.ts). */
        concepts: z.array(concept).optional(),
    })
    .strict()
    .superRefine((kb, ctx) => {
        const sourceIds = new Set(kb.sources.map((s) => s.id));
        const topicIds = new Set(kb.topics.map((t) => t.id));
        const kindIds = new Set(kb.cardKinds.map((k) => k.id));
        const articleNumbers = new Set(kb.articles.map((a) => a.number));
        const seen = new Set<string>();
        for (const [i, s] of kb.sources.entries()) {
            if (seen.has(s.id))
                ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id "${s.id}"` });
            seen.add(s.id);
        }
        // Every fact must point at a source that exists: this is what lets every answer carry its source.
        const checkRefs = (value: unknown, path: (string | number)[]): void => {
            if (Array.isArray(value)) value.forEach((v, i) => checkRefs(v, [...path, i]));
            else if (value && typeof value === 'object') {
                for (const [k, v] of Object.entries(value)) {
                    if (k === 'sources' && path.length > 0 && Array.isArray(v)) {
                        v.forEach((ref, i) => {
                            if (!sourceIds.has(ref)) {
                                ctx.addIssue({
                                    code: 'custom',
                                    path: [...path, k, i],
                                    message: `unknown source "${ref}" (expected one of: ${[...sourceIds].join(', ')})`,
                                });
                            }
                        });
                    } else if (!(path.length === 0 && k === 'sources')) checkRefs(v, [...path, k]);
                }
            }
        };
        checkRefs(kb, []);
        const checkLegal = (l: { article: number } | undefined, path: (string | number)[]) => {
            if (l && !articleNumbers.has(l.article))
                ctx.addIssue({
                    code: 'custom',
                    path: [...path, 'legal'],
                    message: `no article ${l.article} in "articles"`,
                });
        };
        // A rule of one city must say so in both languages, so it is never read as a national rule.
        const checkCity = (value: unknown, path: (string | number)[]): void => {
            if (Array.isArray(value)) value.forEach((v, i) => checkCity(v, [...path, i]));
            else if (value && typeof value === 'object') {
                const f = value as { text?: { en?: string; zh?: string }; city?: { en: string; zh: string } };
                if (f.city && f.text) {
                    for (const lang of LANGS) {
                        if (!f.text[lang]?.includes(f.city[lang])) {
                            ctx.addIssue({
                                code: 'custom',
                                path: [...path, 'text', lang],
                                message: `a fact of ${f.city.en} must name "${f.city[lang]}"`,
                            });
                        }
                    }
                }
                for (const [k, v] of Object.entries(value)) if (k !== 'text') checkCity(v, [...path, k]);
            }
        };
        checkCity(kb.topics, ['topics']);
        checkCity(kb.steps, ['steps']);
        checkCity(kb.cardKinds, ['cardKinds']);
        checkCity(kb.child, ['child']);
        kb.sources.forEach((s, i) => {
            if (s.kind === 'law' && s.article === undefined)
                ctx.addIssue({
                    code: 'custom',
                    path: ['sources', i, 'article'],
                    message: 'a law source needs its article',
                });
            if (s.link && !s.url)
                ctx.addIssue({ code: 'custom', path: ['sources', i, 'url'], message: 'a linked source needs its url' });
        });
        kb.topics.forEach((t, i) => {
            t.next.forEach((n, j) => {
                if (!topicIds.has(n))
                    ctx.addIssue({ code: 'custom', path: ['topics', i, 'next', j], message: `unknown topic "${n}"` });
            });
            checkLegal(t.legal, ['topics', i]);
            if (t.legalDoc) {
                const doc = kb.sources.find((s) => s.id === t.legalDoc!.source);
                if (!doc?.document)
                    ctx.addIssue({
                        code: 'custom',
                        path: ['topics', i, 'legalDoc', 'source'],
                        message: 'must name a source with a document number',
                    });
            }
        });
        kb.steps.forEach((s, i) => {
            if (s.n !== i + 1)
                ctx.addIssue({
                    code: 'custom',
                    path: ['steps', i, 'n'],
                    message: `expected ${i + 1} (steps in order)`,
                });
            checkLegal(s.legal, ['steps', i]);
        });
        kb.cardKinds.forEach((k, i) => checkLegal(k.legal, ['cardKinds', i]));
        for (const required of CARD_KINDS) {
            if (!kindIds.has(required))
                ctx.addIssue({ code: 'custom', path: ['cardKinds'], message: `missing card kind "${required}"` });
        }
        const conceptIds = new Set<string>();
        kb.concepts?.forEach((c, i) => {
            if (conceptIds.has(c.id))
                ctx.addIssue({
                    code: 'custom',
                    path: ['concepts', i, 'id'],
                    message: `duplicate concept id "${c.id}"`,
                });
            conceptIds.add(c.id);
            if (c.en.length + c.zh.length === 0)
                ctx.addIssue({ code: 'custom', path: ['concepts', i], message: `concept "${c.id}" has no words` });
        });
        for (const required of ['documents', 'activation', 'process', 'legal-basis', 'card-kinds', 'not-covered']) {
            if (!topicIds.has(required))
                ctx.addIssue({ code: 'custom', path: ['topics'], message: `missing required topic "${required}"` });
        }
    });

export type KnowledgeBase = z.infer<typeof knowledgeBaseSchema>;
export type Topic = KnowledgeBase['topics'][number];
export type Step = KnowledgeBase['steps'][number];
export type CardKind = KnowledgeBase['cardKinds'][number];
export type Fact = Topic['facts'][number];
export type Source = KnowledgeBase['sources'][number];
export type LocalText = Topic['title'];
export type ChildRules = KnowledgeBase['child'];
