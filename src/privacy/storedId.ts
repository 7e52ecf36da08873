import { createHash } from 'node:crypto';
import { redact } from './redact.js';

/** What a stored conversation id starts with when it stands for one that holds a phone or ID number. */
export const HASHED_ID_PREFIX = 'h-';

/**
 * The id a conversation is stored under. Channels that use the parent's phone number as the conversation id (SMS:
 * `+8613812345678`) would put the number in storage keys, blob names, the agents' index and the console; such an id
 * (one that {@link redact} changes) is stored as a SHA-256 hash instead. Other ids, and ids already hashed, are kept
 * as they are, so applying this twice gives the same key.
 *
 * A hash of a phone number can be found again by hashing every possible number: this keeps numbers out of keys and
 * listings, it does not make them secret from someone who sets out to recover one.
 */
export function storedConversationId(id: string): string {
    if (id.startsWith(HASHED_ID_PREFIX) || redact(id) === id) return id;
    return `${HASHED_ID_PREFIX}${createHash('sha256').update(`conversation-id\u0000${id}`).digest('hex')}`;
}
