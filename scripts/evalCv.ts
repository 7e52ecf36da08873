/**
 * `npm run eval:cv [-- '{"minScore":0.4}']`: 5-fold cross-validation of the matcher on the
 * knowledge base's own sample questions, for tuning options and features without looking at the
 * held-out questions in test/eval/holdout/. Prints the share of held-back samples given the right
 * topic and the share of held-back off-topic samples declined.
 */
import { loadKnowledgeBase } from '../src/kb/load.js';
import { OFF_TOPIC, TopicMatcher } from '../src/nlu/matcher.js';
const kb = await loadKnowledgeBase('data/kb.json');
const K = 5;
const opts = JSON.parse(process.argv[2] ?? '{}') as Record<string, unknown>;
let right = 0;
let total = 0;
let offOk = 0;
let offTotal = 0;
const h = (s: string) => [...s].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7);
for (let fold = 0; fold < K; fold++) {
    const held: { text: string; topic: string }[] = [];
    const keep = (topic: string) => (arr: string[]) =>
        arr.filter((t) => {
            if (h(t) % K === fold) {
                held.push({ text: t, topic });
                return false;
            }
            return true;
        });
    const copy = structuredClone(kb);
    for (const t of copy.topics) {
        t.samples.en = keep(t.id)(t.samples.en);
        t.samples.zh = keep(t.id)(t.samples.zh);
    }
    copy.offTopic.samples.en = keep(OFF_TOPIC)(copy.offTopic.samples.en);
    copy.offTopic.samples.zh = keep(OFF_TOPIC)(copy.offTopic.samples.zh);
    const m = new TopicMatcher(copy, opts);
    for (const q of held) {
        const got = m.match(q.text).intent;
        if (q.topic === OFF_TOPIC) {
            offTotal++;
            if (got === OFF_TOPIC) offOk++;
        } else {
            total++;
            if (got === q.topic) right++;
        }
    }
}
console.log(
    JSON.stringify(opts),
    `cv right ${((100 * right) / total).toFixed(1)}% (${total}), off declined ${((100 * offOk) / offTotal).toFixed(1)}% (${offTotal})`,
);
