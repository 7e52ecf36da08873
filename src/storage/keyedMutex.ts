/**
 * An in-process, per-key async mutex.
 *
 * Callers for the same key are served in arrival order; different keys never wait for each other.
 * The map only holds keys that are locked or have waiters, so it does not grow with the number of keys seen.
 */
export class KeyedMutex {
    private readonly tails = new Map<string, Promise<void>>();

    /**
     * Waits until `key` is free, then holds it.
     *
     * @returns a release function; call it exactly once (extra calls are harmless).
     */
    async acquire(key: string): Promise<() => void> {
        const previous = this.tails.get(key) ?? Promise.resolve();
        let releaseCurrent!: () => void;
        const current = new Promise<void>((resolve) => {
            releaseCurrent = resolve;
        });
        // The next caller waits for this one to release, whatever happened to the ones before.
        const tail = previous.then(() => current);
        this.tails.set(key, tail);
        await previous;
        let released = false;
        return () => {
            if (released) return;
            released = true;
            releaseCurrent();
            // Only the last holder in the chain may drop the entry; a later waiter has replaced it otherwise.
            if (this.tails.get(key) === tail) this.tails.delete(key);
        };
    }

    /** Runs `fn` while holding `key`. */
    async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
        const release = await this.acquire(key);
        try {
            return await fn();
        } finally {
            release();
        }
    }

    /** Number of keys currently held or awaited (for tests and diagnostics). */
    get size(): number {
        return this.tails.size;
    }
}
