import { randomBytes } from 'node:crypto';
import type { Activity, ConversationReference, Storage } from 'botbuilder';
import type { AuthEndpoints, BotAdapter } from './adapter.js';
import { createBotFrameworkChannel, type BotFrameworkChannel } from './botframework/channel.js';
import type { Channel, ChannelDeps } from './channels/channel.js';
import { createDirectLineChannel } from './directline/channel.js';
import type { IncomingMessage } from 'node:http';
import { MemoryStorage } from './storage/memoryStorage.js';
import type { Server } from 'restify';
import { AgentAuth, parseAgents, storageSignOuts } from './agent/auth.js';
import { registerAgentConsole } from './agent/routes.js';
import { SignInLimiter, storageKnownAddresses } from './agent/signInLimit.js';
import { CardBot } from './bot.js';
import { ConversationRateLimit } from './channels/rateLimit.js';
import { TurnReader } from './channels/turnReader.js';
import type { Config } from './config.js';
import { FLOWS } from '../dialogs/index.js';
import { Answers } from './core/answers.js';
import type { GuidedFlow } from './core/flow.js';
import { loadPlaces, PlaceFinder } from './nlu/places.js';
import './nlu/loadRecognizers.js';
import { createUnderstander, type Understander } from './core/understand.js';
import { HandoffGate } from './handoff/gate.js';
import { HandoffService } from './handoff/service.js';
import { HandoffStore } from './handoff/store.js';
import { UnansweredLog } from './handoff/unanswered.js';
import { loadCatalog, type Catalog } from './i18n.js';
import { loadKnowledgeBase } from './kb/load.js';
import type { KnowledgeBase } from './kb/schema.js';
import type { Logger } from './logger.js';
import { loadMatcher } from './nlu/model.js';
import { createOnTurnError } from './onTurnError.js';
import { redact } from './privacy/redact.js';
import { createServer } from './server.js';
import { LmdbStorage } from './storage/lmdbStorage.js';
import { migrateFileStorage } from './storage/migrateFileStorage.js';
import { hasAtomicMultiKeyWrites } from './storage/atomic.js';
import { isSweepable, RetentionSweeper, type RetentionTask } from './storage/retention.js';
import { TurnRunner } from './state/turnRunner.js';
import { createWeChatChannel, type WeChatChannel, type WeChatHooks } from './wechat/channel.js';
import { systemClock, type Clock } from './clock.js';
import { clientAddress, TrustedProxies } from './http/clientAddress.js';
import { memoryLimiters, RateLimiterRes, redisLimiters, type Limiters } from './http/limiters.js';
import { WECHAT_PATH } from './wechat/routes.js';
import { namesIn } from './util/namesIn.js';

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
    /** The channels to serve (default {@link CHANNELS}). */
    channels?: readonly MakeChannel[];
    /** Where rate counters live. Default: Redis when REDIS_URL is set, else this process's memory. */
    limiters?: Limiters;
}

/** Builds one channel from what every channel gets and the app's own dependencies (test hooks); undefined when not configured. */
export type MakeChannel = (deps: ChannelDeps, app: AppDeps) => Channel | undefined;

/**
 * The channels the bot talks on, in the order a conversation's owner is looked up: the Bot Framework's
 * owns every conversation the others do not, so it comes last. Adding a channel: its folder with a
 * `channel.ts` (src/channels/channel.ts), and one line here.
 */
export const CHANNELS: readonly MakeChannel[] = [
    (deps, app) => createDirectLineChannel(deps, { azureBaseUrl: app.directLineBaseUrl }),
    (deps, app) => createWeChatChannel(deps, app.wechat),
    (deps, app) => createBotFrameworkChannel(deps, app.authEndpoints),
];

const isBotFramework = (c: Channel): c is BotFrameworkChannel => c.name === 'botframework';

export interface Content {
    kb: KnowledgeBase;
    catalog: Catalog;
    answers: Answers;
    understander: Understander;
    /** The guided flows the core routes to (dialogs/index.ts). */
    flows: readonly GuidedFlow[];
}

/** Loads and validates the knowledge base and the catalogue, and builds what reads and answers messages. */
export async function loadContent(config: Pick<Config, 'KB_FILE' | 'LOCALES_DIR'> & Partial<Pick<Config, 'CITIES_FILE'>>): Promise<Content> {
    const kb = await loadKnowledgeBase(config.KB_FILE);
    const catalog = await loadCatalog(config.LOCALES_DIR);
    const answers = new Answers(kb, catalog);
    const places = await loadPlaces(config.CITIES_FILE ?? 'data/cities.json');
    // Places the knowledge base has rules for are read even without 市 (临湘, 慈溪 are county-level): its content, not
    // the sample questions (which are most of its text and name places only in passing).
    const kbText = JSON.stringify(kb, (key, value: unknown) => (key === 'samples' ? undefined : value)).toLowerCase();
    const named = namesIn(kbText, places.flatMap((p) => [p.zh, p.en.toLowerCase()]));
    const known = new Set(places.filter((p) => named.has(p.zh) || named.has(p.en.toLowerCase())).map((p) => p.id));
    const placeFinder = new PlaceFinder(places, { known });
    const understander = createUnderstander({ matcher: loadMatcher(kb).matcher, catalog, buttonIntents: answers.buttonIntents(), places: placeFinder });
    return { kb, catalog, answers, understander, flows: FLOWS };
}

/** The storage the configuration asks for. */
export async function createStorage(config: Config, logger: Logger, clock: Clock): Promise<Storage> {
    const onWarning = (message: string, err?: unknown) =>
        logger.warn({ err: err instanceof Error ? { message: err.message } : undefined }, message);
    if (config.STORAGE === 'memory') return new MemoryStorage({ clock });
    if (config.STORAGE === 'blob') {
        // Loaded only when configured: the Azure SDK takes a good part of a second to load.
        const { createBlobStorage } = await import('./storage/blobStorage.js');
        return createBlobStorage({ connectionString: config.BLOB_CONNECTION_STRING!, container: config.BLOB_CONTAINER, onWarning });
    }
    const storage = await LmdbStorage.open({ dir: config.STATE_DIR, clock, durability: config.STATE_DURABILITY, onWarning });
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
    adapter: BotAdapter;
    /** Every channel the bot talks on. */
    channels: readonly Channel[];
    /** Loads, commits and sends every turn. */
    runner: TurnRunner;
    handoff: HandoffService;
    storage: Storage;
    /** The WeChat Official Account channel, when WECHAT_TOKEN is set. */
    wechat?: WeChatChannel;
    /** Deletes conversation data past the retention period; `src/index.ts` starts it. */
    retention: RetentionSweeper;
    /** Rate counters (shared through Redis when REDIS_URL is set); per-address limits and lock-outs use them. */
    limiters: Limiters;
    /** The address a request is counted under: the connection's, or the forwarded client's behind a trusted proxy (TRUST_PROXY). */
    clientAddress: (req: Pick<IncomingMessage, 'socket' | 'headers'>) => string;
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
    const { catalog, answers, understander, flows } = await loadContent(config);
    const storage = deps.storage ?? (await createStorage(config, logger, clock));
    // Only a store made here is closed here; an injected one belongs to the caller.
    const ownStorage = deps.storage ? undefined : storage;
    const runner = new TurnRunner({ storage, logger, clock });
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
    const limiters = deps.limiters ?? (config.REDIS_URL ? await redisLimiters(config.REDIS_URL, logger) : memoryLimiters());
    const ownLimiters = deps.limiters ? undefined : limiters;
    const trusted = new TrustedProxies(config.TRUST_PROXY);
    const addressOf = (req: Pick<IncomingMessage, 'socket' | 'headers'>) => clientAddress(req, trusted);
    const perAddress = config.RATE_LIMIT_IP_PER_MINUTE > 0 ? limiters.create({ keyPrefix: 'address', points: config.RATE_LIMIT_IP_PER_MINUTE, duration: 60 }) : undefined;
    // WebSocket upgrades bypass the HTTP middleware: counted against the same per-address limit (seconds to wait, or null).
    const admitUpgrade = perAddress
        ? (req: IncomingMessage) =>
              perAddress.consume(addressOf(req)).then(
                  () => null,
                  (r: unknown) => (r instanceof RateLimiterRes ? Math.max(1, Math.ceil(r.msBeforeNext / 1000)) : null),
              )
        : undefined;
    const onTurnError = createOnTurnError({
        logger,
        catalog,
        defaultLang,
        clearState: (context) => runner.clear(context.activity.channelId, context.activity.conversation.id),
    });
    const channelDeps: ChannelDeps = { config, storage, clock, logger, answers, onTurnError, admitUpgrade, clientAddress: addressOf, limiters };
    const channels = (deps.channels ?? CHANNELS).map((make) => make(channelDeps, deps)).filter((c): c is Channel => !!c);
    const botFramework = channels.find(isBotFramework);
    if (!botFramework) throw new Error('createApp needs the Bot Framework channel: /api/messages is served with it');
    const wechat = channels.find((c): c is WeChatChannel => c.name === 'wechat');
    const channelOf = (reference: Partial<ConversationReference> | Activity) => channels.find((c) => c.owns(reference)) ?? botFramework;
    const gate = new HandoffGate({
        service: handoff,
        unanswered,
        catalog,
        answers,
        logger,
        // Agents' messages go out through the channel that owns the conversation.
        proactive: { continueConversation: (reference, logic) => channelOf(reference).continueConversation(reference, logic) },
        eventChannels: new Set(config.HANDOFF_EVENT_CHANNELS.split(',').map((c) => c.trim()).filter(Boolean)),
        agentsAvailable: agents.size > 0,
        joinStateSave: hasAtomicMultiKeyWrites(storage),
    });

    const reader = new TurnReader({
        understander,
        logger,
        defaultLang,
        maxMessageLength: config.MAX_MESSAGE_CHARS,
        rateLimit:
            config.RATE_LIMIT_CONVERSATION > 0
                ? new ConversationRateLimit({
                      messages: config.RATE_LIMIT_CONVERSATION,
                      windowSeconds: config.RATE_LIMIT_CONVERSATION_WINDOW_SECONDS,
                      limiter: limiters.create({ keyPrefix: 'conversation', points: config.RATE_LIMIT_CONVERSATION, duration: config.RATE_LIMIT_CONVERSATION_WINDOW_SECONDS }),
                  })
                : undefined,
        logText: config.LOG_MESSAGE_TEXT === 'true',
    });
    const capabilities = (activity: Activity) => channelOf(activity).capabilities(activity);
    const bot = new CardBot({ runner, reader, answers, catalog, flows, defaultLang, handoff: gate, clock, capabilities });
    const server = createServer({
        adapter: botFramework.adapter,
        auth: botFramework.auth,
        bot,
        logger,
        maxBodyBytes: config.MAX_BODY_BYTES,
        requestsPerMinutePerAddress: config.RATE_LIMIT_IP_PER_MINUTE,
        addressLimiter: perAddress,
        clientAddress: addressOf,
        xmlPaths: [WECHAT_PATH],
        hubChannels: new Set(config.HANDOFF_HUB_CHANNELS.split(',').map((c) => c.trim()).filter(Boolean)),
        authTimeoutMs: config.AUTH_TIMEOUT_SECONDS * 1000,
    });
    registerAgentConsole(server, {
        auth: new AgentAuth(agents, config.AGENT_TOKEN_SECRET ?? randomBytes(32).toString('hex'), { clock, signOuts: storageSignOuts(storage) }),
        signInLimiter: new SignInLimiter({ known: storageKnownAddresses(storage), create: (o) => limiters.create(o) }),
        service: handoff,
        gate,
        unanswered,
        logger,
        publicDir: 'public/agent',
        clientAddress: addressOf,
    });
    for (const channel of channels) channel.register(server, bot);
    server.on('close', () => {
        for (const channel of channels) channel.close?.();
        void ownLimiters?.close();
        void retention.stop();
    });
    const close = async (timeoutMs = config.SHUTDOWN_TIMEOUT_SECONDS * 1000): Promise<boolean> => {
        for (const channel of channels) channel.close?.();
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
        // Turns answered before they finished (WeChat's `success` within its 5 s) still send their replies.
        let timer: NodeJS.Timeout | undefined;
        const draining = channels.map((c) => c.drain?.());
        await Promise.race([Promise.all(draining), new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
        clearTimeout(timer);
        await retention.stop();
        await ownLimiters?.close();
        if (ownStorage instanceof LmdbStorage) await ownStorage.close();
        return drained;
    };
    return { server, bot, adapter: botFramework.adapter, channels, runner, handoff, storage, wechat, retention, limiters, clientAddress: addressOf, close };
}
