import { capabilitiesFor } from '../channels/capabilities.js';
import type { Channel, ChannelDeps } from '../channels/channel.js';
import { WECHAT_CHANNEL_ID, WECHAT_SERVICE_URL, WeChatAdapter } from './adapter.js';
import { WeChatApi } from './api.js';
import { SafeModeCrypto } from './crypto.js';
import { MessageDedupe } from './dedupe.js';
import { registerWeChat, WECHAT_PATH, type Deadline } from './routes.js';

/** What tests may replace: the reply budget's timer and the cipher's random bytes. */
export interface WeChatHooks {
    deadline?: Deadline;
    random?: () => Buffer;
    replyBudgetMs?: number;
}

export interface WeChatChannel extends Channel {
    adapter: WeChatAdapter;
    /** The customer-service API; undefined in passive-reply-only mode. */
    api: WeChatApi | undefined;
}

/** The account's audience reads Chinese; WeChat does not tell a user's language. */
const WECHAT_LOCALE = 'zh-CN';

/**
 * The WeChat Official Account channel, or undefined when WECHAT_TOKEN is not set (endpoint off).
 * Built before the bot (the handoff gate sends agent messages through its adapter), registered on
 * the server after. Plain numbered text; without API credentials, one message per message (the
 * turn's replies are joined into one when rendered).
 */
export function createWeChatChannel(deps: ChannelDeps, hooks?: WeChatHooks): WeChatChannel | undefined {
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
            ? new SafeModeCrypto(token, config.WECHAT_ENCODING_AES_KEY, config.WECHAT_APP_ID, hooks?.random)
            : undefined;
    const adapter = new WeChatAdapter({ api, logger });
    adapter.onTurnError = deps.onTurnError;
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
    const capabilities = { ...capabilitiesFor(WECHAT_CHANNEL_ID), oneMessage: !api };
    return {
        name: 'wechat',
        adapter,
        api,
        owns: (reference) => reference.serviceUrl === WECHAT_SERVICE_URL,
        capabilities: () => capabilities,
        continueConversation: (reference, logic) => adapter.continueConversation(reference, logic),
        drain: () => adapter.drain(),
        register(server, bot) {
            const menuTexts = new Set(deps.answers.buttonIntents().keys());
            registerWeChat(server, {
                token,
                crypto,
                acceptPlaintext: config.WECHAT_COMPATIBLE_MODE === 'true',
                adapter,
                bot,
                // A picture, a location…: a turn like any other, whose reading says it is not text (the core answers it).
                notText: (context) => {
                    context.activity.channelData = { ...(context.activity.channelData as object), notText: true };
                    return bot.run(context);
                },
                dedupe: new MessageDedupe(deps.storage, deps.clock),
                logger,
                clock: deps.clock,
                menuTexts,
                locale: WECHAT_LOCALE,
                deadline: hooks?.deadline,
                replyBudgetMs: hooks?.replyBudgetMs,
            });
        },
    };
}
