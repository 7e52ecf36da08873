import type { Storage, StoreItem } from 'botbuilder';
import type { Lang } from '../kb/schema.js';
import { IF_ABSENT, isETagConflict } from '../storage/errors.js';
import { KeyedMutex } from '../storage/keyedMutex.js';
import type { Clock } from '../clock.js';

const KEY = 'handoff/unanswered';

export interface UnansweredEntry {
    text: string;
    lang: Lang;
    count: number;
    firstAt: string;
    lastAt: string;
}

interface Doc extends StoreItem {
    entries: UnansweredEntry[];
}

/**
 * Questions the bot could not answer, counted by their normalised text (redacted of ID and phone
 * numbers before storing), so the team can see what to add to the knowledge base.
 */
export class UnansweredLog {
    /** This instance's updates of the log (one item), one at a time; other instances are retried on eTag. */
    private readonly lock = new KeyedMutex();

    constructor(
        private readonly storage: Storage,
        private readonly deps: { redact: (text: string) => string; clock: Clock; maxEntries?: number },
    ) {}

    async record(text: string, lang: Lang): Promise<void> {
        const clean = this.deps.redact(text.trim()).slice(0, 500);
        if (!clean) return;
        await this.lock.run(KEY, () => this.add(clean, lang));
    }

    private async add(clean: string, lang: Lang): Promise<void> {
        const key = clean.toLowerCase().replace(/\s+/g, ' ');
        const at = this.deps.clock.now().toISOString();
        for (let i = 0; i < 8; i++) {
            if (i > 0) await new Promise((r) => setTimeout(r, Math.random() * 10 * 2 ** i)); // another instance wrote: back off
            const doc = (await this.storage.read([KEY]))[KEY] as Doc | undefined;
            const entries = doc?.entries ? [...doc.entries] : [];
            const found = entries.find((e) => e.text.toLowerCase().replace(/\s+/g, ' ') === key && e.lang === lang);
            if (found) {
                found.count += 1;
                found.lastAt = at;
            } else {
                entries.push({ text: clean, lang, count: 1, firstAt: at, lastAt: at });
            }
            // Keep the most frequent, then the most recent, within the cap.
            entries.sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt));
            try {
                await this.storage.write({
                    [KEY]: { entries: entries.slice(0, this.deps.maxEntries ?? 500), eTag: doc?.eTag ?? IF_ABSENT },
                });
                return;
            } catch (err) {
                if (!isETagConflict(err)) throw err;
            }
        }
    }

    /** Retention: drops questions not asked since `olderThan`; returns how many were dropped. */
    async prune(olderThan: Date): Promise<number> {
        return this.lock.run(KEY, () => this.dropOlderThan(olderThan));
    }

    private async dropOlderThan(olderThan: Date): Promise<number> {
        const cutoff = olderThan.toISOString();
        for (let i = 0; i < 8; i++) {
            const doc = (await this.storage.read([KEY]))[KEY] as Doc | undefined;
            if (!doc?.entries?.length) return 0;
            const kept = doc.entries.filter((e) => e.lastAt >= cutoff);
            const dropped = doc.entries.length - kept.length;
            if (dropped === 0) return 0;
            try {
                if (kept.length) await this.storage.write({ [KEY]: { entries: kept, eTag: doc.eTag ?? '*' } });
                else await this.storage.delete([KEY]);
                return dropped;
            } catch (err) {
                if (!isETagConflict(err)) throw err;
            }
        }
        throw new Error('Could not prune the unanswered-questions log: too much contention');
    }

    /** Most frequent first. */
    async list(): Promise<UnansweredEntry[]> {
        const doc = (await this.storage.read([KEY]))[KEY] as Doc | undefined;
        return doc?.entries ?? [];
    }
}
