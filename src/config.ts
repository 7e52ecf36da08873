import { z } from 'zod';
import { parseAgents } from './agent/auth.js';
import { TrustedProxies } from './http/clientAddress.js';

/**
 * Runtime configuration, read once from the environment at start-up.
 * `loadConfig` is pure: it takes the environment as an argument so tests can build any config.
 */
const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());

export const configSchema = z
    .object({
        PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
        HOST: optionalString,
        MicrosoftAppId: optionalString,
        MicrosoftAppPassword: optionalString,
        MicrosoftAppType: z.preprocess(
            emptyToUndefined,
            z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
        ),
        MicrosoftAppTenantId: optionalString,
        KB_FILE: z.preprocess(emptyToUndefined, z.string().default('data/kb.json')),
        LOCALES_DIR: z.preprocess(emptyToUndefined, z.string().default('data/locales')),
        /** lmdb: embedded database in STATE_DIR (default); blob: Azure Blob; memory: lost on restart. */
        STORAGE: z.preprocess(
            emptyToUndefined,
            z
                .enum(['lmdb', 'blob', 'memory'], {
                    error: (issue) =>
                        issue.input === 'file'
                            ? 'file was removed: use lmdb, which carries the files in STATE_DIR over on its first start'
                            : 'must be lmdb, blob or memory',
                })
                .default('lmdb'),
        ),
        STATE_DIR: z.preprocess(emptyToUndefined, z.string().default('var/state')),
        /** STORAGE=lmdb: a turn counts once its state is flushed to the disk (flush: survives a power cut) or only committed (commit: survives a process crash). */
        STATE_DURABILITY: z.preprocess(emptyToUndefined, z.enum(['flush', 'commit']).default('flush')),
        /** Azure Storage connection string for STORAGE=blob (Azurite's works too). */
        BLOB_CONNECTION_STRING: optionalString,
        BLOB_CONTAINER: z.preprocess(
            emptyToUndefined,
            z
                .string()
                .regex(/^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, 'must be 3-63 lower-case letters, digits and single hyphens')
                .default('bot-state'),
        ),
        /** Days conversation data is kept after its last change; then state, transcripts and handoff records are deleted. */
        RETENTION_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(3650).default(30)),
        /** Minutes between retention sweeps. */
        RETENTION_SWEEP_MINUTES: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(7 * 24 * 60).default(60)),
        DEFAULT_LOCALE: z.preprocess(emptyToUndefined, z.enum(['en-US', 'zh-CN']).default('en-US')),
        LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info')),
        /** Support agents for the console: `name:secret,name:secret`. None = no console sign-in. */
        AGENTS: optionalString,
        /** Signs agent console tokens; set the same value on every instance. Random per process if unset. */
        AGENT_TOKEN_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
        /** Channels that get a `handoff.initiate` event for a contact-centre hub (never Teams). */
        /** An Azure Direct Line secret: the chat page then uses Azure Direct Line (tokens exchanged server-side). */
        DIRECT_LINE_SECRET: optionalString,
        /** Signs the built-in Direct Line endpoint's tokens; same value on every instance. Random per process if unset. */
        WEBCHAT_TOKEN_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
        /** Built-in Direct Line: largest activity a client may post (JSON), in KB; larger ones get 413. */
        DIRECTLINE_MAX_ACTIVITY_KB: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(1024).default(64)),
        /** Built-in Direct Line: bytes of activities kept per conversation, in KB (the oldest go first). */
        DIRECTLINE_MAX_CONVERSATION_KB: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(16 * 1024).default(256)),
        /** Built-in Direct Line: conversation logs one instance tracks, in MB; over it idle conversations are evicted and new ones refused. */
        DIRECTLINE_MAX_TOTAL_MB: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(64 * 1024).default(256)),
        /** Built-in Direct Line: conversations one instance tracks at once. */
        DIRECTLINE_MAX_CONVERSATIONS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(1_000_000).default(10_000)),
        /** Built-in Direct Line: minutes without a message, a poll or an open stream before a conversation may be evicted. */
        DIRECTLINE_IDLE_MINUTES: z.preprocess(emptyToUndefined, z.coerce.number().min(0).max(7 * 24 * 60).default(30)),
        /** Built-in Direct Line: new conversations (tokens) per client address per hour (0 = no limit). */
        DIRECTLINE_NEW_CONVERSATIONS_PER_ADDRESS_PER_HOUR: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).default(60)),
        /** Built-in Direct Line: how often an open stream reads its log for replies added by other instances, in ms (0 = never). */
        DIRECTLINE_STREAM_POLL_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(60_000).default(1000)),
        /** Local mode (no credentials) on a non-loopback address: anyone reaching the port could make the bot call any serviceUrl. */
        ALLOW_UNAUTHENTICATED_REMOTE: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false')),
        HANDOFF_EVENT_CHANNELS: z.preprocess(emptyToUndefined, z.string().default('directline,webchat,emulator')),
        /** Largest HTTP request body accepted, in bytes; larger requests get 413. */
        MAX_BODY_BYTES: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1024).max(10 * 1024 * 1024).default(256 * 1024)),
        /** Longest message the bot reads, in characters; longer ones get a polite "too long". */
        MAX_MESSAGE_CHARS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(10).max(100_000).default(2000)),
        /** Messages one conversation may send per RATE_LIMIT_CONVERSATION_WINDOW_SECONDS before the bot asks it to slow down (0 = no limit). */
        RATE_LIMIT_CONVERSATION: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).default(12)),
        RATE_LIMIT_CONVERSATION_WINDOW_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3600).default(30)),
        /** HTTP requests per minute from one client address before 429 (0 = no limit). */
        RATE_LIMIT_IP_PER_MINUTE: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).default(1200)),
        /** Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For names the client (comma-separated). */
        TRUST_PROXY: optionalString,
        /** Redis for rate counters shared by every instance (redis://host:port). Unset = each instance counts alone. */
        REDIS_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional()),
        /** Channels whose handoff.status events come from a contact-centre hub (comma-separated); from others they get 400. */
        HANDOFF_HUB_CHANNELS: z.preprocess(emptyToUndefined, z.string().default('')),
        /** Sites that may show the chat page in a frame (CSP frame-ancestors sources, space-separated). Empty = none. */
        WEBCHAT_FRAME_ANCESTORS: z.preprocess(
            emptyToUndefined,
            z
                .string()
                .trim()
                .regex(/^(?:'self'|https?:\/\/[A-Za-z0-9.*-]+(?::\d+)?)(?:\s+(?:'self'|https?:\/\/[A-Za-z0-9.*-]+(?::\d+)?))*$/, "must be 'self' or http(s)://host origins, separated by spaces")
                .optional(),
        ),
        /** Seconds to wait for Bot Framework token validation (fetching signing keys) before answering 503. */
        AUTH_TIMEOUT_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(60).default(5)),
        /** Seconds a SIGTERM waits for turns in flight before giving up. */
        SHUTDOWN_TIMEOUT_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(600).default(10)),
        /** Log what users write (redacted of ID and phone numbers). Off by default. */
        LOG_MESSAGE_TEXT: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false')),
        /** WeChat Official Account: the Token of the server configuration. Unset = /api/wechat is off. */
        WECHAT_TOKEN: z.preprocess(
            emptyToUndefined,
            z.string().regex(/^[A-Za-z0-9]{3,32}$/, 'must be 3-32 letters or digits (as WeChat requires)').optional(),
        ),
        /** AppID and AppSecret: customer-service messages, agent messages and the menu. Unset = passive replies only. */
        WECHAT_APP_ID: optionalString,
        WECHAT_APP_SECRET: optionalString,
        /** Safe mode (安全模式) only: the 43-character EncodingAESKey. */
        WECHAT_ENCODING_AES_KEY: z.preprocess(
            emptyToUndefined,
            z.string().regex(/^[A-Za-z0-9]{43}$/, 'must be the 43 letters and digits WeChat shows').optional(),
        ),
        /**
         * Safe mode configured: also accept plaintext messages (WeChat's compatible mode, while the account switches
         * between plaintext and safe mode). Off: only encrypted messages are accepted.
         */
        WECHAT_COMPATIBLE_MODE: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false')),
        WECHAT_API_BASE_URL: z.preprocess(
            emptyToUndefined,
            z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).default('https://api.weixin.qq.com').transform((u) => u.replace(/\/+$/, '')),
        ),
    })
    .superRefine((c, ctx) => {
        if (c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword) {
            ctx.addIssue({
                code: 'custom',
                path: ['MicrosoftAppPassword'],
                message: 'is required when MicrosoftAppId is set (unless MicrosoftAppType=UserAssignedMSI)',
            });
        }
        if (c.MicrosoftAppType !== 'MultiTenant' && c.MicrosoftAppId && !c.MicrosoftAppTenantId) {
            ctx.addIssue({
                code: 'custom',
                path: ['MicrosoftAppTenantId'],
                message: `is required when MicrosoftAppType=${c.MicrosoftAppType}`,
            });
        }
        const loopback = !c.HOST || ['127.0.0.1', 'localhost', '::1'].includes(c.HOST) || c.HOST.startsWith('127.');
        if (!c.MicrosoftAppId && !loopback && c.ALLOW_UNAUTHENTICATED_REMOTE !== 'true') {
            ctx.addIssue({
                code: 'custom',
                path: ['HOST'],
                message: `"${c.HOST}" exposes a bot without Bot Framework credentials; set MicrosoftAppId/MicrosoftAppPassword, or ALLOW_UNAUTHENTICATED_REMOTE=true if you really mean it`,
            });
        }
        try {
            new TrustedProxies(c.TRUST_PROXY);
        } catch (err) {
            ctx.addIssue({ code: 'custom', path: ['TRUST_PROXY'], message: (err as Error).message });
        }
        try {
            parseAgents(c.AGENTS);
        } catch (err) {
            ctx.addIssue({ code: 'custom', path: ['AGENTS'], message: (err as Error).message });
        }
        if (c.STORAGE === 'blob' && !c.BLOB_CONNECTION_STRING) {
            ctx.addIssue({ code: 'custom', path: ['BLOB_CONNECTION_STRING'], message: 'is required when STORAGE=blob' });
        }
        if (!!c.WECHAT_APP_ID !== !!c.WECHAT_APP_SECRET) {
            ctx.addIssue({ code: 'custom', path: [c.WECHAT_APP_ID ? 'WECHAT_APP_SECRET' : 'WECHAT_APP_ID'], message: 'WECHAT_APP_ID and WECHAT_APP_SECRET go together' });
        }
        if (c.WECHAT_ENCODING_AES_KEY && !c.WECHAT_APP_ID) {
            ctx.addIssue({ code: 'custom', path: ['WECHAT_APP_ID'], message: 'is required with WECHAT_ENCODING_AES_KEY (safe mode checks the AppID in each message)' });
        }
        if (c.DIRECTLINE_MAX_ACTIVITY_KB > c.DIRECTLINE_MAX_CONVERSATION_KB) {
            ctx.addIssue({ code: 'custom', path: ['DIRECTLINE_MAX_ACTIVITY_KB'], message: 'must not be more than DIRECTLINE_MAX_CONVERSATION_KB' });
        }
        if (!c.MicrosoftAppId && c.MicrosoftAppPassword) {
            ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'is required when MicrosoftAppPassword is set' });
        }
    });

export type Config = z.infer<typeof configSchema> & {
    /** True when no Bot Framework credentials are set: the bot talks to the Emulator / local channels only. */
    localMode: boolean;
    /** Address the server binds to: loopback in local mode unless HOST says otherwise. */
    host: string;
    /** Local mode listening beyond loopback (explicitly allowed): worth a loud warning. */
    exposedWithoutAuth: boolean;
};

export class ConfigError extends Error {
    constructor(readonly problems: string[]) {
        super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.name = 'ConfigError';
    }
}

/** Validates the environment; throws a {@link ConfigError} naming each bad variable and what it expects. */
export function loadConfig(env: Record<string, string | undefined>): Config {
    const parsed = configSchema.safeParse(env);
    if (!parsed.success) {
        throw new ConfigError(
            parsed.error.issues.map((i) => {
                const name = i.path.join('.') || '(environment)';
                const got = i.path.length ? env[String(i.path[0])] : undefined;
                return `${name}: ${i.message}${got !== undefined && i.code !== 'custom' ? ` (got "${got}")` : ''}`;
            }),
        );
    }
    const c = parsed.data;
    const localMode = !c.MicrosoftAppId;
    const host = c.HOST ?? (localMode ? '127.0.0.1' : '0.0.0.0');
    const exposedWithoutAuth = localMode && !(['127.0.0.1', 'localhost', '::1'].includes(host) || host.startsWith('127.'));
    return { ...c, localMode, host, exposedWithoutAuth };
}
