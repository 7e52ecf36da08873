import type { Logger } from '../logger.js';
import type { Clock } from '../clock.js';

/** A store that can delete what was last written before a time (LmdbStorage, BlobStateStorage). */
export interface Sweepable {
    sweep(options: { olderThan: Date }): Promise<number>;
}

export function isSweepable(value: unknown): value is Sweepable {
    return typeof (value as Partial<Sweepable> | undefined)?.sweep === 'function';
}

/** One kind of data to expire: returns how many items it removed. */
export interface RetentionTask {
    name: string;
    run(olderThan: Date): Promise<number>;
}

export interface RetentionDeps {
    tasks: RetentionTask[];
    /** How long data is kept after its last change, in ms. */
    retentionMs: number;
    /** How often to sweep, in ms. */
    intervalMs: number;
    clock: Clock;
    logger: Logger;
}

/**
 * Deletes conversation data once it has gone unchanged for the retention period: runs every task
 * now and then at a fixed interval (the timer does not keep the process alive). Sweeps never overlap;
 * a failing task is logged and the others still run.
 */
export class RetentionSweeper {
    private timer: NodeJS.Timeout | undefined;
    private running: Promise<Record<string, number>> | undefined;

    constructor(private readonly deps: RetentionDeps) {}

    /** Runs one sweep (or joins the one in progress); returns what each task removed (-1 for a failed task). */
    sweepOnce(): Promise<Record<string, number>> {
        this.running ??= this.sweep().finally(() => {
            this.running = undefined;
        });
        return this.running;
    }

    private async sweep(): Promise<Record<string, number>> {
        const olderThan = new Date(this.deps.clock.now().getTime() - this.deps.retentionMs);
        const removed: Record<string, number> = {};
        for (const task of this.deps.tasks) {
            try {
                removed[task.name] = await task.run(olderThan);
            } catch (err) {
                removed[task.name] = -1;
                this.deps.logger.error(
                    { event: 'retention.failed', task: task.name, err: { message: (err as Error).message } },
                    'retention sweep task failed',
                );
            }
        }
        this.deps.logger.info(
            { event: 'retention.swept', olderThan: olderThan.toISOString(), removed },
            'retention sweep done',
        );
        return removed;
    }

    /** Sweeps now, then every interval. */
    start(): void {
        if (this.timer) return;
        void this.sweepOnce();
        this.timer = setInterval(() => void this.sweepOnce(), this.deps.intervalMs);
        this.timer.unref();
    }

    /** Stops the schedule and waits for a sweep in progress. */
    async stop(): Promise<void> {
        if (this.timer) clearInterval(this.timer);
        this.timer = undefined;
        await this.running?.catch(() => undefined);
    }
}
