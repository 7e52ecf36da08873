import { describe, expect, it } from '@jest/globals';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { rootClient } from '../support/dialogClient.js';
import { runTable } from '../support/stepTable.js';

const routesEn = [
    'National Medical Insurance Service Platform app (国家医保服务平台)',
    '"City Service" (城市服务) in Alipay, WeChat or a similar app',
    'In person at the medical insurance window',
    'Not sure which card',
];
const routesZh = ['“国家医保服务平台”APP', '支付宝、微信等APP中的“城市服务”', '到医保窗口现场办理', '不确定是哪种卡'];

describe('activation dialog', () => {
    it('answers first, then asks which way, then says what to have ready and do (English)', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            {
                user: 'how do I activate my child’s social security card?',
                replies: [
                    { has: ['There are three ways', 'National Medical Insurance Service Platform app', 'City Service', 'medical insurance window', 'Source:', 'Legal basis: Article 16'] },
                    { has: ['Which way would you like to use?'], actions: routesEn },
                ],
            },
            { user: 'the second one', replies: [{ has: ['City Service', 'Have ready:', 'portrait photo', 'family service', 'up to 8 relatives', 'Source: Cixi'] }] },
        ]);
        expect(c.client.dialogTurnResult.status).toBe(DialogTurnStatus.waiting);
    });

    it('re-asks on an unclear answer, explains the card kinds on "not sure", and takes an answer by name', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: 'ways to activate', replies: [{ has: ['There are three ways'] }, { has: ['Which way'] }] },
            { user: 'hmm', replies: [{ has: ["Sorry, I didn't catch which one"], actions: routesEn }] },
            {
                user: 'Not sure which card',
                replies: [
                    { has: ['three different things', 'Physical social security card', 'Electronic social security card', 'Medical insurance e-voucher'] },
                    { has: ['Which way would you like to use?'], not: ['There are three ways'] },
                ],
            },
            { user: 'in person', replies: [{ has: ['medical insurance window', 'household registration book', 'opening hours'] }] },
        ]);
    });

    it('goes straight to the route a parent names, in Chinese', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: '医保电子凭证怎么激活', replies: [{ has: ['“国家医保服务平台”APP', '亲情账户', '最多可绑定5名家庭成员', '来源：武汉市人民政府网站'] }] },
        ]);
    });

    it('takes a Chinese ordinal as the choice', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: '孩子的社保卡怎么激活', replies: [{ has: ['有三种方式'] }, { has: ['您想用哪种方式？'], actions: routesZh }] },
            { user: '第三个', replies: [{ has: ['医保中心的医保窗口', '户口簿'] }] },
        ]);
    });

    it('answers another question asked instead of choosing, and drops the open question', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: 'how do I activate it', replies: [{ has: ['There are three ways'] }, { has: ['Which way'] }] },
            { user: 'what documents do I need to bring', replies: [{ has: ['household registration book', 'birth certificate', "parents' ID cards"] }] },
            { user: 'the second one', replies: [{ has: ["I can't help with that"] }] },
        ]);
    });
});
