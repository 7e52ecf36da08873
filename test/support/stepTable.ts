import { expect } from '@jest/globals';
import type { Activity } from 'botbuilder';

/** What one bot reply must contain. */
export interface ReplyExpectation {
    /** Substrings of the reply's text (the plain-text equivalent every reply carries). */
    has?: string[];
    /** Substrings the reply must not contain. */
    not?: string[];
    /** Exact labels of the offered actions, in order (suggested actions or card buttons). */
    actions?: string[];
}

/** One row of a dialog test: what the user says and every reply that must come back. */
export interface StepRow {
    user: string;
    replies: ReplyExpectation[];
}

export function actionLabels(reply: Partial<Activity>): string[] {
    const suggested = reply.suggestedActions?.actions.map((a) => a.title ?? '') ?? [];
    if (suggested.length) return suggested;
    const buttons = (reply.attachments ?? []).flatMap(
        (a) => ((a.content as { buttons?: { title?: string }[] } | undefined)?.buttons ?? []).map((b) => b.title ?? ''),
    );
    return buttons;
}

/** Checks a reply against an expectation, with a message that shows the row when it fails. */
export function expectReply(reply: Partial<Activity> | undefined, e: ReplyExpectation, where: string): void {
    if (reply === undefined) throw new Error(`${where}: expected a reply, got none`);
    const text = reply.text ?? '';
    const show = `\n--- reply ---\n${text}\n-------------`;
    for (const s of e.has ?? []) if (!text.includes(s)) throw new Error(`${where}: expected the reply to contain "${s}"${show}`);
    for (const s of e.not ?? []) if (text.includes(s)) throw new Error(`${where}: expected the reply not to contain "${s}"${show}`);
    if (e.actions) expect({ where, actions: actionLabels(reply) }).toEqual({ where, actions: e.actions });
}

/**
 * Runs a step table: sends each row's message and asserts every reply in order, and that no
 * extra reply came.
 */
export async function runTable(
    send: (text: string) => Promise<Partial<Activity> | undefined>,
    next: () => Partial<Activity> | undefined,
    rows: StepRow[],
): Promise<void> {
    for (const [i, row] of rows.entries()) {
        const where = `row ${i + 1} "${row.user}"`;
        let reply = await send(row.user);
        for (const [j, e] of row.replies.entries()) {
            if (j > 0) reply = next();
            expectReply(reply, e, `${where}, reply ${j + 1}`);
        }
        const extra = next();
        expect({ where, extra: extra?.text }).toEqual({ where, extra: undefined });
    }
}
