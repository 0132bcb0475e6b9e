/** Errors a test can make the sim answer instead of doing the work. */
export interface FaultRule {
  /** HTTP method to match; any when absent. */
  method?: string;
  /** A route template (`/channels/:channel_id/messages`), an exact path, or a pattern tested on the path. Any when absent. */
  route?: string | RegExp;
  status: 429 | 500 | 502 | 503 | 504;
  /** Fail the next `count` matching requests (with `fraction`: at most `count`). */
  count?: number;
  /** Fail each matching request with this probability (seeded). */
  fraction?: number;
  /** For 429: how long the client is told to wait. Default 100 ms. */
  retryAfterMs?: number;
  /** For 429: announce a global limit rather than a route one. */
  global?: boolean;
}

export interface FaultHandle {
  /** How many requests this rule failed so far. */
  readonly hits: number;
  /** How many more it will fail, when it was given a count. */
  readonly remaining: number | undefined;
  remove(): void;
}

interface ActiveFault {
  rule: FaultRule;
  hits: number;
  removed: boolean;
}

export class FaultInjector {
  readonly #faults: ActiveFault[] = [];

  constructor(private readonly random: () => number) {}

  add(rule: FaultRule): FaultHandle {
    if (rule.fraction !== undefined && (rule.fraction < 0 || rule.fraction > 1)) {
      throw new RangeError('fraction must be between 0 and 1');
    }
    const fault: ActiveFault = { rule, hits: 0, removed: false };
    this.#faults.push(fault);
    return {
      get hits() {
        return fault.hits;
      },
      get remaining() {
        return rule.count === undefined ? undefined : Math.max(0, rule.count - fault.hits);
      },
      remove: () => {
        fault.removed = true;
      },
    };
  }

  /** The rule that fails this request, if any; counts the hit. */
  take(method: string, path: string, route: string): FaultRule | null {
    for (const fault of this.#faults) {
      const { rule } = fault;
      if (fault.removed) continue;
      if (rule.count !== undefined && fault.hits >= rule.count) continue;
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (rule.route !== undefined && !routeMatches(rule.route, path, route)) continue;
      if (rule.fraction !== undefined && this.random() >= rule.fraction) continue;
      fault.hits += 1;
      return rule;
    }
    return null;
  }
}

function routeMatches(pattern: string | RegExp, path: string, route: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(path);
  return pattern === route || pattern === path;
}
