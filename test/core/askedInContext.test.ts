import { describe, expect, it } from '@jest/globals';
import { rootClient } from '../support/dialogClient.js';

type Client = Awaited<ReturnType<typeof rootClient>>;

/** The text of the replies to the last message sent with {@link got}. */
let said = '';
/** The buttons of those replies. */
let offered: string[] = [];

/** What a message got: each reply's kind, with the topic (and card) of an answer. */
async function got(c: Client, text: string): Promise<string[]> {
    const replies = [await c.send(text)];
    for (let next = c.next(); next; next = c.next()) replies.push(next);
    said = replies.map((r) => r?.text ?? '').join('\n');
    offered = replies.flatMap((r) => r?.suggestedActions?.actions.map((a) => String(a.title)) ?? []);
    return c.metas.map((m) => (m.kind === 'answer' ? (m.card ? `${m.topic}/${m.card}` : m.topic!) : m.kind));
}

describe('a follow-up that gives the age while asking about another topic is that question', () => {
    it.each([
        ['en', "ok what about my baby's medical insurance, she's 1 month", 30],
        ['en', "ok and my baby's medical insurance? he's 3 weeks", 21],
        ['zh', '那宝宝医保呢 她刚满月', 30],
        ['zh', '那宝宝医保呢 他十周了', 70],
    ])('%s: "%s" after a declined question, and after another answer', async (lang, text, days) => {
        const first = await rootClient('test');
        expect(await got(first, lang === 'en' ? 'how do I claim on car insurance?' : '车险怎么理赔')).toEqual([
            'decline',
        ]);
        expect(await got(first, text)).toEqual(['newborn-insurance']);
        expect(first.state.child?.ageDays).toBe(days);

        const after = await rootClient('test');
        expect(await got(after, lang === 'en' ? 'what documents do i need' : '要带什么材料')).toEqual(['documents']);
        expect(await got(after, text)).toEqual(['newborn-insurance']);
        expect(after.state.child?.ageDays).toBe(days);
    });

    it('the last question asked again for an age stays so ("and for my 3 week old baby?", 「那两个月的宝宝呢」)', async () => {
        const en = await rootClient('test');
        await en.send('what documents do i need');
        expect(await got(en, 'and for my 3 week old baby?')).toEqual(['documents']);
        const zh = await rootClient('test');
        await zh.send('要带什么材料');
        expect(await got(zh, '那两个月的宝宝呢')).toEqual(['documents']);
    });
});

describe('a language asked for along with a question: the question is answered, in that language', () => {
    it('"用中文说吧 要带什么材料", then "back to english please, where do we apply?"', async () => {
        const c = await rootClient('test');
        await c.send("what do i need for my baby's card?");
        expect(await got(c, '用中文说吧 要带什么材料')).toEqual(['documents']);
        expect(said).toMatch(/户口簿|身份证/);
        expect(c.state.chosenLang).toBe('zh');
        expect(await got(c, 'back to english please, where do we apply?')).toEqual(['apply-where']);
        expect(said).toMatch(/apply/i);
        expect(c.state.chosenLang).toBe('en');
        // A language alone is still the command: said, not answered.
        expect(await got(c, '说中文')).not.toContain('apply-where');
        expect(c.state.chosenLang).toBe('zh');
    });
});

describe("the physical card's narrower questions: on a phone, and the bank part", () => {
    it.each([
        [
            'en',
            "can i activate my son's social security card on my phone?",
            /Partly/,
            'and the bank part?',
            /bank function is switched on only/,
        ],
        ['zh', '孩子的社保卡能在手机上激活吗', /部分可以/, '银行那部分呢', /金融功能只能/],
    ])('%s', async (_lang, phone, phoneLead, bank, bankLead) => {
        const c = await rootClient('test');
        expect(await got(c, phone)).toEqual(['activation/physical']);
        expect(said).toMatch(phoneLead);
        expect(await got(c, bank)).toEqual(['activation/physical']);
        expect(said).toMatch(bankLead);
    });

    it.each([
        [
            'en',
            "how do I activate my child's social security card?",
            /service bank/,
            ['The electronic card', 'The medical insurance e-voucher'],
            'how do I activate the card?',
        ],
        ['zh', '孩子的社保卡怎么激活', /服务银行柜台/, ['电子社保卡', '医保电子凭证'], '孩子的卡怎么激活'],
    ])(
        '%s: "%s" (the social security card, not "electronic") is the physical card; "the card" alone is asked',
        async (_lang, ssCard, physicalLead, others, theCard) => {
            const c = await rootClient('webchat');
            expect(await got(c, ssCard)).toEqual(['activation/physical']);
            expect(said).toMatch(physicalLead);
            // The other two are offered with it, for a parent who meant one of them.
            expect(offered).toEqual(expect.arrayContaining(others));
            const other = await rootClient('test');
            expect(await got(other, theCard)).toEqual(['activation', 'clarify']);
        },
    );
});

describe("who sets a card up, asked right after its answer: who may act, starting with that card's line", () => {
    it.each([
        [
            'en',
            'i need to set up the medical insurance e-voucher for my daughter',
            'who can do it?',
            'e-voucher',
            /insured parent/,
        ],
        ['zh', '我要给女儿弄医保电子凭证', '谁能弄', 'e-voucher', /参保的家长/],
        [
            'en',
            'how do i get the electronic social security card for my son',
            'who is allowed to set that up for him?',
            'electronic',
            /family member who holds/,
        ],
    ])('%s: %s / %s', async (_lang, first, who, card, lead) => {
        const c = await rootClient('test');
        expect(await got(c, first)).toEqual([`activation/${card}`]);
        expect(await got(c, who)).toEqual([`who-can-act/${card}`]);
        expect(said).toMatch(lead);
        expect(c.state.child?.card).toBe(card);
    });

    it('naming a person is the who-may-act answer itself; after the physical card, no card line', async () => {
        const c = await rootClient('test');
        await c.send('i need to set up the medical insurance e-voucher for my daughter');
        expect(await got(c, 'can grandma do it?')).toEqual(['who-can-act']);
        const p = await rootClient('test');
        await p.send('how do I activate the physical card');
        expect(await got(p, 'who can do it?')).toEqual(['who-can-act']);
    });
});

describe('a card named in a question about getting it is that card', () => {
    it('with the age in the same clause, and right after another card ("can she get the electronic card too?")', async () => {
        const c = await rootClient('test');
        expect(await got(c, 'how do i get my 4 year old an electronic social security card')).toEqual([
            'activation/electronic',
        ]);
        const d = await rootClient('test');
        await d.send('my baby is 3 weeks old and has no ID number yet. how do I get her medical insurance e-voucher?');
        expect(await got(d, 'can she get the electronic social security card too?')).toEqual(['activation/electronic']);
    });

    it('「电子的呢」 after the physical card is the electronic card', async () => {
        const c = await rootClient('test');
        await c.send('实体社保卡怎么激活');
        expect(await got(c, '电子的呢')).toEqual(['activation/electronic']);
    });

    it('comparing two cards is still which card is which', async () => {
        const c = await rootClient('test');
        expect(await got(c, "what's the difference between the electronic card and the e-voucher")).toEqual([
            'card-kinds',
        ]);
    });
});

describe('after the newborn answer: missing the window and earlier bills', () => {
    it.each([
        ['孩子是2026年10月15号出生的，医保最晚什么时候办', '过了时间会怎样'],
        ['宝宝100天了还没参保', '以前的医药费能报吗'],
    ])('%s → %s', async (first, next) => {
        const c = await rootClient('test');
        expect(await got(c, first)).toEqual(['newborn-insurance']);
        expect(await got(c, next)).toEqual(['newborn-insurance']);
        expect(said).toMatch(/不追溯/);
    });
});

describe("a close call the question's own form settles, instead of asking which", () => {
    it.each([
        ["she's 8", 'how do i get her on medical insurance', 'newborn-insurance'],
        ['my son was born in 2019', 'can he still get a card?', 'child-eligibility'],
        ['our twins are 3 months old', 'can they get cards already', 'child-eligibility'],
        ["what documents for my son's social security card", 'thanks. who can apply for him?', 'who-can-act'],
    ])('%s → %s', async (first, question, topic) => {
        const c = await rootClient('test');
        await c.send(first);
        expect(await got(c, question)).toEqual([topic]);
    });

    it('also in the middle of the which-card question', async () => {
        const c = await rootClient('test');
        await c.send('孩子的卡怎么激活');
        expect(c.state.activation?.asking).toBe(true);
        expect(await got(c, 'who can apply for him?')).toContain('who-can-act');
    });
});

describe('places and pointing back', () => {
    it('"sorry not haikou, we moved to Guiyang last year" corrects the city', async () => {
        const c = await rootClient('test');
        await c.send('we live in Haikou');
        expect(await got(c, 'sorry not haikou, we moved to Guiyang last year')).toEqual(['ack']);
        expect(c.state.child?.city?.id).toBe('guiyang');
        expect(said).toMatch(/Guiyang/);
    });

    it('"how do i get a new one?" after the lost-card answer is about a lost card', async () => {
        const c = await rootClient('test');
        await c.send('my daughter lost her card, can she still use the e-card?');
        expect(await got(c, 'how do i get a new one?')).toEqual(['lost-card']);
    });
});

// Not every wording is caught yet: "can my son ride the subway with his social security card" is still read as
// eligibility and 「孩子的社保卡几年要换一次」 as the process (README, "Understanding").
describe('what the sources do not cover is said so, not answered as a nearby topic', () => {
    it.each([
        ["is it possible to move my daughter's card to another bank", 'not-covered'],
        ["how long is a child's social security card valid", 'not-covered'],
        ['孩子社保卡绑定的银行可以改吗', 'not-covered'],
        ['儿童社保卡能不能刷公交', 'not-covered'],
    ])('%s', async (text, topic) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([topic]);
    });

    it('a bank card, a SIM card or a hukou move for a child is declined, not answered from the card topics', async () => {
        for (const text of [
            'best savings account for my daughter',
            '给孩子办张手机卡要什么',
            '孩子户口迁到北京要带什么',
            '幼升小要准备什么材料',
        ]) {
            const c = await rootClient('test');
            expect(await got(c, text)).toEqual(['decline']);
        }
    });
});

describe('more questions read with what the parent said before', () => {
    it('"who can apply for the card?" for a 6-week-old asks who, not where', async () => {
        const c = await rootClient('test');
        await c.send('my son is 6 weeks old, what should we get done first');
        expect(await got(c, 'who can apply for the card?')).toEqual(['who-can-act']);
    });

    it('for a baby within the window, "how long do we have for medical insurance?" and "what do we need to do now"', async () => {
        const c = await rootClient('test');
        await c.send('baby is 40 days old');
        expect(await got(c, 'how long do we have for medical insurance?')).toEqual(['newborn-insurance']);
        const d = await rootClient('test');
        expect(await got(d, 'baby was born yesterday!! what do we need to do now')).toEqual(['newborn-insurance']);
        // Past the window, "what do we do now" is not the newborn answer.
        const e = await rootClient('test');
        await e.send('my son is 5');
        expect(await got(e, 'what do we need to do now')).not.toContain('newborn-insurance');
    });

    it('"what size should it be?" after the photo answer starts with the size; 「那怎么解除」 after 封存 is the physical card', async () => {
        const c = await rootClient('test');
        await c.send("does he need a photo on his card? we're in Haikou");
        expect(await got(c, 'what size should it be?')).toEqual(['photo']);
        expect(said).toMatch(/358 × 441/);
        const z = await rootClient('test');
        await z.send('孩子的社保卡显示封存');
        expect(await got(z, '那怎么解除')).toEqual(['activation/physical']);
        expect(said).toMatch(/封存/);
    });
});

describe('why the rules differ, and a narrower question the best topic answers', () => {
    it.each([['why does every city have different rules for the card?'], ['为什么每个地方要求不一样']])(
        '"%s" is the legal basis (Article 16 leaves the rules to each city)',
        async (text) => {
            const c = await rootClient('test');
            expect(await got(c, text)).toEqual(['legal-basis']);
            expect(said).toMatch(/16|十六/);
        },
    );

    it('comparing the cards is still which card is which', async () => {
        const c = await rootClient('test');
        expect(await got(c, 'why is the electronic card different from the physical one?')).not.toContain(
            'legal-basis',
        );
    });

    it("「实体卡丢了电子社保卡还能用吗」, close between the lost card and the cards, gets the lost card's line on the e-card", async () => {
        const c = await rootClient('test');
        expect(await got(c, '实体卡丢了电子社保卡还能用吗')).toEqual(['lost-card/electronic']);
        expect(said).toMatch(/电子社保卡/);
    });
});

describe('whether the child comes along, may go alone, or someone else may do it, is who may act', () => {
    it.each([
        ['do I need to bring the baby?', 'who-can-act'],
        ['要抱孩子去吗', 'who-can-act'],
        ["do i need to bring my baby's birth certificate", 'documents'],
        ['要带孩子的户口本吗', 'documents'],
        ['my son just turned 16, can he activate it himself?', 'who-can-act'],
        ['can my 15 year old apply on her own', 'who-can-act'],
        ['他能自己去办吗', 'who-can-act'],
        ['my parents will go to the bank for us, what should they bring', 'who-can-act'],
        ['our babysitter could take my son to apply, is that ok', 'who-can-act'],
        ['爷爷奶奶带孩子去激活要带什么', 'who-can-act'],
        ['my hukou book is at my parents place in another city, can i apply without it', 'documents'],
    ])('%s → %s', async (text, topic) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([topic]);
    });

    it('also in the middle of the walkthrough, which then carries on', async () => {
        const c = await rootClient('wechat');
        await c.send('walk me through it');
        await c.send('next');
        const kinds = await got(c, 'do I need to bring the baby?');
        expect(kinds[0]).toBe('who-can-act');
        expect(kinds).toContain('step');
    });
});

describe('reporting a lost card by phone', () => {
    it('"can it be done by phone instead?" after the lost card: the temporary report by 12333, the formal one in person', async () => {
        const c = await rootClient('test');
        await c.send("how do i report my son's lost card");
        expect(await got(c, 'can it be done by phone instead?')).toEqual(['lost-card']);
        expect(said).toMatch(/Partly\. The temporary report, yes: call 12333/);
        // Asking to activate is activation still.
        const d = await rootClient('test');
        await d.send("how do i report my son's lost card");
        expect(await got(d, 'can it be activated by phone?')).toContain('activation');
    });

    it('「能打电话挂失吗」 starts with the phone', async () => {
        const c = await rootClient('test');
        expect(await got(c, '能打电话挂失吗')).toEqual(['lost-card']);
        expect(said).toMatch(/临时挂失可拨打12333/);
    });
});

describe('from blind set 8: cards asked about, cities in the middle of a question, more forms', () => {
    it.each([
        ['en', "how do we activate my son's card in Qingyuan", 'what about Chengdu?', /Chengdu/],
        ['zh', '清远怎么给孩子激活卡', '那成都呢', /成都/],
    ])(
        '%s: a city follow-up while the which-card question is open answers for that city',
        async (_l, first, next, city) => {
            const c = await rootClient('test');
            await c.send(first);
            expect(await got(c, next)).toEqual(['activation', 'clarify']);
            expect(said).toMatch(city);
        },
    );

    it.each([
        ['what do I need to activate her card at the bank', 'activation/physical'],
        ['full checklist of paperwork to activate my boys card at the bank pls', 'documents'],
        ['can I get the electronic card for my 2 year old without the physical card', 'activation/electronic'],
        ['孩子没有实体卡能办电子社保卡吗', 'activation/electronic'],
        ['does my kid have to be there when i activate the bank function', 'who-can-act'],
        ['激活社保卡必须带孩子去银行吗？手机上能弄吗', 'activation/physical'],
        ['女儿15岁了能自己去办社保卡吗', 'who-can-act'],
        ['can a 16 year old apply for her own card', 'who-can-act'],
        ['先参保还是先办卡 顺序是咋样', 'process'],
    ])('%s → %s', async (text, expected) => {
        const c = await rootClient('test');
        expect((await got(c, text))[0]).toBe(expected);
    });

    it('"how do I get the physical one then" after the electronic card is the physical card', async () => {
        const c = await rootClient('test');
        await c.send('can I get the electronic card for my 2 year old without the physical card');
        expect(await got(c, 'how do I get the physical one then')).toEqual(['activation/physical']);
    });

    it('「怎么给她办医保」 for a baby is enrolling', async () => {
        const c = await rootClient('test');
        await c.send('宝宝出生20天');
        expect(await got(c, '怎么给她办医保')).toEqual(['newborn-insurance']);
    });

    it.each([
        ['en', 'my son lost his card, we live in Hangzhou', 'can I get a new one the same day', /while you wait/],
        ['zh', '孩子社保卡丢了', '补卡要多久', /立等可取/],
    ])('%s: how soon a replacement comes, after the lost card', async (_l, first, next, lead) => {
        const c = await rootClient('test');
        await c.send(first);
        expect(await got(c, next)).toEqual(['lost-card']);
        expect(said).toMatch(lead);
    });
});

describe('from blind set 9: the card or age said again, a city with its province, "and then?"', () => {
    it('"my toddler is one and a half"; 「不对 他四个月了」 corrects an age', async () => {
        const c = await rootClient('test');
        expect(await got(c, 'my toddler is one and a half')).toEqual(['ack']);
        expect(c.state.child?.ageDays).toBe(548);
        const z = await rootClient('test');
        await z.send('儿子两个月');
        expect(await got(z, '不对 他四个月了')).toEqual(['ack']);
        expect(z.state.child?.ageDays).toBe(120);
    });

    it.each([
        ['en', "i'm asking about the medical insurance e-voucher", 'how do i activate it for my daughter', 'e-voucher'],
        ['zh', '我问的是电子社保卡', '给孩子怎么开通', 'electronic'],
    ])('%s: "%s" is that card, and the next question stays with it', async (_l, first, next, card) => {
        const c = await rootClient('test');
        expect(await got(c, first)).toEqual([`activation/${card}`]);
        expect(await got(c, next)).toEqual([`activation/${card}`]);
    });

    it('"we\'re in Zhongshan, Guangdong" is where the family is', async () => {
        const c = await rootClient('test');
        expect(await got(c, "we're in Zhongshan, Guangdong")).toEqual(['ack']);
        expect(c.state.child?.city?.id).toBe('zhongshan');
    });

    it.each([['how many kinds of card are there for a child'], ['孩子的卡一共有几种']])(
        '"%s" is which card is which',
        async (text) => {
            const c = await rootClient('test');
            expect(await got(c, text)).toEqual(['card-kinds']);
        },
    );

    it('「然后呢」 after an answer with more to say gives the rest of it', async () => {
        const c = await rootClient('test');
        await c.send('宝宝出生15天 第一次当妈 现在要办啥');
        expect(await got(c, '然后呢')).toEqual(['details']);
    });

    it('"which card do we do first?" for a 3-week-old is enrolling first, with the order of things', async () => {
        const c = await rootClient('test');
        expect(await got(c, "we just had a baby, she's 3 weeks. which card do we do first?")).toEqual([
            'newborn-insurance',
        ]);
        expect(said).toMatch(/90/);
    });
});

describe('session 5: the e-card after a lost card, "how do I do it" after a card, the steps shown', () => {
    it.each([
        ['en', 'my 9 year old lost her card', 'does her electronic card still work?', /electronic card works/],
        ['zh', '孩子的社保卡丢了', '电子社保卡还能用吗', /电子社保卡经本人授权可以使用/],
    ])(
        "%s: the electronic card named right after the lost card: the lost card's line on it",
        async (_l, lost, ecard, line) => {
            const c = await rootClient('test');
            expect(await got(c, lost)).toEqual(['lost-card']);
            expect(await got(c, ecard)).toEqual(['lost-card/electronic']);
            expect(said).toMatch(line);
            expect(c.state.child?.card).toBe('electronic');
        },
    );

    it.each([
        ['en', 'my son lost his card', "what's the difference between the electronic card and the physical card?"],
        ['zh', '孩子的社保卡丢了', '电子社保卡和实体卡有什么区别'],
    ])('%s: but how the cards differ, after the lost card, is which card is which', async (_l, lost, differ) => {
        const c = await rootClient('test');
        await c.send(lost);
        expect(await got(c, differ)).toEqual(['card-kinds']);
    });

    it.each([
        ['en', 'the e-voucher', 'how do i do it for my baby', 'e-voucher'],
        ['zh', '医保电子凭证', '给宝宝怎么弄', 'e-voucher'],
        ['zh', '电子社保卡', '怎么操作', 'electronic'],
    ])('%s: "%s", then "%s": that card again', async (_l, card, how, id) => {
        const c = await rootClient('test');
        expect(await got(c, card)).toEqual([`activation/${id}`]);
        expect(await got(c, how)).toEqual([`activation/${id}`]);
    });

    it('"how do I do it" with no card answered before is not guessed', async () => {
        const c = await rootClient('test');
        await c.send('what documents do i need');
        expect(await got(c, 'how do i do it for my baby')).not.toContain('activation/e-voucher');
    });

    it.each([
        ['en', 'show me the steps', 'next'],
        ['zh', '给我看看步骤', '下一步'],
    ])('%s: "%s" starts the walkthrough; "%s" goes on', async (_l, show, next) => {
        const c = await rootClient('webchat');
        expect(await got(c, show)).toEqual(['step']);
        expect(c.metas[0]?.step).toBe(1);
        expect(await got(c, next)).toEqual(['step']);
        expect(c.metas[0]?.step).toBe(2);
    });
});

describe('session 5, from blind set 11: moves, lost cards, what first, follow-ups', () => {
    it.each([
        ['we moved from haikou to guangzhou last year', 'guangzhou'],
        ['我们从海口搬到广州市了', 'guangzhou'],
        ['we live in Haikou', 'haikou'],
    ])('"%s" keeps the city the family lives in now', async (text, city) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual(['ack']);
        expect(c.state.child?.city?.id).toBe(city);
    });

    it.each([
        ['en', 'physical card is lost, does the electronic card still work'],
        ['en', 'kid lost his physical card, will his electronic social security card still work?'],
        ['zh', '实体卡丢了 电子社保卡还能用吗'],
    ])(
        '%s: "%s" is the lost card, with its line on the e-card (the lead names its card; a guard for the runner fix)',
        async (_l, text) => {
            const c = await rootClient('test');
            expect(await got(c, text)).toEqual(['lost-card/electronic']);
        },
    );

    it('"how do i report it" right after the lost card is about reporting it', async () => {
        const c = await rootClient('test');
        await c.send('my daughter lost her card, does her electronic card still work');
        expect(await got(c, 'how do i report it')).toEqual(['lost-card']);
        expect(said).toMatch(/12333/);
    });

    it('"and for medical insurance?" after the hotlines is the hotlines again (12393)', async () => {
        const c = await rootClient('test');
        await c.send('what number can i call about the kids social security card');
        expect(await got(c, 'and for medical insurance?')).toEqual(['hotlines']);
        expect(said).toMatch(/12393/);
        const zh = await rootClient('test');
        await zh.send('有没有咨询电话');
        expect(await got(zh, '那医保呢')).toEqual(['hotlines']);
    });

    it('「需要先做什么」 for a 40-day-old is enrolling, even where the matcher hesitates', async () => {
        const c = await rootClient('test');
        await c.send('出生40天');
        expect(await got(c, '需要先做什么')).toEqual(['newborn-insurance']);
        expect(said).toMatch(/90/);
    });

    it.each([
        ['en', 'i want to speak to a human pls'],
        ['zh', '我想找个人问问'],
        // Blind set 23's one missed request for a person, fixed after its measurement.
        ['en', 'i need help from a human'],
    ])('%s: "%s" asks for a person', async (_l, text) => {
        const c = await rootClient('test', { canHandOff: true });
        expect(await got(c, text)).toEqual(['handoff']);
    });

    it.each([
        ['中山在哪给娃办社保卡', 'apply-where'],
        ['未满16岁是不是必须监护人办', 'who-can-act'],
        ['im her aunt and legal guardian, can i get the card for my niece', 'who-can-act'],
        ["how many different 'cards' does a kid have?? so confused", 'card-kinds'],
        ['孩子要办几张卡啊 好乱', 'card-kinds'],
        ['为什么每个城市要的材料不一样', 'legal-basis'],
        ['what should i take with me to activate my 3 year olds card at the bank counter', 'documents'],
    ])('"%s" is settled by its form: %s', async (text, topic) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([topic]);
    });

    it.each([
        ['中山在哪激活社保卡', 'activation/physical'],
        ['my son lost his ID card, what can i bring instead for his social security card', 'documents'],
    ])('guard: "%s" stays %s', async (text, topic) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([topic]);
    });
});

describe('what the sources are known to be silent on is said so, naming it', () => {
    it.each([
        ['can my kid use his social security card on the metro', /buses or the metro/],
        ["can i switch the bank on my son's social security card to a different bank", /service bank can be changed/],
        ['forgot the pin for my sons card how do i reset it', /resetting a forgotten PIN/],
        ["what percentage of my kid's hospital bill will insurance pay", /reimbursement rates/],
        ['how long is my daughters social security card valid for', /how long a child's card is valid/],
        ['孩子的社保卡能坐地铁吗', /坐公交、地铁/],
        ['社保卡密码忘了怎么重置', /忘记密码/],
        ['孩子医保报销比例是多少', /报销比例/],
        ['儿子卡里的钱能取出来吗', /卡内账户里的钱/],
        ['can i withdraw the money on my sons social security card', /money in a child's card account/],
    ])('"%s"', async (text, gap) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual(['not-covered']);
        expect(said).toMatch(gap);
        expect(said).toMatch(/12333|12393/);
    });

    it.each([
        ['my kids bus card is lost how to replace'],
        ["what's the reimbursement rate for adult medical insurance in shanghai"],
        ['how do i renew my ID card, it expires next month'],
        ['成人医保报销比例是多少'],
        ['how do i withdraw money from my bank card'],
    ])('guard: "%s" is not about the child\'s card', async (text) => {
        const c = await rootClient('test');
        expect(await got(c, text)).not.toEqual(['not-covered']);
    });
});

describe('session 5: more forms that settle what the matcher leans away from', () => {
    it.each([
        ['nearest place to apply for a childrens social security card in guiyang', 'apply-where'],
        ['do i go to the medical insurance center or the HRSS office for the card', 'apply-where'],
        ["people keep saying 'the card' but there are 3 of them? explain plz", 'card-kinds'],
        ['医保码是不是就是社保卡', 'card-kinds'],
        ['大家说的孩子的卡 到底指哪一个', 'card-kinds'],
        ['孩子还没上户口 能拿什么办社保卡', 'documents'],
        ['银行不给办 我该打给谁', 'hotlines'],
        ['who decides what documents are needed, national government or the city?', 'legal-basis'],
        ['shes 3 weeks and was in the NICU, if we enrol her now are those costs reimbursed', 'newborn-insurance'],
        ['孩子的证件照有什么要求', 'photo'],
        ['两岁宝宝办社保卡全过程', 'process'],
        ['电子社保卡和实体卡哪个先办', 'process'],
        ['do we have to get the physical card before the electronic one', 'process'],
        ['im divorced and she lives with me, can i apply for my daughters card', 'who-can-act'],
    ])('"%s": %s', async (text, topic) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([topic]);
    });

    it.each([
        ['school enrolment for my daughter, what do i need to prepare', 'newborn-insurance'], // (it was, before this round)
        ['what documents do i need, and does the photo need a white background?', 'clarify'],
    ])('guard: "%s" is not %s', async (text, not) => {
        const c = await rootClient('test');
        expect(await got(c, text)).not.toContain(not);
    });

    it('"what do we need for our newborn\'s card" in Zhongshan is what to bring (Zhongshan\'s list); "what do we need to do" is not', async () => {
        const c = await rootClient('test');
        await c.send("we're in Zhongshan, Guangdong");
        expect(await got(c, "what do we need for our newborn's card")).toEqual(['documents']);
        expect(said).toMatch(/Zhongshan/);
        const d = await rootClient('test');
        expect(await got(d, 'what do we need to do for our newborns card')).not.toEqual(['documents']);
    });

    it('a card named with "the same as" is not that card alone; the card named alone still is', async () => {
        const c = await rootClient('test');
        expect(await got(c, '医保码是不是就是社保卡')).toEqual(['card-kinds']);
        const d = await rootClient('test');
        expect(await got(d, '医保电子凭证')).toEqual(['activation/e-voucher']);
    });
});

describe('session 5, from blind set 12', () => {
    it("「那电子社保卡还能用吗」 right after a lost card is the lost card's line on the e-card, not the e-card's own answer", async () => {
        const c = await rootClient('test');
        await c.send('my daughter lost her card');
        expect(await got(c, '那电子社保卡还能用吗')).toEqual(['lost-card/electronic']);
        // The same form after another answer still asks about that card.
        const d = await rootClient('test');
        await d.send('what documents do i need');
        expect(await got(d, '那电子社保卡呢')).toEqual(['activation/electronic']);
    });

    it('「过了这天呢」 after newborn insurance is what happens past the window', async () => {
        const c = await rootClient('test');
        await c.send('孩子是2026年10月15日出生的');
        await c.send('医保最晚啥时候要办好');
        expect(await got(c, '过了这天呢')).toEqual(['newborn-insurance']);
        expect(said).toMatch(/不追溯|当地/);
    });

    it.each([
        ['what should i take to the bank to make the card for my 2yo', 'documents'],
        ['小孩三个卡都得办吗', 'card-kinds'],
    ])('"%s": %s', async (text, topic) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([topic]);
    });
});

describe('session 5, from blind set 13', () => {
    it('"ok, what about his social security card, what do we bring" after two declines is that question, not a yes to a person', async () => {
        const c = await rootClient('test', { canHandOff: true });
        await c.send('how do i get an ID card for my 10 year old');
        await c.send('and a passport for him?');
        expect(await got(c, 'ok, what about his social security card, what do we bring')).toEqual(['documents']);
        // A short yes still takes the offer.
        const d = await rootClient('test', { canHandOff: true });
        await d.send('how do i get an ID card for my 10 year old');
        await d.send('and a passport for him?');
        expect(await got(d, 'ok')).toEqual(['handoff']);
    });

    it.each([
        ['how do i get an ID card for my 10 year old'],
        ['孩子办身份证要什么'],
        ['registering a newborns hukou what documents'],
    ])('applying for another document is declined: "%s"', async (text) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual(['decline']);
    });

    it.each([
        ['孩子还没办身份证 用户口本行不行', 'documents'],
        ['can my baby get a card before we register her hukou', 'child-eligibility'],
        ['孩子没有身份证怎么办', 'documents'],
    ])('guard: "%s" (a document lacked, or the card named) stays %s', async (text, topic) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([topic]);
    });

    it('"why are the rules different in every city then" after the legal basis is answered as its own question', async () => {
        const c = await rootClient('test');
        await c.send('which rule says what documents i need');
        expect(await got(c, 'why are the rules different in every city then')).toEqual(['legal-basis']);
    });

    it('"is that a strict cutoff?" after newborn insurance: in principle, some cities allow longer', async () => {
        const c = await rootClient('test');
        await c.send('she was born on 20 October 2026');
        await c.send('by when do we need to get her medical insurance sorted');
        expect(await got(c, 'is that a strict cutoff?')).toEqual(['newborn-insurance']);
        expect(said).toMatch(/In principle/i);
    });

    it.each([
        ['who can tell me our local rule', 'hotlines'],
        ['去哪问我们当地的规定', 'hotlines'],
        ['im his stepmum, am i allowed to do it', 'who-can-act'],
        ['孩子15岁了自己能办吗', 'who-can-act'],
        ['list of stuff to take to the bank for my childs socail security card pls', 'documents'],
        ['do we get the e-card before or after the physical card', 'process'],
        ['刚生完 医保 社保卡 电子凭证 先后顺序是啥', 'process'],
    ])('"%s": %s', async (text, topic) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([topic]);
    });
});

describe('session 5, from blind set 14', () => {
    it('the steps for a child past the newborn window: the age said back, enrolling first under local rules', async () => {
        const c = await rootClient('test');
        await c.send("she's 8");
        expect(await got(c, 'what do we do first to get her card')).toEqual(['process']);
        expect(said).toMatch(/For an 8-year-old/);
        expect(said).toMatch(/past the newborn window, local rules apply/);
        expect(said).not.toMatch(/within 90 days/);
    });

    it('"so can i do it in guiyang then?" after who may act is who may act, for Guiyang', async () => {
        const c = await rootClient('test');
        await c.send('im the grandma, can i apply for my grandsons card');
        await c.send('we live in guiyang');
        expect(await got(c, 'so can i do it in guiyang then?')).toEqual(['who-can-act']);
        expect(said).toMatch(/Guiyang/);
        expect(c.state.child?.city?.id).toBe('guiyang');
    });

    it('"so does she need one?" after the photo answer is the photo again, not which of two', async () => {
        const c = await rootClient('test');
        await c.send('she turned four last month');
        await c.send('does she need a photo for the card');
        await c.send("we're in Haikou btw");
        expect(await got(c, 'so does she need one?')).toEqual(['photo']);
        expect(said).toMatch(/Haikou/);
    });

    it('"and where do i get the physical card made" after a card is where to apply', async () => {
        const c = await rootClient('test');
        await c.send('how do i activate the e-voucher');
        expect(await got(c, 'and where do i get the physical card made')).toEqual(['apply-where']);
    });

    it('"my baby is 4 months and not insured yet is it too late" is a question, answered for that baby', async () => {
        const c = await rootClient('test');
        expect(await got(c, 'my baby is 4 months and not insured yet is it too late')).toEqual(['newborn-insurance']);
        expect(c.state.child?.ageDays).toBeGreaterThan(110);
    });

    it('「帮我翻译一句英文」 asks for a translation: declined, the language kept', async () => {
        const c = await rootClient('test', { locale: 'zh-CN' });
        expect(await got(c, '帮我翻译一句英文')).toEqual(['decline']);
        expect(c.state.chosenLang).toBeUndefined();
    });

    it.each([
        ['what % of hospital bills does kids medical insurance pay back', 'not-covered'],
        ['do i need to enrol her in insurance before applying for the card', 'process'],
        // Whether insurance comes first is answered yes first, by whether a child can have a card (sets 19, 21, 22).
        ['要先参保才能办卡吗', 'child-eligibility'],
        ['先办实体卡还是先办电子社保卡', 'process'],
        ['生完孩子先办哪个', 'process'],
        ['my child got a replacement card, does it need activating again', 'activation'],
        ['补办的新卡还要重新激活吗', 'activation'],
        ['改个密码就算激活了吗', 'activation'],
        ['这么多卡搞晕了 哪个是哪个', 'card-kinds'],
    ])('"%s": %s', async (text, topic) => {
        const c = await rootClient('test');
        // (Activating a card not named is answered, then asked which card.)
        expect((await got(c, text))[0]).toEqual(topic);
    });
});

describe('session 5, from blind set 15', () => {
    it.each([
        ['en', 'can i get her the electronic card straight away', 'activation/electronic'],
        ['en', 'how do we get the physical one then', 'activation/physical'],
        ['zh', '能直接办电子社保卡吗', 'activation/electronic'],
        ['zh', '实体卡怎么办', 'activation/physical'],
    ])('%s: getting one named card, "%s", is that card\'s answer', async (_l, text, answer) => {
        const c = await rootClient('test');
        await c.send(_l === 'en' ? 'my little one is a year and a half' : '我家宝一岁半');
        expect(await got(c, text)).toEqual([answer]);
    });

    it.each([
        ['有了医保码还用办实体社保卡吗', 'card-kinds'],
        ['孩子的医保码和社保卡办理顺序', 'process'],
        ['宝宝出生后第一件事先办啥', 'process'],
    ])('guard: "%s" stays %s', async (text, topic) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([topic]);
    });

    it.each([
        ['if the physical card gets cancelled does the e card still work', /cancelled, its personal services stop/],
        ['实体卡注销了电子社保卡还能用吗', /注销后/],
    ])('"%s": the lost card\'s line on the e-card', async (text, line) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual(['lost-card/electronic']);
        expect(said).toMatch(line);
    });

    it.each([
        ['can the card have a logo instead of a photo for my toddler', /logo can replace the photo/],
        ['小孩的卡可以用logo代替照片吗', /标志|logo|LOGO/],
    ])('"%s": the photo answer starts with the logo', async (text, line) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual(['photo']);
        expect(said).toMatch(line);
    });

    it('"how long can we use the voucher before the card comes" for a newborn: the 180 days', async () => {
        const c = await rootClient('test');
        await c.send('just had a baby 3 weeks ago, what order do we do things in');
        expect(await got(c, 'how long can we use the voucher before the card comes')).toEqual(['newborn-insurance']);
        expect(said).toMatch(/180/);
    });

    it.each([
        ["we're in zhongshan, baby is 1 month", 'is there a one stop thing for newborns here', /Zhongshan/],
        ['', '90天是死规定吗 过了就不能办了？', /原则上/],
        ['', '带宝宝看病用哪个', /医保电子凭证/],
    ])('"%s" then "%s"', async (first, text, line) => {
        const c = await rootClient('test');
        if (first) await c.send(first);
        const topics = await got(c, text);
        expect(topics[0]).toMatch(/newborn-insurance|card-kinds/);
        expect(said).toMatch(line);
    });
});

describe('session 5, from blind set 16', () => {
    it('"we have a 6 week old" is remembered; "vaccine schedule for a 2 month old" is still declined', async () => {
        const c = await rootClient('test');
        expect(await got(c, 'we have a 6 week old')).toEqual(['ack']);
        expect(c.state.child?.ageDays).toBe(42);
        const d = await rootClient('test');
        expect(await got(d, 'vaccine schedule for a 2 month old')).toEqual(['decline']);
    });

    it('"... not insured yet, if we pay now when does cover start" is a question', async () => {
        const c = await rootClient('test');
        expect(await got(c, 'xian, baby is 4 months and not insured yet, if we pay now when does cover start')).toEqual(
            ['newborn-insurance'],
        );
    });

    it('「原则上是啥意思 可以晚点吗」 after newborn insurance: in principle, some places allow longer', async () => {
        const c = await rootClient('test');
        await c.send('新生儿怎么参保');
        expect(await got(c, '原则上是啥意思 可以晚点吗')).toEqual(['newborn-insurance']);
        expect(said).toMatch(/有的地方允许更长时间|原则上/);
    });

    it.each([
        ['baby is 40 days old, can we get the electronic social security card for him', 'activation/electronic'],
        ['宝宝出生一个月 能先弄电子社保卡吗', 'activation/electronic'],
        ['how do i get her into the medical insurance, she never had it', 'newborn-insurance'],
        ['in haikou what do they want from me to apply for my kids card', 'documents'],
        ['got my kids card in the mail, what do i do now so it works', 'activation'],
        ['any bank or a special one for a kids ss card', 'apply-where'],
        ['can the card have a logo instead of my babys face', 'photo'],
        ['is there an office in chengdu i go to for my kids card', 'apply-where'],
        ['90天是所有地方都一样吗', 'newborn-insurance'],
        ['实体卡电子卡都得办吗', 'card-kinds'],
        ['是不是得先有实体卡才能领电子社保卡', 'process'],
    ])('"%s": %s', async (text, topic) => {
        const c = await rootClient('test');
        expect((await got(c, text))[0]).toEqual(topic);
    });

    it.each([
        ['实体卡 电子卡 医保码 到底要弄几个啊', 'card-kinds'],
        ['已经有医保码了 还有必要办实体卡吗', 'card-kinds'],
    ])('guard: "%s" stays %s', async (text, topic) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([topic]);
    });
});

describe('the named city first, the child in the walkthrough, and a newborn code (blind set 17)', () => {
    it.each([
        ['en', 'we live in Haikou', 'does a 3 yr old need a photo', /Haikou/, /Guiyang|Henan:/],
        ['zh', '我们在海口市', '三岁孩子要拍照吗', /海口/, /贵阳|河南：/],
    ])(
        '%s: where the named city has its own rule, other places wait behind "More details"',
        async (lang, city, q, own, other) => {
            const c = await rootClient('test');
            await c.send(city);
            expect(await got(c, q)).toEqual(['photo']);
            expect(said).toMatch(own);
            expect(said).not.toMatch(other);
            expect(await got(c, lang === 'en' ? 'More details' : '详细说明')).toEqual(['details']);
            expect(said).toMatch(other);
        },
    );

    it("guard: with no city named, every place's rule is in the first reply", async () => {
        const c = await rootClient('test');
        await c.send('my son is 3');
        expect(await got(c, 'does he need a photo')).toEqual(['photo']);
        expect(said).toMatch(/Haikou/);
        expect(said).toMatch(/Guiyang/);
    });

    it('"so does he need one or not" after an acknowledged city is the last answer again, for that city', async () => {
        const c = await rootClient('test');
        await c.send('he just turned 1');
        expect(await got(c, 'does he need a photo')).toEqual(['photo']);
        expect(await got(c, "we're in guiyang btw")).toEqual(['ack']);
        expect(await got(c, 'so does he need one or not')).toEqual(['photo']);
        expect(said).toMatch(/Guiyang: 6 and under need none/);
    });

    it.each(['忘了说 我们在贵阳', '顺便说一下，我们住贵阳', '对了 我们在贵阳'])(
        '"%s" is a statement: acknowledged, kept',
        async (text) => {
            const c = await rootClient('test');
            await c.send('儿子满一周岁了');
            expect(await got(c, text)).toEqual(['ack']);
            expect(c.state.child?.city?.id).toBe('guiyang');
        },
    );

    it.each([
        ['zh', '他一岁了', '第一步先干嘛', /如尚未参保/, /出生后90天内参保/],
        ['en', 'she is 1', 'walk me through the steps', /if not done yet/, /In principle within 90 days of birth/],
    ])(
        '%s: step 1 of the walkthrough for a child past the newborn window has no newborn-only advice',
        async (_l, age, ask, later, newborn) => {
            const c = await rootClient('test');
            await c.send(age);
            expect(await got(c, ask)).toEqual(['step']);
            expect(said).toMatch(later);
            expect(said).not.toMatch(newborn);
        },
    );

    it('step 1 for a 3-week-old gives the day the window ends', async () => {
        const c = await rootClient('test');
        await c.send('my baby is 3 weeks old');
        expect(await got(c, 'walk me through the steps')).toEqual(['step']);
        expect(said).toMatch(/For a 21-day-old: Enrol your baby .* \(by about \d{1,2} February 2027\)/);
        const plain = await rootClient('test');
        expect(await got(plain, 'walk me through the steps')).toEqual(['step']);
        expect(said).toMatch(/In principle within 90 days of birth/);
    });

    it.each([
        ['en', 'how long can she use the e-voucher without the card', /180 days/],
        ['zh', '医保电子凭证能用多久', /180天/],
    ])(
        '%s: "%s" for a baby is the 180 days of a newborn\'s code, then the enrolment date in full',
        async (lang, q, days) => {
            const c = await rootClient('test');
            await c.send(lang === 'en' ? 'baby was born last week' : '宝宝上周出生的');
            expect(await got(c, q)).toEqual(['newborn-insurance']);
            expect(said).toMatch(days);
            expect(said).toMatch(lang === 'en' ? /encourages/ : /鼓励/);
            expect(said).not.toMatch(/that is by|您的宝宝约/);
        },
    );
});

describe('which card needs which, answered first (blind set 17)', () => {
    it.each([
        ['does the e voucher need a physical card to work', /The e-voucher needs no physical card/, 'e-voucher'],
        ['医保电子凭证要先有实体卡才能用吗', /医保电子凭证不需要实体卡/, 'e-voucher'],
        ['医保电子凭证要不要先有实体卡', /医保电子凭证不需要实体卡/, 'e-voucher'],
        [
            'do i still need the physical card if my son already has the electronic social security card',
            /The electronic card rests on the physical one/,
            'electronic',
        ],
        ['有电子社保卡了还需要实体卡吗', /电子社保卡依托实体卡/, 'electronic'],
    ])('"%s": the narrower answer, then the three cards', async (text, first, card) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([`card-kinds/${card}`]);
        expect(said).toMatch(first);
        expect(said).toMatch(/实体社保卡|Physical social security card/);
    });

    it('guard: "电子社保卡和实体卡哪个先办" is still the steps, and the plain question still the three cards', async () => {
        const c = await rootClient('test');
        expect(await got(c, '电子社保卡和实体卡哪个先办')).toEqual(['process']);
        const d = await rootClient('test');
        expect(await got(d, 'what is the difference between the cards')).toEqual(['card-kinds']);
        expect(said).toMatch(/can mean three things/);
    });
});

describe('a deadline to activate, and a newborn one-stop service (seen sets 15-16)', () => {
    it.each([
        [
            'en',
            'im in qingyuan, my sons card came but its not activated yet',
            'is there a deadline to activate it',
            /six months/,
        ],
        ['zh', '我们在清远', '多久内要激活', /半年/],
        ['zh', '我们在清远', '卡多久内要激活', /半年/],
    ])(
        '%s: "%s", then "%s": the physical card, its one sourced deadline said once',
        async (_l, first, ask, deadline) => {
            const c = await rootClient('test');
            await c.send(first);
            expect(await got(c, ask)).toEqual(['activation/physical']);
            expect(said).toMatch(deadline);
            expect(said.match(new RegExp(deadline.source, 'g'))).toHaveLength(1);
        },
    );

    it("with no city, the deadline is said as Qingyuan's, and the parent sent to their bureau", async () => {
        const c = await rootClient('test');
        expect(await got(c, 'is there a deadline to activate my sons card')).toEqual(['activation/physical']);
        expect(said).toMatch(/one deadline, Qingyuan's: .*six months.*ask your HRSS bureau or 12333/);
    });

    it.each([
        ['zh', '中山 刚生了宝宝 有没有一站式办的', /中山“出生一件事”.*父母双方具有广东省内户籍/],
        ['en', 'is there a newborn one-stop thing', /Zhongshan's newborn one-stop service .*Guangdong hukou/],
    ])('%s: "%s" starts with the one-stop service and its conditions', async (_l, text, first) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual(['newborn-insurance']);
        expect(said).toMatch(first);
    });

    it.each([
        ['zh', '我老公不是广东户口能办吗', /只适用于.*不符合的，按一般流程/],
        ['zh', '我们户口不在广东可以吗', /只适用于/],
        ['en', "we're not married, can we still use it", /only for babies under one .*Otherwise, enrol and apply/],
    ])(
        '%s: "%s" in Zhongshan: the one-stop service conditions, and the usual way otherwise, said once',
        async (lang, text, answer) => {
            const c = await rootClient('test');
            await c.send(lang === 'en' ? "we're in zhongshan, baby born last week" : '我们在中山 宝宝上周出生');
            expect(await got(c, text)).toEqual(['newborn-insurance']);
            expect(said).toMatch(answer);
            expect(said.match(/Guangdong hukou|广东省内户籍/g)).toHaveLength(1);
        },
    );

    it('guard: a child whose own hukou is elsewhere is not asked about the one-stop', async () => {
        const c = await rootClient('test');
        expect(await got(c, '孩子户口在外地 能在这边办社保卡吗')).not.toEqual(['newborn-insurance']);
    });
});

describe("the steps in a city with its own rule for one (Zhongshan's newborn one-stop service)", () => {
    it.each([
        [
            'en',
            'my baby is 2 months old, we live in Zhongshan',
            'what are the steps',
            /Zhongshan: a one-stop service/,
            /no rule for Zhongshan/,
        ],
        ['zh', '宝宝两个月 我们在中山', '办卡流程是什么', /中山：“出生一件事”/, /没有中山这方面的规定/],
    ])('%s: a baby: the one-stop line first, not "I have no rule for Zhongshan"', async (_l, facts, ask, own, none) => {
        const c = await rootClient('test');
        await c.send(facts);
        expect(await got(c, ask)).toEqual(['process']);
        expect(said).toMatch(own);
        expect(said).not.toMatch(none);
    });

    it('a 3-year-old: no one-stop line, in the overview or in step 1', async () => {
        const c = await rootClient('test');
        await c.send("my son is 3, we're in zhongshan");
        expect(await got(c, 'what are the steps')).toEqual(['process']);
        expect(said).not.toMatch(/one-stop/);
        expect(said).toMatch(/no rule for Zhongshan/);
        expect(await got(c, 'walk me through the steps')).toEqual(['step']);
        expect(said).not.toMatch(/one-stop/);
    });
});

describe('blind set 18: corrections, near-miss cards, which card first, and a deadline', () => {
    it.each([
        ['my son is 5', 'oops hes actually 6', 6],
        ['my son is 5', "sorry, she's actually 4", 4],
        ['my son is 5', 'no wait he is 7 not 5', 7],
    ])('"%s", then "%s": acknowledged, the new age kept', async (first, fix, years) => {
        const c = await rootClient('test');
        await c.send(first);
        expect(await got(c, fix)).toEqual(['ack']);
        expect(Math.round(c.state.child!.ageDays! / 365.25)).toBe(years);
    });

    it("「不对 是海口 刚搬过去」 corrects the city, and what to bring then says Haikou's rule", async () => {
        const c = await rootClient('test');
        await c.send('我们住长沙');
        expect(await got(c, '不对 是海口 刚搬过去')).toEqual(['ack']);
        expect(c.state.child?.city?.id).toBe('haikou');
        expect(await got(c, '孩子办卡带啥材料')).toEqual(['documents']);
        expect(said).toMatch(/海口/);
    });

    it.each([
        ['can grandma take him to do the card, im working all week', 'who-can-act'],
        ['which law decides what i have to bring for my kids card', 'legal-basis'],
        ['这些办卡规定是根据哪个法', 'legal-basis'],
        ['how do i get my sons social security card', 'process'],
        ['can i get the electronic card for my baby before the physical one', 'activation/electronic'],
        ['能先办电子社保卡再办实体卡吗', 'activation/electronic'],
        ['what happens if the card isnt activated for like 6 months', 'activation/physical'],
        ['社保卡一直不激活会怎样', 'activation/physical'],
        ['is there a deadline to activate the e-voucher', 'activation/e-voucher'],
        ['can i get my kid a bank savings card too', 'decline'],
        ['给孩子办张银行卡要什么', 'decline'],
    ])('"%s": %s', async (text, expected) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([expected]);
    });

    it('the electronic card before the physical one: "not before", first', async () => {
        const c = await rootClient('test');
        await got(c, 'can i get the electronic card for my baby before the physical one');
        expect(said).toMatch(/Not before the physical card/);
        const d = await rootClient('test');
        await got(d, 'do i need the physical card before i can get the electronic one');
        expect(said).toMatch(/The electronic card rests on the physical one/);
    });

    it('"can i still get her the medical insurance e-voucher" for a baby with no ID number: that card, and what a newborn needs', async () => {
        const c = await rootClient('test');
        await c.send('baby is 3 weeks old and has no ID number yet');
        expect(await got(c, 'can i still get her the medical insurance e-voucher')).toEqual(['activation/e-voucher']);
        expect(said).toMatch(/birth certificate/);
    });

    it("guards: the card's bank function is still the physical card, the order of the cards still the steps", async () => {
        for (const [text, expected] of [
            ['can i activate the bank function of his social security card', 'activation/physical'],
            ['医保电子凭证 实体卡 电子社保卡 先后顺序是啥', 'process'],
            ['是不是得先有实体卡才能领电子社保卡', 'process'],
        ] as const) {
            const c = await rootClient('test');
            expect(await got(c, text)).toEqual([expected]);
        }
    });
});

describe('blind set 19: what the sources leave out, a card lacked, the proof of guardianship, a hotline', () => {
    it.each([
        ['孩子的医保能异地就医吗', /外地、外省/],
        ['can my sons insurance be used in another province', /outside your own city or province/],
        ['2027年小孩居民医保一年交多少', /缴费金额/],
        ['how much is the insurance for a baby per year', /premium amounts/],
    ])('"%s" is a known gap, said so', async (text, gap) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual(['not-covered']);
        expect(said).toMatch(gap);
    });

    it.each([
        ['do i have to pay the insurance premium for the year he was born', 'newborn-insurance'],
        ['宝宝的医保费是交出生当年的吗', 'newborn-insurance'],
        ['孩子户口在老家 能异地办社保卡吗', 'child-eligibility'],
        ['新生儿的几张卡按什么顺序办', 'process'],
        ['先办医保电子凭证还是先办实体卡', 'process'],
        ['where to apply for a visa for my baby', 'decline'],
        ['新生儿上户口流程', 'decline'],
        ['im the mum, what paper shows im her guardian when applying', 'documents'],
        ['用什么证明我是孩子的监护人', 'documents'],
        ['im her aunt and legal guardian, can i get the card for my niece', 'who-can-act'],
        ['12393是什么电话', 'hotlines'],
    ])('"%s": %s', async (text, expected) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([expected]);
    });

    it.each([
        [
            'en',
            'is a birth certificate always needed for the kids card?',
            /^Not always: the birth medical certificate is one way/m,
        ],
        ['zh', '出生证明一定要带吗', /不一定：出生医学证明是监护关系证明的一种/],
    ])('%s: "%s" answers "not always" first', async (_l, text, first) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual(['documents']);
        expect(said).toMatch(first);
    });

    it.each([
        [
            'en',
            'how do i get the electronic social security card for my son',
            'he doesnt have a physical card yet can i still do it?',
            /Not before the physical card/,
            'how many family members can i add',
            /up to 8 relatives/,
        ],
        ['zh', '怎么给儿子开电子社保卡', '他还没有实体卡 能办吗', /不能先于实体卡/, '最多能加几个家人', /8个家属/],
    ])(
        '%s: after the e-card, the physical card lacked is that card again, then how many relatives',
        async (_l, first, lacked, notBefore, many, eight) => {
            const c = await rootClient('test');
            await c.send(first);
            expect(await got(c, lacked)).toEqual(['activation/electronic']);
            expect(said).toMatch(notBefore);
            expect(await got(c, many)).toEqual(['activation/electronic']);
            expect(said).toMatch(eight);
        },
    );

    it('"what is 12393" after asking for a person (none to hand to on this channel) is the hotlines', async () => {
        const c = await rootClient('test');
        await c.send('can i talk to someone real');
        expect(await got(c, 'ok never mind. what is 12393')).toEqual(['hotlines']);
    });
});

describe('blind set 20: ages and places said other ways, what to bring asked other ways, the card just answered', () => {
    it.each([
        ['my daughters nine weeks old', 63],
        ['my lad is 5', 1826],
        ['孩子刚出生一个礼拜 我们在太原', 7],
        ['宝宝出生两个礼拜了', 14],
    ])('"%s" is acknowledged, the age kept', async (text, days) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual(['ack']);
        expect(c.state.child?.ageDays).toBe(days);
    });

    it.each([
        ['list of stuff to take to the bank for my kids card pls', 'documents'],
        ['im in hefei, whats needed for a newborns card', 'documents'],
        ['合肥办新生儿社保卡要啥', 'documents'],
        ['带孩子去银行办社保卡得拿些什么', 'documents'],
        ['which do i do first, medical insurance enrolment or applying for my babys card', 'process'],
        ['does she need medical insurance first before the card', 'process'],
        ['给小孩办卡要哪些材料是哪条规定定的', 'legal-basis'],
        ['那医保怎么给他上', 'newborn-insurance'],
        ['is there a way to do all the newborn stuff in one go', 'newborn-insurance'],
        ['tell me about the electronic social security card for kids', 'activation/electronic'],
        ['卡片', 'clarify'],
        ['必须带孩子去银行吗', 'who-can-act'],
    ])('"%s": %s', async (text, expected) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([expected]);
    });

    it('"too late?" for a 4-month-old says the late rule once', async () => {
        const c = await rootClient('test');
        await c.send('my baby boy is 4 months old');
        expect(await got(c, 'is it too late to sign him up for medical insurance')).toEqual(['newborn-insurance']);
        expect(said.match(/not back-dated/g)).toHaveLength(1);
        expect(said.match(/cover may (?:then )?start only from/g)).toHaveLength(1);
    });

    it.each([
        [
            'en',
            'my daughter lost her social security card what now',
            "she's 12, can i report it for her?",
            /For a child, the guardian does it/,
        ],
        ['zh', '女儿的社保卡丢了', '我能替孩子挂失吗', /孩子的卡由监护人办理/],
    ])(
        '%s: reporting the loss for the child, after the lost card, says the guardian does it',
        async (_l, first, ask, answer) => {
            const c = await rootClient('test');
            await c.send(first);
            expect(await got(c, ask)).toEqual(['lost-card']);
            expect(said).toMatch(answer);
        },
    );

    it.each([
        ['en', 'how do i activate my kids card in Kunming', 'what if we were in qingyuan', /Qingyuan/],
        ['zh', '女儿三岁', '海口的话', /海口/],
    ])('%s: "%s", then "%s" asks the same for that place', async (lang, first, again, place) => {
        const c = await rootClient('test');
        await c.send(first);
        if (lang === 'zh') await c.send('要交照片不');
        await got(c, again);
        expect(said).toMatch(place);
        expect(c.state.child?.city?.id).toBe(lang === 'en' ? 'qingyuan' : 'haikou');
    });

    it.each([
        [
            'en',
            'my kid is 15, can i still add him to my medical insurance family account',
            'what do i have to upload',
            'activation/e-voucher',
        ],
        ['zh', '讲讲孩子的电子社保卡', '怎么激活', 'activation/electronic'],
        ['zh', '怎么给孩子开通医保电子凭证', '要准备些什么', 'activation/e-voucher'],
    ])('%s: after a card, "%s" then "%s" stays with that card', async (_l, first, next, expected) => {
        const c = await rootClient('test');
        await c.send(first);
        expect(await got(c, next)).toEqual([expected]);
    });

    it.each([
        ['zh', '电子社保卡和医保电子凭证是一个东西吗', /不是一回事/],
        [
            'en',
            'is the electronic card the same as the e-voucher',
            /^No: the electronic card is the physical card's online form/m,
        ],
    ])('%s: "%s" says no first', async (_l, text, first) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual(['card-kinds']);
        expect(said).toMatch(first);
    });

    it('guards: "怎么激活" with no answer before still asks which card; "what do I need to bring?" after the physical card is what to bring', async () => {
        const c = await rootClient('test');
        expect(await got(c, '怎么激活')).toEqual(['activation', 'clarify']);
        const d = await rootClient('test');
        await d.send('how do I switch on the physical card');
        expect(await got(d, 'what do I need to bring?')).toEqual(['documents']);
    });
});

describe('blind set 21: a visit in person, a word alone, the late rule in plain words, other cards', () => {
    it.each([
        ['医保', 'zh'],
        ['insurance', 'en'],
    ])('"%s" alone asks which: newborn insurance, the e-voucher, or whether a child can have a card', async (text) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual(['clarify']);
        expect(await got(c, '2')).toEqual(['activation/e-voucher']);
    });

    it('guard: 「医保呢」 after an answer is still a follow-up', async () => {
        const c = await rootClient('test');
        await c.send('要带什么材料');
        expect(await got(c, '医保呢')).toEqual(['newborn-insurance']);
    });

    it.each([
        [
            'en',
            'ok how do i activate the voucher one for my son',
            'do we have to go to an office for it',
            /with no office visit/,
        ],
        ['zh', '那医保凭证怎么给儿子弄', '要带孩子去大厅吗', /不用跑大厅/],
    ])('%s: after the e-voucher, "%s" then "%s" is that card: no visit', async (_l, first, visit, answer) => {
        const c = await rootClient('test');
        await c.send(first);
        expect(await got(c, visit)).toEqual(['activation/e-voucher']);
        expect(said).toMatch(answer);
    });

    it('"and if we miss it?" after the 90 days for a baby: local rules, not back-dated', async () => {
        const c = await rootClient('test');
        await c.send('our baby is 45 days old, when must we enrol him in medical insurance');
        expect(await got(c, 'and if we miss it?')).toEqual(['newborn-insurance']);
        expect(said).toMatch(/local rules/);
        expect(said).toMatch(/not back-dated/);
    });

    it.each([
        ['does the kid need to be there', 'who-can-act'],
        ['can i apply for the baby card without leaving home', 'apply-where'],
        ['不出门能给宝宝办卡吗', 'apply-where'],
        ['what stuff do i have to get ready before applying for my newborns card', 'documents'],
        ['how does the whole thing go from applying to using the card at the hospital', 'process'],
        ['just had a baby, what do i need to sort out and in which order', 'process'],
        ['第一次办完全不懂 流程说一下', 'process'],
        ['电子社保卡和实体卡先办哪个', 'process'],
        ['错过了九十天咋办', 'newborn-insurance'],
        ['算了 孩子卡的银行功能怎么开', 'activation/physical'],
        ['kid lost his ICBC debit card (not the shebao one) how to freeze it', 'decline'],
        ['孩子工行储蓄卡丢了 不是社保卡 怎么冻结', 'decline'],
        ['带孩子去日本玩保险怎么买', 'decline'],
    ])('"%s": %s', async (text, expected) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([expected]);
    });
});

describe('blind set 22: privacy asked plainly, insurance first, a parent on another hukou, a relative with a letter', () => {
    it.each([
        ['what happens to the info i give when applying for the card', 'privacy'],
        ['what comes first the e-voucher or the physical card', 'process'],
        ['can my sister do it for me if i write a letter', 'who-can-act'],
        ['常德办社保卡的地点', 'apply-where'],
        ['my son isnt on the same hukou book as me, what extra paper do i need for his card', 'documents'],
    ])('"%s": %s', async (text, expected) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([expected]);
    });

    it.each([
        [
            'en',
            'does my kid have to be insured before getting a card',
            'child-eligibility',
            /^Yes: insurance comes first/m,
        ],
        ['zh', '要先参保才能办卡吗', 'child-eligibility', /是的，先参保/],
        [
            'en',
            'im the dad and not on the same hukou, can i still apply for him',
            'who-can-act',
            /Yes, as a parent you can: .*birth medical certificate/,
        ],
        ['zh', '我是孩子爸 户口不在一起 能办吗', 'who-can-act', /可以，父母可以办理/],
    ])('%s: "%s" answers yes first', async (_l, text, topic, first) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([topic]);
        expect(said).toMatch(first);
    });
});

describe('blind set 23, fixed after its measurement (not reflected in its figures)', () => {
    it.each([
        ['which ministry document governs the shebao card', 'legal-basis'],
        ['going to bank tmrw to do my daughters card what should i take', 'documents'],
        ['how do i move my sons medical insurance from guangzhou to shanghai', 'not-covered'],
        ['孩子医保从广州转到上海怎么转', 'not-covered'],
        ['孩子身份证怎么办 去派出所要带啥', 'decline'],
        ['we moved to another city, where do we apply for his card', 'apply-where'],
    ])('"%s": %s', async (text, expected) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([expected]);
    });
});

describe('session 7: the matcher retrained on the seen sets, and what its surer readings needed', () => {
    it.each([
        // All of it on a phone: activating (what can be done on a phone and what cannot), which then asks which card.
        ['can I sort out everything on my mobile?', 'activation,clarify'],
        ['整个都能用手机搞定吗', 'activation,clarify'],
        // The electronic card without or before the physical one: that card's answer ("not before").
        ['can I get the electronic card for my 2 year old without the physical card', 'activation/electronic'],
        ['宝宝出生一个月 能先弄电子社保卡吗', 'activation/electronic'],
        // Which one first, and "we need to sort out a card" with an age: the steps.
        ['we need to sort out a social security card for my daughter, she\'s 8', 'process'],
        // A child not insured yet, or enrolled late: newborn insurance (which covers later enrolment).
        ['娃一岁多了还没医保', 'newborn-insurance'],
        // No ID card yet: what to bring says what does instead.
        ['孩子没有身份证怎么办', 'documents'],
        // Guards: school admissions are declined; the order of the cards is still the steps.
        ['幼升小要准备什么材料', 'decline'],
        ['先办实体卡还是先办电子社保卡', 'process'],
    ])('"%s": %s', async (text, expected) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual(expected.split(','));
    });

    it('the physical card before the electronic one: which rests on which', async () => {
        const c = await rootClient('test');
        await got(c, 'do i need the physical card before i can get the electronic one');
        expect(said).toMatch(/The electronic card rests on the physical one/);
    });

    it('after an answer: "which one do i need first", a late enrolment reimbursed, "so does she need one?"', async () => {
        const c = await rootClient('test');
        await c.send('whats the diff between the e social security card and the medical e-voucher');
        expect(await got(c, 'which one do i need first for a newborn?')).toEqual(['process']);
        const d = await rootClient('test');
        await d.send('娃一岁多了还没医保');
        expect(await got(d, '现在补办还能报销吗')).toEqual(['newborn-insurance']);
        const e = await rootClient('test');
        await e.send('she turned four last month');
        await e.send('does she need a photo for the card');
        await e.send("we're in Haikou btw");
        expect(await got(e, 'so does she need one?')).toEqual(['photo']);
    });

    it('a question the matcher cannot place keeps the age it says; 「卡的事」 asks which', async () => {
        const c = await rootClient('test');
        await c.send('can I get the electronic card for my 2 year old without the physical card');
        expect(c.state.child?.ageDays).toBeGreaterThan(690);
        const d = await rootClient('test');
        await d.send('卡的事');
        expect(d.metas[0]).toMatchObject({ kind: 'clarify' });
    });
});

describe('blind set 24: corrections, bare re-asks, a card named with who may act, typed homophones', () => {
    it.each([
        // Off-topic near misses: a child's ID card needed, an adult's pension.
        ['my kid needs an ID card, where do we get one', 'decline'],
        ['how does my mum collect her pension', 'decline'],
        // A baby not yet on a hukou: whether the child can have a card, not a parent off the hukou.
        ['can a baby thats not on the hukou yet get the card', 'child-eligibility'],
        // 「头一件事」 is the first thing, not a one-stop service (一件事).
        ['办卡头一件事做啥', 'process'],
        // A pinyin keyboard's homophone (几活 for 激活).
        ['孩子社保卡怎么几活', 'activation/physical'],
    ])('"%s": %s', async (text, expected) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual(expected.split(','));
    });

    it('an age corrected in a few words ("sorry i meant 2 years") and a city ("its guangzhou now") are kept', async () => {
        const c = await rootClient('test');
        await c.send('my daughter is 2 months');
        expect(await got(c, 'sorry i meant 2 years')).toEqual(['ack']);
        expect(c.state.child?.ageDays).toBeGreaterThan(700);
        const d = await rootClient('test');
        await d.send('we are in haikou');
        expect(await got(d, 'no wait we moved, its guangzhou now')).toEqual(['ack']);
        expect(d.state.child?.city?.id).toBe('guangzhou');
    });

    it('"so can she?" / 「那到底行不行」 after a city is said: who may act again, for that city', async () => {
        const c = await rootClient('test');
        await c.send('can my mum (the kids grandma) apply for the card for us');
        await c.send('we are in guiyang');
        expect(await got(c, 'so can she?')).toEqual(['who-can-act']);
        expect(said).toMatch(/Guiyang/);
        const d = await rootClient('test');
        await d.send('爷爷能替孙子办卡吗');
        await d.send('我们是贵阳的');
        expect(await got(d, '那到底行不行')).toEqual(['who-can-act']);
        expect(said).toMatch(/贵阳/);
    });

    it('the hotline for social security after the one for medical insurance; who reports a loss, with an age', async () => {
        const c = await rootClient('test');
        await c.send('whats the number for medical insurance questions');
        expect(await got(c, 'and the one for social security?')).toEqual(['hotlines']);
        expect(said).toMatch(/12333/);
        const d = await rootClient('test');
        await d.send('孩子社保卡丢了');
        await d.send('我们在永康');
        expect(await got(d, '谁去挂失 孩子九岁')).toEqual(['lost-card']);
    });

    it('"can my mum take her instead of me" after what to bring is who may act; the e-card after a lost card and who reports', async () => {
        const c = await rootClient('test');
        await c.send("she's 8");
        await c.send('what papers do i need to bring for her card');
        expect(await got(c, 'can my mum take her instead of me')).toEqual(['who-can-act']);
        const d = await rootClient('test');
        await d.send('my son lost his social security card what now');
        await d.send('who has to do the report, he\'s 9');
        expect(await got(d, 'does his electronic card still work')).toEqual(['lost-card/electronic']);
    });

    it('both parents adding a son to the family account: who may act, for the e-voucher', async () => {
        const c = await rootClient('test');
        expect(await got(c, 'wuhan here. can both me and my husband add our son to the family account')).toEqual([
            'who-can-act/e-voucher',
        ]);
        expect(said).toMatch(/insured parent/);
        const d = await rootClient('test');
        expect(await got(d, '武汉的 我和老公都能把儿子加到医保亲情账户吗')).toEqual(['who-can-act/e-voucher']);
    });
});

describe('a short question pointing back at the answer just given, whatever the matcher half-thinks', () => {
    it.each(['does she need one then', 'does my son need one'])(
        'after the photo answer, "%s" is the photo again (the matcher leans to another topic, not surely)',
        async (text) => {
            const c = await rootClient('test');
            await c.send('does my 4 year old need a photo for the card');
            expect(await got(c, text)).toEqual(['photo']);
        },
    );
});

describe('blind sets 25 and 26: a new question after 那, a parent alone, the child coming along, no hukou yet', () => {
    it.each([
        // A parent alone, unmarried: who may act (the one-stop service's conditions only when it is named).
        ['im not married to the babys father, can i apply on my own', 'who-can-act'],
        ['没结婚 我自己能给孩子办吗', 'who-can-act'],
        // Not activated "for ages": the deadline's line (Qingyuan's six months).
        ['what if we dont activate it for ages?', 'activation/physical'],
    ])('"%s": %s', async (text, expected) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual([expected]);
    });

    it('whether the child must come along: Linxiang\'s official line first', async () => {
        const c = await rootClient('test');
        expect(await got(c, 'does my 5 year old need to come when we apply')).toEqual(['who-can-act']);
        expect(said).toMatch(/^\*\*Who can do it for a child\*\*\s+For a 5-year-old: Linxiang's official notice says the child comes along/);
    });

    it('no hukou yet: the card is not said to be possible, insurance can come first', async () => {
        const c = await rootClient('test');
        expect(await got(c, '那没上户口能先办社保卡吗')).toEqual(['child-eligibility']);
        expect(said).toMatch(/上户口前/);
        expect(await got(c, 'what about the medical insurance, can she get that first?')).toEqual(['newborn-insurance']);
    });

    it('「那再问一个 …」 and 「那…去哪激活」 are questions of their own, not the last one asked again', async () => {
        const c = await rootClient('test');
        await c.send('孩子社保卡怎么激活');
        expect(await got(c, '那再问一个 两岁孩子要照片吗')).toEqual(['photo']);
        const d = await rootClient('test');
        await d.send('有什么电话可以问');
        await d.send('我们在常德');
        expect(await got(d, '那孩子的社保卡去哪激活')).toEqual(['activation/physical']);
    });

    it('the one-stop service with a parent\'s hukou in another province: its conditions; 「打错了 是三个月」 corrects the age', async () => {
        const c = await rootClient('test');
        await c.send("we're in Zhongshan and just had a baby, shes 3 weeks old");
        await c.send('is there some one-stop service for newborns here?');
        expect(await got(c, 'my husbands hukou is in Hunan, can we still use it?')).toEqual(['newborn-insurance']);
        expect(said).toMatch(/Guangdong hukou/);
        const d = await rootClient('test');
        await d.send('儿子三岁');
        expect(await got(d, '打错了 是三个月')).toEqual(['ack']);
        expect(d.state.child?.ageDays).toBe(90);
        expect(await got(d, '医保要怎么办')).toEqual(['newborn-insurance']);
    });

    it('a card\'s answer with a city\'s own rule fits one screen: "where" waits behind More details', async () => {
        const c = await rootClient('test');
        await c.send('we live in zhongshan');
        await got(c, 'how do i activate my kids social security card');
        expect(said).toMatch(/Zhongshan/);
        expect(said).not.toMatch(/\*\*Where\*\*/);
        expect(said).toMatch(/\*\*Who\*\*/);
        expect(c.metas[0]).toMatchObject({ kind: 'answer', card: 'physical', more: true });
    });

    it('"the plastic one" picks the physical card', async () => {
        const c = await rootClient('test');
        await c.send('card');
        await c.send('the plastic one');
        expect(await got(c, 'how do i activate it')).toEqual(['activation/physical']);
    });
});

describe('blind set 27: ages said barely, a card named to a clarifying question, a cancelled card, a human asked for tersely', () => {
    it.each([
        ['shes 14 btw', 5000],
        ['闺女十四了', 5000],
    ])('"%s" is a statement of age, acknowledged and kept', async (text, atLeast) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual(['ack']);
        expect(c.state.child?.ageDays).toBeGreaterThan(atLeast);
    });

    it('"oops i mean 4, he just had his birthday" corrects a 3-year-old to 4', async () => {
        const c = await rootClient('test');
        await c.send('my son is 3');
        expect(await got(c, 'oops i mean 4, he just had his birthday')).toEqual(['ack']);
        expect(c.state.child?.ageDays).toBeGreaterThanOrEqual(1460);
    });

    it.each([
        ['can i do the card for her or does she have to go herself', ['who-can-act']],
        ['孩子15岁了 要他自己去还是家长去', ['who-can-act']],
        ['what if he loses it after he turns 6', ['lost-card']],
        ['what do they do with the photo of my daughter', ['privacy']],
        ['atm swallowed my kids savings card from icbc', ['decline']],
        ['信用卡丢了怎么挂失', ['decline']],
    ])('"%s": %s', async (text, expected) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual(expected);
    });

    it('a city typed syllable by syllable ("zhong shan") is kept', async () => {
        const c = await rootClient('test');
        await c.send('we are in zhong shan and the baby is 3 weeks');
        expect(c.state.child?.city?.id).toBe('zhongshan');
    });

    it('「实体的那个」 after 「卡」 asks which: the physical card', async () => {
        const c = await rootClient('test');
        await c.send('卡');
        expect(await got(c, '实体的那个')).toEqual(['activation/physical']);
    });

    it('after the e-card on a lost card, "and once the card is cancelled?" / 「注销以后呢」 is that line again', async () => {
        const c = await rootClient('test');
        await c.send('i reported my sons card lost, does his e card still work');
        expect(await got(c, 'and once the card is cancelled?')).toEqual(['lost-card/electronic']);
        const d = await rootClient('test');
        await d.send('孩子实体卡挂失了 电子社保卡还能用吗');
        expect(await got(d, '注销以后呢')).toEqual(['lost-card/electronic']);
    });

    it('"what do i upload" after the e-voucher stays with it; 「照片多大」 after photos is the size', async () => {
        const c = await rootClient('test');
        await c.send('can i add my kids e-voucher through alipay');
        expect(await got(c, 'what do i upload')).toEqual(['activation/e-voucher']);
        const d = await rootClient('test');
        await d.send('孩子八岁 在海口');
        await d.send('要照片吗');
        await got(d, '照片多大');
        expect(said).toMatch(/358/);
    });

    it('"talk to human pls" asks for a person', async () => {
        const c = await rootClient('test');
        await c.send('who do i call about my kids e-voucher');
        expect(await got(c, 'talk to human pls')).toEqual(['handoff']);
    });
});

describe('blind set 28: a kinds question while the card is asked, re-asks for here, the e-voucher for a father', () => {
    it('"whats the difference …" while "which card?" is open is which card is which; then where and what to bring', async () => {
        const c = await rootClient('test');
        await c.send('how do i activate my kids card');
        expect(await got(c, 'whats the difference between the e-voucher and the social security card')).toEqual([
            'card-kinds',
        ]);
        expect(await got(c, 'where do i apply')).toEqual(['apply-where']);
        expect(await got(c, 'what do i bring')).toEqual(['documents']);
        const d = await rootClient('test');
        await d.send('孩子的卡怎么激活');
        expect(await got(d, '医保电子凭证跟社保卡有啥不一样')).toEqual(['card-kinds']);
    });

    it('"so can he do it here?" / 「那他在这边能办吗」 / 「那我们这种情况咋办」 ask the last question again', async () => {
        const c = await rootClient('test');
        await c.send("can grandpa apply for my daughter's card? we both work");
        await c.send('we live in Guiyang btw');
        expect(await got(c, 'so can he do it here?')).toEqual(['who-can-act']);
        expect(said).toMatch(/Guiyang/);
        const d = await rootClient('test');
        await d.send('爷爷能帮我闺女办社保卡不 我们都上班');
        await d.send('我们在贵阳');
        expect(await got(d, '那他在这边能办吗')).toEqual(['who-can-act']);
        const e = await rootClient('test');
        await e.send('宝宝5个月了还没上医保');
        await e.send('我们在合肥');
        expect(await got(e, '那我们这种情况咋办')).toEqual(['newborn-insurance']);
        expect(said).toMatch(/合肥/);
    });

    it('a father asking about the e-voucher: who sets it up, for that card; then Alipay for it', async () => {
        const c = await rootClient('test');
        expect(await got(c, 'im the dad, can i set up the e-voucher for our baby or only mom?')).toEqual([
            'who-can-act/e-voucher',
        ]);
        expect(await got(c, 'can i do it in alipay?')).toEqual(['activation/e-voucher']);
        expect(said).toMatch(/Alipay/);
    });

    it.each([
        ['那个卡', ['clarify']],
        ['那张卡', ['clarify']],
        ['激活要去哪个银行', ['activation/physical']],
        ['把孩子身份证号给电子社保卡app放心吗', ['privacy']],
    ])('"%s": %s', async (text, expected) => {
        const c = await rootClient('test');
        expect(await got(c, text)).toEqual(expected);
    });

    it('"where do we get the physical one" after the electronic card is where to apply', async () => {
        const c = await rootClient('test');
        await c.send("she's 2 months and has no ID number yet, how do i get her e-voucher?");
        await c.send('and the electronic social security card?');
        expect(await got(c, 'where do we get the physical one')).toEqual(['apply-where']);
    });

    it('with the age and no ID number yet, the question clause decides (the e-voucher), not the fact', async () => {
        const c = await rootClient('test');
        expect(await got(c, '女儿两个月 还没身份证号 医保电子凭证怎么弄')).toEqual(['activation/e-voucher']);
        const d = await rootClient('test');
        await got(d, '办儿子的卡要出生证明吗');
        expect(said).toMatch(/不一定/);
    });
});

describe('blind set 29: the photo uploaded, made up for later', () => {
    it('"what happens to the photo i upload for my sons e-card" is privacy', async () => {
        const c = await rootClient('test');
        expect(await got(c, 'what happens to the photo i upload for my sons e-card')).toEqual(['privacy']);
    });

    it('「那还能补吗」 after the newborn answer asks it again', async () => {
        const c = await rootClient('test');
        await c.send('宝宝5个月了还没上医保');
        expect(await got(c, '那还能补吗')).toEqual(['newborn-insurance']);
    });
});
