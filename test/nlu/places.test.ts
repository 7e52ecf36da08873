import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadPlaces, PlaceFinder } from '../../src/nlu/places.js';

let finder: PlaceFinder;

beforeAll(async () => {
    // 临湘 and 慈溪 are county-level cities the knowledge base has rules for: named without 市 too.
    finder = new PlaceFinder(await loadPlaces('data/cities.json'), { known: new Set(['linxiang', 'cixi']) });
});

const found = (text: string) => {
    const r = finder.find(text);
    return r.success ? r.value.id : null;
};

describe('the city a parent names', () => {
    it.each([
        ['we live in Haikou', 'haikou'],
        ['what about Guiyang?', 'guiyang'],
        ["we're in Xi'an", 'xian'],
        ['zhongshan city', 'zhongshan'],
        ['Is it different in WUHAN', 'wuhan'],
        ['we moved to Shenzhen last year', 'shenzhen'],
        ['in xian', 'xian'],
        ['we live in Guǎngzhōu', 'guangzhou'],
        ['Xī’ān', 'xian'],
    ] as const)('English or pinyin: %s → %s', (text, id) => {
        expect(found(text)).toBe(id);
    });

    it.each([
        ['我们住在海口', 'haikou'],
        ['那贵阳呢', 'guiyang'],
        ['中山市怎么办', 'zhongshan'],
        ['在武汉', 'wuhan'],
        ['临湘', 'linxiang'],
        ['慈溪市的规定', 'cixi'],
        ['我们在深圳', 'shenzhen'],
        ['海南海口', 'haikou'],
    ] as const)('Chinese, with or without 市: %s → %s', (text, id) => {
        expect(found(text)).toBe(id);
    });

    it('says back a place it has no rule for under its own names', () => {
        const r = finder.find('we live in Shenzhen');
        expect(r).toEqual({
            success: true,
            value: expect.objectContaining({ id: 'shenzhen', zh: '深圳', en: 'Shenzhen' }),
        });
    });

    it.each([
        '合作银行在哪里', // 合作 is a county-level city, and a word: only 合作市 names it
        'the mile is long',
        'what documents do I need',
        '需要带什么材料',
        '东方的卡',
    ])('finds no place in %s', (text) => {
        expect(found(text)).toBeNull();
    });

    it.each([
        ['福州', 'fuzhou', { id: 'fujian', zh: '福建', en: 'Fujian' }],
        ['抚州市', 'fuzhou-city', { id: 'jiangxi', zh: '江西', en: 'Jiangxi' }],
        ['郑州', 'zhengzhou', { id: 'henan', zh: '河南', en: 'Henan' }],
        ['慈溪', 'cixi', { id: 'zhejiang', zh: '浙江', en: 'Zhejiang' }],
    ] as const)('%s (%s) carries the province it is in', (text, id, province) => {
        expect(finder.find(text)).toEqual({ success: true, value: expect.objectContaining({ id, province }) });
    });

    it.each(['河南', '北京', 'Shanghai'])('%s (a province or a municipality) is in no province', (text) => {
        const r = finder.find(text);
        expect(r.success && r.value.province).toBe(undefined);
    });

    it('a county-level city counts when named with 市', () => {
        expect(found('我们在合作市')).toBe('hezuo');
    });
});
