/**
 * The one way time reaches the bot's logic: injected, so tests set it and nothing reads the real
 * clock inside a turn.
 */
export interface Clock {
    now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
/** The last day worked out, and the instants it spans: every turn asks, nearly always for the same day. */
let lastDay = { from: 0, to: 0, date: '' };

/** The calendar day in China (UTC+8, no daylight saving) at an instant, as YYYY-MM-DD. */
export function chinaDate(at: Date): string {
    const ms = at.getTime();
    if (ms >= lastDay.from && ms < lastDay.to) return lastDay.date;
    const local = ms + CHINA_OFFSET_MS;
    const date = new Date(local).toISOString().slice(0, 10);
    const from = local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - CHINA_OFFSET_MS;
    lastDay = { from, to: from + DAY_MS, date };
    return date;
}
