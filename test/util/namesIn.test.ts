import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import { namesIn } from '../../src/util/namesIn.js';

describe('namesIn', () => {
    it('finds the names that occur in the text, Chinese and English, anywhere in a word', () => {
        const text = '{"rule":"在临湘市办理","note":"xi\'an and guangzhou: understand"}';
        expect(namesIn(text, ['临湘', '慈溪', "xi'an", 'guangzhou', 'anda', 'und', 'x'])).toEqual(
            new Set(['临湘', "xi'an", 'guangzhou', 'und', 'x']),
        );
    });

    it('finds a name at the very end of the text, and overlapping names', () => {
        expect(namesIn('abcab', ['ab', 'bca', 'cab', 'abc', 'bb'])).toEqual(new Set(['ab', 'bca', 'cab', 'abc']));
    });

    it('says what text.includes says for every name', () => {
        const alphabet = fc.constantFrom('a', 'b', '市', '海', "'", ' ');
        const word = fc.string({ unit: alphabet, maxLength: 4 });
        fc.assert(
            fc.property(
                fc.string({ unit: alphabet, maxLength: 40 }),
                fc.array(word, { maxLength: 12 }),
                (text, names) => {
                    expect(namesIn(text, names)).toEqual(new Set(names.filter((n) => text.includes(n))));
                },
            ),
        );
    });
});
