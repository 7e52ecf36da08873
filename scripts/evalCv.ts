/**
 * `npm run eval:cv [-- '{"minScore":0.4}'] [--clarify]`: 5-fold cross-validation of the matcher on the
 * knowledge base's own sample questions, for tuning options and features without looking at the
 * held-out questions in test/eval/seen/holdout/. Prints the share of held-back samples given the right
 * topic and the share of held-back off-topic samples declined.
 */
import { loadKnowledgeBase } from '../src/kb/load.js';
import { OFF_TOPIC, TopicMatcher } from '../src/nlu/matcher.js';
const kb = await loadKnowledgeBase('data/kb.json');
const K = 5;
const args = process.argv.slice(2);
const opts = JSON.parse(args.find((a) => a.startsWith('{')) ?? '{}') as Record<string, unknown>;
/** With --clarify: how often the bot would ask "which of the two?" (src/core/clarify.ts) at several closeness ratios. */
const answered: { right: boolean; secondRight: boolean; best: number; second: number }[] = [];
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
        const match = m.match(q.text);
        const got = match.intent;
        if (q.topic !== OFF_TOPIC && got !== OFF_TOPIC) {
            answered.push({
                right: got === q.topic,
                secondRight: match.runnerUp?.intent === q.topic,
                best: match.score,
                second: match.runnerUp?.score ?? 0,
            });
        }
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
if (args.includes('--clarify')) {
    const wrong = answered.filter((a) => !a.right).length;
    console.log(
        `answered ${answered.length}, wrong ${wrong}; asking "which of the two?" when the runner-up has at least this share of the best one's probability:`,
    );
    for (const ratio of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
        const asked = answered.filter((a) => a.second >= ratio * a.best);
        const rescued = asked.filter((a) => !a.right && a.secondRight).length;
        console.log(
            `  ${ratio}: asked ${asked.length} (${((100 * asked.length) / answered.length).toFixed(1)}%), wrong answers turned into a question with the right second choice ${rescued}, asked although right ${asked.filter((a) => a.right).length}`,
        );
    }
}
