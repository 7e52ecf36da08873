import 'dotenv/config';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { ContentError } from './kb/load.js';
import { createLogger, createLogOutput } from './logger.js';
import { warmRecognizers } from './nlu/recognizerModules.js';
import { onShutdownSignal } from './shutdown.js';

// Thin entry point: load config, build the app, listen. Everything else is importable and testable.

/** How long after the port opens the recognizers are loaded (time for health checks to find the bot ready). */
const WARM_AFTER_MS = 250;
/** How long the last log lines may take to reach stdout at shutdown. */
const LOG_FLUSH_MS = 1000;
try {
    const config = loadConfig(process.env);
    const output = createLogOutput();
    const logger = createLogger(config.LOG_LEVEL, output.stream, { logText: config.LOG_MESSAGE_TEXT === 'true' });
    if (config.exposedWithoutAuth) {
        logger.warn(
            { event: 'security.unauthenticated-remote', host: config.host },
            'WARNING: no Bot Framework credentials and listening beyond loopback: anyone who reaches this port can make the bot send requests to any serviceUrl',
        );
    }
    const app = await createApp({ config, logger });
    app.server.listen(config.PORT, config.host, () => {
        logger.info(
            { url: app.server.url, localMode: config.localMode },
            `bot listening on ${app.server.url}/api/messages`,
        );
        app.retention.start();
        // The recognizers nearly every message needs (about 35 ms to load) are loaded just after the bot is ready
        // rather than before, or by the first message that needs them if one comes sooner.
        setTimeout(warmRecognizers, WARM_AFTER_MS).unref();
    });
    onShutdownSignal(async (signal) => {
        logger.info({ event: 'shutdown', signal }, 'stopping: finishing the turns in flight');
        const drained = await app.close();
        logger.info(
            { event: 'shutdown.done', drained },
            drained ? 'stopped cleanly' : 'stopped: some requests were cut off',
        );
        // The last lines get a moment to reach stdout, never more: a reader that went away must not keep the bot.
        await output.flush(LOG_FLUSH_MS);
        return drained ? 0 : 1;
    });
} catch (err) {
    if (err instanceof ConfigError || err instanceof ContentError) {
        console.error(err.message);
        process.exit(1);
    }
    throw err;
}
