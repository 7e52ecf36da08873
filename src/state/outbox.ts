import type { Activity, Middleware, ResourceResponse, TurnContext } from 'botbuilder';

const OUTBOX = Symbol('outbox');

/** Activity types held back until the turn's state is saved; the rest (typing, traces, invoke responses) go at once. */
const HELD_TYPES = new Set(['message', 'event', 'endOfConversation', 'handoff']);

/**
 * A turn's replies, held back while the turn runs (SDK edge).
 *
 * A turn whose state save loses an eTag race is run again from fresh state; replies it had already
 * sent could not be taken back, so the user would read answers to a turn that did not count. The
 * outbox keeps them until the state is saved, then sends them in order through the normal send
 * pipeline (so channel pacing and logging still see every message exactly once).
 */
export class Outbox {
    private held: Partial<Activity>[] = [];
    private holding = false;

    /** Starts holding replies (again), dropping any held from an earlier attempt. */
    hold(): void {
        this.held = [];
        this.holding = true;
    }

    /** Replies held so far in this attempt. */
    get pending(): readonly Partial<Activity>[] {
        return this.held;
    }

    /** Stops holding and sends what was held. */
    async release(context: TurnContext): Promise<void> {
        this.holding = false;
        const held = this.held;
        this.held = [];
        if (held.length) await context.sendActivities(held);
    }

    /** Stops holding and drops what was held. */
    discard(): void {
        this.holding = false;
        this.held = [];
    }

    /** The send handler: holds replies while holding, passes everything else through. */
    readonly handler = async (
        _context: TurnContext,
        activities: Partial<Activity>[],
        next: () => Promise<ResourceResponse[]>,
    ): Promise<ResourceResponse[]> => {
        if (!this.holding) return next();
        if (activities.some((a) => !HELD_TYPES.has(a.type ?? 'message'))) {
            // Mixed batches are not produced by this bot; send them as they come rather than split them.
            return next();
        }
        this.held.push(...activities);
        return activities.map(() => ({ id: '' }));
    };
}

/** The turn's outbox, installing it on the context if no middleware did. */
export function outboxOf(context: TurnContext): Outbox {
    let box = context.turnState.get(OUTBOX) as Outbox | undefined;
    if (!box) {
        box = new Outbox();
        context.turnState.set(OUTBOX, box);
        context.onSendActivities(box.handler);
    }
    return box;
}

/**
 * Installs the outbox ahead of every other send handler: use it as the adapter's first middleware
 * so held replies reach channel pacing (and anything else) only when they are really sent.
 */
export const outboxMiddleware: Middleware = {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
        outboxOf(context);
        await next();
    },
};
