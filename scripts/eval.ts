/**
 * `npm run eval`: how well the matcher labels the held-out questions in test/eval/.
 * Prints, per language, the share of in-domain questions answered with the right topic and the
 * share of off-topic questions declined, then every miss.
 */
import { readFile } from 'node:fs/promises';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { LANGS } from '../src/kb/schema.js';
import { OFF_TOPIC, TopicMatcher } from '../src/nlu/matcher.js';

interface Question {
    text: string;
    topic: string;
}

const kb = await loadKnowledgeBase(process.env.KB_FILE ?? 'data/kb.json');
const matcher = new TopicMatcher(kb);
const dir = process.argv[2] ?? 'test/eval';
let failed = false;
for (const lang of LANGS) {
    const questions = JSON.parse(await readFile(`${dir}/questions.${lang}.json`, 'utf8')) as Question[];
    const inDomain = questions.filter((q) => q.topic !== OFF_TOPIC);
    const offTopic = questions.filter((q) => q.topic === OFF_TOPIC);
    const misses: string[] = [];
    let right = 0;
    let declined = 0;
    for (const q of questions) {
        const m = matcher.match(q.text);
        const ok = m.intent === q.topic;
        if (ok && q.topic === OFF_TOPIC) declined++;
        else if (ok) right++;
        else misses.push(`  ${q.topic} -> ${m.intent} (nearest ${m.nearest} ${m.score.toFixed(2)}${m.inDomain ? '' : ', no domain word'}): ${q.text}`);
    }
    const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : 'n/a');
    console.log(
        `${lang}: right topic ${right}/${inDomain.length} (${pct(right, inDomain.length)}%), off-topic declined ${declined}/${offTopic.length} (${pct(declined, offTopic.length)}%)`,
    );
    if (right / inDomain.length < 0.95 || declined / offTopic.length < 0.95) failed = true;
    if (misses.length) console.log(misses.join('\n'));
}
process.exitCode = failed ? 1 : 0;
