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
    const { answers, catalog, understander } = await content();
    const read = understandMessage(text, state, { numberedOptions: false, defaultLang: 'en', understander });
    const understanding = { ...read.understanding, match: { ...read.understanding.match, ...match } };
    return decide(state, { understanding, lang: read.lang, canHandOff: false, today: TODAY }, { answers, catalog });
}

describe('asking when unsure', () => {
    it.each([
        [
            'card',
            'What would you like to know about the card?',
            ['Where to apply; instant issuance', "Activating your child's card", 'Three things called "the card"'],
        ],
        ['卡', '关于卡，您想了解哪方面？', ['在哪里申领；即时制卡', '激活孩子的卡', '家长说的三种“卡”']],
        [
            'activate',
            'Which one do you want to activate?',
            ['The physical card', 'The electronic card', 'The medical insurance e-voucher', 'Not sure which card'],
        ],
        ['激活', '您要激活的是哪一种？', ['实体社保卡', '电子社保卡', '医保电子凭证', '不确定是哪种卡']],
    ] as const)(
        'one ambiguous word, "%s", gets one short question with its choices',
        async (word, question, actions) => {
            const c = await rootClient('test');
            await runTable(c.send, c.next, [{ user: word, replies: [{ has: [question], actions: [...actions] }] }]);
        },
    );

    it('choosing then answers: by button, by number, by words', async () => {
        const byButton = await rootClient('test');
        await byButton.send('card');
        await runTable(byButton.send, byButton.next, [
            { user: 'Where to apply; instant issuance', replies: [{ has: ['Commonly at an outlet'] }] },
        ]);

        const byNumber = await rootClient('telegram');
        await byNumber.send('卡');
        await runTable(byNumber.send, byNumber.next, [
            { user: '3', replies: [{ has: ['家长说的三种“卡”', '实体社保卡'] }] },
        ]);

        const byWords = await rootClient('test');
        await byWords.send('card');
        await runTable(byWords.send, byWords.next, [
            { user: 'the third one', replies: [{ has: ['Three things called "the card"'] }] },
        ]);

        const card = await rootClient('telegram');
        await card.send('激活');
        await runTable(card.send, card.next, [{ user: '2', replies: [{ has: ['【电子社保卡怎么激活】'] }] }]);
    });

    it('when the two best topics are close, asks which of the two, and the choice answers', async () => {
        const close = await decideWith('photo or documents', {
            intent: 'photo',
            nearest: 'photo',
            score: 0.45,
            runnerUp: { intent: 'documents', score: 0.3 },
        });
        expect(close.replies).toHaveLength(1);
        expect(close.replies[0]!.meta).toEqual({ kind: 'clarify', choices: ['photo', 'documents'] });
        expect(close.replies[0]!.actions?.map((a) => a.label)).toEqual([
            "Photos for a young child's card",
            'What to bring',
        ]);
        expect(close.state.clarifying).toEqual({ choices: ['photo', 'documents'] });
        const chosen = await decideWith('the second one', {}, close.state);
        expect(chosen.replies[0]!.meta).toMatchObject({ kind: 'answer', topic: 'documents' });
        expect(chosen.state.clarifying).toBeUndefined();
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
        await runTable(c.send, c.next, [{ user: 'who can call 12333', replies: [{ has: ['Who to call'] }] }]);
        expect(c.state.clarifying).toBeUndefined();
    });
});
