import { createHash } from 'node:crypto';

/** A per-route bucket: `limit` requests per `windowMs`, counted per value of the major parameter. */
export interface RouteLimitRule {
  method: string;
  /** Route template as the router names it, e.g. `/channels/:channel_id/messages`. */
  route: string;
  limit: number;
  windowMs: number;
}

/**
 * Approximations of Discord's per-route limits where they are well known
 * (messages per channel); everything else gets a roomy default bucket so the
 * global limit is what binds.
 */
export const DEFAULT_ROUTE_LIMITS: RouteLimitRule[] = [
  { method: 'POST', route: '/channels/:channel_id/messages', limit: 5, windowMs: 5_000 },
  {
    method: 'PATCH',
    route: '/channels/:channel_id/messages/:message_id',
    limit: 5,
    windowMs: 5_000,
  },
  {
    method: 'DELETE',
    route: '/channels/:channel_id/messages/:message_id',
    limit: 5,
    windowMs: 1_000,
  },
  { method: 'POST', route: '/webhooks/:application_id/:token', limit: 5, windowMs: 2_000 },
];

const DEFAULT_BUCKET = { limit: 50, windowMs: 1_000 };

export interface LimitVerdict {
  headers: Record<string, string>;
  /** Set when the request must be refused with 429. */
  retryAfterMs?: number;
}

interface Window {
  resetAt: number;
  remaining: number;
}

/** Discord's route parameters that split buckets (the "major parameters"). */
const MAJOR_PARAMETERS = ['channel_id', 'guild_id', 'token'];

export class RateLimiter {
  readonly #rules: Map<string, RouteLimitRule>;
  readonly #windows = new Map<string, Window>();
  #global: Window = { resetAt: 0, remaining: 0 };

  constructor(
    rules: RouteLimitRule[],
    private readonly globalPerSecond: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.#rules = new Map(rules.map((rule) => [`${rule.method} ${rule.route}`, rule]));
  }

  /** Takes one request from the global bucket; returns the wait when it is empty. */
  takeGlobal(): number | null {
    const now = this.clock();
    if (now >= this.#global.resetAt)
      this.#global = { resetAt: now + 1_000, remaining: this.globalPerSecond };
    if (this.#global.remaining <= 0) return this.#global.resetAt - now;
    this.#global.remaining -= 1;
    return null;
  }

  take(method: string, route: string, params: Record<string, string>): LimitVerdict {
    const rule = this.#rules.get(`${method} ${route}`) ?? { method, route, ...DEFAULT_BUCKET };
    const bucket = bucketHash(rule);
    const major =
      MAJOR_PARAMETERS.map((name) => params[name]).find((value) => value !== undefined) ?? '';
    const key = `${bucket}:${major}`;
    const now = this.clock();
    let window = this.#windows.get(key);
    if (!window || now >= window.resetAt) {
      window = { resetAt: now + rule.windowMs, remaining: rule.limit };
      this.#windows.set(key, window);
    }
    const limited = window.remaining <= 0;
    if (!limited) window.remaining -= 1;
    const verdict: LimitVerdict = {
      headers: rateLimitHeaders(rule.limit, window.remaining, window.resetAt, now, bucket),
    };
    if (limited) verdict.retryAfterMs = window.resetAt - now;
    return verdict;
  }
}

export function rateLimitHeaders(
  limit: number,
  remaining: number,
  resetAt: number,
  now: number,
  bucket: string,
): Record<string, string> {
  return {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': (resetAt / 1_000).toFixed(3),
    'x-ratelimit-reset-after': (Math.max(0, resetAt - now) / 1_000).toFixed(3),
    'x-ratelimit-bucket': bucket,
  };
}

export function bucketHash(rule: { method: string; route: string }): string {
  return createHash('sha1').update(`${rule.method} ${rule.route}`).digest('hex').slice(0, 32);
}
