/**
 * `npm run kb:absorb -- test/eval/seen/holdoutN [...]`: adds a seen evaluation set's labelled questions to the
 * knowledge base's sample questions (`data/kb.json`), so the matcher trains on them.
 *
 * Only for sets that have been measured once and read (`test/eval/seen/`): a set in `test/eval/blind/` is refused,
 * since training on it would make its measurement worthless. A question already among the samples (ignoring case and
 * spacing) is skipped; each sample goes to the topic the set's writer labelled it with, or to the off-topic class.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { LANGS } from '../src/kb/schema.js';
import { OFF_TOPIC } from '../src/nlu/matcher.js';

interface Samples {
    en: string[];
    zh: string[];
}
interface KbFile {
    topics: { id: string; samples: Samples }[];
    offTopic: { samples: Samples };
}

const KB_FILE = process.env.KB_FILE ?? 'data/kb.json';
const dirs = process.argv.slice(2);
if (!dirs.length) {
    console.error('usage: npm run kb:absorb -- test/eval/seen/holdoutN [...]');
    process.exit(2);
}
const blind = dirs.filter((d) => path.resolve(d).split(path.sep).includes('blind'));
if (blind.length) {
    console.error(`refused: ${blind.join(', ')} is a blind set; measure it once and move it to test/eval/seen/ first`);
    process.exit(2);
}

const kb = JSON.parse(await readFile(KB_FILE, 'utf8')) as KbFile;
const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const classes = new Map<string, Samples>([
    ...kb.topics.map((t) => [t.id, t.samples] as const),
    [OFF_TOPIC, kb.offTopic.samples],
]);
const have = new Set([...classes.values()].flatMap((s) => LANGS.flatMap((lang) => s[lang].map(key))));
let added = 0;
let skipped = 0;
for (const dir of dirs) {
    for (const lang of LANGS) {
        const file = path.join(dir, `questions.${lang}.json`);
        const questions = JSON.parse(await readFile(file, 'utf8')) as { text?: string; q?: string; topic: string }[];
        for (const q of questions) {
            const text = (q.text ?? q.q ?? '').trim();
            const target = classes.get(q.topic);
            if (!target) throw new Error(`${file}: unknown topic ${q.topic}`);
            if (!text || have.has(key(text))) {
                skipped++;
                continue;
            }
            have.add(key(text));
            target[lang].push(text);
            added++;
        }
    }
}
await writeFile(KB_FILE, `${JSON.stringify(kb, null, 2)}\n`);
console.log(`${KB_FILE}: ${added} sample questions added, ${skipped} already there or empty`);
