/**
 * The one way time reaches the bot's logic: injected, so tests set it and nothing reads the real
 * clock inside a turn.
 */
export interface Clock {
    now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The calendar day in China (UTC+8, no daylight saving) at an instant, as YYYY-MM-DD. */
export function chinaDate(at: Date): string {
    return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
