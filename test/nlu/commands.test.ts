import { describe, expect, it } from '@jest/globals';
import { recognizeCommand } from '../../src/nlu/commands.js';
import { content } from '../support/content.js';

async function command(text: string) {
    const { catalog } = await content();
    return recognizeCommand(text, (lang) => catalog.commands(lang));
}

describe('commands', () => {
    it.each([
        ['next', 'next'],
        ['Next please', 'next'],
        ['下一步', 'next'],
        ['go back', 'back'],
        ['上一步', 'back'],
        ['why?', 'why'],
        ['为啥呢', 'why'],
        ['where am I', 'where'],
        ['我在第几步', 'where'],
        ['继续吧', 'continue'],
        ['start over', 'cancel'],
        ['重新开始', 'cancel'],
        ['I would like to talk to a person', 'human'],
        ['转人工谢谢', 'human'],
        ['人工', 'human'],
        ['English', 'english'],
        ['中文', 'chinese'],
        ['can you speak english', 'english'],
        ['用中文回答', 'chinese'],
        ['could you please take me through the whole thing one step at a time', 'walkthrough'],
        ['can you walk me thru getting my kid the card', 'walkthrough'],
        ['show me step-by-step', 'walkthrough'],
        ['能不能手把手教我办孩子的社保卡', 'walkthrough'],
        ['带我办一下宝宝的卡', 'walkthrough'],
        ['按步骤教我', 'walkthrough'],
        ['开始分步指引', 'walkthrough'],
        ['show me the steps one at a time', 'walkthrough'],
        ['分步骤告诉我怎么办', 'walkthrough'],
        ['human agent please', 'human'],
        ['can I talk to an agent', 'human'],
        ['can a person help me instead', 'human'],
        ['ok back to the steps', 'continue'],
        ['回到办理步骤吧', 'continue'],
        ['刚才说到哪了', 'where'],
        ['where does this info come from?', 'sources'],
        ['来源是哪里', 'sources'],
        ['有出处吗', 'sources'],
        ['展开说说', 'more'],
        ['再详细一点', 'more'],
        ['details please', 'more'],
        ['i want a human', 'human'],
        ['is there someone I can talk to', 'human'],
        ['forget everything', 'cancel'],
        ['忘掉我说的', 'cancel'],
        ['重新来', 'cancel'],
        ['can you just connect me to someone', 'human'],
    ])('%s → %s', async (text, expected) => {
        expect(await command(text)).toBe(expected);
    });

    it.each([
        'why do I need the hukou book',
        '为什么要带户口本',
        'what happens next after the photo',
        '信息核对结束后要多久',
        '帮忙看看孩子社保卡要带什么',
        '我的卡寄到哪了',
        'we already have the card and the papers, so what exactly will the bank ask us for at the counter step by step',
    ])('leaves the question %s to the topic matcher', async (text) => {
        expect(await command(text)).toBeNull();
    });
});
