import type { StatePropertyAccessor, Storage, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { say } from '../channels/turn.js';
import type { Config } from '../config.js';
import type { Answers } from '../core/answers.js';
import type { ConversationData } from '../core/conversation.js';
import type { Catalog } from '../i18n.js';
import type { Logger } from '../logger.js';
import { outboxMiddleware } from '../state/outbox.js';
import { WeChatAdapter } from './adapter.js';
import { WeChatApi } from './api.js';
import { SafeModeCrypto } from './crypto.js';
import { MessageDedupe } from './dedupe.js';
import { registerWeChat, WECHAT_PATH, type Deadline } from './routes.js';
import type { Clock } from '../clock.js';

/** What tests may replace: the reply budget's timer and the cipher's random bytes. */
export interface WeChatHooks {
    deadline?: Deadline;
    random?: () => Buffer;
    replyBudgetMs?: number;
}

export interface WeChatChannelDeps {
    config: Pick<
        Config,
        | 'WECHAT_TOKEN'
        | 'WECHAT_APP_ID'
        | 'WECHAT_APP_SECRET'
        | 'WECHAT_ENCODING_AES_KEY'
        | 'WECHAT_API_BASE_URL'
        | 'WECHAT_COMPATIBLE_MODE'
    >;
    storage: Storage;
    clock: Clock;
    logger: Logger;
    hooks?: WeChatHooks;
}

export interface WeChatChannel {
    adapter: WeChatAdapter;
    /** The customer-service API; undefined in passive-reply-only mode. */
    api: WeChatApi | undefined;
    register(
        server: Server,
        deps: {
            bot: { run(context: TurnContext): Promise<void> };
            catalog: Catalog;
            answers: Answers;
            conversationData: StatePropertyAccessor<ConversationData>;
        },
    ): void;
}

/** The account's audience reads Chinese; WeChat does not tell a user's language. */
const WECHAT_LOCALE = 'zh-CN';

/**
 * The WeChat Official Account channel, or undefined when WECHAT_TOKEN is not set (endpoint off).
 * Built before the bot (the handoff gate sends agent messages through its adapter), registered on
 * the server after.
 */
export function createWeChatChannel(deps: WeChatChannelDeps): WeChatChannel | undefined {
    const { config, logger } = deps;
    if (!config.WECHAT_TOKEN) return undefined;
    const token = config.WECHAT_TOKEN;
    const api =
        config.WECHAT_APP_ID && config.WECHAT_APP_SECRET
            ? new WeChatApi({
                  appId: config.WECHAT_APP_ID,
                  appSecret: config.WECHAT_APP_SECRET,
                  baseUrl: config.WECHAT_API_BASE_URL,
                  storage: deps.storage,
                  clock: deps.clock,
                  logger,
              })
            : undefined;
    if (!api) {
        logger.warn(
            { event: 'wechat.passiveOnly' },
            'WeChat: WECHAT_APP_ID/WECHAT_APP_SECRET not set: answering by passive reply only (one message per message, nothing after the 4 s reply budget, no agent messages)',
        );
    }
    const crypto =
        config.WECHAT_ENCODING_AES_KEY && config.WECHAT_APP_ID
            ? new SafeModeCrypto(token, config.WECHAT_ENCODING_AES_KEY, config.WECHAT_APP_ID, deps.hooks?.random)
            : undefined;
    const adapter = new WeChatAdapter({ api, logger });
    adapter.use(outboxMiddleware);
    logger.info(
        {
            event: 'wechat.enabled',
            path: WECHAT_PATH,
            safeMode: !!crypto,
            compatibleMode: !!crypto && config.WECHAT_COMPATIBLE_MODE === 'true',
            passiveOnly: !api,
        },
        `WeChat endpoint at ${WECHAT_PATH}`,
    );
    return {
        adapter,
        api,
        register(server, more) {
            const menuTexts = new Set(more.answers.buttonIntents().keys());
            registerWeChat(server, {
                token,
                crypto,
                acceptPlaintext: config.WECHAT_COMPATIBLE_MODE === 'true',
                adapter,
                bot: more.bot,
                notText: async (context) => {
                    const data = await more.conversationData.get(context);
                    const lang = data?.chosenLang ?? data?.lang ?? 'zh';
                    await say(context, more.catalog, more.answers.simple(lang, 'wechat.textOnly'), lang);
                },
                dedupe: new MessageDedupe(deps.storage, deps.clock),
                logger,
                clock: deps.clock,
                menuTexts,
                locale: WECHAT_LOCALE,
                deadline: deps.hooks?.deadline,
                replyBudgetMs: deps.hooks?.replyBudgetMs,
            });
        },
    };
}
