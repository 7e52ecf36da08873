/**
 * `npm run eval [-- --quiet | --tuned]`: how well the bot understands, in two parts, each reported
 * separately for three kinds of data (the target is judged on the blind kind only):
 *
 * - tuned (`test/eval/tuned/`, `test/eval/scenarios-tuned/`): written by the developers and looked
 *   at while tuning;
 * - seen (`test/eval/seen/*`): written blind and measured once, then their misses were read and the
 *   general behaviour behind them fixed, so they are tuning data now (see test/eval/seen/README.md);
 * - blind (`test/eval/blind/*`): written by someone who had not seen the bot's answers, never used for
 *   training or tuning, measured once at the end of the work.
 *
 * 1. Single questions (`questions.{en,zh}.json`), each asked in a new conversation of the pure core:
 *    the share of in-domain questions answered with the right topic (a clarifying question counts only
 *    when its first or second choice is right and choosing it answers) and the share of off-topic
 *    questions declined.
 * 2. Multi-turn scenarios (`{en,zh}.json` in a scenarios folder; format in
 *    test/eval/scenarios-tuned/README.md): turns and scenarios passed, per language.
 *
 * Prints every miss (`--quiet`: only the figures; `--tuned`: only the tuned and seen parts, with their
 * misses, so the blind part is not looked at by accident). Exits 1 when a blind part misses its target:
 * right topic >= 97 %, off-topic declined >= 95 %, scenario turns passed >= 95 %.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadContent } from '../src/app.js';
import { chinaDate, systemClock } from '../src/clock.js';
import { LANGS, type Lang } from '../src/kb/schema.js';
import { OFF_TOPIC } from '../src/nlu/matcher.js';
import { judgeQuestion, runScenario, type Scenario } from './scenarios.js';

interface Question {
    text?: string;
    q?: string;
    topic: string;
}

const TARGET_RIGHT = 0.97;
const TARGET_DECLINED = 0.95;
const TARGET_TURNS = 0.95;

const content = await loadContent({
    KB_FILE: process.env.KB_FILE ?? 'data/kb.json',
    LOCALES_DIR: process.env.LOCALES_DIR ?? 'data/locales',
});
const known = new Set([...content.kb.topics.map((t) => t.id), OFF_TOPIC]);
const quiet = process.argv.includes('--quiet');
const tunedOnly = process.argv.includes('--tuned');
const today = chinaDate(systemClock.now());
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : 'n/a');
let failed = false;

type Kind = 'tuned' | 'seen' | 'blind';
interface Part {
    kind: Kind;
    dir: string;
}

/** The folders of each kind, in report order: tuned, then seen, then blind. */
async function parts(): Promise<{ questions: Part[]; scenarios: Part[] }> {
    const sub = async (dir: string) =>
        (await readdir(dir, { withFileTypes: true }).catch(() => []))
            .filter((d) => d.isDirectory())
            .map((d) => path.join(dir, d.name))
            .sort();
    const all: Part[] = [
        { kind: 'tuned' as const, dir: 'test/eval/tuned' },
        { kind: 'tuned' as const, dir: 'test/eval/scenarios-tuned' },
        ...(await sub('test/eval/seen')).map((dir) => ({ kind: 'seen' as const, dir })),
        ...(await sub('test/eval/blind')).map((dir) => ({ kind: 'blind' as const, dir })),
    ].filter((p) => !tunedOnly || p.kind !== 'blind');
    const isScenarios = (p: Part) => path.basename(p.dir).startsWith('scenarios');
    return { questions: all.filter((p) => !isScenarios(p)), scenarios: all.filter(isScenarios) };
}

async function exists(file: string): Promise<boolean> {
    return readFile(file).then(
        () => true,
        () => false,
    );
}

// 1. Single questions.
const { questions: questionParts, scenarios: scenarioParts } = await parts();
for (const { kind, dir } of questionParts) {
    const part = path.relative('test/eval', dir);
    for (const lang of LANGS) {
        const file = `${dir}/questions.${lang}.json`;
        if (!(await exists(file))) continue;
        const questions = (JSON.parse(await readFile(file, 'utf8')) as Question[]).map((q) => ({
            text: q.text ?? q.q ?? '',
            topic: q.topic,
        }));
        const unknown = questions.filter((q) => !known.has(q.topic));
        if (unknown.length)
            throw new Error(`${part}/${lang}: unknown topics ${unknown.map((q) => q.topic).join(', ')}`);
        const inDomain = questions.filter((q) => q.topic !== OFF_TOPIC);
        const offTopic = questions.filter((q) => q.topic === OFF_TOPIC);
        const misses: string[] = [];
        let right = 0;
        let declined = 0;
        let clarified = 0;
        for (const q of questions) {
            const judged = judgeQuestion(q.text, q.topic, content, { lang, today });
            if (judged.got.startsWith('clarify')) clarified++;
            if (judged.right && q.topic === OFF_TOPIC) declined++;
            else if (judged.right) right++;
            else misses.push(`  ${q.topic} -> ${judged.got}: ${q.text}`);
        }
        console.log(
            `${part} ${lang}: right topic ${right}/${inDomain.length} (${pct(right, inDomain.length)}%), off-topic declined ${declined}/${offTopic.length} (${pct(declined, offTopic.length)}%), clarifying questions ${clarified}`,
        );
        if (
            kind === 'blind' &&
            (right / inDomain.length < TARGET_RIGHT || declined / offTopic.length < TARGET_DECLINED)
        )
            failed = true;
        if (misses.length && !quiet) console.log(misses.join('\n'));
    }
}

// 2. Multi-turn scenarios.
for (const { kind, dir } of scenarioParts) {
    const part = path.relative('test/eval', dir);
    const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort();
    for (const file of files) {
        const lang: Lang = file.startsWith('zh') ? 'zh' : 'en';
        const scenarios = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Scenario[];
        let turns = 0;
        let turnsPassed = 0;
        let passed = 0;
        const misses: string[] = [];
        for (const scenario of scenarios) {
            const result = runScenario(scenario, content, { lang, today });
            turns += result.turns.length;
            turnsPassed += result.turns.filter((t) => t.passed).length;
            if (result.passed) passed++;
            result.turns.forEach((t, i) => {
                if (!t.passed) misses.push(`  ${scenario.id} turn ${i + 1} "${t.user}": ${t.problems.join('; ')}`);
            });
        }
        console.log(
            `${part} ${file}: turns passed ${turnsPassed}/${turns} (${pct(turnsPassed, turns)}%), scenarios passed ${passed}/${scenarios.length} (${pct(passed, scenarios.length)}%)`,
        );
        if (kind === 'blind' && turnsPassed / turns < TARGET_TURNS) failed = true;
        if (misses.length && !quiet) console.log(misses.join('\n'));
    }
}

const hasBlind = [...questionParts, ...scenarioParts].some((p) => p.kind === 'blind');
console.log(
    `blind targets (right topic >= ${TARGET_RIGHT * 100}%, off-topic declined >= ${TARGET_DECLINED * 100}%, scenario turns >= ${TARGET_TURNS * 100}%): ${tunedOnly ? 'not run (--tuned)' : !hasBlind ? 'no blind set' : failed ? 'MISSED' : 'met'}`,
);
process.exitCode = failed ? 1 : 0;
