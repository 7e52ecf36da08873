import { createHash } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** One counter of failed sign-ins: `failures` within `windowSeconds` block further tries until the window ends. */
export interface FailureLimit {
    failures: number;
    windowSeconds: number;
}

export interface SignInLimits {
    /** One account from one address: the guess-the-secret limit. */
    pair: FailureLimit;
    /** One address, any accounts (one address trying many names). */
    address: FailureLimit;
    /** One account from any addresses it never signed in from (many addresses trying one name). */
    account: FailureLimit;
    /** Everything, from addresses the account never signed in from (many addresses trying many names). */
    global: FailureLimit;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
    pair: { failures: 5, windowSeconds: 15 * 60 },
    address: { failures: 20, windowSeconds: 60 * 60 },
    account: { failures: 20, windowSeconds: 60 * 60 },
    global: { failures: 200, windowSeconds: 60 * 60 },
};

/** Makes a counter; the default keeps it in this process (a shared Redis limiter can be passed instead). */
export type LimiterFactory = (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

const memoryLimiter: LimiterFactory = (options) => new RateLimiterMemory(options);

/** The addresses each account signed in from: spared by the account-wide and overall limits. */
export interface KnownAddresses {
    has(account: string, address: string): Promise<boolean>;
    add(account: string, address: string): Promise<void>;
}

const AGENT_NAME = /^[\p{L}\p{N}._-]{1,40}$/u;
const PER_ACCOUNT = 10;
/** Addresses are kept as hashes: enough to recognise one, not to list where agents work from. */
const digest = (address: string) =>
    createHash('sha256').update(`agent-address\u0000${address}`).digest('base64url').slice(0, 22);

/** Known addresses in this process only (a few per account, for at most 1,000 accounts). */
export function memoryKnownAddresses(): KnownAddresses {
    const known = new Map<string, string[]>();
    return {
        has: async (account, address) => known.get(account)?.includes(digest(address)) ?? false,
        async add(account, address) {
            const d = digest(address);
            const list = (known.get(account) ?? []).filter((a) => a !== d);
            known.delete(account);
            known.set(account, [...list, d].slice(-PER_ACCOUNT));
            if (known.size > 1000) known.delete(known.keys().next().value!);
        },
    };
}

/** Known addresses in the configured store, so every instance spares them (removed by the retention sweep). */
export function storageKnownAddresses(storage: Storage): KnownAddresses {
    const key = (account: string) => `agent/knownAddresses/${account}`;
    const read = async (account: string) =>
        ((await storage.read([key(account)]))[key(account)] as { addresses?: string[] } | undefined)?.addresses ?? [];
    return {
        async has(account, address) {
            // Only configured agents ever get a list; other names are not looked up.
            return AGENT_NAME.test(account) && (await read(account)).includes(digest(address));
        },
        async add(account, address) {
            const d = digest(address);
            const list = (await read(account)).filter((a) => a !== d);
            // Last writer wins: two sign-ins at once may remember one address of the two, never a wrong one.
            await storage.write({ [key(account)]: { addresses: [...list, d].slice(-PER_ACCOUNT), eTag: '*' } });
        },
    };
}

/**
 * Limits on failed agent sign-ins, so that guessing is slow from one address and from many, while an
 * outsider cannot lock the agents out:
 *
 * - per account and address pair: five wrong secrets lock that account from that address only;
 * - per address: one address trying many accounts;
 * - per account and overall, slower: many addresses trying one account, or many accounts. These two
 *   block only addresses the account has not signed in from before (remembered in the store), so an
 *   agent at their usual desk keeps working while someone else guesses at their name.
 *
 * Addresses come from the caller (`clientAddress`), so a trusted proxy's forwarded address counts.
 */
export class SignInLimiter {
    private readonly pair: RateLimiterAbstract;
    private readonly address: RateLimiterAbstract;
    private readonly account: RateLimiterAbstract;
    private readonly global: RateLimiterAbstract;
    private readonly known: KnownAddresses;

    constructor(options: { limits?: SignInLimits; create?: LimiterFactory; known?: KnownAddresses } = {}) {
        const limits = options.limits ?? DEFAULT_SIGN_IN_LIMITS;
        const create = options.create ?? memoryLimiter;
        this.known = options.known ?? memoryKnownAddresses();
        const make = (keyPrefix: string, l: FailureLimit) =>
            create({ keyPrefix: `agentSignIn:${keyPrefix}`, points: l.failures, duration: l.windowSeconds });
        this.pair = make('pair', limits.pair);
        this.address = make('address', limits.address);
        this.account = make('account', limits.account);
        this.global = make('global', limits.global);
    }

    /**
     * Takes one try at this account from this address: counted before the secret is checked, so tries sent all at
     * once are counted too. `wait` is 0 when the try may go ahead, else the seconds until it may; a try that turns out
     * right is given back with {@link SignInLimiter.succeeded}.
     */
    async take(account: string, address: string): Promise<SignInTry> {
        const counters: [RateLimiterAbstract, string][] = [[this.pair, pairKey(account, address)]];
        if (!(await this.known.has(account, address))) {
            counters.push([this.address, address], [this.account, account], [this.global, 'all']);
        }
        const results = await Promise.all(
            counters.map(([limiter, key]) =>
                limiter.consume(key).then(
                    () => 0,
                    (rejection: unknown) => {
                        // Over the limit, `consume` rejects with the counter's state; anything else is an error.
                        if (!(rejection instanceof RateLimiterRes)) throw rejection;
                        return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
                    },
                ),
            ),
        );
        return { account, address, wait: Math.max(0, ...results), counters };
    }

    /** The try was right: it does not count, the pair starts again, and the address is known for the account. */
    async succeeded(attempt: SignInTry): Promise<void> {
        await Promise.all(attempt.counters.map(([limiter, key]) => limiter.reward(key, 1)));
        await this.pair.delete(pairKey(attempt.account, attempt.address));
        await this.known.add(attempt.account, attempt.address);
    }
}

/** One sign-in try, as {@link SignInLimiter.take} counted it. */
export interface SignInTry {
    account: string;
    address: string;
    /** Seconds to wait before trying again; 0 when this try may go ahead. */
    wait: number;
    counters: [RateLimiterAbstract, string][];
}

const pairKey = (account: string, address: string) => `${account}\u0000${address}`;
