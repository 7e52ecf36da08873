import { ConversationState, type Storage } from 'botbuilder';
import type { Server } from 'restify';
import { RootDialog } from '../dialogs/rootDialog.js';
import { createAdapter } from './adapter.js';
import { TurnReader } from './channels/turnReader.js';
import { CardBot } from './bot.js';
import type { Config } from './config.js';
import { Answers } from './core/answers.js';
import { createUnderstander, type Understander } from './core/understand.js';
import { loadCatalog, type Catalog } from './i18n.js';
import { loadKnowledgeBase } from './kb/load.js';
import type { KnowledgeBase } from './kb/schema.js';
import type { Logger } from './logger.js';
import { TopicMatcher } from './nlu/matcher.js';
import { createOnTurnError } from './onTurnError.js';
import { createServer } from './server.js';

export interface AppDeps {
    config: Config;
    storage: Storage;
    logger: Logger;
}

export interface Content {
    kb: KnowledgeBase;
    catalog: Catalog;
    answers: Answers;
    understander: Understander;
}

/** Loads and validates the knowledge base and the catalogue, and builds what reads and answers messages. */
export async function loadContent(config: Pick<Config, 'KB_FILE' | 'LOCALES_DIR'>): Promise<Content> {
    const kb = await loadKnowledgeBase(config.KB_FILE);
    const catalog = await loadCatalog(config.LOCALES_DIR);
    const answers = new Answers(kb, catalog);
    const understander = createUnderstander({ matcher: new TopicMatcher(kb), catalog, buttonIntents: answers.buttonIntents() });
    return { kb, catalog, answers, understander };
}

export interface App {
    server: Server;
    bot: CardBot;
    adapter: ReturnType<typeof createAdapter>;
    conversationState: ConversationState;
}

/**
 * Builds the whole bot from its dependencies without listening on a port: content is loaded and
 * validated first, so a broken knowledge base stops start-up with the file and field at fault.
 */
export async function createApp({ config, storage, logger }: AppDeps): Promise<App> {
    const { catalog, answers, understander } = await loadContent(config);
    const conversationState = new ConversationState(storage);
    const defaultLang = config.DEFAULT_LOCALE === 'zh-CN' ? 'zh' : 'en';
    const reader = new TurnReader({ conversationState, answers, catalog, understander, logger, defaultLang });
    const rootDialog = new RootDialog({ answers, catalog });
    const bot = new CardBot({ conversationState, reader, rootDialog, answers, catalog, defaultLang });
    const adapter = createAdapter(config, createOnTurnError({ logger, catalog, conversationState, defaultLang }));
    const server = createServer({ adapter, bot, logger });
    return { server, bot, adapter, conversationState };
}
