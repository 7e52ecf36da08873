import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';

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

/**
 * Limits on failed agent sign-ins, so that guessing is slow from one address and from many, while an
 * outsider cannot lock the agents out:
 *
 * - per account and address pair: five wrong secrets lock that account from that address only;
 * - per address: one address trying many accounts;
 * - per account and overall, slower: many addresses trying one account, or many accounts. These two
 *   block only addresses the account has not signed in from before (remembered per instance), so an
 *   agent at their usual desk keeps working while someone else guesses at their name.
 *
 * Addresses come from the caller (`clientAddress`), so a trusted proxy's forwarded address counts.
 */
export class SignInLimiter {
    private readonly pair: RateLimiterAbstract;
    private readonly address: RateLimiterAbstract;
    private readonly account: RateLimiterAbstract;
    private readonly global: RateLimiterAbstract;
    /** Addresses each account signed in from (most recent last, a few per account). */
    private readonly known = new Map<string, string[]>();

    constructor(
        private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
        create: LimiterFactory = memoryLimiter,
        private readonly maxKnown = { accounts: 1000, addressesPerAccount: 10 },
    ) {
        const make = (keyPrefix: string, l: FailureLimit) =>
            create({ keyPrefix: `agentSignIn:${keyPrefix}`, points: l.failures, duration: l.windowSeconds });
        this.pair = make('pair', limits.pair);
        this.address = make('address', limits.address);
        this.account = make('account', limits.account);
        this.global = make('global', limits.global);
    }

    /** Seconds until this account may be tried from this address again, or 0 when it may be tried now. */
    async blockedFor(account: string, address: string): Promise<number> {
        const checks: [RateLimiterAbstract, string, FailureLimit][] = [
            [this.pair, pairKey(account, address), this.limits.pair],
        ];
        if (!this.isKnown(account, address)) {
            checks.push(
                [this.address, address, this.limits.address],
                [this.account, account, this.limits.account],
                [this.global, 'all', this.limits.global],
            );
        }
        let wait = 0;
        for (const [limiter, key, limit] of checks) {
            const res = await limiter.get(key);
            if (res && res.consumedPoints >= limit.failures) wait = Math.max(wait, Math.ceil(res.msBeforeNext / 1000));
        }
        return wait;
    }

    /** Counts a wrong name or secret. */
    async failed(account: string, address: string): Promise<void> {
        const known = this.isKnown(account, address);
        const counts: [RateLimiterAbstract, string][] = [[this.pair, pairKey(account, address)]];
        if (!known) counts.push([this.address, address], [this.account, account], [this.global, 'all']);
        // Over the limit, `consume` rejects with the counter's state: the count is what matters here.
        await Promise.all(counts.map(([limiter, key]) => limiter.consume(key).catch(() => undefined)));
    }

    /** A correct sign-in: this address is now known for the account, and its pair counter starts again. */
    async succeeded(account: string, address: string): Promise<void> {
        const list = (this.known.get(account) ?? []).filter((a) => a !== address);
        list.push(address);
        this.known.delete(account);
        this.known.set(account, list.slice(-this.maxKnown.addressesPerAccount));
        if (this.known.size > this.maxKnown.accounts) this.known.delete(this.known.keys().next().value!);
        await this.pair.delete(pairKey(account, address));
    }

    private isKnown(account: string, address: string): boolean {
        return this.known.get(account)?.includes(address) ?? false;
    }
}

const pairKey = (account: string, address: string) => `${account}\u0000${address}`;
