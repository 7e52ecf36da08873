import { afterEach, describe, expect, it } from '@jest/globals';
import type { StoreItems } from 'botbuilder';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';
import { listen } from '../support/http.js';
import { FIXTURE_TIME, manualDeadline, parseReply, plainRequest, send, textXml, TOKEN, waitUntil } from './support.js';

/**
 * Issue #19, finding 7: when the instance that claimed a WeChat message died mid-turn, WeChat's retry was answered
 * `success` and the message was never answered. A claim is now a lease: a retry after it runs out runs the message,
 * and the parent still gets one answer.
 */

/** The shared store as a dying instance sees it: its reads of conversation state never come back until `revive()`. */
class DyingView extends MemoryStorage {
    private gate: Promise<void> | undefined;
    readonly revive: () => void;

    constructor(private readonly shared: MemoryStorage) {
        super();
        let open!: () => void;
        this.gate = new Promise((resolve) => (open = resolve));
        this.revive = () => {
            this.gate = undefined;
            open();
        };
    }

    override async read(keys: string[]): Promise<StoreItems> {
        if (this.gate && keys.some((k) => k.startsWith('wechat/conversations/'))) await this.gate;
        return this.shared.read(keys);
    }

    override write(changes: StoreItems): Promise<void> {
        return this.shared.write(changes);
    }

    override delete(keys: string[]): Promise<void> {
        return this.shared.delete(keys);
    }
}

const opened: { close: () => void; app: { server: { server: { closeAllConnections(): void } } } }[] = [];
afterEach(() => {
    for (const bot of opened.splice(0)) {
        bot.app.server.server.closeAllConnections();
        bot.close();
    }
});

describe('a WeChat message whose turn never committed', () => {
    it("is answered on WeChat's retry to another instance once the claim's lease has run out, and only once", async () => {
        let now = (FIXTURE_TIME + 2) * 1000;
        const clock = { now: () => new Date(now) };
        const shared = new MemoryStorage();
        const dying = new DyingView(shared);
        const deadline = manualDeadline();
        const one = await listen({ WECHAT_TOKEN: TOKEN }, { clock, storage: dying, wechat: { deadline } });
        const two = await listen({ WECHAT_TOKEN: TOKEN }, { clock, storage: shared, wechat: { deadline } });
        opened.push(one, two);
        const request = plainRequest(textXml('需要带什么材料', '24571893475219911001', 'oLEASE_parent'));

        // Instance one claims the message, then hangs before its turn can save anything (as if killed).
        const first = send(one.base, request, { verbatim: true });
        await waitUntil(() => deadline.started === 1);
        const claim = 'wechat/seen/msg/24571893475219911001';
        for (let i = 0; i < 500 && !(await shared.read([claim]))[claim]; i++)
            await new Promise((r) => setTimeout(r, 10));
        expect((await shared.read([claim]))[claim]).toBeDefined();

        // A retry within the lease: the message is taken; acknowledged without running it.
        expect(await send(two.base, request, { verbatim: true })).toMatchObject({ status: 200, body: 'success' });

        // WeChat's next retry, after the lease ran out, reaches the other instance: answered.
        now += 6_000;
        const retry = await send(two.base, request, { verbatim: true });
        expect(retry.status).toBe(200);
        expect(parseReply(retry.body).Content).toContain('户口簿');

        // The first instance comes back to life: its run finds the message answered and says nothing.
        dying.revive();
        expect((await first).body).toBe('success');
        // And later retries are acknowledged, not answered again.
        now += 6_000;
        expect(await send(two.base, request, { verbatim: true })).toMatchObject({ status: 200, body: 'success' });
        expect(await send(one.base, request, { verbatim: true })).toMatchObject({ status: 200, body: 'success' });
    }, 60_000);
});
