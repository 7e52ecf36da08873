/**
 * `npm run eval`: how well the matcher labels the evaluation questions, reported separately for
 * the two parts of the set:
 * - `test/eval/tuned/`: questions the developers wrote and looked at while tuning the samples;
 * - `test/eval/holdout/`: questions written by someone who had not seen the bot's answers, never
 *   used for training or tuning. Only this part says how well the bot understands new questions.
 * Prints, per part and language, the share of in-domain questions answered with the right topic
 * and the share of off-topic questions declined, then every miss. Exits 1 when the held-out part
 * misses its targets (right topic ≥ 97 %, off-topic declined ≥ 95 %).
 */
import { readFile } from 'node:fs/promises';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { LANGS } from '../src/kb/schema.js';
import { OFF_TOPIC, TopicMatcher } from '../src/nlu/matcher.js';

interface Question {
    text: string;
    topic: string;
}

const TARGET_RIGHT = 0.97;
const TARGET_DECLINED = 0.95;

const kb = await loadKnowledgeBase(process.env.KB_FILE ?? 'data/kb.json');
const matcher = new TopicMatcher(kb);
const known = new Set([...kb.topics.map((t) => t.id), OFF_TOPIC]);
const quiet = process.argv.includes('--quiet');
let failed = false;
for (const part of ['tuned', 'holdout'] as const) {
    for (const lang of LANGS) {
        const questions = JSON.parse(await readFile(`test/eval/${part}/questions.${lang}.json`, 'utf8')) as Question[];
        const unknown = questions.filter((q) => !known.has(q.topic));
        if (unknown.length) throw new Error(`${part}/${lang}: unknown topics ${unknown.map((q) => q.topic).join(', ')}`);
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
            `${part} ${lang}: right topic ${right}/${inDomain.length} (${pct(right, inDomain.length)}%), off-topic declined ${declined}/${offTopic.length} (${pct(declined, offTopic.length)}%)`,
        );
        if (part === 'holdout' && (right / inDomain.length < TARGET_RIGHT || declined / offTopic.length < TARGET_DECLINED)) failed = true;
        if (misses.length && !quiet) console.log(misses.join('\n'));
    }
}
console.log(`held-out targets (right topic >= ${TARGET_RIGHT * 100}%, off-topic declined >= ${TARGET_DECLINED * 100}%): ${failed ? 'MISSED' : 'met'}`);
process.exitCode = failed ? 1 : 0;
