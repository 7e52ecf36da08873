import { describe, expect, it } from '@jest/globals';
import { newConversationData, type ConversationData } from '../../src/core/conversation.js';
import { decide } from '../../src/core/decide.js';
import { understandMessage } from '../../src/core/read.js';
import type { TopicMatch } from '../../src/nlu/matcher.js';
import { rootClient, TODAY } from '../support/dialogClient.js';
import { content } from '../support/content.js';
import { runTable } from '../support/stepTable.js';

/** Decides a message as the matcher would read it with the given scores (the closeness rule, apart from the model). */
async function decideWith(text: string, match: Partial<TopicMatch>, state: ConversationData = newConversationData()) {
    const { answers, catalog, understander, flows } = await content();
    const read = understandMessage(text, state, { numberedOptions: false, defaultLang: 'en', understander });
    const understanding = { ...read.understanding, match: { ...read.understanding.match, ...match } };
    return decide(
        state,
        { understanding, lang: read.lang, canHandOff: false, today: TODAY },
        { answers, catalog, flows },
    );
}

describe('asking when unsure', () => {
    it.each([
        ['card', 'What would you like to know about the card?', ['card-kinds', 'apply-where', 'activation']],
        ['卡', '关于卡，您想了解哪方面？', ['card-kinds', 'apply-where', 'activation']],
        ['activate', 'Which one do you want to activate?', ['card:physical', 'card:electronic', 'card:e-voucher']],
        ['激活', '您要激活的是哪一种？', ['card:physical', 'card:electronic', 'card:e-voucher']],
    ] as const)(
        'one ambiguous word, "%s", gets one short question with its choices',
        async (word, question, choices) => {
            const c = await rootClient('test');
            await runTable(c.send, c.next, [{ user: word, replies: [{ has: [question] }] }]);
            expect(c.metas).toEqual([expect.objectContaining({ kind: 'clarify', choices: [...choices] })]);
        },
    );

    it('choosing then answers: by button, by number, by words', async () => {
        const byButton = await rootClient('test');
        await byButton.send('card');
        await byButton.send(byButton.state.offered![0]!.label);
        expect(byButton.metas[0]).toMatchObject({ kind: 'answer', topic: 'card-kinds' });

        const byNumber = await rootClient('telegram');
        await byNumber.send('卡');
        await byNumber.send('2');
        expect(byNumber.metas[0]).toMatchObject({ kind: 'answer', topic: 'apply-where' });

        const byWords = await rootClient('test');
        await byWords.send('card');
        await byWords.send('the third one');
        expect(byWords.metas[0]).toMatchObject({ kind: 'answer', topic: 'activation' });

        const card = await rootClient('telegram');
        await card.send('激活');
        await card.send('2');
        expect(card.metas[0]).toMatchObject({ kind: 'answer', topic: 'activation', card: 'electronic' });
    });

    it('when the two best topics are close, asks which of the two, and the choice answers', async () => {
        const { answers } = await content();
        const close = await decideWith('photo or documents', {
            intent: 'photo',
            nearest: 'photo',
            score: 0.45,
            runnerUp: { intent: 'documents', score: 0.3 },
        });
        expect(close.replies).toHaveLength(1);
        expect(close.replies[0]!.meta).toEqual({ kind: 'clarify', choices: ['photo', 'documents'] });
        expect(close.replies[0]!.actions?.map((a) => a.label)).toEqual([
            answers.topic('photo')!.title.en,
            answers.topic('documents')!.title.en,
        ]);
        expect(close.state.clarifying).toEqual({ choices: ['photo', 'documents'], asked: 'photo or documents' });
        const chosen = await decideWith('the second one', {}, close.state);
        expect(chosen.replies[0]!.meta).toMatchObject({ kind: 'answer', topic: 'documents' });
        expect(chosen.state.clarifying).toBeUndefined();
    });

    it('for a baby within the newborn window, newborn insurance is the close topic meant: no question', async () => {
        const c = await rootClient('test');
        await c.send('she was born yesterday! what do we do about her medical insurance?');
        expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'newborn-insurance' });
        // A close question about something else for the same baby is not taken for insurance.
        const e = await rootClient('test');
        await e.send('深圳市的 孩子刚满月 办卡带什么');
        expect(e.metas[0]?.topic).not.toBe('newborn-insurance');
        // Without the age, the same question asks which.
        const d = await rootClient('test');
        await d.send('what do we do about her medical insurance?');
        expect(d.metas[0]).toMatchObject({ kind: 'clarify', choices: expect.arrayContaining(['newborn-insurance']) });
    });

    it("asks when the runner-up has somewhat less than half the best one's probability", async () => {
        const d = await decideWith('photo or documents', {
            intent: 'photo',
            nearest: 'photo',
            score: 0.5,
            runnerUp: { intent: 'documents', score: 0.22 },
        });
        expect(d.replies[0]!.meta).toEqual({ kind: 'clarify', choices: ['photo', 'documents'] });
    });

    it('right after an answer, goes on with the topic just answered when it is one of the close two', async () => {
        const after = { ...newConversationData(), lastAnswer: { topic: 'photo' } };
        const second = await decideWith(
            'and what about that',
            { intent: 'not-covered', nearest: 'not-covered', score: 0.5, runnerUp: { intent: 'photo', score: 0.4 } },
            after,
        );
        expect(second.replies[0]!.meta).toMatchObject({ kind: 'answer', topic: 'photo' });
        const first = await decideWith(
            'and what about that',
            { intent: 'photo', nearest: 'photo', score: 0.5, runnerUp: { intent: 'documents', score: 0.4 } },
            after,
        );
        expect(first.replies[0]!.meta).toMatchObject({ kind: 'answer', topic: 'photo' });
        const neither = await decideWith(
            'and what about that',
            { intent: 'documents', nearest: 'documents', score: 0.5, runnerUp: { intent: 'who-can-act', score: 0.4 } },
            after,
        );
        expect(neither.replies[0]!.meta).toEqual({ kind: 'clarify', choices: ['documents', 'who-can-act'] });
    });

    it('answers straight away when the runner-up is far behind', async () => {
        const clear = await decideWith('photo or documents', {
            intent: 'photo',
            nearest: 'photo',
            score: 0.7,
            runnerUp: { intent: 'documents', score: 0.2 },
        });
        expect(clear.replies[0]!.meta).toMatchObject({ kind: 'answer', topic: 'photo' });
    });

    it('below the decline threshold declines as before, close or not', async () => {
        const declined = await decideWith('photo or documents', {
            intent: 'off-topic',
            nearest: 'photo',
            score: 0.2,
            runnerUp: { intent: 'documents', score: 0.19 },
        });
        expect(declined.replies[0]!.meta).toEqual({ kind: 'decline' });
    });

    it('never offers "something my sources don\'t cover" as a choice', async () => {
        const d = await decideWith('how much is it', {
            intent: 'not-covered',
            nearest: 'not-covered',
            score: 0.4,
            runnerUp: { intent: 'documents', score: 0.35 },
        });
        expect(d.replies[0]!.meta).toMatchObject({ kind: 'answer', topic: 'not-covered' });
    });

    it('another question instead of a choice is answered as a question', async () => {
        const c = await rootClient('test');
        await c.send('card');
        await c.send('who can I call, 12333?');
        expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'hotlines' });
        expect(c.state.clarifying).toBeUndefined();
    });
});
