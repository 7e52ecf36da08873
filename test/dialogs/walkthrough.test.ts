import { describe, expect, it } from '@jest/globals';
import { rootClient as client } from '../support/dialogClient.js';
import { runTable, type StepRow } from '../support/stepTable.js';

const english: StepRow[] = [
    {
        user: 'walk me through the process',
        replies: [{ has: ['Step 1 of 6: Enrol your child in medical insurance', '90 days', 'Sources:'], not: ['Article 16'], actions: ['Next', 'Why?', 'Stop'] }],
    },
    { user: 'next', replies: [{ has: ['Step 2 of 6: Get the documents ready', 'your own ID card', 'Legal basis: Article 16'], not: ['the parents\' ID cards'], actions: ['Back', 'Next', 'Why?', 'Stop'] }] },
    { user: 'back', replies: [{ has: ['Step 1 of 6'] }] },
    { user: 'back', replies: [{ has: ['already the first step'] }, { has: ['Step 1 of 6'] }] },
    { user: 'go to step 4', replies: [{ has: ['Step 4 of 6: The photo (depends on the city)', 'Haikou under 7', 'Henan requires a photo'] }] },
    { user: 'why?', replies: [{ has: ['Why this step:', 'rules for young children are local'] }] },
    { user: 'where am I', replies: [{ has: ["You're at step 4 of 6: The photo (depends on the city)."] }] },
    {
        user: 'what is the legal basis',
        replies: [
            { has: ['Article 16', '人社部发〔2011〕47号', 'does not itself list documents', '20 April 2011'], not: ['express delivery', 'displaying them at service locations'] },
            { has: ['Say "continue" to carry on at step 4 of 6.'], actions: ['Continue', 'Stop'] },
        ],
    },
    {
        user: 'more details',
        replies: [
            { has: ['displaying them at service locations', '第十六条'], not: ['express delivery'] },
            { has: ['Say "continue" to carry on at step 4 of 6.'], actions: ['Continue', 'Stop'] },
        ],
    },
    { user: 'continue', replies: [{ has: ['Step 4 of 6'] }] },
    { user: 'continue', replies: [{ has: ['Step 5 of 6: Collect the card'] }] },
    { user: 'step 9', replies: [{ has: ['There are 6 steps'] }] },
    { user: 'repeat', replies: [{ has: ['Step 5 of 6'] }] },
    { user: 'stop', replies: [{ has: ['stopped at step 5', 'continue'] }] },
    { user: 'continue', replies: [{ has: ['Step 5 of 6'] }] },
    {
        // The last step sends a parent with a physical card to the bank or an HRSS window, and names the other two as separate things.
        user: 'step 6',
        replies: [
            {
                has: ['Step 6 of 6: Activate the physical card at the bank', 'service bank printed on the card', 'HRSS window', 'set up separately, online', 'electronic card', 'e-voucher'],
                not: ['medical insurance window', 'three ways'],
                actions: ['Back', 'Why?', 'Stop'],
            },
        ],
    },
    { user: 'next', replies: [{ has: ['last of the 6 steps'] }] },
    { user: 'continue', replies: [{ has: ["There's nothing to continue yet"] }] },
];

const chinese: StepRow[] = [
    { user: '带我看办理步骤', replies: [{ has: ['第1步（共6步）：为孩子参加医保', '来源：'], actions: ['下一步', '为什么？', '停止'] }] },
    { user: '下一步', replies: [{ has: ['第2步（共6步）：准备材料', '监护人本人身份证原件'] }] },
    { user: '第五步', replies: [{ has: ['第5步（共6步）：领卡'] }] },
    { user: '为什么', replies: [{ has: ['为什么要这一步：', '监护人领取'] }] },
    {
        user: '需要带什么材料',
        replies: [{ has: ['户口簿', '出生医学证明', '一位监护人', '法律依据：'], not: ['父母的身份证'] }, { has: ['说“继续”即可回到第5步（共6步）'] }],
    },
    { user: '继续', replies: [{ has: ['第5步（共6步）'] }] },
    { user: '上一步', replies: [{ has: ['第4步（共6步）：照片（各地不同）'] }] },
    { user: '我在哪一步', replies: [{ has: ['您现在在第4步（共6步）：照片（各地不同）'] }] },
    { user: '停止', replies: [{ has: ['已停在第4步'] }] },
];

describe('walkthrough', () => {
    it('walks the 6 steps in English: next, back, jump, why, where, interruption, continue, stop', async () => {
        const c = await client();
        await runTable(c.send, c.next, english);
    });

    it('walks the steps in Chinese', async () => {
        const c = await client();
        await runTable(c.send, c.next, chinese);
    });

    it('the overview lists the steps as a typical flow and offers to walk them', async () => {
        const c = await client();
        await runTable(c.send, c.next, [
            { user: 'what is the overall process', replies: [{ has: ['Six steps', 'Enrol your child in medical insurance', 'Activate the physical card at the bank'] }] },
            { user: 'Walk me through the steps', replies: [{ has: ['Step 1 of 6'] }] },
        ]);
    });

    it('starts from a request in a longer sentence; "why?" is a step aside, so "continue" shows the step again', async () => {
        const c = await client();
        await runTable(c.send, c.next, [
            { user: 'could you take me through it one step at a time please', replies: [{ has: ['Step 1 of 6'] }] },
            { user: 'next', replies: [{ has: ['Step 2 of 6'] }] },
            { user: 'why?', replies: [{ has: ['Why this step:'] }] },
            { user: 'continue', replies: [{ has: ['Step 2 of 6'] }] },
            { user: 'next', replies: [{ has: ['Step 3 of 6'] }] },
        ]);
    });

    it('in Chinese: 手把手 starts it; 为什么 then 继续 comes back to the same step', async () => {
        const c = await client();
        await runTable(c.send, c.next, [
            { user: '能不能手把手教我给娃办社保卡', replies: [{ has: ['第1步（共6步）'] }] },
            { user: '下一步', replies: [{ has: ['第2步（共6步）'] }] },
            { user: '为啥', replies: [{ has: ['为什么要这一步：'] }] },
            { user: '继续', replies: [{ has: ['第2步（共6步）'] }] },
            { user: '下一步', replies: [{ has: ['第3步（共6步）'] }] },
        ]);
    });

    it('"stop" is an acknowledgement that shows no step; "where am I" after it resumes', async () => {
        const c = await client();
        await c.send('walk me through');
        await c.send('next');
        await c.send('pause');
        expect(c.metas).toEqual([{ kind: 'ack' }]);
        expect(c.state.walkthrough).toMatchObject({ step: 2, active: false });
        await c.send('where was i');
        expect(c.metas).toEqual([{ kind: 'step', step: 2 }]);
    });

    it('right after the overview, "next" goes through the steps from the first', async () => {
        const c = await client();
        await runTable(c.send, c.next, [
            { user: 'what are the steps overall', replies: [{ has: ['Six steps'] }] },
            { user: 'next', replies: [{ has: ['Step 1 of 6'] }] },
        ]);
    });

    it('with no steps and no overview, "next" and "continue" offer the menu instead of guessing', async () => {
        const c = await client();
        await c.send('what do we take along to the counter?');
        await c.send('next');
        expect(c.metas).toEqual([{ kind: 'menu' }]);
        await c.send('continue');
        expect(c.metas).toEqual([{ kind: 'menu' }]);
    });

    it('under the which-card question, the walkthrough still takes its commands; "stop" drops the question', async () => {
        const c = await client();
        await c.send('walk me through');
        await c.send('next');
        await c.send('how do I activate it?');
        expect(c.metas.map((m) => m.kind)).toEqual(['answer', 'clarify']);
        await c.send('next');
        expect(c.metas).toEqual([{ kind: 'step', step: 3 }]);
        expect(c.state.activation?.asking).toBe(false);

        const d = await client();
        await d.send('how do I activate it?');
        await d.send('stop');
        expect(d.metas.map((m) => m.kind)).toEqual(['menu']);
        expect(d.state.activation?.asking).toBe(false);
    });

    it('"continue" after a question asked at the which-card question comes back to the step', async () => {
        const c = await client();
        await c.send('walk me through');
        await c.send('next');
        await c.send('how do I activate it?');
        await c.send('continue');
        expect(c.metas).toEqual([{ kind: 'step', step: 2 }]);
    });

    it("a request to be walked through one card's activation gets that card's answer, not the six steps", async () => {
        const c = await client();
        await c.send('please walk me through switching on the e-voucher');
        expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'activation', card: 'e-voucher' });
        await c.send('一步步教我弄电子社保卡');
        expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'activation', card: 'electronic' });
        expect(c.state.walkthrough).toBeUndefined();
    });

    it('"back to the steps" / 「接着看步骤」 after another question: the same step again', async () => {
        const c = await client();
        await runTable(c.send, c.next, [
            { user: 'walk me through', replies: [{ has: ['Step 1 of 6'] }] },
            { user: 'next', replies: [{ has: ['Step 2 of 6'] }] },
            {
                user: 'who else can go instead of me?',
                replies: [{ has: ['guardian'] }, { has: ['Say "continue" to carry on at step 2 of 6.'] }],
            },
            { user: 'ok back to the steps', replies: [{ has: ['Step 2 of 6'] }] },
            { user: '需要拍照吗', replies: [{ has: ['照片'] }, { has: ['说“继续”即可回到第2步（共6步）'] }] },
            { user: '接着看步骤', replies: [{ has: ['第2步（共6步）'] }] },
        ]);
    });
});
