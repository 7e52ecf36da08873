import { describe, expect, it } from '@jest/globals';
import { recognizeFollowUp } from '../../src/nlu/followUp.js';

describe('a follow-up that asks the last question about something else', () => {
    it.each([
        ['and for the e-voucher?', 'the e-voucher'],
        ['what about Guiyang?', 'Guiyang'],
        ['how about in Haikou?', 'Haikou'],
        ['and the electronic card?', 'the electronic card'],
        ['what if we live in Shenzhen', 'Shenzhen'],
        ['the same for Zhongshan', 'Zhongshan'],
        ['那医保电子凭证呢？', '医保电子凭证'],
        ['那海口呢', '海口'],
        ['海口呢', '海口'],
        ['如果是电子社保卡', '电子社保卡'],
        ['and what about the electronic social security card', 'the electronic social security card'],
        ['and for the medical insurance e-voucher?', 'the medical insurance e-voucher'],
        ['ok and for the e-card', 'the e-card'],
        ['same question for the bank card', 'the bank card'],
        ['then for Zhongshan?', 'Zhongshan'],
        ['the electronic card too?', 'the electronic card'],
    ] as const)('%s is about %s', (text, subject) => {
        expect(recognizeFollowUp(text)).toEqual({ success: true, value: subject });
    });

    it.each([
        'what documents do I need',
        'how do I activate it',
        '什么是电子社保卡',
        'and?',
        'we would like to visit Beijing too',
        'and for the e-voucher, what exactly does a grandparent need to bring along to the counter',
    ])('%s is not a follow-up', (text) => {
        expect(recognizeFollowUp(text)).toEqual({ success: false });
    });
});
