import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { judgeQuestion, runScenario, type Scenario } from '../../scripts/scenarios.js';
import { content } from '../support/content.js';
import { TODAY } from '../support/dialogClient.js';

const at = { lang: 'en' as const, today: TODAY };

describe('the multi-turn scenario runner (npm run eval)', () => {
    it('passes a turn whose replies meet every expectation, and says why one fails', async () => {
        const c = await content();
        const scenario: Scenario = {
            id: 't',
            channel: 'rich',
            turns: [
                {
                    user: 'my daughter is 2 months old',
                    expect: { kind: 'ack', says: ['2-month'], remember: { ageDays: [55, 65] } },
                },
                {
                    user: 'what do we need to bring?',
                    expect: { kind: 'answer', topic: 'documents', saysNot: ['Step 3 of 6'] },
                },
                {
                    user: 'and for the e-voucher?',
                    expect: { kind: 'answer', card: 'physical', remember: { city: 'haikou' } },
                },
                { user: 'start over', expect: { anyKind: ['menu', 'ack'], remember: { ageDays: null, card: null } } },
            ],
        };
        const result = runScenario(scenario, c, at);
        expect(result.turns.map((t) => t.passed)).toEqual([true, true, false, true]);
        expect(result.turns[2]!.problems).toEqual([
            'card e-voucher, expected physical',
            'remembers city none, expected haikou',
        ]);
        expect(result.passed).toBe(false);
    });

    it('reads a text written without its list as a list of one, not as its letters', async () => {
        const c = await content();
        const scenario: Scenario = {
            id: 's',
            channel: 'rich',
            turns: [
                { user: 'we live in Haikou', expect: { kind: 'ack', says: 'Haikou' } },
                { user: 'what do we need to bring?', expect: { topic: 'documents', saysNot: 'Chengdu' } },
                { user: 'thanks', expect: { says: 'Guiyang' } },
            ],
        };
        const result = runScenario(scenario, c, at);
        expect(result.turns.map((t) => t.passed)).toEqual([true, true, false]);
        expect(result.turns[2]!.problems).toEqual(['does not say "Guiyang"']);
    });

    it('on a plain channel a number picks the numbered option; a clarifying question is checked by its first two choices', async () => {
        const c = await content();
        const result = runScenario(
            {
                id: 'p',
                channel: 'plain',
                turns: [
                    { user: '卡', expect: { kind: 'clarify', choices: ['apply-where'] } },
                    { user: '3', expect: { kind: 'answer', topic: 'activation', maxChars: 5 } },
                    { user: '2', expect: { kind: 'answer', card: 'electronic', step: 3 } },
                ],
            },
            c,
            { lang: 'zh', today: TODAY },
        );
        expect(result.turns[0]!.problems).toEqual([]);
        expect(result.turns[1]!.problems).toEqual([expect.stringMatching(/^first reply \d+ characters, at most 5$/)]);
        expect(result.turns[2]!.problems).toEqual(['step none, expected 3']);
    });

    it('measures a first reply as the phone shows it: link labels on Web Chat and WeChat, not addresses', async () => {
        const c = await content();
        for (const channel of ['rich', 'plain'] as const) {
            const turn = runScenario(
                { id: 'm', channel, turns: [{ user: '孩子社保卡在哪办', expect: { maxChars: 1 } }] },
                c,
                { lang: 'zh', today: TODAY },
            ).turns[0]!;
            const length = Number(/first reply (\d+) characters/.exec(turn.problems.join())?.[1]);
            // The answer quotes three official pages; with their addresses it would be over 450.
            expect(length).toBeGreaterThan(100);
            expect(length).toBeLessThanOrEqual(300);
        }
    });

    it('counts the walkthrough started as the process topic, and only that', async () => {
        const c = await content();
        expect(judgeQuestion('walk me through it step by step please', 'process', c, at)).toEqual({
            right: true,
            got: 'process',
        });
        expect(judgeQuestion('walk me through it step by step please', 'documents', c, at).right).toBe(false);
    });

    it('judges a single question: a clarifying question is right only when a first-two choice is right and choosing it answers', async () => {
        const c = await content();
        expect(judgeQuestion('what documents do I need', 'documents', c, at)).toEqual({
            right: true,
            got: 'documents',
        });
        expect(judgeQuestion('card', 'activation', c, at).right).toBe(false); // third choice only
        expect(judgeQuestion('card', 'card-kinds', c, at)).toEqual({
            right: true,
            got: 'clarify(card-kinds,apply-where,activation) -> card-kinds',
        });
        expect(judgeQuestion('what is the weather like tomorrow', 'off-topic', c, at)).toEqual({
            right: true,
            got: 'decline',
        });
    });

    it('the tuned scenario files are well-formed, and at least 8 per language', async () => {
        for (const lang of ['en', 'zh']) {
            const scenarios = JSON.parse(
                await readFile(`test/eval/scenarios-tuned/${lang}.json`, 'utf8'),
            ) as Scenario[];
            expect(scenarios.length).toBeGreaterThanOrEqual(8);
            for (const s of scenarios) expect(['rich', 'plain']).toContain(s.channel);
        }
    });
});
