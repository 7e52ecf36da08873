import { describe, it } from '@jest/globals';
import { rootClient as client } from '../support/dialogClient.js';
import { runTable, type StepRow } from '../support/stepTable.js';

const english: StepRow[] = [
    { user: 'walk me through the process', replies: [{ has: ['Step 1 of 7: Submit an application', 'social security bureau', 'Source:'], actions: ['Next', 'Why?', 'Stop'] }] },
    { user: 'next', replies: [{ has: ['Step 2 of 7: Prepare the materials'], actions: ['Back', 'Next', 'Why?', 'Stop'] }] },
    { user: 'back', replies: [{ has: ['Step 1 of 7'] }] },
    { user: 'back', replies: [{ has: ['already the first step'] }, { has: ['Step 1 of 7'] }] },
    { user: 'go to step 4', replies: [{ has: ['Step 4 of 7: Information check', 'personal information'] }] },
    { user: 'why?', replies: [{ has: ['Why this step:', 'verified'] }] },
    { user: 'where am I', replies: [{ has: ["You're at step 4 of 7: Information check."] }] },
    {
        user: 'what is the legal basis',
        replies: [
            { has: ['Article 16', '人社部发〔2011〕47号', 'displaying them at service locations', 'does not itself list the documents', '第十六条'], not: ['express delivery'] },
            { has: ['Say "continue" to carry on at step 4 of 7.'], actions: ['Continue', 'Stop'] },
        ],
    },
    { user: 'continue', replies: [{ has: ['Step 4 of 7'] }] },
    { user: 'continue', replies: [{ has: ['Step 5 of 7: Wait for the card to be made'] }] },
    { user: 'step 9', replies: [{ has: ['There are 7 steps'] }] },
    { user: 'repeat', replies: [{ has: ['Step 5 of 7'] }] },
    { user: 'stop', replies: [{ has: ["stopped at step 5", 'continue'] }] },
    { user: 'continue', replies: [{ has: ['Step 5 of 7'] }] },
    { user: 'step 7', replies: [{ has: ['Step 7 of 7: Activate and use'], actions: ['Back', 'Why?', 'Stop'] }] },
    { user: 'next', replies: [{ has: ['last of the 7 steps'] }] },
    { user: 'continue', replies: [{ has: ["There's nothing to continue yet"] }] },
];

const chinese: StepRow[] = [
    { user: '一步一步带我办理', replies: [{ has: ['第1步（共7步）：提交申请', '来源：'], actions: ['下一步', '为什么？', '停止'] }] },
    { user: '下一步', replies: [{ has: ['第2步（共7步）：准备材料'] }] },
    { user: '第五步', replies: [{ has: ['第5步（共7步）：等待制卡'] }] },
    { user: '为什么', replies: [{ has: ['为什么要这一步：', '信息核对通过后才会开始制卡'] }] },
    {
        user: '需要带什么材料',
        replies: [{ has: ['户口簿', '出生证明', '父母的身份证', '法律依据：'] }, { has: ['说“继续”即可回到第5步（共7步）'] }],
    },
    { user: '继续', replies: [{ has: ['第5步（共7步）'] }] },
    { user: '上一步', replies: [{ has: ['第4步（共7步）：信息核对'] }] },
    { user: '我在哪一步', replies: [{ has: ['您现在在第4步（共7步）：信息核对'] }] },
    { user: '停止', replies: [{ has: ['已停在第4步'] }] },
];

describe('walkthrough dialog', () => {
    it('walks the 7 steps in English: next, back, jump, why, where, interruption, continue, stop', async () => {
        const c = await client();
        await runTable(c.send, c.next, english);
    });

    it('walks the steps in Chinese', async () => {
        const c = await client();
        await runTable(c.send, c.next, chinese);
    });

    it('answers a question about one step outside the walkthrough and offers to walk from there', async () => {
        const c = await client();
        await runTable(c.send, c.next, [
            { user: '信息核对要多久', replies: [{ has: ['第4步（共7步）：信息核对', '没有给出信息核对的一般时限'] }] },
            { user: '第4步（共7步）', replies: [{ has: ['第4步（共7步）：信息核对'], actions: ['上一步', '下一步', '为什么？', '停止'] }] },
        ]);
    });
});
