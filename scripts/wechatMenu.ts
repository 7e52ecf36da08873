/** `npm run wechat:menu`: prints the Official Account's custom menu and, with credentials, creates it. */
import 'dotenv/config';
import { createStorage, loadContent } from '../src/app.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { WeChatApi } from '../src/wechat/api.js';
import { runMenuCommand } from '../src/wechat/menu.js';
import { systemClock } from '../src/clock.js';

try {
    const config = loadConfig(process.env);
    const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
    const clock = systemClock;
    const { answers, catalog } = await loadContent(config);
    // The bot's own storage, so the access token is the one the running bot caches and uses.
    const api =
        config.WECHAT_APP_ID && config.WECHAT_APP_SECRET
            ? new WeChatApi({
                  appId: config.WECHAT_APP_ID,
                  appSecret: config.WECHAT_APP_SECRET,
                  baseUrl: config.WECHAT_API_BASE_URL,
                  storage: await createStorage(config, logger, clock),
                  clock,
                  logger,
              })
            : undefined;
    await runMenuCommand({ answers, catalog, api, print: (line) => console.log(line) });
} catch (err) {
    console.error(err instanceof ConfigError ? err.message : `wechat:menu failed: ${(err as Error).message}`);
    process.exitCode = 1;
}
