import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/config.js';
import { splitUtf8, WECHAT_TEXT_MAX_BYTES } from '../../src/wechat/split.js';
import { parseWeChatXml, textReplyXml } from '../../src/wechat/xml.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('splitting text to WeChat’s 2048 bytes', () => {
    it('leaves a message that fits alone', () => {
        expect(splitUtf8('需要带的材料：户口簿。')).toEqual(['需要带的材料：户口簿。']);
    });

    it('splits Chinese on paragraph boundaries, every part within 2048 bytes, nothing lost', () => {
        // 3 bytes a character: 300 characters = 900 bytes a paragraph, so two fit and three do not.
        const paragraphs = ['甲', '乙', '丙', '丁', '戊'].map((c) => c.repeat(300));
        const parts = splitUtf8(paragraphs.join('\n\n'));
        expect(parts).toEqual([
            `${paragraphs[0]}\n\n${paragraphs[1]}`,
            `${paragraphs[2]}\n\n${paragraphs[3]}`,
            paragraphs[4],
        ]);
        for (const p of parts) expect(bytes(p)).toBeLessThanOrEqual(WECHAT_TEXT_MAX_BYTES);
    });

    it('cuts a paragraph longer than the limit between characters, never inside one', () => {
        const long = '社'.repeat(1000) + '😀'.repeat(10) + '保'.repeat(1000);
        const parts = splitUtf8(long);
        expect(parts.join('')).toBe(long);
        for (const p of parts) {
            expect(bytes(p)).toBeLessThanOrEqual(WECHAT_TEXT_MAX_BYTES);
            // A cut inside a character would leave a replacement character after a UTF-8 round trip.
            expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
            expect(p).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
        }
        expect(bytes(parts[0]!)).toBe(2046);
    });

    it('splits further for a smaller limit (after WeChat answers 45002)', () => {
        const parts = splitUtf8('第一行\n第二行\n第三行', 20);
        expect(parts).toEqual(['第一行\n第二行', '第三行']);
    });
});

describe('passive reply XML', () => {
    it('survives "]]>" and control characters in the text', () => {
        const xml = textReplyXml('oParent', 'gh_account', 1796140800, 'a ]]> b\u0001\u0008 c\n第二行');
        expect(parseWeChatXml(xml)).toEqual({
            ToUserName: 'oParent',
            FromUserName: 'gh_account',
            CreateTime: '1796140800',
            MsgType: 'text',
            Content: 'a ]]> b c\n第二行',
        });
    });
});

describe('WeChat configuration', () => {
    it('is off by default and points at WeChat’s API', () => {
        const c = loadConfig({});
        expect(c.WECHAT_TOKEN).toBeUndefined();
        expect(c.WECHAT_API_BASE_URL).toBe('https://api.weixin.qq.com');
    });

    it('refuses values WeChat would not accept, naming the variable', () => {
        expect(() => loadConfig({ WECHAT_TOKEN: 'has spaces' })).toThrow(/WECHAT_TOKEN/);
        expect(() =>
            loadConfig({
                WECHAT_TOKEN: 'tok123',
                WECHAT_ENCODING_AES_KEY: 'short',
                WECHAT_APP_ID: 'wx1',
                WECHAT_APP_SECRET: 's',
            }),
        ).toThrow(/WECHAT_ENCODING_AES_KEY/);
        expect(() => loadConfig({ WECHAT_TOKEN: 'tok123', WECHAT_APP_ID: 'wx1' })).toThrow(/WECHAT_APP_SECRET/);
        expect(() => loadConfig({ WECHAT_TOKEN: 'tok123', WECHAT_ENCODING_AES_KEY: 'a'.repeat(43) })).toThrow(
            /WECHAT_APP_ID/,
        );
        expect(() => loadConfig({ WECHAT_API_BASE_URL: 'ftp://example' })).toThrow(/WECHAT_API_BASE_URL/);
    });
});
