import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { knowledgeBaseSchema, type KnowledgeBase } from './schema.js';

/** A knowledge-base or content file that failed validation: names the file, each bad field and what was expected. */
export class ContentError extends Error {
    constructor(
        readonly file: string,
        readonly problems: string[],
    ) {
        super(`${file} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.name = 'ContentError';
    }
}

/** Formats a zod issue path as `topics[2].summary.text.zh`. */
export function formatPath(path: readonly PropertyKey[]): string {
    return path.reduce<string>((out, key) => {
        if (typeof key === 'number') return `${out}[${key}]`;
        return out ? `${out}.${String(key)}` : String(key);
    }, '');
}

/** Validates parsed JSON as a knowledge base. Pure: used by start-up, `npm run kb:check` and tests. */
export function parseKnowledgeBase(data: unknown, file = 'knowledge base'): KnowledgeBase {
    const result = knowledgeBaseSchema.safeParse(data);
    if (!result.success) {
        throw new ContentError(
            file,
            result.error.issues.map((i) => `${formatPath(i.path) || '(root)'}: ${i.message}`),
        );
    }
    return result.data;
}

/**
 * Reads the knowledge base through lowdb and validates it.
 * lowdb's JSONFilePreset switches to memory when NODE_ENV=test, so the adapter is built by hand.
 */
export async function loadKnowledgeBase(file: string): Promise<KnowledgeBase> {
    const db = new Low<unknown>(new JSONFile<unknown>(file), null);
    try {
        await db.read();
    } catch (err) {
        const reason = err instanceof SyntaxError ? `not valid JSON (${err.message})` : (err as Error).message;
        throw new ContentError(file, [reason]);
    }
    if (db.data === null) throw new ContentError(file, ['file not found or empty']);
    return parseKnowledgeBase(db.data, file);
}
