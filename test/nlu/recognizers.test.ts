import { describe, expect, it } from '@jest/globals';
import '../../src/nlu/loadRecognizers.js';
import { recognizeChoice, recognizeOrdinalOrNumber, recognizeStepNumber, recognizeYesNo } from '../../src/nlu/recognizers.js';

const yesNo = { yes: ['是', '好的', 'yes'], no: ['否', '没有', '不要', 'no'] };

describe('recognizers', () => {
    it.each([
        ['the second one', 'en', 2],
        ['2', 'en', 2],
        ['第二个', 'zh', 2],
        ['third', 'en', 3],
        ['第3个', 'zh', 3],
    ] as const)('reads %s as %d', (text, lang, value) => {
        expect(recognizeOrdinalOrNumber(text, lang)).toEqual({ success: true, value });
    });

    it('finds no number where there is none', () => {
        expect(recognizeOrdinalOrNumber('what documents', 'en')).toEqual({ success: false });
        expect(recognizeOrdinalOrNumber('', 'zh')).toEqual({ success: false });
    });

    it.each([
        ['step 6', 6],
        ['go to step three', 3],
        ['the 5th step', 5],
        ['Step 4 of 7', 4],
        ['第五步', 5],
        ['跳到第七步', 7],
        ['步骤3', 3],
        ['ｓｔｅｐ　２', 2],
    ])('reads the step in %s', (text, value) => {
        expect(recognizeStepNumber(text)).toEqual({ success: true, value });
    });

    it.each(['5 working days', '信息核对要多久', 'I have 2 kids', 'what is the next step'])('finds no step in %s', (text) => {
        expect(recognizeStepNumber(text)).toEqual({ success: false });
    });

    it('reads yes and no, including the Chinese words the recognizer misses', () => {
        expect(recognizeYesNo('yes please', 'en', yesNo)).toEqual({ success: true, value: true });
        expect(recognizeYesNo('no', 'en', yesNo)).toEqual({ success: true, value: false });
        expect(recognizeYesNo('是的', 'zh', yesNo)).toEqual({ success: true, value: true });
        expect(recognizeYesNo('否', 'zh', yesNo)).toEqual({ success: true, value: false });
        expect(recognizeYesNo('没有', 'zh', yesNo)).toEqual({ success: true, value: false });
        expect(recognizeYesNo('社保卡', 'zh', yesNo)).toEqual({ success: false });
    });

    const options = [
        { label: 'National Medical Insurance Service Platform app', aliases: ['国家医保服务平台', 'medical insurance app'] },
        { label: 'City Service', aliases: ['alipay', '支付宝'] },
        { label: 'In person at the window', aliases: ['窗口', 'in person'] },
    ];

    it.each([
        ['2', 'en', 1],
        ['the second one', 'en', 1],
        ['第二个', 'zh', 1],
        ['Alipay please', 'en', 1],
        ['用支付宝', 'zh', 1],
        ['City Service', 'en', 1],
        ['in person', 'en', 2],
        ['the medical insurance app', 'en', 0],
    ] as const)('picks the option in %s', (text, lang, index) => {
        expect(recognizeChoice(text, lang, options)).toEqual({ success: true, value: index });
    });

    it('does not pick an option from an unrelated number or out of range', () => {
        expect(recognizeChoice('I have 2 kids and want to know about documents', 'en', options)).toEqual({ success: false });
        expect(recognizeChoice('7', 'en', options)).toEqual({ success: false });
        expect(recognizeChoice('hmm', 'en', options)).toEqual({ success: false });
    });
});
