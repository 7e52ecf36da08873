import { describe, expect, it } from '@jest/globals';

import { redact, redactDeep } from '../../src/privacy/redact.js';

describe('redact: resident ID numbers', () => {
    it.each([
        ["My son's ID is 110105201501011234, can you check?", "My son's ID is [ID], can you check?"],
        ['孩子身份证号44030520150615123X，麻烦帮我查一下', '孩子身份证号[ID]，麻烦帮我查一下'],
        ['身份证:44030520150615123x谢谢', '身份证:[ID]谢谢'],
        ['ID 440305 20150615 123X please', 'ID [ID] please'],
        ['老身份证号码是110105491231002，还能用吗', '老身份证号码是[ID]，还能用吗'],
        ['身份证４４０３０５２０１５０６１５１２３Ｘ', '身份证[ID]'], // full-width, as a Chinese IME may type it
        ['IDs: 110105201501011234 and 320102198807152345.', 'IDs: [ID] and [ID].'],
    ])('%s', (input, expected) => {
        expect(redact(input)).toBe(expected);
    });
});

describe('redact: phone numbers', () => {
    it.each([
        ['我的电话13812345678谢谢', '我的电话[PHONE]谢谢'],
        ['my phone is 138 1234 5678.', 'my phone is [PHONE].'],
        ['call 139-1234-5678 after 6pm', 'call [PHONE] after 6pm'],
        ['Call me on +86 139-1234-5678 tomorrow', 'Call me on [PHONE] tomorrow'],
        ['+8613812345678', '[PHONE]'],
        ['0086 138 1234 5678', '[PHONE]'],
        ['86-13812345678', '[PHONE]'],
        ['（+86）15912345678', '[PHONE]'],
        ['手机：１８６１２３４５６７８', '手机：[PHONE]'],
        ['office 010-12345678 or 0755-1234567', 'office [PHONE] or [PHONE]'],
        ['landline (021) 12345678', 'landline [PHONE]'],
        ['座机（0755）12345678转人工', '座机[PHONE]转人工'],
        ['座机075512345678', '座机[PHONE]'],
        ['Beijing +86 10 12345678', 'Beijing [PHONE]'],
        ['打010-1234-5678或者13912345678都行', '打[PHONE]或者[PHONE]都行'],
    ])('%s', (input, expected) => {
        expect(redact(input)).toBe(expected);
    });

    it('redacts an ID and a phone in the same message', () => {
        expect(redact('身份证号110105201501011234，手机号+86 138 1234 5678，请回电')).toBe(
            '身份证号[ID]，手机号[PHONE]，请回电',
        );
    });
});

describe('redact: phone and ID numbers written with dots or slashes, in Chinese numerals or in words (issue #19)', () => {
    it.each([
        ['电话138.0013.8000', '电话[PHONE]'],
        ['call 138/0013/8000', 'call [PHONE]'],
        ['138 - 0013 - 8000', '[PHONE]'],
        ['手机１３８．００１３．８０００', '手机[PHONE]'],
        ['office 010.12345678', 'office [PHONE]'],
        ['我的手机一三八零零一三八零零零', '我的手机[PHONE]'],
        ['电话是幺三八〇〇幺三八〇〇〇谢谢', '电话是[PHONE]谢谢'],
        ['手机138零零13八000', '手机[PHONE]'],
        ['壹叁捌零零壹叁捌零零零', '[PHONE]'],
        ['身份证号一一零一零五二零一五零一零一一二三四', '身份证号[ID]'],
        ['my number is one three eight zero zero one three eight zero zero zero', 'my number is [PHONE]'],
        ['call one three eight, double zero, one three eight, triple zero please', 'call [PHONE] please'],
        // A number in digits right before a word starting with a numeral (一直 = "all the time").
        ['13812345678一直打不通', '[PHONE]一直打不通'],
    ])('%s', (input, expected) => {
        expect(redact(input)).toBe(expected);
    });

    it.each([
        '第一步，第二步，三个工作日',
        '一二三四五六七',
        '版本1.3.8，IP 10.0.0.1',
        'Born 2015.06.15, applied 2024/03/01',
        'one two three four five',
        'Step one, then step two, then wait three or four days',
    ])('leaves %s alone', (text) => {
        expect(redact(text)).toBe(text);
    });
});

describe('redact: leaves ordinary numbers alone', () => {
    it.each([
        'Go to step 6 and wait 5 working days.',
        'The policy changed in 2011.',
        '第3步：等待5个工作日后到银行网点激活',
        '依据人社部发〔2011〕47号文件办理',
        'Born 2015-06-15, applied 2015/07/01, card issued 20150801.',
        '2015年6月15日出生，2024年3月1日申请',
        '请拨打12333或者95588咨询',
        'Open 09:00-17:30, Mon–Fri; fee ¥0, about 1,380 applicants per day.',
        'Company hotline 400-123-4567',
        '订单号2025061512345678', // 16 digits: not a phone inside a longer number
        '138123456789 is twelve digits, not a phone number',
        'Card number 6222021234567890123 on the back', // 19-digit bank card: not an 18-digit ID
        'Ages 13 14 15 16 17',
        'Ticket 0123456789', // 10 digits from 0: too short for area code + local number
        '运单号110105201513451234', // 18 digits but month 13: not an ID
        'Serial 440305201512321234', // 18 digits but day 32: not an ID
        'Invoice 123456789012345', // 15 digits but month 90: not a legacy ID
    ])('%s', (text) => {
        expect(redact(text)).toBe(text);
    });

    it('is idempotent', () => {
        const once = redact('电话13812345678，身份证110105201501011234，第3步');
        expect(redact(once)).toBe(once);
    });
});

describe('redactDeep', () => {
    it('redacts every string in a transcript without touching keys, other values or the input', () => {
        const transcript = {
            conversation: { id: 'webchat/13812345678' },
            turns: [
                { from: 'user', text: '我的电话13812345678谢谢', at: '2025-03-01T10:00:00Z', step: 3 },
                { from: 'bot', text: 'Go to step 6.', attachments: [{ note: 'ID 110105201501011234' }] },
                { from: 'user', text: null, ok: true },
            ],
            '13812345678': 'kept as a key',
        };
        const before = JSON.stringify(transcript);

        expect(redactDeep(transcript)).toEqual({
            conversation: { id: 'webchat/[PHONE]' },
            turns: [
                { from: 'user', text: '我的电话[PHONE]谢谢', at: '2025-03-01T10:00:00Z', step: 3 },
                { from: 'bot', text: 'Go to step 6.', attachments: [{ note: 'ID [ID]' }] },
                { from: 'user', text: null, ok: true },
            ],
            '13812345678': 'kept as a key',
        });
        expect(JSON.stringify(transcript)).toBe(before);
    });

    it('handles top-level strings and primitives', () => {
        expect(redactDeep('13812345678')).toBe('[PHONE]');
        expect(redactDeep(42)).toBe(42);
        expect(redactDeep(null)).toBeNull();
        expect(redactDeep(['a 13812345678'])).toEqual(['a [PHONE]']);
    });

    it('keeps shared (non-circular) references working and rejects circular ones', () => {
        const shared = { text: '13812345678' };
        expect(redactDeep({ a: shared, b: shared })).toEqual({ a: { text: '[PHONE]' }, b: { text: '[PHONE]' } });
        const loop: Record<string, unknown> = { text: 'x' };
        loop.self = loop;
        expect(() => redactDeep(loop)).toThrow(TypeError);
    });
});
