import { finished } from 'node:stream';
import type { TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { TurnError } from '../errorLog.js';
import type { Logger } from '../logger.js';
import { PassiveReply, type WeChatAdapter } from './adapter.js';
import { sameSignature, urlSignature, WeChatCryptoError, type SafeModeCrypto } from './crypto.js';
import type { MessageDedupe } from './dedupe.js';
import { readIncoming, type Incoming } from './message.js';
import { encryptedReplyXml, parseWeChatXml, textReplyXml, WeChatXmlError } from './xml.js';
import type { Clock } from '../clock.js';
import { inboundProblem } from '../http/inboundActivity.js';

/** A cancellable wait: the reply budget. Tests inject one they fire by hand. */
export interface Deadline {
    after(ms: number): { promise: Promise<void>; cancel(): void };
}

export const realDeadline: Deadline = {
    after(ms) {
        let timer: NodeJS.Timeout | undefined;
        const promise = new Promise<void>((resolve) => {
            timer = setTimeout(resolve, ms);
            timer.unref();
        });
        return { promise, cancel: () => clearTimeout(timer) };
    },
};

export interface WeChatRouteDeps {
    token: string;
    /** Safe mode; absent when no WECHAT_ENCODING_AES_KEY is set. */
    crypto?: SafeModeCrypto;
    /**
     * With safe mode configured, also accept plaintext messages (WECHAT_COMPATIBLE_MODE, for the
     * switch-over between modes). Off: a message without `encrypt_type=aes` is refused.
     */
    acceptPlaintext?: boolean;
    adapter: WeChatAdapter;
    bot: { run(context: TurnContext): Promise<void> };
    /** Answers a message the bot cannot read ("I can only read text") in the user's language. */
    notText: (context: TurnContext) => Promise<void>;
    dedupe: MessageDedupe;
    logger: Logger;
    clock: Clock;
    /** Menu button labels a CLICK event may carry. */
    menuTexts: ReadonlySet<string>;
    /** Locale given to WeChat activities (WeChat does not tell the user's language). */
    locale: string;
    /** How long a request waits for the turn before answering `success`; WeChat gives up after 5 s. Default 4000 ms. */
    replyBudgetMs?: number;
    deadline?: Deadline;
    /** Largest message body; WeChat's are a few KB. Default 64 KB. */
    maxBodyBytes?: number;
    /** How far a request's timestamp may be from now, in seconds. Default 300. */
    maxSkewSeconds?: number;
}

export const WECHAT_PATH = '/api/wechat';

interface Query {
    signature?: string;
    timestamp?: string;
    nonce?: string;
    echostr?: string;
    encrypt_type?: string;
    msg_signature?: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * The Official Account's server URL (服务器地址): `GET /api/wechat` answers WeChat's URL check,
 * `POST /api/wechat` takes messages. Each request's signature (and timestamp) is checked before
 * its body is parsed; anything malformed gets a 4xx and runs no turn. Each message is answered
 * once: retries are recognised in the shared store (a claim is a lease: a message whose instance died
 * before its turn ended is run again on WeChat's retry; the turn runner sends only one run's answer);
 * a signed timestamp and nonce are taken with one body only; with an EncodingAESKey set only
 * encrypted messages are accepted (unless compatible mode is on); a turn that finishes within the reply budget
 * is answered in the response (passive reply), a slower one with `success` and then through the
 * customer-service API.
 */
export function registerWeChat(server: Server, deps: WeChatRouteDeps): void {
    const budgetMs = deps.replyBudgetMs ?? 4000;
    const deadline = deps.deadline ?? realDeadline;
    const maxBody = deps.maxBodyBytes ?? 64 * 1024;
    const maxSkew = deps.maxSkewSeconds ?? 300;
    const { logger } = deps;

    const plain = (res: Response, status: number, text: string) => {
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
        res.end(text);
    };
    const queryOf = (req: Request): Query => {
        const q = (req.query ?? {}) as Record<string, unknown>;
        return {
            signature: str(q.signature),
            timestamp: str(q.timestamp),
            nonce: str(q.nonce),
            echostr: str(q.echostr),
            encrypt_type: str(q.encrypt_type),
            msg_signature: str(q.msg_signature),
        };
    };
    /** Why the URL signature or timestamp is not acceptable, or null. */
    const unsigned = (q: Query): string | null => {
        if (!q.signature || !q.timestamp || !q.nonce) return 'signature, timestamp and nonce are required';
        if (!/^\d{1,12}$/.test(q.timestamp)) return 'timestamp must be a number of seconds';
        if (!/^[A-Za-z0-9_-]{1,64}$/.test(q.nonce)) return 'nonce must be up to 64 letters or digits';
        if (Math.abs(deps.clock.now().getTime() / 1000 - Number(q.timestamp)) > maxSkew) return 'timestamp is stale';
        if (!sameSignature(urlSignature(deps.token, q.timestamp, q.nonce), q.signature))
            return 'signature does not match';
        return null;
    };

    server.get(WECHAT_PATH, async (req: Request, res: Response) => {
        const q = queryOf(req);
        const problem = unsigned(q) ?? (q.echostr ? null : 'echostr is required');
        if (problem) {
            logger.warn({ event: 'wechat.verify.rejected', reason: problem }, 'WeChat URL check refused');
            plain(res, 401, 'unauthorized');
            return;
        }
        plain(res, 200, q.echostr!);
    });

    server.post(WECHAT_PATH, async (req: Request, res: Response) => {
        // The budget runs from arrival: WeChat's 5 s include reading, decrypting and the duplicate check.
        const budget = deadline.after(budgetMs);
        try {
            await receive(req, res, budget.promise);
        } finally {
            budget.cancel();
        }
    });

    const receive = async (req: Request, res: Response, budgetOver: Promise<void>): Promise<void> => {
        const q = queryOf(req);
        const problem = unsigned(q);
        if (problem) {
            logger.warn({ event: 'wechat.request.rejected', reason: problem }, 'WeChat request refused');
            plain(res, 401, 'unauthorized');
            return;
        }
        const raw = (req as Request & { rawBody?: unknown }).rawBody ?? req.body;
        const body = Buffer.isBuffer(raw) ? raw.toString('utf8') : raw;
        if (typeof body !== 'string' || !body) {
            plain(res, 400, 'the body must be WeChat message XML');
            return;
        }
        if (Buffer.byteLength(body) > maxBody) {
            plain(res, 413, `message body too large (limit ${maxBody} bytes)`);
            return;
        }

        const safe = q.encrypt_type === 'aes';
        if (deps.crypto && !safe && !deps.acceptPlaintext) {
            // The signature of a plaintext request covers no body: accepting one would let anyone holding a
            // signed query string choose the message, and whom the reply goes to.
            logger.warn(
                { event: 'wechat.request.rejected', reason: 'plaintext message in safe mode' },
                'WeChat request refused: safe mode is configured, the message is not encrypted',
            );
            plain(res, 400, 'only encrypted messages are accepted (safe mode)');
            return;
        }
        let incoming: Incoming;
        try {
            if (q.encrypt_type && !['aes', 'raw'].includes(q.encrypt_type))
                throw new WeChatXmlError('unknown encrypt_type');
            let xml = body;
            if (safe) {
                if (!deps.crypto) {
                    logger.error(
                        { event: 'wechat.safeMode.unconfigured' },
                        'WeChat sent an encrypted message but WECHAT_ENCODING_AES_KEY is not set',
                    );
                    plain(res, 400, 'encrypted messages are not configured');
                    return;
                }
                // Compatible mode sends the plaintext alongside: only what was encrypted is trusted.
                const envelope = parseWeChatXml(body);
                if (!envelope.Encrypt) throw new WeChatXmlError('<Encrypt> is missing');
                xml = deps.crypto.open(envelope.Encrypt, {
                    timestamp: q.timestamp!,
                    nonce: q.nonce!,
                    msgSignature: q.msg_signature,
                });
            }
            incoming = readIncoming(parseWeChatXml(xml), { menuTexts: deps.menuTexts, locale: deps.locale });
        } catch (err) {
            if (err instanceof WeChatCryptoError) {
                logger.warn({ event: 'wechat.request.rejected', reason: err.message }, 'WeChat request refused');
                plain(
                    res,
                    err.reason === 'signature' ? 401 : 400,
                    err.reason === 'signature' ? 'unauthorized' : 'the message cannot be decrypted for this account',
                );
                return;
            }
            if (err instanceof WeChatXmlError) {
                logger.warn({ event: 'wechat.request.malformed', reason: err.message }, 'WeChat request refused');
                plain(res, 400, err.message);
                return;
            }
            throw err;
        }

        if (incoming.kind === 'ignore') {
            logger.debug({ event: 'wechat.ignored', reason: incoming.reason }, 'nothing to answer');
            plain(res, 200, 'success');
            return;
        }
        const activity = incoming.activity;
        // The schema every channel's activities meet (the XML reader builds them, so this is a second look).
        const invalid = inboundProblem(activity);
        if (invalid) {
            logger.warn({ event: 'wechat.request.malformed', reason: invalid }, 'WeChat request refused');
            plain(res, 400, invalid);
            return;
        }
        const conversationId = activity.conversation.id;
        if (!(await deps.dedupe.firstUseOfNonce(q.timestamp!, q.nonce!, body))) {
            logger.warn(
                { event: 'wechat.request.rejected', reason: 'nonce already used with another body' },
                'WeChat request refused: a signed query string replayed with another message',
            );
            plain(res, 401, 'unauthorized');
            return;
        }
        const dedupeKey = incoming.dedupeKey;
        if (!(await deps.dedupe.claim(dedupeKey))) {
            logger.info(
                { event: 'wechat.duplicate', conversationId, activityId: activity.id },
                'WeChat retried a message already taken: not answered again',
            );
            plain(res, 200, 'success');
            return;
        }

        const passive = new PassiveReply();
        const logic = incoming.kind === 'turn' ? (ctx: TurnContext) => deps.bot.run(ctx) : deps.notText;
        void deps.adapter
            .process(activity, logic, passive)
            // The turn ended (its state saved, or its error handled): WeChat's retries are not run again.
            .then(() =>
                deps.dedupe
                    .complete(dedupeKey)
                    .catch((err: unknown) =>
                        logger.warn(
                            { event: 'wechat.claim.completeFailed', conversationId, reason: (err as Error).message },
                            'could not mark a WeChat message done: a retry after its lease may run it again (answered once still)',
                        ),
                    ),
            )
            .catch((err: unknown) =>
                logger.error(
                    { event: 'wechat.turn.failed', conversationId, err: new TurnError(err, activity.text) },
                    'WeChat turn failed',
                ),
            )
            .finally(() => passive.close());
        void budgetOver.then(() => {
            if (passive.open)
                logger.info(
                    { event: 'wechat.reply.late', conversationId },
                    'turn slower than the reply budget: answering through the customer-service API',
                );
            passive.close();
        });
        const text = await passive.answered;
        // Further replies go out through the API only after this response (also if the connection is gone).
        finished(res, () => passive.markFlushed());
        if (text === undefined) {
            plain(res, 200, 'success');
            return;
        }
        const now = Math.floor(deps.clock.now().getTime() / 1000);
        let reply = textReplyXml(conversationId, activity.recipient.id, now, text);
        if (safe) {
            const sealed = deps.crypto!.seal(reply, q.timestamp!, q.nonce!);
            reply = encryptedReplyXml(sealed.encrypt, sealed.signature, q.timestamp!, q.nonce!);
        }
        res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' });
        res.end(reply);
    };
}
