/**
 * The one way time reaches the bot's logic: injected, so tests set it and nothing reads the real
 * clock inside a turn.
 */
export interface Clock {
    now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The date (YYYY-MM-DD) in China (UTC+8, no daylight saving) at an instant. */
export function chinaDate(at: Date): string {
    return new Date(at.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
