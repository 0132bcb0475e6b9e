import type { SimState } from '../state/SimState.js';
import type { ParsedBody } from './body.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteContext {
  state: SimState;
  params: Record<string, string>;
  query: URLSearchParams;
  body: ParsedBody;
}

export interface RouteResult {
  status: number;
  body?: unknown;
}

export interface RouteDef {
  method: HttpMethod;
  /** Template with `:name` parameters, after `/api/v10`. */
  path: string;
  /** `bot` routes need `Authorization: Bot <token>`; webhook and interaction-token routes do not. */
  auth: 'bot' | 'none';
  /** Interaction endpoints are not bound to the global rate limit. */
  globalExempt?: boolean;
  /**
   * Synchronous on purpose: the answer, the request log entry and the state
   * events all land in one tick, so a test resuming after a wait sees all three.
   */
  handler: (context: RouteContext) => RouteResult;
}

interface CompiledRoute {
  def: RouteDef;
  segments: string[];
}

export type RouteMatch =
  | { kind: 'found'; def: RouteDef; params: Record<string, string> }
  | { kind: 'wrong-method' }
  | { kind: 'none' };

/** Matches `/channels/123/messages` against templates; literal segments win over parameters. */
export class Router {
  readonly #routes: CompiledRoute[];

  constructor(routes: RouteDef[]) {
    this.#routes = routes
      .map((def) => ({ def, segments: def.path.split('/').filter(Boolean) }))
      .sort((a, b) => specificity(b.segments) - specificity(a.segments));
  }

  match(method: string, path: string): RouteMatch {
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    let pathMatched = false;
    for (const route of this.#routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.def.method === method) return { kind: 'found', def: route.def, params };
      pathMatched = true;
    }
    return pathMatched ? { kind: 'wrong-method' } : { kind: 'none' };
  }
}

function specificity(segments: string[]): number {
  return segments.reduce((score, s) => score * 2 + (s.startsWith(':') ? 0 : 1), 1);
}

function matchSegments(template: string[], parts: string[]): Record<string, string> | null {
  if (template.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i += 1) {
    const expected = template[i] as string;
    const actual = parts[i] as string;
    if (expected.startsWith(':')) params[expected.slice(1)] = actual;
    else if (expected !== actual) return null;
  }
  return params;
}
