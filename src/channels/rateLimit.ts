import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** What to do with a message: handle it, tell the user to slow down (once per window), or drop it quietly. */
export type RateVerdict = 'ok' | 'tell' | 'quiet';

/**
 * Messages per conversation per time window (in memory, so per instance, unless a shared limiter is given). The first message over
 * the limit in a window gets a polite "please wait"; the rest of that window's excess is dropped
 * without a reply, so a flood does not turn into a flood of apologies.
 */
export class ConversationRateLimit {
    private readonly limiter: RateLimiterAbstract;

    constructor(private readonly options: { messages: number; windowSeconds: number; limiter?: RateLimiterAbstract }) {
        this.limiter =
            options.limiter ?? new RateLimiterMemory({ points: options.messages, duration: options.windowSeconds });
    }

    async check(key: string): Promise<RateVerdict> {
        try {
            await this.limiter.consume(key);
            return 'ok';
        } catch (rejection) {
            // A counter that cannot be reached never costs a parent an answer.
            if (!(rejection instanceof RateLimiterRes)) return 'ok';
            return rejection.consumedPoints === this.options.messages + 1 ? 'tell' : 'quiet';
        }
    }
}
