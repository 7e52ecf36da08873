const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Cleans the parts of an incoming activity that the SDK and the bot read without checking, so a
 * malformed field from a client cannot crash a turn: entities must be objects with a string
 * `type` (mentions with a `mentioned.id`), member lists objects with a string `id`, `from` and
 * `recipient` objects, `locale` a string. Anything else is dropped; the rest is kept as sent.
 * Returns a new object; the input is not changed.
 */
export function sanitizeActivity<T extends Record<string, unknown>>(body: T): T {
    const a: Record<string, unknown> = { ...body };
    if ('entities' in a) {
        const entities = Array.isArray(a.entities) ? a.entities : [];
        a.entities = entities.filter(
            (e): e is Record<string, unknown> =>
                isObject(e) &&
                typeof e.type === 'string' &&
                (e.type.toLowerCase() !== 'mention' ||
                    (isObject(e.mentioned) && typeof e.mentioned.id === 'string' && typeof e.text === 'string')),
        );
    }
    for (const list of ['membersAdded', 'membersRemoved'] as const) {
        if (list in a)
            a[list] = (Array.isArray(a[list]) ? (a[list] as unknown[]) : []).filter(
                (m) => isObject(m) && typeof m.id === 'string',
            );
    }
    for (const party of ['from', 'recipient'] as const) {
        if (party in a && !(isObject(a[party]) && typeof (a[party] as Record<string, unknown>).id === 'string'))
            delete a[party];
    }
    if ('locale' in a && typeof a.locale !== 'string') delete a.locale;
    return a as T;
}
