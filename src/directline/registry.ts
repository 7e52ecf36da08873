/** The bounds of what one instance keeps of the built-in Direct Line conversations. */
export interface RegistryLimits {
    /** Conversations tracked at once. */
    maxConversations: number;
    /** Bytes of conversation logs tracked at once. */
    maxTotalBytes: number;
    /** A conversation with no open stream here and no message for this long may be evicted. */
    idleMs: number;
    /** A conversation issued (a token) but never started is idle after this long, if that is sooner. Default 60 s. */
    unstartedIdleMs?: number;
}

interface Entry {
    bytes: number;
    lastActive: number;
    streams: number;
    /** Its log was created or read (not just a token issued). */
    started: boolean;
}

/**
 * What this instance knows of the built-in Direct Line conversations it has issued or served: their size and when
 * they were last active, in order of last activity. When a new conversation or a larger log would go over the
 * bounds, the conversations idle longest make room, the idlest first; a conversation with an open
 * stream here, or with a message or a poll within the idle time, is never chosen (a conversation whose token was
 * issued but which was never started is idle after a minute). When nothing can make room, a new conversation
 * is refused. The caller removes what {@link admit} and {@link update} name from the store.
 */
export class ConversationRegistry {
    private readonly entries = new Map<string, Entry>();
    private total = 0;

    constructor(
        private readonly limits: RegistryLimits,
        private readonly now: () => number,
    ) {}

    get size(): number {
        return this.entries.size;
    }

    get totalBytes(): number {
        return this.total;
    }

    has(id: string): boolean {
        return this.entries.has(id);
    }

    /**
     * Makes room for a new conversation: returns the ids of idle conversations to evict and whether it was admitted
     * (false when only active conversations are tracked and there is no room).
     */
    admit(id: string): { admitted: boolean; evict: string[] } {
        if (this.entries.has(id)) return { admitted: true, evict: [] };
        const evict = this.makeRoom(1);
        if (this.entries.size + 1 > this.limits.maxConversations || this.total > this.limits.maxTotalBytes) {
            return { admitted: false, evict };
        }
        this.entries.set(id, { bytes: 0, lastActive: this.now(), streams: 0, started: false });
        return { admitted: true, evict };
    }

    /** Records a conversation's current size and activity; returns idle conversations to evict to stay in bounds. */
    update(id: string, bytes: number): string[] {
        const entry = this.entries.get(id) ?? { bytes: 0, lastActive: this.now(), streams: 0, started: true };
        this.total += bytes - entry.bytes;
        entry.bytes = bytes;
        entry.started = true;
        this.touch(id, entry);
        return this.makeRoom(0, id);
    }

    /** A stream opened (+1) or closed (-1) on this instance. */
    stream(id: string, delta: 1 | -1): void {
        const entry = this.entries.get(id) ?? { bytes: 0, lastActive: this.now(), streams: 0, started: true };
        entry.started = true;
        entry.streams = Math.max(0, entry.streams + delta);
        this.touch(id, entry);
    }

    private touch(id: string, entry: Entry): void {
        entry.lastActive = this.now();
        // Re-inserted: the map stays in order of last activity, the idlest first.
        this.entries.delete(id);
        this.entries.set(id, entry);
    }

    /** Forgets a conversation (it was evicted, or found active elsewhere and is kept). */
    forget(id: string): void {
        const entry = this.entries.get(id);
        if (!entry) return;
        this.total -= entry.bytes;
        this.entries.delete(id);
    }

    private makeRoom(newConversations: number, keep?: string): string[] {
        const evict: string[] = [];
        const over = () =>
            this.entries.size + newConversations > this.limits.maxConversations ||
            this.total > this.limits.maxTotalBytes;
        if (!over()) return evict;
        const unstartedIdleMs = Math.min(this.limits.idleMs, this.limits.unstartedIdleMs ?? 60_000);
        // In order of last activity, the idlest first.
        for (const [id, entry] of this.entries) {
            if (!over()) break;
            if (id === keep || entry.streams > 0) continue;
            if (this.now() - entry.lastActive < (entry.started ? this.limits.idleMs : unstartedIdleMs)) continue;
            evict.push(id);
            this.forget(id);
        }
        return evict;
    }
}
