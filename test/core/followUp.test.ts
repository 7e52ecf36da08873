import { describe, expect, it } from '@jest/globals';
import { rootClient } from '../support/dialogClient.js';
import { runTable } from '../support/stepTable.js';

/** The answers a message got, as topic (and card). */
async function answered(c: Awaited<ReturnType<typeof rootClient>>, text: string) {
    await c.send(text);
    return c.metas.filter((m) => m.kind === 'answer').map((m) => (m.card ? `${m.topic}/${m.card}` : m.topic));
}

describe('follow-ups right after an answer', () => {
    it('"and for the e-voucher?" asks the same for the other card; "what about Guiyang?" for another city', async () => {
        const c = await rootClient('test');
        expect(await answered(c, 'what do we need to bring?')).toEqual(['documents']);
        expect(await answered(c, 'and for the e-voucher?')).toEqual(['activation/e-voucher']);
        expect(await answered(c, 'what about Guiyang?')).toEqual(['activation/e-voucher']);
        expect(c.metas.map((m) => m.kind)).not.toContain('ack');
        expect(c.state.lastAnswer).toMatchObject({ topic: 'activation', card: 'e-voucher' });
        expect(c.state.child).toMatchObject({ card: 'e-voucher', city: { id: 'guiyang' } });
    });

    it('「那医保电子凭证呢？」 and 「那海口呢」 in Chinese', async () => {
        const c = await rootClient('test');
        expect(await answered(c, '实体社保卡怎么激活')).toEqual(['activation/physical']);
        expect(await answered(c, '那医保电子凭证呢？')).toEqual(['activation/e-voucher']);
        expect(await answered(c, '那海口呢')).toEqual(['activation/e-voucher']);
        expect(c.metas.map((m) => m.kind)).toEqual(['answer']);
        expect(c.state.child?.city?.id).toBe('haikou');
    });

    it('a city follow-up asks the last topic again, for that city', async () => {
        const c = await rootClient('test');
        expect(await answered(c, 'do we need a photo for a baby?')).toEqual(['photo']);
        expect(await answered(c, 'what about Haikou?')).toEqual(['photo']);
        expect(c.state.lastAnswer).toMatchObject({ topic: 'photo' });
        expect(c.state.child?.city?.id).toBe('haikou');
    });

    it('an age follow-up ("what about a 5 year old?") asks the last topic again for that age', async () => {
        const c = await rootClient('test');
        expect(await answered(c, 'do we need a photo for a baby?')).toEqual(['photo']);
        expect(await answered(c, 'what about a 5 year old?')).toEqual(['photo']);
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
