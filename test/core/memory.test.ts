import { describe, expect, it } from '@jest/globals';
import { currentAgeDays } from '../../src/core/memory.js';
import { rootClient } from '../support/dialogClient.js';
import { runTable } from '../support/stepTable.js';

describe('what the bot remembers about the child', () => {
    it.each([
        ['my daughter is 2 months old', 61, 'your 2-month-old'],
        ["she's 8", 2922, 'your 8-year-old'],
        ['8 month old baby', 244, 'your 8-month-old'],
        ['my son is 5', 1826, 'your 5-year-old'],
        ['our baby is 40 days old', 40, 'your 40-day-old'],
        ['he is 3 years old', 1096, 'your 3-year-old'],
        ['a 6-week-old', 42, 'your 42-day-old'],
        ['she was born on 2026-10-01', 62, 'your 2-month-old'],
    ] as const)('English statement "%s": acknowledged in one line, %d days kept', async (text, days, said) => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [{ user: text, replies: [{ has: [said], not: ["I can't help"] }] }]);
        expect(c.state.child).toMatchObject({ ageDays: days, ageOn: '2026-12-02' });
    });

    it.each([
        ['宝宝刚满月', 30, '出生30天'],
        ['宝宝两个月大了', 61, '2个月大'],
        ['出生40天', 40, '出生40天'],
        ['孩子八个月', 240, '8个月大'],
        ['孩子3岁', 1096, '3岁'],
        ['女儿三岁半', 1278, '3岁'],
        ['2026年10月1日出生', 62, '2个月大'],
        ['上个月15号生的', 17, '出生17天'],
    ] as const)('Chinese statement 「%s」: acknowledged in one line, %d days kept', async (text, days, said) => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [{ user: text, replies: [{ has: ['已记下', said], not: ['帮不上忙'] }] }]);
        expect(c.state.child?.ageDays).toBe(days);
    });

    it("a question said with the child's age is answered from its own clause when that is surer of its topic", async () => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [
            // The age pulls the whole message towards newborn insurance; the question is about the e-voucher.
            {
                user: '宝宝刚出生20天，医保电子凭证怎么弄',
                replies: [{ has: ['医保电子凭证', '孩子出生20天', '医保亲情账户'] }],
            },
            {
                user: 'my son is 3 months old, how do I activate his electronic social security card?',
                replies: [{ has: ['Activating the electronic card', '亲情服务'] }],
            },
        ]);
        const d = await rootClient('test');
        // A question that says little of its own keeps the whole message's topic.
        await runTable(d.send, d.next, [{ user: '宝宝两个月大了，先办什么？', replies: [{ has: ['参保'] }] }]);
    });

    it('a step named with the age keeps the age: a question about it is answered, "show me step 1" opens the walkthrough, neither is only acknowledged', async () => {
        const asked = await rootClient('telegram');
        // No punctuation between the age and the question; 第一步 inside a question is not "go to step 1".
        await runTable(asked.send, asked.next, [
            { user: '宝宝两个月大 第一步该办啥', replies: [{ has: ['孩子2个月大', '90'] }] },
        ]);
        expect(asked.state.child).toMatchObject({ ageDays: 61 });
        const step = await rootClient('telegram');
        await runTable(step.send, step.next, [
            { user: 'my baby is 2 months old, show me step 1', replies: [{ has: ['Step 1 of 6'] }] },
        ]);
        expect(step.state.child).toMatchObject({ ageDays: 61 });
        const short = await rootClient('telegram');
        await short.send('宝宝两个月大，第一步');
        expect(short.metas[0]?.kind).not.toBe('ack');
        expect(short.state.child).toMatchObject({ ageDays: 61 });
    });

    it('how to get a named card, asked with the age, is that card even when the age pulls towards eligibility', async () => {
        const c = await rootClient('test');
        await c.send('our daughter is 6 weeks old, how do I get her electronic social security card?');
        expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'activation', card: 'electronic' });
        expect(c.state.child).toMatchObject({ ageDays: 42 });
        // Without a card asked about, whether a baby can have one stays the question.
        const d = await rootClient('test');
        await d.send('our daughter is 6 weeks old, can she get a card?');
        expect(d.metas[0]).toMatchObject({ kind: 'answer', topic: 'child-eligibility' });
        // A clause that says too little of its own ("now what") does not decide.
        const e = await rootClient('test');
        await e.send("we missed the 90 days for the baby's medical insurance, now what");
        expect(e.metas[0]).toMatchObject({ kind: 'answer', topic: 'newborn-insurance' });
    });

    it('"what should we do first?" for a baby within the newborn window is enrolling, with the date; for an older child, the steps', async () => {
        for (const [said, asked] of [
            ['my baby is 2 months old', 'what should we do first?'],
            ['my baby is 2 months old', 'what do i need to do first?'],
            ['宝宝两个月大了', '先办什么'],
        ]) {
            const c = await rootClient('test');
            await c.send(said);
            await c.send(asked);
            expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'newborn-insurance' });
        }
        const older = await rootClient('test');
        await older.send('my son is 5, what should i do first?');
        expect(older.metas[0]).toMatchObject({ kind: 'answer', topic: 'process' });
        // "first time mom" is not a question about what comes first.
        const mom = await rootClient('test');
        await mom.send('my baby is 3 weeks old');
        await mom.send('first time mom, how does the whole process go?');
        expect(mom.metas[0]?.topic).not.toBe('newborn-insurance');
    });

    it('a corrected city replaces the one said before', async () => {
        for (const [first, correction, said] of [
            ['we live in Chengdu', 'sorry, actually we moved to Guiyang', 'Guiyang'],
            ['我们在成都', '不对 我们已经搬到贵阳了', '贵阳'],
            ['we live in Haikou', 'oops I meant Guiyang', 'Guiyang'],
            ['我们在海口', '说错了 是贵阳', '贵阳'],
            ['we live in Haikou', 'sorry, i meant guiyang, not haikou', 'Guiyang'],
        ] as const) {
            const c = await rootClient('test');
            await runTable(c.send, c.next, [
                { user: first, replies: [{}] },
                { user: correction, replies: [{ has: [said], not: ["I can't help", '帮不上忙'] }] },
            ]);
        }
    });

    it('keeps the birth date given, and forgets it when a plain age replaces it', async () => {
        const c = await rootClient('test');
        await c.send('2026年10月1日出生');
        expect(c.state.child).toMatchObject({ birthDate: '2026-10-01', ageDays: 62 });
        await c.send('my son is 5');
        expect(c.state.child?.birthDate).toBeUndefined();
    });

    it.each([
        ['we live in Haikou', 'haikou', 'Haikou'],
        ['we are in Guiyang', 'guiyang', 'Guiyang'],
        ["we're in Xi'an", 'xian', "Xi'an"],
        ['Zhongshan city', 'zhongshan', 'Zhongshan'],
        ['we live in Wuhan', 'wuhan', 'Wuhan'],
        ['we live in Shenzhen', 'shenzhen', 'Shenzhen'],
    ] as const)('English place "%s": said back, kept as %s', async (text, id, said) => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [{ user: text, replies: [{ has: [`in ${said}`] }] }]);
        expect(c.state.child?.city?.id).toBe(id);
    });

    it.each([
        ['我们住在海口', 'haikou', '海口'],
        ['我们在贵阳市', 'guiyang', '贵阳'],
        ['中山', 'zhongshan', '中山'],
        ['我们是临湘的', 'linxiang', '临湘'],
        ['坐标慈溪', 'cixi', '慈溪'],
        ['我们在深圳', 'shenzhen', '深圳'],
    ] as const)('Chinese place 「%s」: said back, kept as %s', async (text, id, said) => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [{ user: text, replies: [{ has: ['已记下', said] }] }]);
        expect(c.state.child?.city?.id).toBe(id);
    });

    it.each([
        ['train tickets to Shanghai on Friday', "can't help"],
        ["what's the weather in Beijing tomorrow", "can't help"],
        // (the matcher reads this one as a question about children: what matters here is that no age is kept)
        ['my car is 5 years old', ''],
        ['帮我买去广州的高铁票', '帮不上忙'],
    ])('a place or an age named in passing ("%s") is neither kept nor acknowledged', async (text, declined) => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [{ user: text, replies: [{ has: [declined], not: ['Noted', '已记下'] }] }]);
        expect(c.state.child).toBeUndefined();
    });

    it('a request without a question word is answered, with the age kept', async () => {
        const c = await rootClient('test');
        await c.send('activate card for 3yo');
        expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'activation' });
        expect(c.state.child?.ageDays).toBe(1096);
    });

    it('a statement with a question remembers AND answers (the question from its own clause)', async () => {
        const c = await rootClient('test');
        await c.send('宝宝两个月大了，先办什么？');
        // For a 2-month-old the first thing is medical insurance (the newborn answer says so, with its date).
        expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'newborn-insurance' });
        expect(c.state.child?.ageDays).toBe(61);
        await c.send('we live in Haikou, what do we need to bring?');
        expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'documents' });
        expect(c.state.child).toMatchObject({
            ageDays: 61,
            city: { id: 'haikou', name: { en: 'Haikou', zh: '海口' } },
        });
    });

    it('in the middle of the walkthrough a statement is acknowledged and the step offered again', async () => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [
            { user: 'walk me through the steps', replies: [{ has: ['Step 1 of 6'] }] },
            {
                user: 'my son is 5',
                replies: [{ has: ['your 5-year-old'] }, { has: ['Say "continue" to carry on at step 1'] }],
            },
            { user: 'next', replies: [{ has: ['Step 2 of 6'] }] },
        ]);
    });

    it('remembers the card the parent is talking about', async () => {
        const c = await rootClient('test');
        await c.send('how do I activate the e-voucher');
        expect(c.state.child?.card).toBe('e-voucher');
    });

    it('"start over" forgets the child', async () => {
        const c = await rootClient('test');
        await c.send('my daughter is 2 months old');
        await c.send('we live in Haikou');
        expect(c.state.child).toMatchObject({ ageDays: 61, city: { id: 'haikou' } });
        await c.send('start over');
        expect(c.state.child).toBeUndefined();
        expect(c.state.lastAnswer).toBeUndefined();
    });

    it('the age stays current: kept with the day it was said, it grows by the days since', () => {
        expect(currentAgeDays({ ageDays: 61, ageOn: '2026-12-02' }, '2026-12-02')).toBe(61);
        expect(currentAgeDays({ ageDays: 61, ageOn: '2026-12-02' }, '2027-01-31')).toBe(121);
        expect(currentAgeDays({ ageDays: 62, ageOn: '2026-12-02', birthDate: '2026-10-01' }, '2027-10-01')).toBe(365);
        expect(currentAgeDays({}, '2027-01-31')).toBeUndefined();
    });

    it('a conversation picked up on a later day answers for the older child', async () => {
        const monday = await rootClient('test', { today: '2026-12-02' });
        await monday.send('my daughter is 2 months old');
        const later = await rootClient('test', { today: '2027-02-02' });
        later.state = monday.state;
        await runTable(later.send, later.next, [{ user: 'we live in Haikou', replies: [{ has: ['in Haikou'] }] }]);
        expect(later.state.child).toMatchObject({ ageDays: 61, ageOn: '2026-12-02' });
        expect(currentAgeDays(later.state.child, '2027-02-02')).toBe(123);
    });
});
