/**
 * What the bot says, independent of any channel: the channel layer (src/channels/render.ts)
 * turns a Reply into Markdown with suggested actions, card buttons or a numbered plain-text menu.
 */
export interface Action {
    /** What the button shows. */
    label: string;
    /** The text sent back when the button is pressed (recognised like typed text). */
    value: string;
}

/** A source named in a source line: linked where the source may be linked. */
export interface Citation {
    label: string;
    url?: string;
}

/** One small line under an answer: "Sources: …", "Legal basis: …". */
export interface SourceLine {
    /** The line's lead ("Sources:") or the whole line when there is nothing to cite. */
    text: string;
    /** Sources named in the line, after `text`. */
    cites?: Citation[];
    /** Said after the citations ("and 2 secondary reports: say "sources" for details."). */
    tail?: string;
}

/**
 * What a reply is, for the evaluation harness, logs and tests (never shown): the kind of reply and
 * what it is about. Every reply the core makes carries one.
 */
export interface ReplyMeta {
    kind:
        | 'answer' // a knowledge-base answer on `topic` (and `card`, for one card)
        | 'details' // the continuation after "More details"
        | 'clarify' // one short question with two or three choices
        | 'ack' // a statement about the child acknowledged ("we live in Haikou")
        | 'decline' // not something the bot can help with
        | 'step' // a walkthrough step (`step`)
        | 'why' // the reason and source for the last answer
        | 'sources' // the sources of the last answer
        | 'handoff' // a person asked for, relayed, released, or where people are
        | 'menu' // the menu, help, welcome, language switched
        | 'limit' // empty, too long, not text, or rate-limited
        | 'error';
    topic?: string;
    card?: 'physical' | 'electronic' | 'e-voucher';
    step?: number;
    /** An answer with more behind "More details". */
    more?: boolean;
    /** For `clarify`: the choices offered, in order, as topic ids or `card:<id>`. */
    choices?: string[];
}

export interface Reply {
    title?: string;
    /** Paragraphs, in order. */
    lines: string[];
    /** A list shown as bullets. */
    items?: string[];
    /** Lists under their own headings ("Where:", "Bring:"). */
    groups?: { heading: string; items: string[] }[];
    /** Text after the list (caveats). */
    after?: string[];
    /** Source and legal-basis lines, shown small. */
    sources?: SourceLine[];
    /** What the user can do next. */
    actions?: Action[];
    /** Carries someone else's words (an agent's message): sent as plain text on every channel, never as Markdown. */
    plain?: boolean;
    /** Ids of the sources behind this reply, remembered for "sources?". */
    sourceIds?: string[];
    /** What this reply is (see {@link ReplyMeta}); not shown. */
    meta?: ReplyMeta;
}

/** The colon after a heading run into its text: full-width after Chinese. */
const colon = (heading: string) => (/[\u4e00-\u9fff]$/.test(heading) ? '：' : ': ');

/** Separates citations within a source line. */
const CITE_SEPARATOR = ' · ';

/**
 * How a plain channel shows a link: its label and whole address ("url"), or the label as an HTML
 * link ("html": WeChat's text messages turn `<a href>` into a tappable label, saving a phone screen
 * the addresses).
 */
export type PlainLinks = 'url' | 'html';

/** A link as an HTML anchor for WeChat: the address's quotes and angle brackets encoded, the label's escaped. */
function anchor(label: string, url: string): string {
    const href = url.replace(/["<>]/g, encodeURIComponent);
    return `<a href="${href}">${label.replace(/[<>]/g, (c) => (c === '<' ? '＜' : '＞'))}</a>`;
}

/** A source line as plain text: links become "label url", or an HTML link where the channel shows one. */
export function sourceLineText(line: SourceLine, links: PlainLinks = 'url'): string {
    const cites = (line.cites ?? [])
        .map((c) => (!c.url ? c.label : links === 'html' ? anchor(c.label, c.url) : `${c.label} ${c.url}`))
        .join(CITE_SEPARATOR);
    return [line.text, cites, line.tail ?? '']
        .filter(Boolean)
        .join(' ')
        .replace(/([：；，]) /g, '$1')
        .replace(/ ([.;,。；，])/g, '$1');
}

/** The plain-text form of a reply, for channels without Markdown (SMS, WeChat, Telegram…). */
export function toPlainText(reply: Reply, numberedActions = false, chooseHint = '', links: PlainLinks = 'url'): string {
    const parts: string[] = [];
    if (reply.title) parts.push(`【${reply.title}】`);
    parts.push(...reply.lines);
    if (reply.items?.length) parts.push(reply.items.map((i) => `• ${i}`).join('\n'));
    for (const g of reply.groups ?? [])
        parts.push(
            g.items.length === 1
                ? `${g.heading}${colon(g.heading)}${g.items[0]}`
                : [g.heading, ...g.items.map((i) => `• ${i}`)].join('\n'),
        );
    if (reply.after?.length) parts.push(...reply.after);
    if (reply.sources?.length) parts.push(reply.sources.map((l) => sourceLineText(l, links)).join('\n'));
    if (numberedActions && reply.actions?.length) {
        parts.push(
            reply.actions.map((a, i) => `${i + 1}. ${a.label}`).join('\n') + (chooseHint ? `\n${chooseHint}` : ''),
        );
    }
    return parts.filter((p) => p.trim()).join('\n\n');
}

/** Markdown special characters in our own content and in labels, escaped so they show as written. */
export function escapeMarkdown(text: string): string {
    return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/**
 * The Markdown form of a reply, for Teams, Web Chat and the Emulator: one message whose lists
 * render as lists and whose sources are links, instead of a card that repeats the text.
 */
export function toMarkdown(reply: Reply): string {
    const e = escapeMarkdown;
    const list = (items: string[]) => items.map((i) => `- ${e(i)}`).join('\n');
    const parts: string[] = [];
    if (reply.title) parts.push(`**${e(reply.title)}**`);
    parts.push(...reply.lines.map(e));
    if (reply.items?.length) parts.push(list(reply.items));
    // A heading with one item reads as one line ("**Who**: a guardian"), saving a phone screen's height;
    // the colon stays outside the bold, where CommonMark would not close "**办理人：**16…".
    for (const g of reply.groups ?? [])
        parts.push(
            g.items.length === 1
                ? `**${e(g.heading)}**${colon(g.heading)}${e(g.items[0]!)}`
                : `**${e(g.heading)}**\n\n${list(g.items)}`,
        );
    if (reply.after?.length) parts.push(...reply.after.map(e));
    if (reply.sources?.length) {
        const line = (l: SourceLine) => {
            const cites = (l.cites ?? [])
                .map((c) => (c.url ? `[${e(c.label)}](${c.url.replace(/[()]/g, encodeURIComponent)})` : e(c.label)))
                .join(CITE_SEPARATOR);
            return `*${[e(l.text), cites, e(l.tail ?? '')]
                .filter(Boolean)
                .join(' ')
                .replace(/([：；，]) /g, '$1')
                .replace(/ ([.;,。；，])/g, '$1')}*`;
        };
        parts.push(reply.sources.map(line).join('  \n'));
    }
    return parts.filter((p) => p.trim()).join('\n\n');
}

/**
 * What a reader sees of a reply on a phone, buttons excluded: its text with links shown as their
 * labels (as Markdown channels show them), without line breaks. The length budget of a first
 * answer (about one phone screen) is counted on this.
 */
export function visibleText(reply: Reply): string {
    const sources = reply.sources?.map((l) => ({ ...l, cites: l.cites?.map((c) => ({ label: c.label })) }));
    const text = toPlainText({ ...reply, actions: [], ...(sources ? { sources } : {}) });
    return text.replace(/^【(.*)】$/m, '$1').replace(/\s*\n\s*/g, ' ');
}
