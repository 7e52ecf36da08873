/**
 * Greetings, thanks and goodbyes are answered in kind, in the language they are written in, and
 * never declined as questions the bot cannot help with (which would also count towards offering a
 * person); in the walkthrough they keep the step.
 */
import { describe, it } from '@jest/globals';
import { rootClient } from '../support/dialogClient.js';
import { runTable } from '../support/stepTable.js';

const DECLINED = "I can't help with that";

describe('small talk', () => {
    it('a greeting gets the welcome, thanks and goodbye a short line: none is declined or offers a person', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: 'hello', replies: [{ has: ['Hello! I can help you'], not: [DECLINED] }] },
            { user: 'good morning', replies: [{ has: ['Hello! I can help you'], not: [DECLINED] }] },
            {
                user: 'thank you so much',
                replies: [{ has: ["You're welcome."], not: [DECLINED, 'talk to a person?'] }],
            },
            { user: 'ok thanks', replies: [{ has: ["You're welcome."], not: [DECLINED, 'talk to a person?'] }] },
            { user: 'bye', replies: [{ has: ['Goodbye'], not: [DECLINED] }] },
        ]);
    });

    it('in Chinese, whatever language was last used', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: '你好', replies: [{ has: ['您好！'], not: ['抱歉'] }] },
            { user: '在吗', replies: [{ has: ['您好！'], not: ['抱歉'] }] },
            { user: '好的谢谢', replies: [{ has: ['不客气。'], not: ['抱歉'] }] },
            { user: '再见', replies: [{ has: ['再见，祝办理顺利'], not: ['抱歉'] }] },
        ]);
    });

    it('a greeting with a question answers the question; in the walkthrough, small talk keeps the step', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            { user: 'hi, what do I need to bring?', replies: [{ has: ['One guardian brings'] }] },
            { user: 'step 3', replies: [{ has: ['Step 3 of 6'] }] },
            { user: 'thanks', replies: [{ has: ["You're welcome."] }, { has: ['step 3 of 6'] }] },
            { user: 'hello', replies: [{ has: ['Hello again.'] }, { has: ['step 3 of 6'] }] },
            { user: 'next', replies: [{ has: ['Step 4 of 6'] }] },
        ]);
    });
});
