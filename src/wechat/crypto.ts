import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';

/** Why a request's signature or encrypted body was refused; the route turns it into a 4xx. */
export class WeChatCryptoError extends Error {
    constructor(
        readonly reason: 'signature' | 'decrypt' | 'appId',
        message: string,
    ) {
        super(message);
        this.name = 'WeChatCryptoError';
    }
}

/** The URL signature: sha1 of token, timestamp and nonce, sorted and joined. */
export function urlSignature(token: string, timestamp: string, nonce: string): string {
    return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

/** Compares hex signatures in constant time, so a caller cannot learn one byte at a time. */
export function sameSignature(expected: string, given: string | undefined): boolean {
    if (typeof given !== 'string') return false;
    const a = Buffer.from(expected);
    const b = Buffer.from(given.toLowerCase());
    return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Safe mode (安全模式) message crypto: AES-256-CBC with the EncodingAESKey, 32-byte PKCS#7
 * padding, the AppID after the message. @wecom/crypto does the cipher work (the same scheme as
 * the Official Account's; it agrees with wechat-crypto); the checks that decide whether to trust
 * the result (signature over the ciphertext, the trailing AppID) are here.
 */
export class SafeModeCrypto {
    constructor(
        private readonly token: string,
        private readonly encodingAesKey: string,
        private readonly appId: string,
        private readonly random: () => Buffer = () => randomBytes(16),
    ) {}

    /** Checks `msg_signature` over the ciphertext, decrypts it and checks the AppID inside. */
    open(ciphertext: string, query: { timestamp: string; nonce: string; msgSignature: string | undefined }): string {
        const expected = getSignature(this.token, query.timestamp, query.nonce, ciphertext);
        if (!sameSignature(expected, query.msgSignature))
            throw new WeChatCryptoError('signature', 'msg_signature does not match');
        let opened: { message: string; id: string };
        try {
            opened = decrypt(this.encodingAesKey, ciphertext);
        } catch (err) {
            throw new WeChatCryptoError('decrypt', `cannot decrypt: ${(err as Error).message}`);
        }
        if (opened.id !== this.appId) throw new WeChatCryptoError('appId', 'the message is for another AppID');
        return opened.message;
    }

    /** Encrypts a reply and signs it: what goes inside `<Encrypt>` and `<MsgSignature>`. */
    seal(message: string, timestamp: string, nonce: string): { encrypt: string; signature: string } {
        const ciphertext = encrypt(this.encodingAesKey, message, this.appId, this.random());
        return { encrypt: ciphertext, signature: getSignature(this.token, timestamp, nonce, ciphertext) };
    }
}
