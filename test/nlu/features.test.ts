import { describe, expect, it } from '@jest/globals';
import { FeatureExtractor } from '../../src/nlu/features.js';

describe('concept features', () => {
    const concepts = [{ id: 'hotline', en: ['hotline', '12333'], zh: ['热线', '12333'] }];

    it('names a concept by a number alone, in either language', () => {
        const fx = new FeatureExtractor([], concepts);
        expect(fx.extract('12333是干嘛的').has('k:hotline')).toBe(true);
        expect(fx.extract('what is 12333 for').has('k:hotline')).toBe(true);
        expect(fx.extract('what is 12334 for').has('k:hotline')).toBe(false);
    });
});
