import { randomBytes } from 'node:crypto';
import { ShowTypingMiddleware, type Storage } from 'botbuilder';
import { MemoryStorage } from './storage/memoryStorage.js';
import type { Server } from 'restify';
import { createAdapter, createBotAuth, type AuthEndpoints } from './adapter.js';
import { AgentAuth, parseAgents } from './agent/auth.js';
import { registerAgentConsole } from './agent/routes.js';
import { CardBot } from './bot.js';
import { ConversationRateLimit } from './channels/rateLimit.js';
import { TurnReader } from './channels/turnReader.js';
import type { Config } from './config.js';
import { Answers } from './core/answers.js';
import { loadPlaces, PlaceFinder } from './nlu/places.js';
import { createUnderstander, type Understander } from './core/understand.js';
import { HandoffGate } from './handoff/gate.js';
import { HandoffService } from './handoff/service.js';
import { HandoffStore } from './handoff/store.js';
import { UnansweredLog } from './handoff/unanswered.js';
import { loadCatalog, type Catalog } from './i18n.js';
import { loadKnowledgeBase } from './kb/load.js';
import type { KnowledgeBase } from './kb/schema.js';
import type { Logger } from './logger.js';
import { TopicMatcher } from './nlu/matcher.js';
import { createOnTurnError } from './onTurnError.js';
import { redact } from './privacy/redact.js';
import { createServer } from './server.js';
import { LocalDirectLineAdapter } from './directline/localAdapter.js';
import { LOCAL_SERVICE_URL, registerDirectLine } from './directline/routes.js';
import { createFileStorage } from './storage/fileStorage.js';
import { LmdbStorage } from './storage/lmdbStorage.js';
import { migrateFileStorage } from './storage/migrateFileStorage.js';
import { hasAtomicMultiKeyWrites } from './storage/atomic.js';
import { isSweepable, RetentionSweeper, type RetentionTask } from './storage/retention.js';
import { OptimisticConversationState } from './state/optimisticState.js';
import { outboxMiddleware } from './state/outbox.js';
import { TurnRunner } from './state/turnRunner.js';
import { WECHAT_SERVICE_URL } from './wechat/adapter.js';
import { createWeChatChannel, type WeChatChannel, type WeChatHooks } from './wechat/channel.js';
import { systemClock, type Clock } from './clock.js';

export type { Clock };

export interface AppDeps {
    config: Config;
    /** Where state, handoff records and transcripts live. Default: chosen by `config.STORAGE`. */
    storage?: Storage;
    logger: Logger;
    clock?: Clock;
    /** Azure Direct Line's address (tests point it at a fake). */
    directLineBaseUrl?: string;
    /** Where Bot Framework tokens are validated (tests point it at a local OpenID server). */
    authEndpoints?: AuthEndpoints;
    /** The WeChat channel's reply-budget timer and cipher randomness (tests). */
    wechat?: WeChatHooks;
}

export interface Content {
    kb: KnowledgeBase;
    catalog: Catalog;
    answers: Answers;
    understander: Understander;
}

/** Loads and validates the knowledge base and the catalogue, and builds what reads and answers messages. */
export async function loadContent(config: Pick<Config, 'KB_FILE' | 'LOCALES_DIR'> & Partial<Pick<Config, 'CITIES_FILE'>>): Promise<Content> {
    const kb = await loadKnowledgeBase(config.KB_FILE);
    const catalog = await loadCatalog(config.LOCALES_DIR);
    const answers = new Answers(kb, catalog);
    const places = await loadPlaces(config.CITIES_FILE ?? 'data/cities.json');
    // Places the knowledge base has rules for are read even without 市 (临湘, 慈溪 are county-level).
    const kbText = JSON.stringify(kb).toLowerCase();
    const known = new Set(places.filter((p) => kbText.includes(p.zh) || kbText.includes(p.en.toLowerCase())).map((p) => p.id));
    const placeFinder = new PlaceFinder(places, { known });
    const understander = createUnderstander({ matcher: new TopicMatcher(kb), catalog, buttonIntents: answers.buttonIntents(), places: placeFinder });
    return { kb, catalog, answers, understander };
}

/** The storage the configuration asks for. */
export async function createStorage(config: Config, logger: Logger, clock: Clock): Promise<Storage> {
    const onWarning = (message: string, err?: unknown) =>
        logger.warn({ err: err instanceof Error ? { message: err.message } : undefined }, message);
    if (config.STORAGE === 'memory') return new MemoryStorage();
    if (config.STORAGE === 'blob') {
        // Loaded only when configured: the Azure SDK takes a good part of a second to load.
        const { createBlobStorage } = await import('./storage/blobStorage.js');
        return createBlobStorage({ connectionString: config.BLOB_CONNECTION_STRING!, container: config.BLOB_CONTAINER, onWarning });
    }
    if (config.STORAGE === 'file') return createFileStorage({ dir: config.STATE_DIR, clock, onWarning });
    const storage = await LmdbStorage.open({ dir: config.STATE_DIR, clock, durability: config.STATE_DURABILITY });
    // What the previous file store left in the same directory is carried over once, on the first start.
    const migrated = await migrateFileStorage(storage, storage.dir);
    if (migrated.imported || migrated.alreadyThere) {
        logger.info({ event: 'state.migrated', dir: storage.dir, ...migrated, unreadable: migrated.unreadable.length }, 'carried the file store\'s items over into the database');
    }
    for (const file of migrated.unreadable) {
        logger.warn({ event: 'state.migration.unreadable', file }, 'a file of the previous store could not be read; left in place');
    }
    return storage;
}

export interface App {
    server: Server;
    bot: CardBot;
    adapter: ReturnType<typeof createAdapter>;
    conversationState: OptimisticConversationState;
    handoff: HandoffService;
    storage: Storage;
    /** The WeChat Official Account channel, when WECHAT_TOKEN is set. */
    wechat?: WeChatChannel;
    /** Deletes conversation data past the retention period; `src/index.ts` starts it. */
    retention: RetentionSweeper;
    /**
     * Graceful stop: stops accepting connections, lets requests (turns) in flight finish, stops the
     * retention sweep and closes chat WebSockets. Resolves true when everything finished within
     * `timeoutMs`, false when connections had to be cut.
     */
    close(timeoutMs?: number): Promise<boolean>;
}

/**
 * Builds the whole bot from its dependencies without listening on a port: content is loaded and
 * validated first, so a broken knowledge base stops start-up with the file and field at fault.
 */
export async function createApp(deps: AppDeps): Promise<App> {
    const { config, logger } = deps;
    const clock = deps.clock ?? systemClock;
    const { catalog, answers, understander } = await loadContent(config);
    const storage = deps.storage ?? (await createStorage(config, logger, clock));
    // Only a store made here is closed here; an injected one belongs to the caller.
    const ownStorage = deps.storage ? undefined : storage;
    const conversationState = new OptimisticConversationState(storage);
    const defaultLang = config.DEFAULT_LOCALE === 'zh-CN' ? 'zh' : 'en';

    const agents = parseAgents(config.AGENTS);
    const handoffStore = new HandoffStore(storage);
    const handoff = new HandoffService({ store: handoffStore, clock, redact });
    const unanswered = new UnansweredLog(storage, { redact, clock });
    const retentionTasks: RetentionTask[] = [
        // State, handoff records and their transcripts: one item per conversation, removed by last change.
        ...(isSweepable(storage) ? [{ name: 'conversations', run: (olderThan: Date) => storage.sweep({ olderThan }) }] : []),
        { name: 'unanswered', run: (olderThan) => unanswered.prune(olderThan) },
        { name: 'handoffIndex', run: () => handoffStore.pruneIndex() },
    ];
    if (!isSweepable(storage)) logger.warn({ event: 'retention.unsupported' }, 'this storage cannot be swept: conversation data is kept until the process ends');
    const retention = new RetentionSweeper({
        tasks: retentionTasks,
        retentionMs: config.RETENTION_DAYS * 24 * 60 * 60 * 1000,
        intervalMs: config.RETENTION_SWEEP_MINUTES * 60 * 1000,
        clock,
        logger,
    });
    // The error handler needs only the conversation state, so every adapter is built with it up front.
    const onTurnError = createOnTurnError({ logger, catalog, conversationState, defaultLang });
    const auth = createBotAuth(config, deps.authEndpoints);
    const adapter = createAdapter(auth, onTurnError);
    // Web Chat shows a typing indicator while a turn takes longer than half a second.
    const local = new LocalDirectLineAdapter({ clock }).use(outboxMiddleware).use(new ShowTypingMiddleware(500, 2000)) as LocalDirectLineAdapter;
    // Off (undefined) unless WECHAT_TOKEN is set.
    const wechat = createWeChatChannel({ config, storage, clock, logger, hooks: deps.wechat });
    const gate = new HandoffGate({
        service: handoff,
        unanswered,
        catalog,
        answers,
        logger,
        proactive: {
            // Conversations of the built-in Direct Line endpoint live in-process; the rest go through the Bot Connector.
            continueConversation: (reference, logic) =>
                reference.serviceUrl === LOCAL_SERVICE_URL
                    ? local.continueConversation(reference, logic)
                    : wechat && reference.serviceUrl === WECHAT_SERVICE_URL
                      ? wechat.adapter.continueConversation(reference, logic)
                      : adapter.continueConversationAsync(config.MicrosoftAppId ?? '', reference, logic),
        },
        eventChannels: new Set(config.HANDOFF_EVENT_CHANNELS.split(',').map((c) => c.trim()).filter(Boolean)),
        agentsAvailable: agents.size > 0,
        joinStateSave: hasAtomicMultiKeyWrites(storage),
    });

    const reader = new TurnReader({
        conversationState,
        answers,
        understander,
        logger,
        defaultLang,
        maxMessageLength: config.MAX_MESSAGE_CHARS,
        rateLimit:
            config.RATE_LIMIT_CONVERSATION > 0
                ? new ConversationRateLimit({ messages: config.RATE_LIMIT_CONVERSATION, windowSeconds: config.RATE_LIMIT_CONVERSATION_WINDOW_SECONDS })
                : undefined,
        logText: config.LOG_MESSAGE_TEXT === 'true',
    });
    const runner = new TurnRunner({ conversationState, logger });
    const bot = new CardBot({ conversationState, reader, answers, catalog, defaultLang, handoff: gate, runner, clock });
    local.onTurnError = onTurnError;
    if (wechat) wechat.adapter.onTurnError = onTurnError;
    const server = createServer({
        adapter,
        auth,
        bot,
        logger,
        maxBodyBytes: config.MAX_BODY_BYTES,
        requestsPerMinutePerAddress: config.RATE_LIMIT_IP_PER_MINUTE,
        authTimeoutMs: config.AUTH_TIMEOUT_SECONDS * 1000,
    });
    registerAgentConsole(server, {
        auth: new AgentAuth(agents, config.AGENT_TOKEN_SECRET ?? randomBytes(32).toString('hex'), clock),
        service: handoff,
        gate,
        unanswered,
        logger,
        publicDir: 'public/agent',
    });
    const directLine = registerDirectLine(server, {
        adapter: local,
        bot,
        logger,
        tokenSecret: config.WEBCHAT_TOKEN_SECRET ?? randomBytes(32).toString('hex'),
        azureSecret: config.DIRECT_LINE_SECRET,
        azureBaseUrl: deps.directLineBaseUrl,
        publicDir: 'public',
    });
    wechat?.register(server, { bot, catalog, answers, conversationData: reader.data });
    server.on('close', () => {
        directLine.close();
        void retention.stop();
    });
    const close = async (timeoutMs = config.SHUTDOWN_TIMEOUT_SECONDS * 1000): Promise<boolean> => {
        directLine.close();
        const drained = await new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => {
                server.server.closeAllConnections();
                resolve(false);
            }, timeoutMs);
            // Stops listening at once and closes idle keep-alive connections; calls back once the
            // requests in flight have been answered, i.e. their turns have run and their state is saved.
            server.close(() => {
                clearTimeout(timer);
                resolve(true);
            });
        });
        // Turns answered `success` within WeChat's 5 s still send their replies through the API.
        if (wechat) {
            let timer: NodeJS.Timeout | undefined;
            await Promise.race([wechat.adapter.drain(), new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
            clearTimeout(timer);
        }
        await retention.stop();
        if (ownStorage instanceof LmdbStorage) await ownStorage.close();
        return drained;
    };
    return { server, bot, adapter, conversationState, handoff, storage, wechat, retention, close };
}
