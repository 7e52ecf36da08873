import { describe, expect, it } from '@jest/globals';
import { rootClient } from '../support/dialogClient.js';
import { runTable } from '../support/stepTable.js';

describe('channels without buttons (numbered plain text)', () => {
    it('numbers the options and takes "2", "the second one" or "第二个" as an answer', async () => {
        const c = await rootClient('telegram');
        const first = await c.send('menu');
        expect(first?.attachments ?? []).toEqual([]);
        expect(first?.suggestedActions).toBeUndefined();
        expect(first?.text).toContain('1. What to bring\n2. How to activate\n3. Walk me through the steps');
        expect(first?.text).toContain('Reply with the number, or type the words.');
        await runTable(c.send, c.next, [
            { user: '3', replies: [{ has: ['Step 1 of 6: Enrol your child in medical insurance', '1. Next\n2. Why?\n3. Stop'] }] },
            { user: '1', replies: [{ has: ['Step 2 of 6', '1. Back\n2. Next\n3. Why?\n4. Stop'] }] },
            { user: 'the second one', replies: [{ has: ['Step 3 of 6: Apply at a bank outlet or HRSS window', 'https://linxiang.gov.cn/'] }] },
            { user: '3', replies: [{ has: ['Why this step:'] }] },
            { user: '怎么激活', replies: [{ has: ['卡面服务银行'] }, { has: ['请问您说的是哪一种', '1. 实体社保卡\n2. 电子社保卡\n3. 医保电子凭证\n4. 不确定是哪种卡'] }] },
            { user: '第二个', replies: [{ has: ['【电子社保卡激活办理】', '亲情服务', '• '] }, { has: ['说“继续”即可回到第3步（共6步）', '1. 继续'] }] },
        ]);
    });
});
