import type { Middleware, TurnContext } from 'botbuilder';

/** Sends allowed per conversation in each window (Teams' documented per-bot, per-thread limits). */
export const TEAMS_LIMITS: readonly { count: number; ms: number }[] = [
    { count: 7, ms: 1_000 },
    { count: 8, ms: 2_000 },
    { count: 60, ms: 30_000 },
    { count: 1_800, ms: 3_600_000 },
];

export interface SendRateDeps {
    now?: () => number;
    sleep?: (ms: number) => Promise<void>;
    limits?: readonly { count: number; ms: number }[];
    /** Channels to pace (default: Teams only). */
    channels?: ReadonlySet<string>;
}

/**
 * Paces outgoing messages per conversation so a burst (a turn with several replies, agent
 * messages, proactive notices) stays within the channel's rate limits instead of being throttled.
 * Waits rather than drops: nothing the bot says is lost.
 */
export function createSendRateMiddleware(
    deps: SendRateDeps = {},
): Middleware & { delayFor(conversationId: string): number } {
    const now = deps.now ?? Date.now;
    const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const limits = deps.limits ?? TEAMS_LIMITS;
    const channels = deps.channels ?? new Set(['msteams']);
    const longest = Math.max(...limits.map((l) => l.ms));
    const history = new Map<string, number[]>();

    /** How long the next send in a conversation must wait. */
    const delayFor = (conversationId: string): number => {
        const t = now();
        const sent = (history.get(conversationId) ?? []).filter((s) => s > t - longest);
        history.set(conversationId, sent);
        let wait = 0;
        for (const { count, ms } of limits) {
            const inWindow = sent.filter((s) => s > t - ms);
            if (inWindow.length >= count) wait = Math.max(wait, inWindow[inWindow.length - count]! + ms - t);
        }
        return wait;
    };

    return {
        delayFor,
        async onTurn(context: TurnContext, next: () => Promise<void>) {
            if (channels.has(context.activity.channelId)) {
                const id = context.activity.conversation?.id ?? '';
                context.onSendActivities(async (_ctx, activities, sendNext) => {
                    for (let i = 0; i < activities.length; i++) {
                        const wait = delayFor(id);
                        if (wait > 0) await sleep(wait);
                        history.set(id, [...(history.get(id) ?? []), now()]);
                    }
                    return sendNext();
                });
            }
            await next();
        },
    };
}
