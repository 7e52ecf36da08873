/**
 * The one way time reaches the bot's logic: injected, so tests set it and nothing reads the real
 * clock inside a turn.
 */
export interface Clock {
    now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
