import { describe, expect, it } from '@jest/globals';
import { rootClient } from '../support/dialogClient.js';
import { runTable } from '../support/stepTable.js';

describe('channels without buttons (numbered plain text)', () => {
    it('numbers the options and takes "2", "the second one" or "第二个" as an answer', async () => {
        const c = await rootClient('telegram');
        const first = await c.send('menu');
        expect(first?.attachments ?? []).toEqual([]);
        expect(first?.suggestedActions).toBeUndefined();
        expect(first?.text).toContain('1. Documents to bring\n2. Ways to activate\n3. Walk me through the steps');
        expect(first?.text).toContain('Reply with a number or the words.');
        await runTable(c.send, c.next, [
            { user: '3', replies: [{ has: ['Step 1 of 7: Submit an application', '1. Next\n2. Why?\n3. Stop'] }] },
            { user: '1', replies: [{ has: ['Step 2 of 7', '1. Back\n2. Next\n3. Why?\n4. Stop'] }] },
            { user: 'the second one', replies: [{ has: ['Step 3 of 7: Photo collection'] }] },
            { user: '3', replies: [{ has: ['Why this step:'] }] },
            { user: '激活方式', replies: [{ has: ['有三种方式'] }, { has: ['您想用哪种方式', '1. “国家医保服务平台”APP'] }] },
            { user: '第二个', replies: [{ has: ['城市服务', '需要准备：'] }, { has: ['说“继续”即可回到第3步（共7步）', '1. 继续'] }] },
        ]);
    });
});
