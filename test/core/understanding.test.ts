import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { OFF_TOPIC, TopicMatcher } from '../../src/nlu/matcher.js';
import { rootClient } from '../support/dialogClient.js';

/** Issue #17, understanding: what a parent types is read as the question it is (phrasings not among the samples). */

describe('a question for a phone number is not a request for a person', () => {
    it.each([
        ["what's the customer service hotline number?", 'en'],
        ['客服电话是多少', 'zh'],
        ['is there a phone number for a real person', 'en'],
    ])('"%s" is answered with the hotlines', async (text) => {
        const c = await rootClient('test', { canHandOff: true });
        await c.send(text);
        expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'hotlines' });
        expect(c.holder).toBe('bot');
    });

    it.each(['I want to talk to customer service', '转人工客服吧', 'customer service'])(
        '"%s" still asks for a person',
        async (text) => {
            const c = await rootClient('test', { canHandOff: true });
            await c.send(text);
            expect(c.holder).toBe('waiting');
        },
    );
});

describe('one ambiguous word with courtesy words around it, or mistyped, gets the question which', () => {
    it.each(['activate please', '开通一下', '激活吧'])('"%s" asks which card', async (text) => {
        const c = await rootClient('test');
        await c.send(text);
        expect(c.metas).toEqual([
            expect.objectContaining({
                kind: 'clarify',
                choices: ['card:physical', 'card:electronic', 'card:e-voucher'],
            }),
        ]);
    });

    it('a mistyped 社保卡 the matcher cannot read asks which, and the choice answers', async () => {
        const c = await rootClient('telegram');
        await c.send('社保咖');
        expect(c.metas).toEqual([
            expect.objectContaining({ kind: 'clarify', choices: ['card-kinds', 'apply-where', 'activation'] }),
        ]);
        await c.send('1');
        expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'card-kinds' });
    });

    it('a word one character away that means something else is answered, not asked about', async () => {
        const c = await rootClient('test');
        await c.send('社保局');
        expect(c.metas[0]?.kind).not.toBe('clarify');
    });
});

describe('topics at the boundaries seen in evaluation', () => {
    let matcher: TopicMatcher;
    beforeAll(async () => {
        matcher = new TopicMatcher(await loadKnowledgeBase('data/kb.json'));
    });

    it.each([
        // A child without an ID card yet: what to bring, not "an ID card for my child".
        ['宝宝还没身份证，怎么办社保卡', 'documents'],
        // Using the card somewhere: the sources do not say.
        ['宝宝的卡去医院看病能刷吗', 'not-covered'],
        ['娃的卡掉在地铁上了', 'lost-card'],
        ['is the code in the app on my phone a social security card', 'card-kinds'],
        ['手机上的码算不算卡', 'card-kinds'],
        ['卡已经收到了，然后呢要干啥', 'process'],
        ["do we need a foto for our toddler's card", 'photo'],
    ])('%s → %s', (text, topic) => {
        expect(matcher.match(text).intent).toBe(topic);
    });

    it.each([
        // An adult's own insurance and other cards are not the child's card.
        '成年人看病医保报销多少',
        '地铁卡怎么开通激活',
    ])('declines %s', (text) => {
        expect(matcher.match(text).intent).toBe(OFF_TOPIC);
    });
});

describe('in a conversation already about the card, a question without any domain word is read as about it', () => {
    it('answered after an answer, declined as a first message', async () => {
        const fresh = await rootClient('test');
        await fresh.send('who can do that for our baby');
        expect(fresh.metas[0]).toEqual({ kind: 'decline' });

        const c = await rootClient('test');
        await c.send('what do I need to bring?');
        await c.send('who can do that for our baby');
        expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'who-can-act' });
    });

    it.each(['tell me a joke', "what's the weather tomorrow", '明天天气咋样', 'the second one'])(
        'an off-topic question after an answer is still declined: %s',
        async (text) => {
            const c = await rootClient('test');
            await c.send('what do I need to bring?');
            await c.send(text);
            expect(c.metas[0]).toEqual({ kind: 'decline' });
        },
    );
});

describe('"where am I" is a walkthrough command only when the message says it', () => {
    it('a question about the card that mentions 进度 is answered as that question', async () => {
        const c = await rootClient('test');
        await c.send('孩子的卡制作进度在哪看');
        expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'not-covered' });
    });

    it.each(['进度', 'which step am i on now?'])('"%s" in the walkthrough still says where you are', async (text) => {
        const c = await rootClient('test');
        await c.send('带我看办理步骤');
        await c.send(text);
        expect(c.metas[0]).toMatchObject({ kind: 'step' });
    });
});
