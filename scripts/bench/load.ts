import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { BenchChannel } from './channel.js';
import { SCRIPTS, type Script } from './conversations.js';

export interface LoadOptions {
    /** The bot's base address (`http://127.0.0.1:PORT`). */
    base: string;
    channel: BenchChannel;
    /** Conversations in flight at once (closed loop: each sends its next turn when the last one is answered). */
    concurrency: number;
    seconds: number;
    /** Unique per phase: conversation and activity ids start with it. */
    tag: string;
    /** Check each turn's replies against the script's expected words (the real bot), or only count them (echo). */
    checkWords: boolean;
    /** Existing conversations to continue (every other conversation is one of these when given). */
    resume?: { ids: string[]; scriptOf: (id: string) => Script };
}

export interface LoadResult {
    turns: number;
    seconds: number;
    turnsPerSecond: number;
    /** Turn latencies (POST sent to the bot's answer, replies included), sorted, in ms. */
    latencies: number[];
    replies: number;
    /** Turns answered by something other than 200. */
    httpErrors: number;
    /** Requests that failed outright (connection refused or reset, timeout). */
    failures: number;
    /** Turns that got no reply at all. */
    silent: number;
    /** Turns whose replies lacked an expected word. */
    wrong: number;
    /** A few problems, to print. */
    samples: string[];
    /** The first conversations that ran their whole script (up to 100). */
    completed: { id: string; script: Script }[];
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
    if (sorted.length === 0) return NaN;
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function post(agent: http.Agent, url: URL, body: string): Promise<number> {
    return new Promise((resolve, reject) => {
        const req = http.request(
            url,
            {
                method: 'POST',
                agent,
                headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
            },
            (res) => {
                res.resume();
                res.on('end', () => resolve(res.statusCode ?? 0));
                res.on('error', reject);
            },
        );
        req.setTimeout(30_000, () => req.destroy(new Error('no answer within 30 s')));
        req.on('error', reject);
        req.end(body);
    });
}

/**
 * Drives `concurrency` conversations through `POST /api/messages` for `seconds`, closed loop: each
 * conversation plays its script turn after turn, and a finished one is replaced by a new one, in the
 * other language. A turn counts once the bot has answered the POST; its replies have reached the
 * channel by then (the bot sends them before it answers).
 */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
    const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency * 2 });
    const url = new URL('/api/messages', o.base);
    const r: LoadResult = {
        turns: 0,
        seconds: 0,
        turnsPerSecond: 0,
        latencies: [],
        replies: 0,
        httpErrors: 0,
        failures: 0,
        silent: 0,
        wrong: 0,
        samples: [],
        completed: [],
    };
    const problem = (text: string) => {
        if (r.samples.length < 5) r.samples.push(text);
    };
    const started = performance.now();
    const deadline = started + o.seconds * 1000;
    let activitySeq = 0;

    const playConversation = async (conversationId: string, script: Script, resumed: boolean) => {
        const userId = `user-${conversationId}`;
        // A stored conversation was welcomed long ago and left mid-walkthrough: it starts over instead.
        const steps = resumed ? [script.restart, ...script.turns.slice(1)] : script.turns;
        for (const step of steps) {
            if (performance.now() >= deadline) return;
            const activity = {
                type: step.text === null ? 'conversationUpdate' : 'message',
                id: `${o.tag}-a${++activitySeq}`,
                channelId: 'webchat',
                serviceUrl: o.channel.url,
                conversation: { id: conversationId },
                from: { id: userId, name: 'Parent' },
                recipient: { id: 'bot', name: 'Bot' },
                locale: script.locale,
                timestamp: new Date().toISOString(),
                ...(step.text === null ? { membersAdded: [{ id: userId, name: 'Parent' }] } : { text: step.text }),
            };
            const replies = o.channel.open(conversationId);
            const sent = performance.now();
            let status: number;
            try {
                status = await post(agent, url, JSON.stringify(activity));
            } catch (err) {
                o.channel.close(conversationId);
                r.failures++;
                problem(`${conversationId} "${step.text}": ${(err as Error).message}`);
                return;
            }
            const ms = performance.now() - sent;
            o.channel.close(conversationId);
            r.turns++;
            r.latencies.push(ms);
            r.replies += replies.texts.length;
            if (status !== 200) {
                r.httpErrors++;
                problem(`${conversationId} "${step.text}": HTTP ${status}`);
            } else if (replies.texts.length === 0) {
                r.silent++;
                problem(`${conversationId} "${step.text}": no reply`);
            } else if (o.checkWords) {
                const all = replies.texts.join('\n');
                const missing = step.expect.filter((w) => !all.includes(w));
                if (missing.length) {
                    r.wrong++;
                    problem(`${conversationId} "${step.text}": reply lacks ${JSON.stringify(missing)}: ${JSON.stringify(all.slice(0, 160))}`);
                }
            }
        }
        if (r.completed.length < 100) r.completed.push({ id: conversationId, script });
    };

    const worker = async (w: number) => {
        for (let seq = 0; performance.now() < deadline; seq++) {
            // Each worker has its own share of the stored conversations, so no two play the same one at once.
            const mine = o.resume ? Math.floor((o.resume.ids.length - 1 - w) / o.concurrency) + 1 : 0;
            const resume = mine > 0 && seq % 2 === 1 ? o.resume!.ids[w + o.concurrency * ((seq >> 1) % mine)] : undefined;
            if (resume) await playConversation(resume, o.resume!.scriptOf(resume), true);
            else await playConversation(`${o.tag}-w${w}-c${seq}`, SCRIPTS[(w + seq) % SCRIPTS.length]!, false);
        }
    };
    await Promise.all(Array.from({ length: o.concurrency }, (_, w) => worker(w)));
    r.seconds = (performance.now() - started) / 1000;
    r.turnsPerSecond = r.turns / r.seconds;
    r.latencies.sort((a, b) => a - b);
    agent.destroy();
    return r;
}
