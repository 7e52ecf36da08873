/** A Web Chat client's calls to the built-in Direct Line endpoint, as plain HTTP. */
export interface DirectLineSession {
    token: string;
    conversationId: string;
    /** POSTs a body (an object as JSON, a string as it is) as an activity of this conversation. */
    post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
    /** The conversation's activities after a watermark. */
    activities(
        watermark?: string,
    ): Promise<{ activities: { id: string; text?: string; from?: { role?: string } }[]; watermark: string }>;
    streamPath: string;
}

export async function startDirectLine(base: string, locale = 'en-US'): Promise<DirectLineSession> {
    const t = (await (
        await fetch(`${base}/api/webchat/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ locale }),
        })
    ).json()) as { token: string; conversationId: string };
    const auth = { authorization: `Bearer ${t.token}` };
    const started = await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: auth });
    if (started.status >= 300) throw new Error(`conversation not started: ${started.status}`);
    const conv = `${base}/v3/directline/conversations/${encodeURIComponent(t.conversationId)}`;
    return {
        token: t.token,
        conversationId: t.conversationId,
        streamPath: `/v3/directline/conversations/${encodeURIComponent(t.conversationId)}/stream?t=${encodeURIComponent(t.token)}`,
        async post(body, headers = {}) {
            const res = await fetch(`${conv}/activities`, {
                method: 'POST',
                headers: { 'content-type': 'application/json', ...auth, ...headers },
                body: typeof body === 'string' ? body : JSON.stringify(body),
            });
            return { status: res.status, body: await res.text() };
        },
        async activities(watermark) {
            const res = await fetch(`${conv}/activities${watermark ? `?watermark=${watermark}` : ''}`, {
                headers: auth,
            });
            return (await res.json()) as Awaited<ReturnType<DirectLineSession['activities']>>;
        },
    };
}

/** Polls until the conversation holds a bot message containing `text` (or fails after `ms`). */
export async function botSays(session: DirectLineSession, text: string, ms = 15_000): Promise<void> {
    const until = Date.now() + ms;
    for (;;) {
        const { activities } = await session.activities();
        if (activities.some((a) => a.from?.role === 'bot' && a.text?.includes(text))) return;
        if (Date.now() > until)
            throw new Error(`the bot never said "${text}"; it said: ${activities.map((a) => a.text).join(' | ')}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}
