import { ActivityTypes, type Activity } from 'botbuilder';
import { WECHAT_CHANNEL_ID, WECHAT_SERVICE_URL } from './adapter.js';
import { WeChatXmlError, type WeChatFields } from './xml.js';

/** What an incoming WeChat message asks the bot to do. */
export type Incoming =
    /** A turn: text, recognised speech, a menu click (as the button's text), or a new follower. */
    | { kind: 'turn'; activity: Activity; dedupeKey: string }
    /** Something the bot cannot read (a picture, a location…): answered "I can only read text". */
    | { kind: 'notText'; activity: Activity; dedupeKey: string }
    /** Nothing to answer (an unfollow, a link opened from the menu, an unknown kind): `success`. */
    | { kind: 'ignore'; reason: string };

/** Kinds of user message that are not text (and voice without WeChat's speech recognition). */
const NOT_TEXT = new Set(['image', 'voice', 'video', 'shortvideo', 'location', 'link', 'file']);

// OpenIDs and original ids (gh_…) are letters, digits, '-' and '_'; bounded so keys and logs stay small.
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const DIGITS = /^\d{1,20}$/;

export interface ReadOptions {
    /** Texts a menu CLICK may carry (the menu buttons' labels): anything else is ignored. */
    menuTexts: ReadonlySet<string>;
    /** Language of the account's audience: WeChat does not say which language a user reads. */
    locale: string;
}

/**
 * Maps a parsed WeChat message to what the bot does with it. The user's OpenID is the conversation
 * and the user id. Throws {@link WeChatXmlError} when fields WeChat always sends are missing or malformed.
 */
export function readIncoming(fields: WeChatFields, options: ReadOptions): Incoming {
    const openId = fields.FromUserName ?? '';
    const account = fields.ToUserName ?? '';
    const createTime = fields.CreateTime ?? '';
    const msgType = fields.MsgType ?? '';
    if (!ID.test(openId) || !ID.test(account))
        throw new WeChatXmlError('FromUserName and ToUserName must be WeChat ids');
    if (!DIGITS.test(createTime)) throw new WeChatXmlError('CreateTime must be a number of seconds');
    if (!/^[a-z_]{1,32}$/.test(msgType)) throw new WeChatXmlError('MsgType is missing or malformed');

    // Everything the adapter and the bot read; the rest of Activity's fields stay unset, as channels leave them.
    const base = (id: string) => ({
        id,
        channelId: WECHAT_CHANNEL_ID,
        serviceUrl: WECHAT_SERVICE_URL,
        conversation: { id: openId, isGroup: false, conversationType: 'personal', name: '' },
        from: { id: openId, name: '', role: 'user' },
        recipient: { id: account, name: '', role: 'bot' },
        locale: options.locale,
        timestamp: new Date(Number(createTime) * 1000),
        channelData: { msgType },
    });
    const message = (id: string, text: string) =>
        ({ ...base(id), type: ActivityTypes.Message, text, textFormat: 'plain' }) as Activity;

    if (msgType === 'event') {
        const event = (fields.Event ?? '').toLowerCase();
        // Events have no MsgId: WeChat's advice is FromUserName + CreateTime.
        const key = `event/${openId}/${createTime}/${event.slice(0, 32)}`;
        const id = `event-${createTime}-${event.slice(0, 32)}`;
        if (event === 'subscribe') {
            return {
                kind: 'turn',
                dedupeKey: key,
                activity: {
                    ...base(id),
                    type: ActivityTypes.ConversationUpdate,
                    membersAdded: [{ id: openId, name: '' }],
                } as Activity,
            };
        }
        if (event === 'click') {
            const text = fields.EventKey ?? '';
            if (!options.menuTexts.has(text)) return { kind: 'ignore', reason: 'menu click with an unknown key' };
            return { kind: 'turn', dedupeKey: key, activity: message(id, text) };
        }
        return { kind: 'ignore', reason: `event ${event || '(none)'}` };
    }

    const msgId = fields.MsgId ?? '';
    if (!DIGITS.test(msgId)) throw new WeChatXmlError('MsgId must be a number');
    const dedupeKey = `msg/${msgId}`;
    if (msgType === 'text') return { kind: 'turn', dedupeKey, activity: message(msgId, fields.Content ?? '') };
    // WeChat's own speech-to-text, when the account has it switched on.
    const recognition = (fields.Recognition ?? '').trim();
    if (msgType === 'voice' && recognition) return { kind: 'turn', dedupeKey, activity: message(msgId, recognition) };
    if (NOT_TEXT.has(msgType)) return { kind: 'notText', dedupeKey, activity: { ...message(msgId, ''), text: '' } };
    return { kind: 'ignore', reason: `unknown MsgType ${msgType}` };
}
