import { describe, expect, it } from '@jest/globals';
import { rootClient } from '../support/dialogClient.js';
import { runTable, type StepRow } from '../support/stepTable.js';

const TOTAL = 6;

/**
 * At every step on a channel without buttons (WeChat, SMS), the options are numbered ("1. 上一步
 * 2. 下一步 …"): typing the command's words must still do what they say, not pick option 1 for the
 * 一 in 下一步 (issue #17: a parent typing 下一步 looped between steps 1 and 2).
 */
function forwardAndBack(lang: 'en' | 'zh'): StepRow[] {
    const [start, next, back] =
        lang === 'zh' ? ['带我看办理步骤', '下一步', '上一步'] : ['walk me through the steps', 'next', 'back'];
    const step = (n: number) => (lang === 'zh' ? `第${n}步（共${TOTAL}步）` : `Step ${n} of ${TOTAL}`);
    const rows: StepRow[] = [{ user: start, replies: [{ has: [step(1)] }] }];
    for (let n = 2; n <= TOTAL; n++) {
        // Forward to step n, back to n - 1, forward again: every step, both commands.
        rows.push({ user: next, replies: [{ has: [step(n)] }] });
        rows.push({ user: back, replies: [{ has: [step(n - 1)] }] });
        rows.push({ user: next, replies: [{ has: [step(n)] }] });
    }
    rows.push({ user: next, replies: [{ has: [lang === 'zh' ? '6个步骤已经全部介绍完了' : 'last of the 6 steps'] }] });
    return rows;
}

describe('walkthrough commands typed on a plain channel, at every step', () => {
    it.each(['wechat', 'telegram'])('下一步 / 上一步 on %s', async (channel) => {
        const c = await rootClient(channel);
        await runTable(c.send, c.next, forwardAndBack('zh'));
    });

    it.each(['wechat', 'telegram'])('next / back on %s', async (channel) => {
        const c = await rootClient(channel);
        await runTable(c.send, c.next, forwardAndBack('en'));
    });

    it('a number still picks the numbered option, and 第一步是什么 asks about step 1', async () => {
        const c = await rootClient('wechat');
        await runTable(c.send, c.next, [
            { user: '带我看办理步骤', replies: [{ has: ['第1步（共6步）', '1. 下一步\n2. 为什么'] }] },
            { user: '1', replies: [{ has: ['第2步（共6步）', '1. 上一步\n2. 下一步'] }] },
            { user: '一', replies: [{ has: ['第1步（共6步）'] }] },
            { user: '第一步是什么', replies: [{ has: ['第1步（共6步）'] }] },
        ]);
    });

    it('a longer question that names a step in passing is answered as that question; a step asked for is shown', async () => {
        const c = await rootClient('wechat');
        await c.send('step 2 says prepare materials - which documents exactly do I need for my son?');
        expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'documents' });
        // A question about the order of the steps ("before or after?") is the flow's: the step is shown.
        await c.send('step 2 says prepare materials - do i do that before i submit the application or after?');
        expect(c.metas[0]).toMatchObject({ kind: 'step', step: 2 });
        await runTable(c.send, c.next, [
            { user: 'go to step 4', replies: [{ has: ['Step 4 of 6'] }] },
            { user: '第一步是什么', replies: [{ has: ['第1步（共6步）'] }] },
        ]);
    });

    it('停止 on WeChat: an acknowledgement with the way back as option 1; 为什么 then 继续 stays at the step', async () => {
        const c = await rootClient('wechat');
        await runTable(c.send, c.next, [
            { user: '一步步来吧', replies: [{ has: ['第1步（共6步）'] }] },
            { user: '下一步', replies: [{ has: ['第2步（共6步）'] }] },
            { user: '停', replies: [{ has: ['已停在第2步', '1. 继续'], not: ['第2步（共6步）'] }] },
            { user: '1', replies: [{ has: ['第2步（共6步）'] }] },
            { user: '为什么', replies: [{ has: ['为什么要这一步：'] }] },
            { user: '继续', replies: [{ has: ['第2步（共6步）'] }] },
            { user: '下一步', replies: [{ has: ['第3步（共6步）'] }] },
        ]);
    });
});
