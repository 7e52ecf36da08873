import { describe, it } from '@jest/globals';
import { rootClient } from '../support/dialogClient.js';
import { runTable } from '../support/stepTable.js';

const cardsEn = ['The physical card', 'The electronic card', 'The medical insurance e-voucher', 'Not sure which card'];
const cardsZh = ['实体社保卡', '电子社保卡', '医保电子凭证', '不确定是哪种卡'];

describe('activation guide', () => {
    it('answers first, asks which card, then answers for the physical card: service bank, guardian, documents', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            {
                user: 'how do I activate my child’s card?',
                replies: [
                    { has: ['It depends on the card', 'set up on your phone', "bank function needs the service bank's counter", 'Sources:'] },
                    { has: ['Which card do you have?'], actions: cardsEn },
                ],
            },
            {
                user: 'the first one',
                replies: [
                    {
                        has: ['Activating the physical card', 'service bank printed on the card', 'HRSS window or online', 'A guardian, for a child under 16', 'your ID', 'proof of guardianship', 'Legal basis: Article 16'],
                        not: ['medical insurance window', "the parents' ID cards", 'both parents', 'in person (banking rules)'],
                        actions: ['More details', 'The electronic card', 'The medical insurance e-voucher', 'What to bring', 'Talk to a person'],
                    },
                ],
            },
        ]);
    });

    it('the electronic card: online from the parent’s own e-card, with its prerequisites, and no overstated equivalence', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            {
                user: 'my son needs his electronic social security card, how does that work',
                replies: [
                    {
                        has: ['Activating the electronic card', '亲情服务', 'holds their own e-card', 'needs a physical card first', 'ID number', "photo of the child's card", 'no live face scan', 'Cixi city government, 2024'],
                        not: ['same status and functions', 'medical insurance window'],
                    },
                ],
            },
        ]);
    });

    it('the e-voucher: the NHSA app’s family account, and never the Measures as its legal basis (Chinese)', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            {
                user: '医保电子凭证怎么激活',
                replies: [{ has: ['医保电子凭证激活办理', '在手机上办理', '国家医保服务平台', '亲情账户', '武汉市人民政府', '12393'], not: ['第十六条', '管理办法', '法律依据'] }],
            },
        ]);
    });

    it('"not sure" says how to tell the three apart and asks again; a name or a button then answers', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: 'ways to activate', replies: [{ has: ['set up on your phone'] }, { has: ['Which card do you have?'] }] },
            { user: 'hmm', replies: [{ has: ["Sorry, I didn't catch which one"], actions: cardsEn }] },
            {
                user: 'Not sure which card',
                replies: [
                    { has: ['can mean three things', 'Physical social security card (实体社保卡): a card you hold', 'printed with a bank', 'medical insurance code (医保码) on your phone'] },
                    { has: ['Which of the three is yours?'], not: ['set up on your phone'], actions: cardsEn },
                ],
            },
            { user: 'the e-voucher', replies: [{ has: ['Activating the medical insurance e-voucher', 'family account'] }] },
        ]);
    });

    it('lets a parent change their mind after an answer: the other cards are offered and answered', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: '孩子的卡怎么激活', replies: [{ has: ['在哪激活要看是哪一种卡', '服务银行柜台', '来源：'] }, { has: ['请问您说的是哪一种？'], actions: cardsZh }] },
            { user: '第一个', replies: [{ has: ['实体社保卡激活办理', '服务银行柜台', '办理地点', '办理材料'], actions: ['详细说明', '电子社保卡', '医保电子凭证', '需要带什么', '转人工'] }] },
            { user: '电子社保卡', replies: [{ has: ['电子社保卡激活办理', '亲情服务', '孩子须先有实体社保卡'], not: ['具有同等效力'] }] },
            { user: 'actually it is the medical insurance e-voucher', replies: [{ has: ['Activating the medical insurance e-voucher'] }] },
        ]);
    });

    it('answers another question asked instead of choosing, and drops the open question', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: 'how do I activate it', replies: [{ has: ['set up on your phone'] }, { has: ['Which card do you have?'] }] },
            { user: 'what documents do I need to bring', replies: [{ has: ['One guardian brings', 'your own ID card', 'household register'], not: ["the parents' ID cards"] }] },
            { user: 'the second one', replies: [{ has: ["I can't help with that"] }] },
        ]);
    });
});
