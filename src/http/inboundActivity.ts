import { z } from 'zod';

/**
 * The one schema every inbound activity meets at the edge, whatever channel it came from (`/api/messages`,
 * the built-in Direct Line endpoint, WeChat): the Bot Framework activity fields the bot reads, with their
 * types and sizes. Anything else is refused with a short reason (a 400), so no turn ever starts on an
 * activity whose `text` is an object or whose `locale` is 200 KB. Fields the bot does not read are left as
 * the channel sent them (the whole body is bounded by the body limit).
 */

/** Longest id (activity, conversation, member, reply-to): Teams' are a few hundred characters. */
export const MAX_ID = 4096;
/** Longest free string the bot keeps or logs (a member's name, an event's name, a content type). */
export const MAX_NAME = 256;
/** Longest locale: BCP 47 tags in practice are under 20 characters. */
export const MAX_LOCALE = 64;
/** Most list items (entities, members, attachments) in one activity. */
export const MAX_ITEMS = 1000;

const text = (field: string, max: number) =>
    z
        .string({ error: `"${field}" must be a string` })
        .max(max, { error: `"${field}" must be at most ${max} characters` });
const list = <T extends z.ZodType>(field: string, item: T) =>
    z
        .array(item, { error: `"${field}" must be a list` })
        .max(MAX_ITEMS, { error: `"${field}" must have at most ${MAX_ITEMS} items` });
const object = <T extends z.ZodRawShape>(field: string, shape: T) =>
    z.looseObject(shape, { error: `"${field}" must be an object` });

const account = (field: string) =>
    object(field, {
        id: text(`${field}.id`, MAX_ID),
        name: text(`${field}.name`, MAX_NAME).nullish(),
        role: text(`${field}.role`, 32).nullish(),
    });

const entity = z
    .looseObject({ type: text('entities.type', MAX_NAME) }, { error: '"entities" must hold objects' })
    .refine(
        (e) =>
            e.type.toLowerCase() !== 'mention' ||
            (typeof e.text === 'string' &&
                typeof e.mentioned === 'object' &&
                e.mentioned !== null &&
                typeof (e.mentioned as { id?: unknown }).id === 'string'),
        { error: 'a mention entity needs "text" and "mentioned.id"' },
    );

/** BCP 47-shaped: letters, digits and hyphens (or the underscores some clients use), or empty. */
const LOCALE = /^(?:[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*)?$/;

export const inboundActivitySchema = z.looseObject(
    {
        type: text('type', 64).min(1, { error: 'the activity has no "type"' }),
        id: text('id', MAX_ID).nullish(),
        channelId: text('channelId', 64).nullish(),
        serviceUrl: text('serviceUrl', 2048).nullish(),
        conversation: object('conversation', {
            id: text('conversation.id', MAX_ID).min(1, { error: 'the activity has no "conversation.id"' }),
            conversationType: text('conversation.conversationType', 64).nullish(),
        }),
        from: account('from').nullish(),
        recipient: account('recipient').nullish(),
        text: z.string({ error: '"text" must be a string' }).nullish(),
        locale: text('locale', MAX_LOCALE).regex(LOCALE, { error: '"locale" must be a language tag' }).nullish(),
        name: text('name', MAX_NAME).nullish(),
        replyToId: text('replyToId', MAX_ID).nullish(),
        timestamp: z.union([text('timestamp', 64), z.date()], { error: '"timestamp" must be a string' }).nullish(),
        localTimestamp: z
            .union([text('localTimestamp', 64), z.date()], { error: '"localTimestamp" must be a string' })
            .nullish(),
        entities: list('entities', entity).nullish(),
        membersAdded: list('membersAdded', account('membersAdded[]')).nullish(),
        membersRemoved: list('membersRemoved', account('membersRemoved[]')).nullish(),
        attachments: list(
            'attachments',
            object('attachments[]', {
                contentType: text('attachments.contentType', MAX_NAME).nullish(),
                name: text('attachments.name', MAX_NAME).nullish(),
            }),
        ).nullish(),
    },
    { error: 'the body must be a JSON activity object' },
);

export type InboundActivity = z.infer<typeof inboundActivitySchema>;

/** Events only a contact-centre hub may send (the handoff protocol's). */
export const isHandoffEvent = (a: { type?: unknown; name?: unknown }) =>
    a.type === 'event' && typeof a.name === 'string' && a.name.toLowerCase().startsWith('handoff.');

export interface InboundPolicy {
    /** Channels whose `handoff.*` events come from a contact-centre hub; from anywhere else they are refused. */
    hubChannels?: ReadonlySet<string>;
    /** Activity types accepted (all when absent). */
    types?: ReadonlySet<string>;
}

/** Why an inbound activity is refused (a short reason for a 400), or null when the bot can read it. */
export function inboundProblem(body: unknown, policy: InboundPolicy = {}): string | null {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return 'the body must be a JSON activity object';
    const given = body as { type?: unknown; conversation?: { id?: unknown } };
    if (given.type === undefined || given.type === null || given.type === '') return 'the activity has no "type"';
    if (given.conversation?.id === undefined || given.conversation?.id === null || given.conversation.id === '') {
        return 'the activity has no "conversation.id"';
    }
    const parsed = inboundActivitySchema.safeParse(body);
    if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return issue.message.startsWith('Invalid') ? `"${issue.path.join('.')}" is not valid` : issue.message;
    }
    const a = parsed.data;
    if (policy.types && !policy.types.has(a.type))
        return `activities of type "${a.type.slice(0, 64)}" are not accepted here`;
    if (isHandoffEvent(a) && !(a.channelId && policy.hubChannels?.has(a.channelId))) {
        return 'handoff events are accepted only from a contact-centre hub';
    }
    return null;
}
