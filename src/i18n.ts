import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ContentError, formatPath } from './kb/load.js';
import { LANGS, type Lang } from './kb/schema.js';

export const COMMANDS = [
    'help',
    'cancel',
    'menu',
    'next',
    'back',
    'repeat',
    'where',
    'stop',
    'continue',
    'why',
    'walkthrough',
    'human',
    'english',
    'chinese',
    'yes',
    'no',
    'sources',
    'more',
    'greet',
    'thanks',
    'bye',
] as const;
export type Command = (typeof COMMANDS)[number];

const localeSchema = z
    .object({
        strings: z.record(z.string(), z.string()),
        commands: z.object(Object.fromEntries(COMMANDS.map((c) => [c, z.array(z.string().min(1)).min(1)]))).strict(),
        stepWords: z.array(z.string().min(1)).min(1),
        /** One-word messages that could mean several things ("card", 「卡」), by what they may mean: the bot asks which. */
        ambiguous: z.record(z.string(), z.array(z.string().min(1))).default({}),
        /** Words that ask for a phone number ("number", 「电话」): "customer service phone?" asks for a hotline, not a person. */
        numberWords: z.array(z.string().min(1)).default([]),
    })
    .strict();

type LocaleFile = z.infer<typeof localeSchema>;

/** UI strings and command phrases for both languages. Text people read lives in `data/locales/*.json`. */
export interface Catalog {
    /** Looks up a string and fills `{name}` placeholders. Unknown keys throw: a missing string is a bug, not a blank. */
    t(lang: Lang, key: string, vars?: Record<string, string | number>): string;
    commands(lang: Lang): Record<Command, string[]>;
    stepWords(lang: Lang): string[];
    /** One-word messages that could mean several things, by group (see src/core/clarify.ts). */
    ambiguous(lang: Lang): Record<string, string[]>;
    /** Words that ask for a phone number (see src/core/understand.ts). */
    numberWords(lang: Lang): string[];
}

/** Builds a catalog from already-parsed locale data; checks that both languages define the same keys. */
export function createCatalog(data: Record<Lang, unknown>, dir = 'locales'): Catalog {
    const parsed = {} as Record<Lang, LocaleFile>;
    for (const lang of LANGS) {
        const file = path.join(dir, `${lang}.json`);
        const result = localeSchema.safeParse(data[lang]);
        if (!result.success) {
            throw new ContentError(
                file,
                result.error.issues.map((i) => `${formatPath(i.path) || '(root)'}: ${i.message}`),
            );
        }
        parsed[lang] = result.data;
    }
    const [first, ...rest] = LANGS;
    for (const lang of rest) {
        const missing = Object.keys(parsed[first].strings).filter((k) => !(k in parsed[lang].strings));
        const extra = Object.keys(parsed[lang].strings).filter((k) => !(k in parsed[first].strings));
        const problems = [
            ...missing.map((k) => `strings.${k}: missing (defined in ${first}.json)`),
            ...extra.map((k) => `strings.${k}: not defined in ${first}.json`),
        ];
        if (problems.length) throw new ContentError(path.join(dir, `${lang}.json`), problems);
    }
    return {
        t(lang, key, vars = {}) {
            const template = parsed[lang].strings[key];
            if (template === undefined) throw new Error(`No string "${key}" for ${lang}`);
            return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
        },
        commands: (lang) => parsed[lang].commands as Record<Command, string[]>,
        stepWords: (lang) => parsed[lang].stepWords,
        ambiguous: (lang) => parsed[lang].ambiguous,
        numberWords: (lang) => parsed[lang].numberWords,
    };
}

/** Reads `en.json` and `zh.json` from a directory and builds the catalog. */
export async function loadCatalog(dir: string): Promise<Catalog> {
    const data = {} as Record<Lang, unknown>;
    for (const lang of LANGS) {
        const file = path.join(dir, `${lang}.json`);
        try {
            data[lang] = JSON.parse(await readFile(file, 'utf8'));
        } catch (err) {
            throw new ContentError(file, [(err as Error).message]);
        }
    }
    return createCatalog(data, dir);
}
