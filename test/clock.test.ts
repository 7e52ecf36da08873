import { describe, expect, it } from '@jest/globals';
import { chinaDate } from '../src/clock.js';

describe('chinaDate: the calendar day in China (UTC+8)', () => {
    // Asked in this order, so the day it remembers is checked at both of its edges and across years.
    it.each([
        ['2026-12-02T15:59:59.999Z', '2026-12-02'],
        ['2026-12-02T16:00:00.000Z', '2026-12-03'],
        ['2026-12-02T15:59:59.999Z', '2026-12-02'],
        ['2026-12-03T15:59:00.000Z', '2026-12-03'],
        ['2026-12-31T16:00:00.000Z', '2027-01-01'],
        ['1969-12-31T16:00:00.000Z', '1970-01-01'],
        ['1969-12-31T15:59:59.000Z', '1969-12-31'],
        ['2026-12-03T00:00:00.000Z', '2026-12-03'],
    ])('%s is %s there', (at, day) => {
        expect(chinaDate(new Date(at))).toBe(day);
    });
});
