import { describe, expect, it } from '@jest/globals';
import { rootClient } from '../support/dialogClient.js';
import { runTable } from '../support/stepTable.js';

describe('follow-ups right after an answer', () => {
    it('"and for the e-voucher?" asks the same for the other card; "what about Guiyang?" for another city', async () => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [
            { user: 'what do we need to bring?', replies: [{ has: ['What to bring'] }] },
            {
                user: 'and for the e-voucher?',
                replies: [{ has: ['Medical insurance e-voucher'], not: ['Three things called'] }],
            },
            {
                user: 'what about Guiyang?',
                replies: [{ has: ['Medical insurance e-voucher'], not: ['Noted', "can't help"] }],
            },
        ]);
        expect(c.state.lastAnswer).toEqual({ topic: 'activation', card: 'e-voucher' });
        expect(c.state.child).toMatchObject({ card: 'e-voucher', city: { id: 'guiyang' } });
    });

    it('「那医保电子凭证呢？」 and 「那海口呢」 in Chinese', async () => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [
            { user: '实体社保卡怎么激活', replies: [{ has: ['实体社保卡怎么激活'] }] },
            { user: '那医保电子凭证呢？', replies: [{ has: ['医保电子凭证怎么激活'] }] },
            { user: '那海口呢', replies: [{ has: ['医保电子凭证怎么激活'], not: ['已记下', '帮不上忙'] }] },
        ]);
        expect(c.state.child?.city?.id).toBe('haikou');
    });

    it('a city follow-up asks the last topic again, for that city', async () => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [
            { user: 'do we need a photo for a baby?', replies: [{ has: ['Photos for a young child'] }] },
            { user: 'what about Haikou?', replies: [{ has: ['Photos for a young child'] }] },
        ]);
        expect(c.state.lastAnswer).toEqual({ topic: 'photo' });
        expect(c.state.child?.city?.id).toBe('haikou');
    });

    it('an age follow-up ("and for a 5 year old?") asks the last topic again for that age', async () => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [
            { user: 'do we need a photo for a baby?', replies: [{ has: ['Photos for a young child'] }] },
            { user: 'what about a 5 year old?', replies: [{ has: ['Photos for a young child'] }] },
        ]);
        expect(c.state.child?.ageDays).toBe(1826);
    });

    it('with no answer before it, a place is a statement, acknowledged', async () => {
        const c = await rootClient('test');
        await runTable(c.send, c.next, [{ user: '那海口呢', replies: [{ has: ['已记下', '海口'] }] }]);
    });

    it('"start over" forgets the last answer: a follow-up after it is not one', async () => {
        const c = await rootClient('test');
        await c.send('what do we need to bring?');
        await c.send('start over');
        await runTable(c.send, c.next, [{ user: 'what about Guiyang?', replies: [{ has: ['Noted', 'Guiyang'] }] }]);
    });
});
