import { describe, expect, it } from '@jest/globals';
import { rootClient } from '../support/dialogClient.js';
import { runTable } from '../support/stepTable.js';

/** The answers a message got, as topic (and card). */
async function answered(c: Awaited<ReturnType<typeof rootClient>>, text: string) {
    await c.send(text);
    return c.metas.filter((m) => m.kind === 'answer').map((m) => (m.card ? `${m.topic}/${m.card}` : m.topic));
}

describe('follow-ups right after an answer', () => {
    it('"and for the e-voucher?" asks the same for the other card; "what about Guiyang?" for another city', async () => {
        const c = await rootClient('test');
        expect(await answered(c, 'what do we need to bring?')).toEqual(['documents']);
        expect(await answered(c, 'and for the e-voucher?')).toEqual(['activation/e-voucher']);
        expect(await answered(c, 'what about Guiyang?')).toEqual(['activation/e-voucher']);
        expect(c.metas.map((m) => m.kind)).not.toContain('ack');
        expect(c.state.lastAnswer).toMatchObject({ topic: 'activation', card: 'e-voucher' });
        expect(c.state.child).toMatchObject({ card: 'e-voucher', city: { id: 'guiyang' } });
    });

    it('「那医保电子凭证呢？」 and 「那海口呢」 in Chinese', async () => {
        const c = await rootClient('test');
        expect(await answered(c, '实体社保卡怎么激活')).toEqual(['activation/physical']);
        expect(await answered(c, '那医保电子凭证呢？')).toEqual(['activation/e-voucher']);
        expect(await answered(c, '那海口呢')).toEqual(['activation/e-voucher']);
        expect(c.metas.map((m) => m.kind)).toEqual(['answer']);
        expect(c.state.child?.city?.id).toBe('haikou');
    });

    it('a city follow-up asks the last topic again, for that city', async () => {
        const c = await rootClient('test');
        expect(await answered(c, 'do we need a photo for a baby?')).toEqual(['photo']);
        expect(await answered(c, 'what about Haikou?')).toEqual(['photo']);
        expect(c.state.lastAnswer).toMatchObject({ topic: 'photo' });
        expect(c.state.child?.city?.id).toBe('haikou');
    });

    it('an age follow-up ("what about a 5 year old?") asks the last topic again for that age', async () => {
        const c = await rootClient('test');
        expect(await answered(c, 'do we need a photo for a baby?')).toEqual(['photo']);
        expect(await answered(c, 'what about a 5 year old?')).toEqual(['photo']);
        expect(c.state.child?.ageDays).toBe(1826);
    });

    it('with no answer before it, a place is a statement, acknowledged', async () => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [{ user: '那海口呢', replies: [{ has: ['已记下', '海口'] }] }]);
    });

    it('"start over" forgets the last answer: a follow-up after it is not one', async () => {
        const c = await rootClient('test');
        await c.send('what do we need to bring?');
        await c.send('start over');
        await runTable(c.send, c.next, [{ user: 'what about Guiyang?', replies: [{ has: ['Noted', 'Guiyang'] }] }]);
    });
});

describe('the card just answered carries to a question that names none', () => {
    it("after the e-voucher: what is needed and Alipay get its answer; who may act stays its own topic, starting with the card's line", async () => {
        const c = await rootClient('test');
        expect(await answered(c, "how do I set up my daughter's medical insurance e-voucher?")).toEqual([
            'activation/e-voucher',
        ]);
        expect(await answered(c, 'what info do I need for it?')).toEqual(['activation/e-voucher']);
        expect(await answered(c, 'could I use Alipay for it')).toEqual(['activation/e-voucher']);
        expect(await answered(c, 'who can act for my child?')).toEqual(['who-can-act/e-voucher']);
        // The last answer is no longer the card's own: what to take along is the documents topic's.
        expect(await answered(c, 'what documents should I take along?')).toEqual(['documents']);
    });

    it('after the electronic card in Chinese: 材料 and 微信 get its answer', async () => {
        const c = await rootClient('test');
        expect(await answered(c, '电子社保卡怎么给孩子开通')).toEqual(['activation/electronic']);
        expect(await answered(c, '要准备什么材料')).toEqual(['activation/electronic']);
        expect(await answered(c, '微信上能弄吗')).toEqual(['activation/electronic']);
        expect(c.state.child?.card).toBe('electronic');
    });

    it('after the physical card, what to bring is the documents answer (written for that card)', async () => {
        const c = await rootClient('test');
        expect(await answered(c, 'how do I switch on the physical card')).toEqual(['activation/physical']);
        expect(await answered(c, 'what do I need to bring?')).toEqual(['documents']);
    });

    it('a question about something else is not pulled to the card', async () => {
        const c = await rootClient('test');
        expect(await answered(c, 'how do I set up the medical insurance e-voucher')).toEqual(['activation/e-voucher']);
        await c.send('tell me a joke');
        expect(c.metas.map((m) => m.kind)).toEqual(['decline']);
    });

    it('the social security card named after an e-voucher answer is another card, not the e-voucher', async () => {
        const c = await rootClient('test');
        expect(await answered(c, '医保电子凭证怎么弄')).toEqual(['activation/e-voucher']);
        expect(await answered(c, '那社保卡呢')).toEqual(['activation/physical']);
    });
});

describe('a question the matcher is unsure of, pointing back at the last answer', () => {
    it('after a card answer, "who does that for a toddler" is read as who may act (for that card); with no answer before it, declined', async () => {
        const c = await rootClient('test');
        expect(await answered(c, 'how do I set up the e-voucher')).toEqual(['activation/e-voucher']);
        expect(await answered(c, 'who does that for a toddler')).toEqual(['who-can-act/e-voucher']);
        expect(await answered(c, '这个谁弄')).toEqual(['who-can-act/e-voucher']);

        const fresh = await rootClient('test');
        await fresh.send('这个谁弄');
        expect(fresh.metas.map((m) => m.kind)).toEqual(['decline']);
    });
});

describe('a follow-up that names a card', () => {
    it('by its full name ("the electronic social security card") asks the same for that card', async () => {
        const c = await rootClient('test');
        expect(await answered(c, 'what do we take along to the counter?')).toEqual(['documents']);
        expect(await answered(c, 'and what about the electronic social security card')).toEqual([
            'activation/electronic',
        ]);
        expect(c.state.child?.card).toBe('electronic');
    });

    it('after the hotlines, "the social security card" asks the hotlines again', async () => {
        const c = await rootClient('test');
        expect(await answered(c, 'is there a number I can call?')).toEqual(['hotlines']);
        await runTable(c.send, c.next, [
            { user: 'and what about the social security card', replies: [{ has: ['12333'] }] },
        ]);
        expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'hotlines' });
    });

    it("a card's name and nothing else answers for that card", async () => {
        const c = await rootClient('test');
        expect(await answered(c, "my son's electronic social security card")).toEqual(['activation/electronic']);
        expect(await answered(c, 'the plastic card itself')).toEqual(['activation/physical']);
    });

    it('a card named in pinyin', async () => {
        const c = await rootClient('test');
        expect(await answered(c, 'dianzi shebaoka zenme kaitong')).toEqual(['activation/electronic']);
        expect(await answered(c, 'na yibao dianzi pingzheng ne')).toEqual(['activation/e-voucher']);
    });
});

describe('a why-question right after an answer', () => {
    it('about that answer gets its reason; about nothing of ours is declined', async () => {
        const c = await rootClient('test');
        await c.send('what papers do we take to the bank?');
        await c.send('why do they want the household register?');
        expect(c.metas[0]).toMatchObject({ kind: 'why', topic: 'documents' });
        await c.send('why is the sky blue');
        expect(c.metas[0]).toMatchObject({ kind: 'decline' });
    });

    it('「为什么必须先有实体卡」 after the electronic card: its reason', async () => {
        const c = await rootClient('test');
        await c.send('电子社保卡怎么给孩子开通');
        await runTable(c.send, c.next, [{ user: '为什么必须先有实体卡', replies: [{ has: ['线上形态'] }] }]);
        expect(c.metas[0]).toMatchObject({ kind: 'why', card: 'electronic' });
    });

    it('"why?" while the which-card question is open explains the answer just given and closes the question', async () => {
        const c = await rootClient('test');
        await c.send('how does activating work?');
        expect(c.metas.map((m) => m.kind)).toEqual(['answer', 'clarify']);
        await c.send('why?');
        expect(c.metas.map((m) => m.kind)).toEqual(['why']);
        expect(c.metas[0]).toMatchObject({ topic: 'activation' });
        expect(c.state.activation?.asking).toBe(false);
    });
});

describe("a short follow-up that asks one of the last topic's narrower questions", () => {
    it.each([
        [
            'my son lost his card',
            'can the electronic one still be used?',
            'Partly. While the physical card is only reported lost',
        ],
        ['孩子的社保卡丢了怎么办', '电子卡还能用吗', '要看情况：实体卡临时挂失期间'],
    ])('after "%s", "%s" is that topic again, starting with the narrower answer', async (first, followUp, lead) => {
        const c = await rootClient('test');
        await c.send(first);
        const reply = await c.send(followUp);
        expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'lost-card' });
        expect(reply?.text).toContain(lead);
    });

    it.each([
        [
            'baby is 40 days old, can we still enrol him in medical insurance?',
            'so how long do we have?',
            'In principle within 90 days of birth',
            'by about',
        ],
        ['娃出生40天了 还能参保吗', '那还剩多久', '原则上在出生后90天内办理', '约'],
        [
            'baby is 40 days old, can we still enrol him in medical insurance?',
            'and if we miss it?',
            'Past the 90 days, enrolment follows',
            '40-day-old',
        ],
    ])(
        'after "%s", "%s" is the newborn window for this baby, not "my sources do not cover it"',
        async (first, followUp, lead, date) => {
            const c = await rootClient('test');
            await c.send(first);
            const reply = await c.send(followUp);
            expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'newborn-insurance' });
            expect(reply?.text).toContain(lead);
            expect(reply?.text).toContain(date);
        },
    );

    it('a question the matcher is sure is about something else stays its own', async () => {
        const c = await rootClient('test');
        await c.send('my son lost his card');
        expect(await answered(c, 'what is the electronic card?')).toEqual(['card-kinds']);
    });
});

describe('a very short question nearest to the topic just answered carries on from it', () => {
    it('after who may act, 「本人呢」 is about who may act; the weather is still declined', async () => {
        const c = await rootClient('test');
        await c.send('我是孩子爸爸 儿子一周岁 我一个人去办可以吗');
        expect(await answered(c, '孩子要不要去')).toEqual(['who-can-act']);
        expect(await answered(c, '本人呢')).toEqual(['who-can-act']);
        await c.send('明天天气咋样');
        expect(c.metas[0]).toMatchObject({ kind: 'decline' });
        // As a first message, the matcher (trained on parents' questions, seen sets included) reads 「本人呢」 as who may act.
        const fresh = await rootClient('test');
        await fresh.send('本人呢');
        expect(fresh.metas[0]).toMatchObject({ kind: 'answer', topic: 'who-can-act' });
    });
});
