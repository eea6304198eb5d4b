// Rate limits of the API (rate-limiter-flexible): failed sign-ins per username and client address and per address,
// and mutations per signed-in user and per address. Counted in this process's memory, or in Redis with REDIS_URL so
// that every API process shares them. A refusal is RATE_LIMITED, HTTP 429 with Retry-After, before anything runs.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { ProtectionLimits } from './protectionLimits';

type RateLimitSettings = Pick<
  ProtectionLimits,
  | 'loginAttemptsPerUser'
  | 'loginAttemptsPerIp'
  | 'loginWindowSeconds'
  | 'mutationsPerUser'
  | 'mutationsPerIp'
  | 'mutationWindowSeconds'
>;

/** What a rate-limited operation needs to know about its request: who asks, from where, and the limits. */
export interface RateLimitedContext {
  actor: { userId: number } | null;
  clientIp?: string;
  rateLimits?: RateLimits;
}

/** The refusal: when to come back, in words and in the Retry-After header. */
export function rateLimited(what: string, msBeforeNext: number): GraphQLError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const when = seconds < 120 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
  return new GraphQLError(`too many ${what}: try again in ${when}`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds: seconds,
      http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
    },
  });
}

/**
 * Express's `trust proxy` from TRUST_PROXY: which proxies may name the client's address in X-Forwarded-For. By
 * default the loopback only (a web server or reverse proxy on the same machine); a number of hops, `true`, `false` or
 * a list of addresses and subnets otherwise.
 */
export function trustProxyFromEnv(env: NodeJS.ProcessEnv = process.env): boolean | number | string {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw) return 'loopback';
  if (raw === 'true' || raw === 'false') return raw === 'true';
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

/** Consumes a point of each key; refused (with the longest wait) when any of them is spent. */
async function consumeAll(limiters: [RateLimiterAbstract, string][], what: string): Promise<void> {
  const results = await Promise.allSettled(limiters.map(([limiter, key]) => limiter.consume(key)));
  let wait = -1;
  for (const result of results) {
    if (result.status === 'fulfilled') continue;
    // Not a refusal but the store failing: the server's problem, reported as such.
    if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
    wait = Math.max(wait, result.reason.msBeforeNext);
  }
  if (wait < 0) return;
  // A refused request is not counted against the limits that would have let it through.
  await Promise.all(
    limiters.map(([limiter, key], i) => (results[i]?.status === 'fulfilled' ? limiter.reward(key) : undefined)),
  );
  throw rateLimited(what, wait);
}

export class RateLimits {
  private constructor(
    private readonly loginPerUser: RateLimiterAbstract,
    private readonly loginPerIp: RateLimiterAbstract,
    private readonly mutationPerUser: RateLimiterAbstract,
    private readonly mutationPerIp: RateLimiterAbstract,
    private readonly redis: Redis | undefined,
  ) {}

  /** Limiters in memory, or in Redis when a URL is given (keys under `<prefix>:rl:`). */
  static create(limits: RateLimitSettings, redis?: { url: string; prefix: string }): RateLimits {
    const client = redis ? new Redis(redis.url, { enableOfflineQueue: false, lazyConnect: false }) : undefined;
    const make = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract => {
      const memory = new RateLimiterMemory({ keyPrefix, points, duration });
      // While Redis cannot be reached, this process counts alone rather than refusing or letting everything through.
      return client
        ? new RateLimiterRedis({
            storeClient: client,
            keyPrefix: `${redis?.prefix}:rl:${keyPrefix}`,
            points,
            duration,
            insuranceLimiter: memory,
          })
        : memory;
    };
    return new RateLimits(
      make('login-user', limits.loginAttemptsPerUser, limits.loginWindowSeconds),
      make('login-ip', limits.loginAttemptsPerIp, limits.loginWindowSeconds),
      make('mutation-user', limits.mutationsPerUser, limits.mutationWindowSeconds),
      make('mutation-ip', limits.mutationsPerIp, limits.mutationWindowSeconds),
      client,
    );
  }

  /**
   * Before a sign-in is checked: refused while the username (from this address) or the address has used up its
   * attempts, even with the right password. Every attempt takes a point; call the returned function when it succeeded
   * to give it back, so that only failures count.
   */
  async loginAttempt(username: string, ip: string): Promise<() => Promise<void>> {
    const userKey = `${username.trim().toLowerCase()}|${ip}`;
    await consumeAll(
      [
        [this.loginPerUser, userKey],
        [this.loginPerIp, ip],
      ],
      'failed sign-ins',
    );
    return async () => {
      await Promise.all([this.loginPerUser.reward(userKey), this.loginPerIp.reward(ip)]);
    };
  }

  /** Before a mutation runs: refused when its user or its address has used up the window's mutations. */
  async mutation(userId: number | null, ip: string): Promise<void> {
    await consumeAll(
      [
        [this.mutationPerIp, ip],
        ...(userId === null ? [] : [[this.mutationPerUser, String(userId)] as [RateLimiterAbstract, string]]),
      ],
      'mutations',
    );
  }

  async close(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

/** Counts each mutation once its operation is known (after parsing and validation), before any resolver runs. */
export function mutationRateLimitPlugin<TContext extends RateLimitedContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const { rateLimits, clientIp, actor } = contextValue;
          if (operation?.operation !== 'mutation' || !rateLimits) return;
          await rateLimits.mutation(actor?.userId ?? null, clientIp ?? 'unknown');
        },
      };
    },
  };
}
