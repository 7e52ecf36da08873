import { createHmac, timingSafeEqual } from 'node:crypto';
import { systemClock, type Clock } from '../clock.js';

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
 * Signed, expiring bearer tokens for the agent console (HMAC-SHA256). Stateless, so any instance
 * sharing the signing secret accepts them.
 */
export class AgentAuth {
    constructor(
        private readonly agents: AgentDirectory,
        private readonly signingSecret: string,
        private readonly clock: Clock = systemClock,
        private readonly ttlSeconds = 8 * 3600,
    ) {}

    get enabled(): boolean {
        return this.agents.size > 0;
    }

    /** A token for a correct name and secret, otherwise null. */
    signIn(name: unknown, secret: unknown): { token: string; agent: string; expiresAt: string } | null {
        if (typeof name !== 'string' || typeof secret !== 'string') return null;
        const expected = this.agents.get(name);
        // Compare against something even for unknown names so timing does not reveal which names exist.
        const ok = equal(secret, expected ?? `${secret}\u0000`);
        if (!expected || !ok) return null;
        const exp = Math.floor(this.clock.now().getTime() / 1000) + this.ttlSeconds;
        const payload = Buffer.from(JSON.stringify({ agent: name, exp })).toString('base64url');
        return {
            token: `${payload}.${this.sign(payload)}`,
            agent: name,
            expiresAt: new Date(exp * 1000).toISOString(),
        };
    }

    /** The agent a token belongs to, or null when it is missing, forged, expired or the agent was removed. */
    verify(authorization: string | undefined): string | null {
        const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined;
        if (!token) return null;
        const [payload, signature] = token.split('.');
        if (!payload || !signature || !equal(signature, this.sign(payload))) return null;
        try {
            const { agent, exp } = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
                agent: string;
                exp: number;
            };
            if (typeof exp !== 'number' || exp * 1000 < this.clock.now().getTime()) return null;
            return this.agents.has(agent) ? agent : null;
        } catch {
            return null;
        }
    }

    private sign(payload: string): string {
        return createHmac('sha256', this.signingSecret).update(payload).digest('base64url');
    }
}
