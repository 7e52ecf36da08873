import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../logger.js';

export { RateLimiterRes };
export type { RateLimiterAbstract };

export interface LimiterOptions {
    /** Names the counter (and its keys in Redis): one per kind of limit. */
    keyPrefix: string;
    /** Points a key may consume per `duration` seconds. */
    points: number;
    duration: number;
    /** Seconds a key stays refused once over its points (default: until the window ends). */
    blockDuration?: number;
}

/**
 * Where rate counters live. `memory`: each instance counts on its own. `redis` (REDIS_URL): every
 * instance counts in the same Redis, so N instances allow the limit once, not N times; if Redis cannot
 * be reached a request is counted in this instance's memory instead (never refused or failed for it).
 */
export interface Limiters {
    readonly shared: boolean;
    create(options: LimiterOptions): RateLimiterAbstract;
    close(): Promise<void>;
}

export const memoryLimiters = (): Limiters => ({
    shared: false,
    create: (o) => new RateLimiterMemory({ ...o }),
    close: async () => undefined,
});

/** Limiters counting in the Redis at `url`; waits (briefly) for the first connection. */
export async function redisLimiters(
    url: string,
    logger: Logger,
    options: { connectTimeoutMs?: number } = {},
): Promise<Limiters> {
    const { Redis } = await import('ioredis');
    // No offline queue: while Redis is unreachable a count fails at once and falls back to memory.
    const client = new Redis(url, {
        lazyConnect: true,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: options.connectTimeoutMs ?? 5000,
    });
    let reported = false;
    client.on('error', (err: Error) => {
        if (reported) return;
        reported = true;
        logger.warn(
            { event: 'ratelimit.redis.unavailable', err: { message: err.message } },
            'Redis unreachable: rate limits counted per instance until it is back',
        );
    });
    client.on('ready', () => {
        if (reported) logger.info({ event: 'ratelimit.redis.ready' }, 'Redis reachable again: rate limits shared');
        reported = false;
    });
    await client.connect().catch(() => undefined);
    return {
        shared: true,
        create: (o) =>
            new RateLimiterRedis({
                storeClient: client,
                ...o,
                keyPrefix: `sscard:${o.keyPrefix}`,
                insuranceLimiter: new RateLimiterMemory({ ...o }),
            }),
        close: async () => {
            client.disconnect();
        },
    };
}
