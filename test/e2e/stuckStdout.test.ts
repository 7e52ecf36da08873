import { describe, expect, it } from '@jest/globals';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startBot } from '../support/processes.js';

const SHUTDOWN_TIMEOUT_SECONDS = 3;

/**
 * `node dist/src/index.js | cat` and Ctrl-C: the signal reaches the bot and its stdout reader at once, the reader
 * exits, and the bot's shutdown log lines have nowhere to go. The bot must still be gone within its shutdown
 * timeout, every time (it used to hang in a synchronous write retried forever, only SIGKILL ended it).
 */
describe('a bot whose stdout reader goes away as it is told to stop', () => {
    it.each(['SIGINT', 'SIGTERM'] as const)('exits on %s within SHUTDOWN_TIMEOUT_SECONDS, five times of five', async (signal) => {
        const outcomes: string[] = [];
        for (let round = 0; round < 5; round++) {
            const bot = await startBot({
                STATE_DIR: await mkdtemp(path.join(os.tmpdir(), 'stdout-gone-')),
                SHUTDOWN_TIMEOUT_SECONDS: String(SHUTDOWN_TIMEOUT_SECONDS),
            });
            const exited = new Promise<string>((resolve) => bot.process.once('exit', (code, sig) => resolve(`exit ${code ?? sig}`)));
            bot.process.kill(signal);
            bot.process.stdout!.destroy(); // the reader exits with the signal
            // A bound on liveness, not a speed figure: the shutdown timeout plus room for a loaded machine.
            const outcome = await Promise.race([
                exited,
                new Promise<string>((resolve) => setTimeout(() => resolve('still running'), SHUTDOWN_TIMEOUT_SECONDS * 1000 + 3000)),
            ]);
            if (outcome === 'still running') bot.process.kill('SIGKILL');
            outcomes.push(outcome);
        }
        expect(outcomes).toEqual(Array(5).fill('exit 0'));
    }, 120_000);
});
