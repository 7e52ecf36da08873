import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { systemClock, type Clock } from '../clock.js';
import { isETagConflict } from '../handoff/store.js';
import { IF_ABSENT } from '../storage/errors.js';

/** Agents allowed to sign in to the console: name → secret. From configuration; no defaults. */
export type AgentDirectory = ReadonlyMap<string, string>;

/** Parses `AGENTS="alice:long-secret,bob:other-secret"`. Throws with the offending entry. */
export function parseAgents(value: string | undefined): AgentDirectory {
    const out = new Map<string, string>();
    if (!value?.trim()) return out;
    for (const entry of value
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean)) {
        const at = entry.indexOf(':');
        const name = at > 0 ? entry.slice(0, at).trim() : '';
        const secret = at > 0 ? entry.slice(at + 1) : '';
        if (!/^[\p{L}\p{N}._-]{1,40}$/u.test(name))
            throw new Error(
                `agent "${entry.slice(0, 20)}…": expected name:secret with a name of letters, digits, . _ -`,
            );
        if (secret.length < 12) throw new Error(`agent "${name}": the secret must be at least 12 characters`);
        out.set(name, secret);
    }
    return out;
}

const equal = (a: string, b: string) => {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Where each agent's sign-out count is kept: in the configured store, so a sign-out on one instance ends the
 * agent's sessions on all of them.
 */
export interface SignOutStore {
    /** How many times the agent signed out (0 if never). */
    count(agent: string): Promise<number>;
    /** Counts one more sign-out: every token issued before it stops working. */
    increment(agent: string): Promise<void>;
}

/** A {@link SignOutStore} in a botbuilder Storage (eTag-checked, so two sign-outs at once both count). */
export function storageSignOuts(storage: Storage): SignOutStore {
    const key = (agent: string) => `agent/signOuts/${agent}`;
    return {
        async count(agent) {
            const item = (await storage.read([key(agent)]))[key(agent)] as { count?: number } | undefined;
            return typeof item?.count === 'number' ? item.count : 0;
        },
        async increment(agent) {
            for (let attempt = 0; attempt < 8; attempt++) {
                const current = (await storage.read([key(agent)]))[key(agent)] as
                    { count?: number; eTag?: string } | undefined;
                try {
                    await storage.write({
                        [key(agent)]: { count: (current?.count ?? 0) + 1, eTag: current?.eTag ?? IF_ABSENT },
                    });
                    return;
                } catch (err) {
                    if (!isETagConflict(err)) throw err;
                }
            }
            throw new Error(`could not record the sign-out of ${agent}: too much contention`);
        },
    };
}

/** Sign-outs kept in this process only (tests, and the default when no store is given). */
export function memorySignOuts(): SignOutStore {
    const counts = new Map<string, number>();
    return {
        count: async (agent) => counts.get(agent) ?? 0,
        increment: async (agent) => void counts.set(agent, (counts.get(agent) ?? 0) + 1),
    };
}

interface TokenPayload {
    agent: string;
    exp: number;
    /** The token version: which secret the agent had, and how many times they had signed out. */
    v: string;
}

/**
 * Signed, expiring bearer tokens for the agent console (HMAC-SHA256), any instance sharing the signing
 * secret accepts them. Each token carries a version made of the agent's current secret (a fingerprint, not
 * the secret) and their sign-out count: changing an agent's secret, signing out, or removing the agent
 * ends every token issued before, on every instance sharing the store.
 */
export class AgentAuth {
    private readonly clock: Clock;
    private readonly ttlSeconds: number;
    private readonly signOuts: SignOutStore;

    constructor(
        private readonly agents: AgentDirectory,
        private readonly signingSecret: string,
        options: { clock?: Clock; ttlSeconds?: number; signOuts?: SignOutStore } = {},
    ) {
        this.clock = options.clock ?? systemClock;
        this.ttlSeconds = options.ttlSeconds ?? 8 * 3600;
        this.signOuts = options.signOuts ?? memorySignOuts();
    }

    get enabled(): boolean {
        return this.agents.size > 0;
    }

    /** Whether this agent is (still) configured. */
    has(agent: string): boolean {
        return this.agents.has(agent);
    }

    /** A token for a correct name and secret, otherwise null. */
    async signIn(name: unknown, secret: unknown): Promise<{ token: string; agent: string; expiresAt: string } | null> {
        if (typeof name !== 'string' || typeof secret !== 'string') return null;
        const expected = this.agents.get(name);
        // Compare against something even for unknown names so timing does not reveal which names exist.
        const ok = equal(secret, expected ?? `${secret}\u0000`);
        if (!expected || !ok) return null;
        const exp = Math.floor(this.clock.now().getTime() / 1000) + this.ttlSeconds;
        const body: TokenPayload = { agent: name, exp, v: await this.version(name, expected) };
        const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
        return {
            token: `${payload}.${this.sign(payload)}`,
            agent: name,
            expiresAt: new Date(exp * 1000).toISOString(),
        };
    }

    /**
     * The agent a token belongs to, or null when it is missing, forged or expired, the agent was removed, their
     * secret changed or they signed out since it was issued.
     */
    async verify(authorization: string | undefined): Promise<string | null> {
        const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined;
        if (!token) return null;
        const [payload, signature] = token.split('.');
        if (!payload || !signature || !equal(signature, this.sign(payload))) return null;
        let claims: Partial<TokenPayload>;
        try {
            claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Partial<TokenPayload>;
        } catch {
            return null;
        }
        const { agent, exp, v } = claims;
        if (typeof agent !== 'string' || typeof exp !== 'number' || typeof v !== 'string') return null;
        if (exp * 1000 < this.clock.now().getTime()) return null;
        const secret = this.agents.get(agent);
        if (secret === undefined) return null;
        return equal(v, await this.version(agent, secret)) ? agent : null;
    }

    /** Ends every session of this agent (on every instance sharing the store). */
    signOut(agent: string): Promise<void> {
        return this.signOuts.increment(agent);
    }

    private async version(agent: string, secret: string): Promise<string> {
        const fingerprint = createHmac('sha256', this.signingSecret)
            .update(`agent-secret\u0000${secret}`)
            .digest('base64url')
            .slice(0, 16);
        return `${fingerprint}.${await this.signOuts.count(agent)}`;
    }

    private sign(payload: string): string {
        return createHmac('sha256', this.signingSecret).update(payload).digest('base64url');
    }
}
