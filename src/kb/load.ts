import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
 * Where the build writes the validated knowledge base (from `dist/src/kb/load.js`: `dist/content/kb.json`): the
 * schema's output for one exact kb.json, which start-up loads instead of validating the file again (the schemas'
 * parse was most of zod's share of start-up). It carries a fingerprint of the file's bytes and of the schema's code;
 * a file edited after the build (or another KB_FILE) does not match and is validated as before, so a broken one
 * still stops start-up.
 */
export const VALIDATED_FILE = fileURLToPath(new URL('../../content/kb.json', import.meta.url));

interface ValidatedFile {
    fingerprint: string;
    kb: KnowledgeBase;
}

/** What validating `text` depends on: the text and the schema's code. */
function fingerprintOf(text: Buffer): string {
    const here = fileURLToPath(import.meta.url);
    const schema = path.join(path.dirname(here), `schema${path.extname(here)}`);
    return createHash('sha256').update(readFileSync(schema)).update(text).digest('hex');
}

/** Validates `file` and writes the result for start-up (the build's step); throws {@link ContentError} as start-up would. */
export async function saveValidatedKnowledgeBase(file: string, out = VALIDATED_FILE): Promise<void> {
    const kb = await loadKnowledgeBase(file, { validated: null });
    const validated: ValidatedFile = { fingerprint: fingerprintOf(await readFile(file)), kb };
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(`${out}.tmp`, JSON.stringify(validated));
    renameSync(`${out}.tmp`, out);
}

/** The build's validated copy of the knowledge base in `text`, if there is one for exactly this text. */
function validatedCopy(text: Buffer, validated: string): KnowledgeBase | undefined {
    let copy: ValidatedFile;
    try {
        copy = JSON.parse(readFileSync(validated, 'utf8')) as ValidatedFile;
    } catch {
        return undefined; // no build, or a broken copy: validate
    }
    return copy.fingerprint === fingerprintOf(text) ? copy.kb : undefined;
}

/**
 * Reads the knowledge base through lowdb and validates it, unless the build validated this very file
 * ({@link VALIDATED_FILE}; `validated: null` always validates).
 * lowdb's JSONFilePreset switches to memory when NODE_ENV=test, so the adapter is built by hand.
 */
export async function loadKnowledgeBase(
    file: string,
    options: { validated?: string | null } = {},
): Promise<KnowledgeBase> {
    const validated = options.validated === undefined ? VALIDATED_FILE : options.validated;
    if (validated) {
        const text = await readFile(file).catch(() => undefined);
        const kb = text && validatedCopy(text, validated);
        if (kb) return kb;
    }
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
