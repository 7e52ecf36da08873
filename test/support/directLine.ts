import WebSocket from 'ws';

/** One activity as the built-in Direct Line endpoint returns it (the fields the tests read). */
export interface DlActivity {
    id: string;
    type: string;
    text?: string;
    from: { id: string; role?: string };
    replyToId?: string;
}

export interface DlSession {
    token: string;
    conversationId: string;
    streamUrl?: string;
}

/** A Direct Line 3.0 client of the bot's own endpoint at `base` (a bot, or a load balancer in front of several). */
export function directLineClient(base: string) {
    const call = async (method: string, url: string, token?: string, body?: unknown) => {
        const res = await fetch(`${base}${url}`, {
            method,
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        return { status: res.status, body: (text ? JSON.parse(text) : {}) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    const client = {
        call,
        /** A token and a started (greeted) conversation. */
        async open(locale = 'en-US'): Promise<DlSession> {
            const session = (await call('POST', '/api/webchat/token', undefined, { locale })).body as DlSession;
            if (!session.token) throw new Error('no token');
            const start = await call('POST', '/v3/directline/conversations', session.token);
            return { ...session, streamUrl: start.body.streamUrl as string };
        },
        async poll(s: DlSession, watermark?: string): Promise<{ activities: DlActivity[]; watermark: string }> {
            const q = watermark ? `?watermark=${encodeURIComponent(watermark)}` : '';
            const r = await call('GET', `/v3/directline/conversations/${s.conversationId}/activities${q}`, s.token);
            if (r.status !== 200) throw new Error(`poll answered ${r.status}`);
            return r.body as { activities: DlActivity[]; watermark: string };
        },
        async say(s: DlSession, text: string): Promise<string> {
            const r = await call('POST', `/v3/directline/conversations/${s.conversationId}/activities`, s.token, {
                type: 'message',
                text,
            });
            if (r.status !== 200) throw new Error(`post answered ${r.status}`);
            return r.body.id as string;
        },
        /** The bot's messages in the conversation's history, polling until there are at least `count` (10 s at most). */
        async botMessages(s: DlSession, count: number): Promise<string[]> {
            const deadline = Date.now() + 10_000;
            for (;;) {
                const texts = (await client.poll(s)).activities
                    .filter((a) => a.from.role === 'bot' && a.type === 'message')
                    .map((a) => a.text ?? '');
                if (texts.length >= count || Date.now() > deadline) return texts;
                await new Promise((r) => setTimeout(r, 50));
            }
        },
        /** The text of the bot's first reply to the activity with this id, polling for it (undefined after 10 s). */
        async answerTo(s: DlSession, id: string): Promise<string | undefined> {
            const deadline = Date.now() + 10_000;
            for (;;) {
                const reply = (await client.poll(s)).activities.find(
                    (a) => a.type === 'message' && a.from.role === 'bot' && a.replyToId === id,
                );
                if (reply || Date.now() > deadline) return reply?.text;
                await new Promise((r) => setTimeout(r, 50));
            }
        },
        /** Opens the conversation's stream and collects the activities it pushes. */
        async stream(s: DlSession, watermark?: string) {
            const ws = new WebSocket(`${s.streamUrl}${watermark ? `&watermark=${watermark}` : ''}`);
            const received: DlActivity[] = [];
            ws.on('message', (d) =>
                received.push(...(JSON.parse(String(d)) as { activities: DlActivity[] }).activities),
            );
            await new Promise((resolve, reject) => {
                ws.once('open', resolve);
                ws.once('error', reject);
            });
            return {
                received,
                /** The bot's messages pushed so far, waiting until there are at least `count` (10 s at most). */
                async botMessages(count: number): Promise<string[]> {
                    const deadline = Date.now() + 10_000;
                    for (;;) {
                        const texts = received
                            .filter((a) => a.from.role === 'bot' && a.type === 'message')
                            .map((a) => a.text ?? '');
                        if (texts.length >= count || Date.now() > deadline) return texts;
                        await new Promise((r) => setTimeout(r, 50));
                    }
                },
                close: () => ws.close(),
            };
        },
    };
    return client;
}
