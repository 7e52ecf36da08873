import type { Fact, KnowledgeBase, Source } from './schema.js';

/** One fact of the knowledge base, where it is, and how its sources are labelled. */
export interface FactRow {
    /** Where the fact sits: `topics.documents.facts[2]`, `cardKinds.physical.where[0]`, `steps[6].why`. */
    path: string;
    text: string;
    city?: string;
    sources: { id: string; label: Source['label']; ref?: string }[];
    /** Every source is secondary: the bot says so when it states the fact. */
    secondaryOnly: boolean;
}

export interface ContentReport {
    facts: FactRow[];
    sources: { id: string; label: Source['label']; ref?: string; issuer: string; usedBy: number }[];
    secondaryOnly: number;
    unusedSources: string[];
}

/** Every fact with its source labels, for the people who keep the content (`npm run kb:report`). */
export function contentReport(kb: KnowledgeBase): ContentReport {
    const byId = new Map(kb.sources.map((s) => [s.id, s]));
    const facts: FactRow[] = [];
    const add = (path: string, f: Fact) => {
        const sources = f.sources.map((id) => {
            const s = byId.get(id)!;
            return { id, label: s.label, ...(s.ref ? { ref: s.ref } : {}) };
        });
        facts.push({
            path,
            text: f.text.en,
            ...(f.city ? { city: f.city.en } : {}),
            sources,
            secondaryOnly: sources.every((s) => s.label === 'secondary'),
        });
    };
    for (const t of kb.topics) {
        add(`topics.${t.id}.summary`, t.summary);
        t.leads.forEach((l, i) => add(`topics.${t.id}.leads[${i}]`, l.fact));
        t.facts.forEach((f, i) => add(`topics.${t.id}.facts[${i}]`, f));
        t.more.forEach((f, i) => add(`topics.${t.id}.more[${i}]`, f));
        if (t.why) add(`topics.${t.id}.why`, t.why);
    }
    for (const s of kb.steps) {
        s.detail.forEach((f, i) => add(`steps[${s.n}].detail[${i}]`, f));
        add(`steps[${s.n}].why`, s.why);
    }
    for (const k of kb.cardKinds) {
        add(`cardKinds.${k.id}.what`, k.what);
        add(`cardKinds.${k.id}.tell`, k.tell);
        add(`cardKinds.${k.id}.summary`, k.summary);
        for (const part of ['where', 'who', 'bring', 'extra', 'more'] as const)
            k[part].forEach((f, i) => add(`cardKinds.${k.id}.${part}[${i}]`, f));
        if (k.why) add(`cardKinds.${k.id}.why`, k.why);
    }
    for (const part of ['enrolBy', 'enrolByAbout', 'by', 'byAbout', 'late', 'older'] as const)
        add(`child.${part}`, kb.child[part]);
    const used = new Map<string, number>();
    for (const f of facts) for (const s of f.sources) used.set(s.id, (used.get(s.id) ?? 0) + 1);
    for (const a of kb.articles) for (const id of a.sources) used.set(id, (used.get(id) ?? 0) + 1);
    for (const t of kb.topics) if (t.legalDoc) used.set(t.legalDoc.source, (used.get(t.legalDoc.source) ?? 0) + 1);
    return {
        facts,
        sources: kb.sources.map((s) => ({
            id: s.id,
            label: s.label,
            ...(s.ref ? { ref: s.ref } : {}),
            issuer: s.issuer.en,
            usedBy: used.get(s.id) ?? 0,
        })),
        secondaryOnly: facts.filter((f) => f.secondaryOnly).length,
        unusedSources: kb.sources.filter((s) => !used.has(s.id)).map((s) => s.id),
    };
}
