/**
 * The first sentence answers the question asked (issue #17): a narrower question of a topic ("can
 * grandma do it?", "can I apply online?") starts with its own answer (`leads` in data/kb.json), in
 * either language; the topic's general question keeps the general first sentence.
 */
import { describe, expect, it } from '@jest/globals';
import { rootClient } from '../support/dialogClient.js';
import { runTable } from '../support/stepTable.js';

describe('a narrower question gets its own first sentence', () => {
    it('who can act: another person, one parent, or the general question', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            {
                user: 'could my mother-in-law take the baby to do it?',
                replies: [
                    {
                        has: [
                            "Only where your city allows it, and then with the legal guardian's written authorisation.",
                        ],
                        not: ['Yes: one parent'],
                    },
                ],
            },
            {
                user: 'does my wife have to come too or can i go by myself',
                replies: [{ has: ['Yes: one parent or other legal guardian can do it', 'Both parents need not come'] }],
            },
            {
                user: 'who is allowed to apply for a child',
                replies: [
                    {
                        has: ['A parent or other legal guardian, for a child under 16.'],
                        not: ['Yes: one parent', 'Only where your city allows it'],
                    },
                ],
            },
            {
                user: '外婆能不能替我们去办孩子的社保卡',
                replies: [{ has: ['要看当地规定：当地允许的，可凭法定监护人的授权委托书代办。'] }],
            },
            {
                user: '我老公自己带孩子去办行吗',
                replies: [{ has: ['可以：16周岁以下的孩子，由父母等一位法定监护人办理即可'] }],
            },
        ]);
    });

    it('where to apply: online in some cities, said first', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            {
                user: 'is there a way to apply on the internet instead of going to the bank',
                replies: [{ has: ['In some cities, yes: Guangzhou and Zhongshan take applications online.'] }],
            },
            {
                user: 'where do we apply for the card',
                replies: [{ has: ['At an outlet of a bank your city works with'], not: ['In some cities, yes'] }],
            },
            { user: '孩子社保卡能不能网上申请', replies: [{ has: ['部分城市可以：广州、中山可网上申领。'] }] },
        ]);
    });

    it('a lost card: asked about the electronic card, the answer starts with what happens to it, also after a clarifying question', async () => {
        for (const [question, title, lead] of [
            [
                'we lost the physical card, does the electronic card still work?',
                'A lost or damaged card',
                'Partly. While the physical card is only reported lost',
            ],
            [
                '实体卡丢了电子社保卡还能用吗',
                '卡丢了或坏了',
                '要看情况：实体卡临时挂失期间，电子社保卡经本人授权可以使用',
            ],
        ] as const) {
            for (const channel of ['test', 'telegram']) {
                const c = await rootClient(channel);
                const first = await c.send(question);
                if (c.metas[0]?.kind === 'clarify') {
                    // The choice answers the question first asked: by its button, or by its number on a plain channel.
                    const at = c.state.offered!.findIndex((o) => o.label === title);
                    expect(at).toBeGreaterThanOrEqual(0);
                    await runTable(c.send, c.next, [
                        { user: channel === 'test' ? title : String(at + 1), replies: [{ has: [lead] }] },
                    ]);
                } else {
                    expect(c.metas[0]).toMatchObject({ kind: 'answer', topic: 'lost-card' });
                    expect(first?.text).toContain(lead);
                }
            }
        }
        const c = await rootClient();
        await runTable(c.send, c.next, [
            {
                user: 'my son lost his card, what do i do',
                replies: [{ has: ['Report the loss at once'], not: ['Partly.'] }],
            },
        ]);
    });

    it('a card: "it says sealed (封存)" starts with what that means', async () => {
        const c = await rootClient();
        await runTable(c.send, c.next, [
            {
                user: "my daughter's card status says sealed (封存), what does that mean",
                replies: [
                    { has: ["“Sealed” (封存) means the card's social security function is not switched on yet."] },
                ],
            },
            { user: '社保卡显示封存是什么意思', replies: [{ has: ['显示“封存”，表示社保卡的社保功能还未启用。'] }] },
            {
                user: 'how do I activate the physical card',
                replies: [{ has: ['At a counter of the service bank'], not: ['Sealed'] }],
            },
        ]);
    });
});
