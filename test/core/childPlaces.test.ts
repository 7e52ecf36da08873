/**
 * Where the family is, as the bot keeps and uses it (issue #17, "what the bot remembers"), against
 * the pure core: a province's rule answers for its cities (labelled as the province's), a province
 * named works like a city, a province named after a city in it keeps the city, a place said not to
 * be theirs is not kept; places said in passing shapes ("fyi", pinyin, mixed scripts) are
 * acknowledged; the activation answer uses the city's rule; a child past the newborn window is not
 * told to enrol within it.
 */
import { describe, expect, it } from '@jest/globals';
import { rootClient } from '../support/dialogClient.js';
import { runTable } from '../support/stepTable.js';

const bullets = (text: string | undefined) => (text ?? '').split('\n').filter((l) => l.startsWith('- '));

describe('a province and its cities', () => {
    it("a city in a province the knowledge base has a rule for gets that rule first, labelled as the province's", async () => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [
            { user: 'we live in Zhengzhou', replies: [{ has: ['Noted: in Zhengzhou.'] }] },
            {
                user: 'does my son need a photo for it',
                replies: [
                    {
                        has: [
                            "Henan: required for pre-school children too, since 19 February 2020 (Henan's rule; Zhengzhou is in Henan)",
                        ],
                        not: ['I have no rule for Zhengzhou'],
                    },
                ],
            },
        ]);
        expect(c.state.child?.city).toMatchObject({ id: 'zhengzhou', province: { id: 'henan' } });
    });

    it('the same in Chinese: 泉州 gets 福建’s newborn rule, said as 福建’s', async () => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [
            { user: '我们家在泉州', replies: [{ has: ['已记下', '在泉州'] }] },
            { user: '宝宝出生五十天', replies: [{ has: ['已记下', '出生50天'] }] },
            {
                user: '新生儿医保怎么参保',
                replies: [{ has: ['福建：新生儿出生一年内可凭出生医学证明参保缴费（福建的规定，泉州属于福建）'] }],
            },
        ]);
    });

    it('the first bullet is the province’s rule where the province has one for the topic', async () => {
        const c = await rootClient('test');
        await c.send('坐标洛阳');
        const photo = await c.send('孩子办卡要照片吗');
        expect(bullets(photo?.text)[0]).toMatch(/^- 河南：自2020年2月19日起.*（河南的规定，洛阳属于河南）$/);
    });

    it('a province named works like a city: its own rules, not labelled as anyone else’s', async () => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [
            { user: "we're in Henan province", replies: [{ has: ['Noted: in Henan.'] }] },
            {
                user: 'does my daughter need a photo',
                replies: [{ has: ['- Henan: required for pre-school children too'], not: ["Henan's rule;"] }],
            },
        ]);
        expect(c.state.child?.city?.id).toBe('henan');
    });

    it('a city whose province has no rule either: the general answer and "I have no rule for X"', async () => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [
            { user: 'we live in Nanning', replies: [{ has: ['Noted: in Nanning.'] }] },
            {
                user: 'does my baby need a photo',
                replies: [{ has: ['I have no rule for Nanning on this'], not: ["'s rule;"] }],
            },
        ]);
    });

    it('a province named after a city in it keeps the city (more specific)', async () => {
        const c = await rootClient('test');
        await c.send('我们在中山');
        await runTable(c.send, c.next, [{ user: '我们户籍在广东', replies: [{ has: ['已记下', '在中山'] }] }]);
        expect(c.state.child?.city?.id).toBe('zhongshan');
        await c.send('we live in Guangdong');
        expect(c.state.child?.city?.id).toBe('zhongshan');
        // Another province is a move: it replaces the city.
        await c.send('we live in Fujian now');
        expect(c.state.child?.city?.id).toBe('fujian');
    });
});

describe('a place stated in its own clause', () => {
    it('is kept even when the question beside it is not understood; a place inside such a question is not', async () => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [
            { user: 'we live in Wuhan. tell me a joke', replies: [{ has: ["can't help"] }] },
        ]);
        expect(c.state.child?.city?.id).toBe('wuhan');
        const zh = await rootClient('test');
        await zh.send('我们在武汉。今天天气怎么样');
        expect(zh.state.child?.city?.id).toBe('wuhan');
        const passing = await rootClient('test');
        await passing.send("what's the weather in Beijing tomorrow");
        expect(passing.state.child).toBeUndefined();
    });
});

describe('a place said not to be theirs', () => {
    it('is not kept; the question is answered for the place already known', async () => {
        const c = await rootClient('test');
        await c.send('我们是海口的');
        await runTable(c.send, c.next, [
            {
                user: '户籍不在海南，要带什么材料',
                replies: [{ has: ['海口：'], not: ['我没有海南这方面的规定'] }],
            },
        ]);
        expect(c.state.child?.city?.id).toBe('haikou');
        await c.send("we're not in Beijing, what do we bring?");
        expect(c.state.child?.city?.id).toBe('haikou');
    });
});

describe('where the family is, said in many shapes', () => {
    it.each([
        ['fyi we live in Xiamen', 'xiamen', 'in Xiamen'],
        ['by the way, we are in Chengdu', 'chengdu', 'in Chengdu'],
        ['oh and we are from Haikou btw', 'haikou', 'in Haikou'],
        ['wo jia zai haikou', 'haikou', 'Haikou'],
        ['women zhu zai wuhan', 'wuhan', 'Wuhan'],
        ['现居厦门', 'xiamen', '在厦门'],
        ['we live in Guǎngzhōu', 'guangzhou', 'in Guangzhou'],
        ['定居在杭州', 'hangzhou', '在杭州'],
    ] as const)('"%s": acknowledged, kept as %s', async (text, id, said) => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [{ user: text, replies: [{ has: [said], not: ["can't help"] }] }]);
        expect(c.metas[0]?.kind).toBe('ack');
        expect(c.state.child?.city?.id).toBe(id);
    });

    it('a place and an age in one statement, in mixed scripts: both kept, both said back', async () => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [
            { user: 'we are in 成都, girl 14 months', replies: [{ has: ['14-month-old', 'in Chengdu'] }] },
        ]);
        expect(c.metas[0]?.kind).toBe('ack');
        expect(c.state.child).toMatchObject({ ageDays: 420, city: { id: 'chengdu' } });
    });

    it('一岁的孩子：「上个月满的周岁」 is an age, acknowledged, never newborn advice after it', async () => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [
            { user: '女儿上个月满的周岁', replies: [{ has: ['已记下'], not: ['帮不上忙'] }] },
            {
                user: '这么大的孩子可以办社保卡吗',
                replies: [{ has: ['如尚未参保，请先为孩子参加医保'], not: ['90天'] }],
            },
        ]);
        expect(c.state.child?.ageDays).toBe(381);
    });
});

describe('a birth just now, with no number', () => {
    it.each([
        ['our little one was just born', 'Noted: your newborn.'],
        ['宝宝刚刚出生', '已记下：孩子刚出生'],
    ])('"%s": a newborn (0 days), acknowledged, and the answers use it', async (text, said) => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [{ user: text, replies: [{ has: [said] }] }]);
        expect(c.state.child?.ageDays).toBe(0);
        await runTable(c.send, c.next, [
            {
                user: 'how do I enrol the baby in medical insurance',
                replies: [{ has: ['For a newborn:', 'by about 2 March 2027'] }],
            },
        ]);
    });
});

describe('answers that use the city and the age', () => {
    it('the activation answer gives the city’s own activation rule, whichever card it is about', async () => {
        const c = await rootClient('test');
        await c.send('we live in Chengdu');
        await runTable(c.send, c.next, [
            {
                user: 'how do I activate my kid’s card',
                replies: [
                    { has: ['Chengdu: the social security function at a street or community'] },
                    { has: ['Which card do you have?'] },
                ],
            },
        ]);
        const zh = await rootClient('test');
        await zh.send('我们在清远');
        await runTable(zh.send, zh.next, [
            { user: '孩子的卡怎么激活', replies: [{ has: ['清远：'] }, { has: ['请问您说的是哪一种'] }] },
        ]);
    });

    it('the activation answer for a city it lacks says so, with where to ask', async () => {
        const c = await rootClient('test');
        await c.send('we live in Nanning');
        await runTable(c.send, c.next, [
            {
                user: 'how do I activate my kid’s card',
                replies: [
                    { has: ["I have no rule for Nanning on this; Nanning's HRSS bureau or 12333 can tell you."] },
                    { has: ['Which card do you have?'] },
                ],
            },
        ]);
    });

    it('a child past the newborn window asking whether a child can get a card: enrol first under local rules, no 90 days', async () => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [
            { user: 'my daughter is 3', replies: [{ has: ['3-year-old'] }] },
            {
                user: 'is a kid her age able to get a social security card',
                replies: [
                    {
                        has: ['For a 3-year-old:', 'Enrol your child in medical insurance first, if not done yet'],
                        not: ['90 days'],
                    },
                ],
            },
        ]);
        // A baby within the window still gets the 90 days, with the date.
        const baby = await rootClient('test');
        await baby.send('our baby is 3 weeks old');
        await runTable(baby.send, baby.next, [
            { user: 'is a kid her age able to get a social security card', replies: [{ has: ['90 days'] }] },
        ]);
    });
});
