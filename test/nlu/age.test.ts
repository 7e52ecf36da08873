import { describe, expect, it } from '@jest/globals';
import { recognizeChildAge } from '../../src/nlu/age.js';
import '../../src/nlu/loadRecognizers.js';

const TODAY = '2026-12-02';

describe("the child's age from what a parent says", () => {
    it.each([
        ['2 months old', 61],
        ["she's 8", 2922],
        ['8 month old baby', 244],
        ['my son is 5', 1826],
        ['my daughter is 2 months old, what do we need?', 61],
        ['he is 3 years old', 1096],
        ['our baby is 40 days old', 40],
        ['a 6-week-old', 42],
        ['my kid is six', 2192],
        ['can i activate my 6 year olds card on my phone', 2192],
        ['what docs for my 2 yr olds card', 731],
        ['my son is one and a half years old', 548],
        ['oops hes 3 actually', 1096],
        ["what do i take to the bank for my 3yo's card", 1096],
        ['we have a 6 week old', 42],
        ["we have an 18 month old, we're in chengdu", 548],
    ] as const)('English: %s → %d days', (text, days) => {
        expect(recognizeChildAge(text, 'en', TODAY)).toEqual({ success: true, value: { ageDays: days } });
    });

    it.each([
        ['刚满月', 30],
        ['两个月大', 61],
        ['出生40天', 40],
        ['八个月', 240],
        ['3岁', 1096],
        ['宝宝两个月大了，先办什么？', 61],
        ['孩子三岁半', 1278],
        ['宝宝八个月了', 240],
        ['孩子两周岁', 731],
        ['宝宝满百天了', 100],
        ['双胞胎十个月', 300],
        ['孩子两个月零十天', 71],
    ] as const)('Chinese: %s → %d days', (text, days) => {
        expect(recognizeChildAge(text, 'zh', TODAY)).toEqual({ success: true, value: { ageDays: days } });
    });

    it.each([
        ['born 2026-10-01', 'en', '2026-10-01', 62],
        ['she was born on October 1, 2026', 'en', '2026-10-01', 62],
        ['2026年10月1日出生', 'zh', '2026-10-01', 62],
        // Relative to today: last month's 15th, never a date still to come.
        ['上个月15号生的', 'zh', '2026-11-15', 17],
        ['10月1号出生的', 'zh', '2026-10-01', 62],
    ] as const)('a birth date: %s → born %s, %d days old', (text, lang, birthDate, days) => {
        expect(recognizeChildAge(text, lang, TODAY)).toEqual({ success: true, value: { ageDays: days, birthDate } });
    });

    it('reads a birth date relative to the day it is said', () => {
        expect(recognizeChildAge('上个月15号生的', 'zh', '2027-03-01')).toEqual({
            success: true,
            value: { ageDays: 14, birthDate: '2027-02-15' },
        });
    });

    it.each([
        // Mixed scripts: a child word of either language makes the duration the child's.
        ['we are in 深圳, girl 14 months', 'en', 420],
        ['our 宝宝 is 20 weeks', 'en', 140],
        // Abbreviated units, halves, "turned".
        ['he is 2 yrs old', 'en', 731],
        ['toddler, 20 mos', 'en', 600],
        ['our daughter is two and a half', 'en', 913],
        ['my son turned 3', 'en', 1096],
        // 周岁 with no number is one year old.
        ['宝宝满周岁了', 'zh', 365],
        ['儿子周岁了', 'zh', 365],
        ['女儿一岁半', 'zh', 548],
        ['孩子快三岁了', 'zh', 1096],
        // Years and months together; a bare age followed by the question.
        ['孩子两岁三个月', 'zh', 822],
        ['he is 1 year and 5 months old', 'en', 517],
        ['my girl is 4. what should I bring?', 'en', 1461],
        // The age from its own clause: 需要 in another clause is not a wait for it.
        ['宝宝刚满三个月，在贵阳，需要照片吗', 'zh', 90],
        ['宝宝出生40天，多久要参保', 'zh', 40],
        // Words the recognizers read otherwise.
        ['my baby is half a year old', 'en', 183],
        ['宝宝七个多月', 'zh', 210],
        ['两岁零三个月', 'zh', 822],
    ] as const)('more shapes: %s → %d days', (text, lang, days) => {
        expect(recognizeChildAge(text, lang, TODAY)).toEqual({ success: true, value: { ageDays: days } });
    });

    it.each([
        // A birthday reached, and when: the age then plus the time since (from the middle of that month or week).
        ['女儿上周刚满月', 'zh', 30 + 6],
        ['she turned 2 last month', 'en', 731 + 16],
        ['儿子上个月满的周岁', 'zh', 365 + 16],
        // A birth month or week: an age about its middle (no exact birth date is kept).
        ['she was born in July', 'en', 139],
        ['今年5月份生的', 'zh', 200],
        ['去年11月出生的', 'zh', 381],
        ['born last month', 'en', 16],
        // A birth said as an event.
        ['we had our baby last week', 'en', 6],
        ['我老婆上周刚生', 'zh', 6],
    ] as const)('said with a time: %s → about %d days', (text, lang, days) => {
        expect(recognizeChildAge(text, lang, TODAY)).toEqual({ success: true, value: { ageDays: days } });
    });

    it.each([
        ['不满周岁能办卡吗', 'zh'],
        ['孩子今年上小学一年级', 'zh'],
        // A question of how long: its durations are not the child's age, in any clause.
        ['孩子出生后多久要参保，3个月内吗', 'zh'],
        ['how long does it take, 2 weeks?', 'en'],
        ['新生儿，90天内参保吗', 'zh'],
        ['还没满月', 'zh'],
        ['it takes 2 months', 'en'],
        ['I have 2 kids', 'en'],
        ['what is step 2', 'en'],
        ['does the e-voucher expire after 180 days', 'en'],
        ['要等一个月吗', 'zh'],
        ['下一步', 'zh'],
        ['90天内要参保吗', 'zh'],
        ['多久能拿到卡', 'zh'],
        ['第一步', 'zh'],
        ['一个月能办好吗', 'zh'],
        ['born in 2050', 'en'],
        ['', 'en'],
    ] as const)('finds no age in %s', (text, lang) => {
        expect(recognizeChildAge(text, lang, TODAY)).toEqual({ success: false });
    });
});
