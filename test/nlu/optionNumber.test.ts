import { describe, expect, it } from '@jest/globals';
import '../../src/nlu/loadRecognizers.js';
import { recognizeOptionNumber } from '../../src/nlu/recognizers.js';

describe('a numbered option is read only from a message that is a number', () => {
    it.each([
        ['1', 1],
        ['1.', 1],
        ['①', 1],
        ['一', 1],
        ['第一个', 1],
        ['选1', 1],
        ['我选2', 2],
        ['第二', 2],
        ['选择第三个', 3],
        ['the first one', 1],
        ['option 2', 2],
        ['2nd', 2],
        ['two', 2],
        ['3)', 3],
        ['#2', 2],
        ['last', 4],
    ] as const)('%s → option %d', (text, n) => {
        expect(recognizeOptionNumber(text, 'en', 4)).toEqual({ success: true, value: n });
    });

    it.each([
        '下一步',
        '上一步',
        '第一步是什么',
        '一下',
        'I have 2 kids',
        'next',
        '1 2',
        'step 2',
        'what is the second step',
        '',
    ])('%s is not an option number', (text) => {
        expect(recognizeOptionNumber(text, 'zh', 4)).toEqual({ success: false });
    });
});
