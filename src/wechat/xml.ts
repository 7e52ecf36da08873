import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

/** Why a body is not a WeChat message; the route answers 400 and runs no turn. */
export class WeChatXmlError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'WeChatXmlError';
    }
}

/** The flat `<xml>` document WeChat posts: every field a string (64-bit MsgId included). */
export type WeChatFields = Readonly<Record<string, string>>;

const parser = new XMLParser({
    // Numbers stay strings: a 64-bit MsgId does not fit a JS number.
    parseTagValue: false,
    ignoreAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // Only the five XML entities (a DOCTYPE, and so any declared entity, is refused before parsing).
    processEntities: true,
    htmlEntities: false,
    trimValues: true,
});
const builder = new XMLBuilder({ cdataPropName: '#cdata', suppressEmptyNode: false });

/**
 * Parses a WeChat message body. Refuses a DOCTYPE or entity declaration outright (XXE, entity
 * expansion), XML that is not well formed, a root other than `<xml>`, and nested or repeated
 * fields: WeChat never sends them, so they are not guessed at.
 */
export function parseWeChatXml(body: string): WeChatFields {
    if (/<!DOCTYPE|<!ENTITY/i.test(body)) throw new WeChatXmlError('DOCTYPE and entity declarations are not accepted');
    if (XMLValidator.validate(body) !== true) throw new WeChatXmlError('the body is not well-formed XML');
    let doc: unknown;
    try {
        doc = parser.parse(body);
    } catch {
        throw new WeChatXmlError('the body is not well-formed XML');
    }
    const root = (doc as Record<string, unknown> | undefined)?.xml;
    if (!root || typeof root !== 'object' || Array.isArray(root))
        throw new WeChatXmlError('the body has no <xml> root with fields');
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(root)) {
        if (typeof value !== 'string') throw new WeChatXmlError(`field <${name}> is nested or repeated`);
        fields[name] = value;
    }
    return fields;
}

// XML 1.0 cannot carry most control characters, even in CDATA: WeChat would reject the whole reply.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** A passive text reply (被动回复): from the account to the user who wrote. */
export function textReplyXml(to: string, from: string, createTime: number, content: string): string {
    return builder.build({
        xml: {
            ToUserName: { '#cdata': to },
            FromUserName: { '#cdata': from },
            CreateTime: createTime,
            MsgType: { '#cdata': 'text' },
            Content: { '#cdata': content.replace(NOT_XML, '') },
        },
    }) as string;
}

/** A safe-mode reply envelope around an encrypted passive reply. */
export function encryptedReplyXml(encrypt: string, signature: string, timestamp: string, nonce: string): string {
    return builder.build({
        xml: {
            Encrypt: { '#cdata': encrypt },
            MsgSignature: { '#cdata': signature },
            TimeStamp: timestamp,
            Nonce: { '#cdata': nonce },
        },
    }) as string;
}
