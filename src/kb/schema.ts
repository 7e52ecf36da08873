import { z } from 'zod';

/** The two languages the bot speaks. Replies, content and samples all carry both. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

const text = z.object({ en: z.string().trim().min(1), zh: z.string().trim().min(1) }).strict();
const phrases = z
    .object({ en: z.array(z.string().trim().min(1)).min(1), zh: z.array(z.string().trim().min(1)).min(1) })
    .strict();
const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case id (letters, digits, dashes)');

const source = z
    .object({
        id,
        kind: z.enum(['law', 'government', 'secondary']),
        title: text,
        publisher: text.optional(),
        url: z.string().optional(),
        date: z.string().optional(),
        /** For law: the instrument's document number and the article. */
        document: z.string().optional(),
        article: z.number().int().positive().optional(),
        /** Honest caveat shown with the source (e.g. "not an official site"). */
        caveat: text.optional(),
    })
    .strict();

/** A statement the bot may make, with the sources that support it. */
const fact = z.object({ text, sources: z.array(id).min(1) }).strict();

const samples = z
    .object({ en: z.array(z.string().trim().min(1)).min(3), zh: z.array(z.string().trim().min(1)).min(3) })
    .strict();

const topic = z
    .object({
        id,
        title: text,
        /** First line of the answer: the direct answer in one or two sentences. */
        summary: fact,
        facts: z.array(fact).default([]),
        /** Where the sources are silent: said plainly, with where to ask instead. */
        caveat: text.optional(),
        /** Article of the Measures that is the legal basis of this answer, if any. */
        legalBasis: z.number().int().positive().optional(),
        samples,
        /** Topic ids offered as next actions after this answer. */
        next: z.array(id).default([]),
    })
    .strict();

const step = z
    .object({
        n: z.number().int().min(1),
        title: text,
        detail: z.array(fact).min(1),
        why: fact,
        caveat: text.optional(),
        samples,
    })
    .strict();

const route = z
    .object({
        id,
        title: text,
        /** Which of the three "cards" this route activates (see cardKinds). */
        cardKind: id,
        /** Words people use for this route, to recognise it in free text. */
        aliases: phrases,
        haveReady: z.array(fact).min(1),
        do: z.array(fact).min(1),
        caveat: text.optional(),
    })
    .strict();

const cardKind = z
    .object({
        id,
        title: text,
        aliases: phrases,
        runBy: fact,
        forChild: fact,
        where: fact,
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

export const knowledgeBaseSchema = z
    .object({
        version: z.literal(1),
        sources: z.array(source).min(1),
        instrument: z
            .object({ title: text, document: z.string().min(1), issuer: text, date: z.string(), chapter: text })
            .strict(),
        articles: z.array(article).min(1),
        topics: z.array(topic).min(1),
        steps: z.array(step).length(7),
        routes: z.array(route).min(1),
        cardKinds: z.array(cardKind).min(1),
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
            if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id "${s.id}"` });
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
        kb.topics.forEach((t, i) => {
            t.next.forEach((n, j) => {
                if (!topicIds.has(n)) ctx.addIssue({ code: 'custom', path: ['topics', i, 'next', j], message: `unknown topic "${n}"` });
            });
            if (t.legalBasis !== undefined && !articleNumbers.has(t.legalBasis)) {
                ctx.addIssue({ code: 'custom', path: ['topics', i, 'legalBasis'], message: `no article ${t.legalBasis} in "articles"` });
            }
        });
        kb.steps.forEach((s, i) => {
            if (s.n !== i + 1) ctx.addIssue({ code: 'custom', path: ['steps', i, 'n'], message: `expected ${i + 1} (steps in order)` });
        });
        kb.routes.forEach((r, i) => {
            if (!kindIds.has(r.cardKind)) {
                ctx.addIssue({ code: 'custom', path: ['routes', i, 'cardKind'], message: `unknown card kind "${r.cardKind}"` });
            }
        });
        const conceptIds = new Set<string>();
        kb.concepts?.forEach((c, i) => {
            if (conceptIds.has(c.id)) ctx.addIssue({ code: 'custom', path: ['concepts', i, 'id'], message: `duplicate concept id "${c.id}"` });
            conceptIds.add(c.id);
            if (c.en.length + c.zh.length === 0) ctx.addIssue({ code: 'custom', path: ['concepts', i], message: `concept "${c.id}" has no words` });
        });
        for (const required of ['documents', 'activation', 'process', 'legal-basis', 'card-kinds', 'not-covered']) {
            if (!topicIds.has(required)) ctx.addIssue({ code: 'custom', path: ['topics'], message: `missing required topic "${required}"` });
        }
    });

export type KnowledgeBase = z.infer<typeof knowledgeBaseSchema>;
export type Topic = KnowledgeBase['topics'][number];
export type Step = KnowledgeBase['steps'][number];
export type Route = KnowledgeBase['routes'][number];
export type CardKind = KnowledgeBase['cardKinds'][number];
export type Fact = Topic['facts'][number];
export type Source = KnowledgeBase['sources'][number];
export type LocalText = Topic['title'];
