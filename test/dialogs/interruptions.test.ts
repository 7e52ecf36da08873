import { describe, it } from '@jest/globals';
import { rootClient } from '../support/dialogClient.js';
import { runTable } from '../support/stepTable.js';

describe('interruptions and fallbacks', () => {
    it('gives human help in the user’s language at any point, without losing the step', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: 'step 3', replies: [{ has: ['Step 3 of 7: Photo collection'] }] },
            { user: 'can I talk to a person please', replies: [{ has: ['local social security bureau'] }, { has: ['carry on at step 3 of 7'] }] },
            { user: '转人工', replies: [{ has: ['当地社保局'] }, { has: ['第3步'] }] },
            { user: 'continue', replies: [{ has: ['Step 3 of 7'] }] },
        ]);
    });

    it('switches language on request and keeps it, even for English text', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: '中文', replies: [{ has: ['之后我会用中文回复'] }] },
            { user: 'what documents do I need', replies: [{ has: ['需要带的材料', '户口簿'] }] },
            { user: 'English', replies: [{ has: ["I'll reply in English"] }] },
            { user: '要带什么材料', replies: [{ has: ['Documents to bring', 'household registration book'] }] },
        ]);
    });

    it('follows the language of each message when none was chosen', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: '法律依据是什么', replies: [{ has: ['第十六条', '人社部发〔2011〕47号', '应用管理规程'], not: ['Article 16.'] }] },
            { user: 'what is the legal basis', replies: [{ has: ['Article 16.', 'English rendering ours'] }] },
        ]);
    });

    it('declines off-topic questions honestly and offers a person after two misses', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: 'what is the weather like tomorrow', replies: [{ has: ["I can't help with that", 'documents to bring'], actions: ['Documents to bring', 'Ways to activate', 'Walk me through the steps', 'Legal basis', 'Which card is which?', 'Talk to a person'] }] },
            { user: 'how do I renew my passport', replies: [{ has: ['Would you like to talk to a person?'] }] },
            { user: 'yes', replies: [{ has: ['local social security bureau'] }] },
        ]);
    });

    it('starts over on request, forgetting the walkthrough position', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: '第六步', replies: [{ has: ['第6步（共7步）'] }] },
            { user: '重新开始', replies: [{ has: ['我们重新开始', '您想了解什么'] }] },
            { user: '继续', replies: [{ has: ['目前没有可以继续的内容'] }] },
        ]);
    });

    it('says what it covers when sources are silent, without guessing', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: 'how much does the card cost', replies: [{ has: ["don't cover that", "won't guess", 'local social security bureau'] }] },
        ]);
    });

    it('shows help and the menu', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: 'help', replies: [{ has: ['"next", "back"'] }] },
            { user: '菜单', replies: [{ has: ['您想了解什么'], actions: ['需要带的材料', '激活方式', '一步一步带我办理', '法律依据', '几种卡有什么区别', '转人工'] }] },
            { user: '需要带的材料', replies: [{ has: ['户口簿'] }] },
        ]);
    });
});
