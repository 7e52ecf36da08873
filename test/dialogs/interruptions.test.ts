import { describe, it } from '@jest/globals';
import { rootClient } from '../support/dialogClient.js';
import { runTable } from '../support/stepTable.js';

describe('interruptions and fallbacks', () => {
    it('gives human help in the user’s language at any point, without losing the step', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: 'step 3', replies: [{ has: ['Step 3 of 6: Apply at a bank outlet or HRSS window'] }] },
            { user: 'can I talk to a person please', replies: [{ has: ['HRSS', '12333', '12393'] }, { has: ['carry on at step 3 of 6'] }] },
            { user: '转人工', replies: [{ has: ['当地人社局', '12333'] }, { has: ['第3步'] }] },
            { user: 'continue', replies: [{ has: ['Step 3 of 6'] }] },
        ]);
    });

    it('switches language on request and keeps it, even for English text', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: '中文', replies: [{ has: ['之后我会用中文回复'] }] },
            { user: 'what documents do I need', replies: [{ has: ['办理材料', '户口簿', '一位监护人'] }] },
            { user: 'English', replies: [{ has: ["I'll reply in English"] }] },
            { user: '要带什么材料', replies: [{ has: ['What to bring', 'household register', 'One guardian brings'] }] },
        ]);
    });

    it('follows the language of each message when none was chosen', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: '法律依据是什么', replies: [{ has: ['第十六条', '人社部发〔2011〕47号', '应用管理规程'], not: ['Article 16.'] }] },
            { user: 'what is the legal basis', replies: [{ has: ['Article 16 of the Measures', '人社部发〔2011〕47号'], not: ['English rendering ours'] }] },
            { user: 'more details', replies: [{ has: ['Article 16.', 'English rendering ours', '第十六条'] }] },
        ]);
    });

    it('declines off-topic questions honestly and offers a person after two misses', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: 'what is the weather like tomorrow', replies: [{ has: ["I can't help with that", 'what to bring'], actions: ['What to bring', 'How to activate', 'Walk me through the steps', 'Which card is which?', 'Newborn medical insurance', 'Legal basis', 'Talk to a person'] }] },
            { user: 'how do I renew my passport', replies: [{ has: ['Would you like to talk to a person?'] }] },
            { user: 'yes', replies: [{ has: ['(HRSS) bureau', '12333'] }] },
        ]);
    });

    it('starts over on request, forgetting the walkthrough position', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: '第六步', replies: [{ has: ['第6步（共6步）'] }] },
            { user: '重新开始', replies: [{ has: ['我们重新开始', '您想了解什么'] }] },
            { user: '继续', replies: [{ has: ['目前没有可以继续的内容'] }] },
        ]);
    });

    it('says what it covers when sources are silent, without guessing', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: 'how much does the card cost', replies: [{ has: ["don't cover that", "won't guess", '12333'] }] },
        ]);
    });

    it('says where the last answer comes from on "sources?", official and secondary apart, then carries on', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: 'sources?', replies: [{ has: ['did not rest on a source'] }] },
            { user: 'can a newborn get medical insurance', replies: [{ has: ['In principle', '90 days', '医保办函〔2021〕11号'], not: ['Article 16', 'National rule:'] }] },
            {
                user: 'sources?',
                replies: [{ has: ['Secondary: ', 'Article 10(3)', 'official full text was not seen', 'not linked', 'check with your local HRSS bureau or 12333'], not: ['hm0092.com'] }],
            },
            { user: '孩子的社保卡丢了怎么办', replies: [{ has: ['临时挂失', '12333', '法律依据：', '挂失、补发程序'] }] },
            { user: '来源', replies: [{ has: ['转载：', '永康'] }] },
        ]);
    });

    it('answers age words with what is known about young children, not "not covered"', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: 'my 8 month old baby, can she have a social security card', replies: [{ has: ['Can a baby or young child get a card?', 'Linxiang', 'Enrol your child in medical insurance first'], not: ["don't cover that", 'within 90 days'] }] },
            { user: '娃刚满月 能办社保卡不', replies: [{ has: ['婴幼儿能办社保卡吗', '临湘'], not: ['资料没有涉及'] }] },
        ]);
    });

    it('shows help and the menu', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: 'help', replies: [{ has: ['"next", "back"'] }] },
            { user: '菜单', replies: [{ has: ['您想了解什么'], actions: ['需要带什么', '怎么激活', '带我看办理步骤', '几种卡有什么区别', '新生儿参保', '法律依据', '转人工'] }] },
            { user: '需要带什么', replies: [{ has: ['户口簿'] }] },
        ]);
    });
});
