import { describe, expect, it } from '@jest/globals';
import { copyJson } from '../../src/util/copyJson.js';

describe('copyJson', () => {
    it('copies plain JSON data deeply: equal, and changing the copy leaves the original as it was', () => {
        const original = {
            lang: 'zh',
            n: 3,
            yes: true,
            none: null,
            child: { ageDays: 61, city: { id: 'haikou', name: { en: 'Haikou', zh: '海口' } } },
            seen: ['a', 'b', { id: 1 }],
        };
        const before = JSON.stringify(original);
        const copy = copyJson(original);
        expect(copy).toEqual(original);
        copy.child.city.name.en = 'changed';
        (copy.seen[2] as { id: number }).id = 2;
        copy.seen.push('c');
        expect(JSON.stringify(original)).toBe(before);
        expect(copy.child).not.toBe(original.child);
    });

    it('returns values that are not objects as they are', () => {
        expect(copyJson(null)).toBeNull();
        expect(copyJson('text')).toBe('text');
        expect(copyJson(0)).toBe(0);
    });
});
