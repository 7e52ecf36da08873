import { type Storage } from 'botbuilder';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';
import { loadContent, type Content } from '../../src/app.js';
import { CardBot } from '../../src/bot.js';
import { TurnReader } from '../../src/channels/turnReader.js';
import type { Lang } from '../../src/kb/schema.js';
import { silentLogger } from '../../src/logger.js';
import { TurnRunner } from '../../src/state/turnRunner.js';
import { systemClock, type Clock } from '../../src/clock.js';

let cached: Promise<Content> | undefined;

/** The real knowledge base and catalogue from data/, loaded once per test file. */
export function content(): Promise<Content> {
    cached ??= loadContent({ KB_FILE: 'data/kb.json', LOCALES_DIR: 'data/locales' });
    return cached;
}

/** Everything a dialog or bot test needs, on the given storage (memory by default). */
export async function buildBot(options: { storage?: Storage; defaultLang?: Lang; clock?: Clock } = {}) {
    const c = await content();
    const storage = options.storage ?? new MemoryStorage();
    const defaultLang = options.defaultLang ?? 'en';
    const runner = new TurnRunner({ storage, logger: silentLogger, clock: options.clock ?? systemClock });
    const reader = new TurnReader({ ...c, logger: silentLogger, defaultLang });
    const bot = new CardBot({ runner, reader, answers: c.answers, catalog: c.catalog, flows: c.flows, defaultLang, clock: options.clock ?? systemClock });
    return { ...c, storage, runner, reader, bot };
}
