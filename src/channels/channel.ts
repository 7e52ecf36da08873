import type { IncomingMessage } from 'node:http';
import type { Activity, ConversationReference, Storage, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Answers } from '../core/answers.js';
import type { Limiters } from '../http/limiters.js';
import type { Logger } from '../logger.js';
import type { ChannelCapabilities } from './capabilities.js';

/** What runs a turn: the bot (src/bot.ts), for every channel. */
export interface TurnHandler {
    run(context: TurnContext): Promise<void>;
}

/**
 * A channel the bot talks on. Each lives in its own folder with a thin `channel.ts` implementing this
 * (src/botframework/, src/directline/, src/wechat/), and `createApp` takes the list (app.ts
 * `CHANNELS`): adding a channel is one folder and one line there.
 *
 * - Inbound: its routes check a request and hand the bot a TurnContext; the bot reads the core's
 *   input from its activity (src/channels/turnReader.ts: text, not text, the message limit).
 * - Replies: its adapter's `sendActivities`, which the runner calls once the turn is committed.
 * - Proactive sends (agents' messages, "I'm back"): `continueConversation`, for the conversations it owns.
 * - Capabilities, for rendering: what the conversation can show (buttons or numbers, Markdown, one message per message).
 */
export interface Channel {
    readonly name: string;
    /** Whether an activity or a stored conversation reference is this channel's (by its serviceUrl). */
    owns(reference: Partial<ConversationReference> | Activity): boolean;
    /** What the conversation of one of its activities can show. */
    capabilities(activity: Activity): ChannelCapabilities;
    /** Sends into one of its conversations outside a user's turn. */
    continueConversation(
        reference: Partial<ConversationReference>,
        logic: (context: TurnContext) => Promise<void>,
    ): Promise<void>;
    /** Serves its routes, once the bot exists. */
    register(server: Server, bot: TurnHandler): void;
    /** Graceful stop: waits for turns still running after their request was answered. */
    drain?(): Promise<void>;
    /** Stops serving (closes its sockets). */
    close?(): void;
}

/** What a channel is built with. */
export interface ChannelDeps {
    config: Config;
    storage: Storage;
    clock: Clock;
    logger: Logger;
    answers: Answers;
    /** What a turn that throws does (the apology, see src/onTurnError.ts). */
    onTurnError: (context: TurnContext, error: Error) => Promise<void>;
    /** Admits a connection upgrade (WebSocket) under the per-address limit: seconds to wait when over it, else null. */
    admitUpgrade?: ((req: IncomingMessage) => Promise<number | null>) | undefined;
    /** The client's address, through trusted proxies (TRUST_PROXY). */
    clientAddress: (req: Pick<IncomingMessage, 'socket' | 'headers'>) => string;
    /** Where rate counters live: this instance's memory, or Redis shared by every instance (REDIS_URL). */
    limiters?: Limiters | undefined;
}
