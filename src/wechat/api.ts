import type { Storage, StoreItem } from 'botbuilder';
import type { Logger } from '../logger.js';
import type { Clock } from '../clock.js';

/** An error code from WeChat's API (`errcode`), kept as a number so callers branch on it, not on text. */
export class WeChatApiError extends Error {
    constructor(
        readonly errcode: number,
        errmsg: string,
        readonly path: string,
    ) {
        super(`WeChat ${path} answered ${errcode}: ${errmsg}`);
        this.name = 'WeChatApiError';
    }
}

/** The codes this bot acts on (see the README's WeChat section). */
export const WeChatErrors = {
    /** The AppSecret is wrong or the access_token is invalid (e.g. replaced by a forced refresh). */
    INVALID_CREDENTIAL: 40001,
    INVALID_TOKEN: 40014,
    TOKEN_EXPIRED: 42001,
    /** The text is too long for one message. */
    TOO_LONG: 45002,
    /** The user last wrote more than 48 hours ago (or unfollowed): no customer-service messages. */
    OUT_OF_WINDOW: 45015,
    /** Too many customer-service messages since the user last wrote. */
    QUOTA: 45047,
} as const;

const TOKEN_ERRORS: ReadonlySet<number> = new Set([
    WeChatErrors.INVALID_CREDENTIAL,
    WeChatErrors.INVALID_TOKEN,
    WeChatErrors.TOKEN_EXPIRED,
]);

interface TokenItem extends StoreItem {
    accessToken: string;
    /** Epoch ms. */
    expiresAt: number;
}

export interface WeChatApiDeps {
    appId: string;
    appSecret: string;
    baseUrl: string;
    /** Where the token is cached, shared by every instance (the bot's storage). */
    storage: Storage;
    clock: Clock;
    logger: Logger;
    fetch?: typeof fetch;
    /** Renew this long before WeChat says the token expires. Default 5 minutes. */
    renewBeforeMs?: number;
}

/**
 * The part of WeChat's server API the bot uses: access tokens from `/cgi-bin/stable_token` (the
 * plain `/cgi-bin/token` would invalidate the token other instances hold), cached in the shared
 * store until shortly before expiry and renewed on 40001/42001; customer-service messages and the
 * custom menu.
 */
export class WeChatApi {
    private readonly fetch: typeof fetch;
    private readonly key: string;
    /** One token request at a time in this process: a burst of sends shares it. */
    private pending: Promise<string> | undefined;

    constructor(private readonly deps: WeChatApiDeps) {
        this.fetch = deps.fetch ?? fetch;
        this.key = `wechat/token/${deps.appId}`;
    }

    /** A valid access token: the cached one, or a fresh one when it is missing, expiring or was refused. */
    async accessToken(refused?: string): Promise<string> {
        const cached = (await this.deps.storage.read([this.key]))[this.key] as TokenItem | undefined;
        const renewBefore = this.deps.renewBeforeMs ?? 5 * 60_000;
        if (
            cached &&
            cached.accessToken !== refused &&
            cached.expiresAt - renewBefore > this.deps.clock.now().getTime()
        ) {
            return cached.accessToken;
        }
        this.pending ??= this.fetchToken(refused).finally(() => (this.pending = undefined));
        return this.pending;
    }

    private async fetchToken(refused: string | undefined): Promise<string> {
        const request = async (forceRefresh: boolean) =>
            (await this.call('/cgi-bin/stable_token', {
                grant_type: 'client_credential',
                appid: this.deps.appId,
                secret: this.deps.appSecret,
                force_refresh: forceRefresh,
            })) as { access_token: string; expires_in: number };
        let got = await request(false);
        // In normal mode WeChat hands back the token it already has; only when that very token was just
        // refused is a forced refresh worth one of its 20 a day.
        if (refused && got.access_token === refused) {
            this.deps.logger.warn(
                { event: 'wechat.token.forceRefresh' },
                'WeChat refused its own current token: forcing a refresh',
            );
            got = await request(true);
        }
        const item: TokenItem = {
            accessToken: got.access_token,
            expiresAt: this.deps.clock.now().getTime() + got.expires_in * 1000,
            eTag: '*',
        };
        await this.deps.storage.write({ [this.key]: item });
        return got.access_token;
    }

    /** Calls an API that needs the access token; renews the token once when WeChat refuses it. */
    async withToken(path: string, body: unknown): Promise<unknown> {
        const token = await this.accessToken();
        try {
            return await this.call(`${path}?access_token=${encodeURIComponent(token)}`, body, path);
        } catch (err) {
            if (!(err instanceof WeChatApiError) || !TOKEN_ERRORS.has(err.errcode)) throw err;
            this.deps.logger.warn(
                { event: 'wechat.token.refused', errcode: err.errcode },
                'WeChat refused the access token: renewing it',
            );
            const fresh = await this.accessToken(token);
            return this.call(`${path}?access_token=${encodeURIComponent(fresh)}`, body, path);
        }
    }

    /** Sends one customer-service text message (客服消息) to a user. */
    async sendText(openId: string, content: string): Promise<void> {
        await this.withToken('/cgi-bin/message/custom/send', { touser: openId, msgtype: 'text', text: { content } });
    }

    /** Replaces the account's custom menu. */
    async createMenu(menu: unknown): Promise<void> {
        await this.withToken('/cgi-bin/menu/create', menu);
    }

    private async call(pathAndQuery: string, body: unknown, path = pathAndQuery): Promise<unknown> {
        const res = await this.fetch(`${this.deps.baseUrl}${pathAndQuery}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(10_000),
        });
        if (!res.ok) throw new WeChatApiError(-res.status, `HTTP ${res.status}`, path);
        const json = (await res.json()) as { errcode?: number; errmsg?: string };
        if (json.errcode) throw new WeChatApiError(json.errcode, json.errmsg ?? '', path);
        return json;
    }
}
