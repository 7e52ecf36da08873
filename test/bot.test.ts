import { describe, expect, it } from '@jest/globals';
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { MemoryStorage } from '../src/storage/memoryStorage.js';
import { buildBot } from './support/content.js';
import { actionLabels } from './support/stepTable.js';

function conversationUpdate(locale: string): Partial<Activity> {
    return {
        type: ActivityTypes.ConversationUpdate,
        locale,
        membersAdded: [{ id: 'user1', name: 'Parent' }],
        recipient: { id: 'bot', name: 'Bot' },
        from: { id: 'user1', name: 'Parent' },
    };
}

describe('bot (TestAdapter)', () => {
    it('welcomes a new user in the channel locale with the menu, once', async () => {
        const { bot } = await buildBot();
        const adapter = new TestAdapter((ctx) => bot.run(ctx));
        await adapter
            .send(conversationUpdate('zh-CN'))
            .assertReply((a) => {
                expect(a.text).toContain('您好！我可以帮您');
                expect(actionLabels(a)).toEqual(['需要带什么', '怎么激活', '带我看办理步骤', '几种卡有什么区别', '新生儿参保', '法律依据', '转人工']);
            })
            .send(conversationUpdate('zh-CN'))
            .send('what documents do I need to bring')
            .assertReply((a) => {
                // No second welcome, and an English question gets an English answer in a zh-CN channel.
                expect(a.text).toContain('What to bring');
                expect(a.text).toContain('Sources:');
                expect(a.text).toContain('Legal basis: Article 16');
            })
            .startTest();
    });

    it('answers Chinese text in Chinese even when the channel locale is en-US', async () => {
        const { bot } = await buildBot();
        const adapter = new TestAdapter((ctx) => bot.run(ctx));
        adapter.locale = 'en-US';
        await adapter
            .send(conversationUpdate('en-US'))
            .assertReply((a) => expect(a.text).toContain('Hello!'))
            .send('激活孩子社保卡需要带什么证件')
            .assertReply((a) => {
                expect(a.text).toContain('户口簿');
                expect(a.locale).toBe('zh-CN');
            })
            .startTest();
    });

    it('sends one Markdown message with suggested actions on a rich channel, and no card repeating it', async () => {
        const { bot } = await buildBot();
        const adapter = new TestAdapter((ctx) => bot.run(ctx));
        await adapter
            .send('step 2')
            .assertReply((a) => {
                expect(a.attachments ?? []).toEqual([]);
                expect(a.textFormat).toBe('markdown');
                expect(a.text).toContain('**Step 2 of 6: Get the documents ready**');
                expect(a.text).toMatch(/^- your own ID card \(original\)/m);
                expect(actionLabels(a)).toEqual(['Back', 'Next', 'Why?', 'Stop']);
            })
            .startTest();
    });

    it('keeps the walkthrough position in storage: a new bot on the same storage carries on', async () => {
        const storage = new MemoryStorage();
        const first = await buildBot({ storage });
        const conversation = new TestAdapter((ctx) => first.bot.run(ctx));
        await conversation.send('step 4').assertReply((a) => expect(a.text).toContain('Step 4 of 6')).startTest();

        // A restart: everything rebuilt, only the storage (and the conversation id) survive.
        const second = await buildBot({ storage });
        const again = new TestAdapter((ctx) => second.bot.run(ctx));
        await again
            // A new TestAdapter numbers activities from 0 again; a channel never reuses an id, and a
            // reused one is treated as a redelivery (answered once).
            .send({ type: 'message', text: 'next', id: 'after-restart-1' })
            .assertReply((a) => expect(a.text).toContain('Step 5 of 6'))
            .startTest();
    });

    it('answers an empty message and an over-long one without crashing', async () => {
        const { bot } = await buildBot();
        const adapter = new TestAdapter((ctx) => bot.run(ctx));
        await adapter
            .send({ type: 'message', text: '   ' })
            .assertReply((a) => expect(a.text).toContain('I only understand text messages'))
            .send('a'.repeat(5000))
            .assertReply((a) => expect(a.text).toContain('too long'))
            .send('help')
            .assertReply((a) => expect(a.text).toContain('checked sources'))
            .startTest();
    });
});

describe('bot on Microsoft Teams (TestAdapter with Teams-shaped activities)', () => {
    const teams = (conversationType: string, extra: Partial<Activity>): Partial<Activity> => ({
        channelId: 'msteams',
        conversation: { id: `teams-${conversationType}`, conversationType, isGroup: conversationType !== 'personal', name: '' },
        recipient: { id: '28:bot-id', name: 'Card Helper' },
        from: { id: '29:user-id', name: 'Parent' },
        ...extra,
    });

    it('welcomes once when installed in personal chat, not when members join a channel', async () => {
        const { bot } = await buildBot();
        const adapter = new TestAdapter((ctx) => bot.run(ctx));
        const install = teams('personal', { type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: '28:bot-id', name: 'Card Helper' }] });
        await adapter
            .send(install)
            .assertReply((a) => expect(a.text).toContain('Hello!'))
            .send(install)
            .send(teams('channel', { type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: '29:someone', name: 'New member' }] }))
            .send(teams('personal', { type: ActivityTypes.Message, text: 'help' }))
            .assertReply((a) => expect(a.text).toContain('checked sources'))
            .startTest();
    });

    it('strips its @mention in a channel and uses card buttons there (no suggested actions)', async () => {
        const { bot } = await buildBot();
        const adapter = new TestAdapter((ctx) => bot.run(ctx));
        await adapter
            .send(
                teams('channel', {
                    type: ActivityTypes.Message,
                    text: '<at>Card Helper</at> step 3',
                    entities: [{ type: 'mention', mentioned: { id: '28:bot-id', name: 'Card Helper' }, text: '<at>Card Helper</at>' }],
                }),
            )
            .assertReply((a) => {
                expect(a.text).toContain('Step 3 of 6: Apply at a bank outlet or HRSS window');
                expect(a.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
                expect((a.attachments![0]!.content as { text?: string }).text ?? '').toBe('');
                expect(a.suggestedActions).toBeUndefined();
                expect(actionLabels(a)).toEqual(['Back', 'Next', 'Why?', 'Stop']);
            })
            .startTest();
    });
});
