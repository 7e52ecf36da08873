/**
 * What the bot says, independent of any channel: the channel layer (src/channels/render.ts)
 * turns a Reply into a card, suggested actions or a numbered plain-text menu.
 */
export interface Action {
    /** What the button shows. */
    label: string;
    /** The text sent back when the button is pressed (recognised like typed text). */
    value: string;
}

export interface Reply {
    title?: string;
    /** Paragraphs, in order. */
    lines: string[];
    /** A list shown as bullets. */
    items?: string[];
    /** Lists under their own headings ("Have ready:", "What to do:"). */
    groups?: { heading: string; items: string[] }[];
    /** Text after the list (caveats). */
    after?: string[];
    /** Source and legal-basis lines, shown small. */
    sources?: string[];
    /** What the user can do next. */
    actions?: Action[];
}

/** The plain-text form of a reply, used as `text` alongside a card and on channels without cards. */
export function toPlainText(reply: Reply, numberedActions = false, chooseHint = ''): string {
    const parts: string[] = [];
    if (reply.title) parts.push(reply.title);
    parts.push(...reply.lines);
    if (reply.items?.length) parts.push(reply.items.map((i) => `- ${i}`).join('\n'));
    for (const g of reply.groups ?? []) parts.push([g.heading, ...g.items.map((i) => `- ${i}`)].join('\n'));
    if (reply.after?.length) parts.push(...reply.after);
    if (reply.sources?.length) parts.push(reply.sources.join('\n'));
    if (numberedActions && reply.actions?.length) {
        parts.push(reply.actions.map((a, i) => `${i + 1}. ${a.label}`).join('\n') + (chooseHint ? `\n${chooseHint}` : ''));
    }
    return parts.filter((p) => p.trim()).join('\n\n');
}
