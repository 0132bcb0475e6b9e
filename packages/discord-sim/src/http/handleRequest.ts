import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { ApiError, apiErrors } from '../errors.js';
import type { SimState } from '../state/SimState.js';
import { type ParsedBody, parseBody, readBody } from './body.js';
import type { FaultInjector, FaultRule } from './faults.js';
import { bucketHash, type RateLimiter, rateLimitHeaders } from './rateLimits.js';
import type { RecordedRequest } from './requestLog.js';
import type { RouteDef, Router } from './router.js';

export interface HttpDeps {
  state: SimState;
  router: Router;
  limiter: RateLimiter | null;
  faults: FaultInjector;
}

const API_PREFIX = '/api/v10';

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  rateLimited?: boolean;
  injected?: boolean;
}

/** Serves one REST request the way Discord would, and records it. */
export async function handleRequest(
  deps: HttpDeps,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const started = performance.now();
  const at = deps.state.now();
  const url = new URL(request.url ?? '/', 'http://sim');
  const method = (request.method ?? 'GET').toUpperCase();

  if (url.pathname.startsWith('/attachments/')) {
    serveAttachment(deps.state, url.pathname, response);
    return;
  }

  const path = url.pathname.startsWith(API_PREFIX)
    ? url.pathname.slice(API_PREFIX.length) || '/'
    : null;
  const match = path === null ? ({ kind: 'none' } as const) : deps.router.match(method, path);
  let body: ParsedBody = { json: undefined, files: [] };
  let raw: Buffer | ApiError;
  try {
    raw = await readBody(request, deps.state.options.maxUploadBytes * 10 + 1_000_000);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    raw = error;
  }
  // From here on everything runs in one tick (see RouteDef.handler).
  let answer: Answer;
  try {
    if (raw instanceof ApiError) throw raw;
    if (match.kind === 'none') throw apiErrors.notFound();
    if (match.kind === 'wrong-method') throw apiErrors.methodNotAllowed();
    const { def, params } = match;
    if (def.auth === 'bot' && request.headers.authorization !== `Bot ${deps.state.token}`) {
      throw apiErrors.unauthorized();
    }
    body = parseBody(raw, request.headers['content-type'], deps.state.options.maxUploadBytes);
    const fault = deps.faults.take(method, path ?? '', def.path);
    answer = fault
      ? injectedAnswer(fault, method, def.path)
      : runRoute(deps, def, params, url.searchParams, body, method);
  } catch (error) {
    answer = errorAnswer(error, deps.state);
  }

  const record: RecordedRequest = {
    method,
    path: path ?? url.pathname,
    route: match.kind === 'found' ? match.def.path : '(unknown)',
    params: match.kind === 'found' ? match.params : {},
    query: Object.fromEntries(url.searchParams),
    body: body.json,
    files: body.files.map((f) => ({
      field: f.field,
      filename: f.filename,
      contentType: f.contentType,
      size: f.data.length,
    })),
    status: answer.status,
    errorCode: errorCodeOf(answer),
    at,
    durationMs: performance.now() - started,
    rateLimited: answer.rateLimited ?? false,
    injected: answer.injected ?? false,
  };
  deps.state.requests.push(record);
  send(response, answer);
  deps.state.emit('request', record);
}

function runRoute(
  deps: HttpDeps,
  def: RouteDef,
  params: Record<string, string>,
  query: URLSearchParams,
  body: ParsedBody,
  method: string,
): Answer {
  let headers: Record<string, string> = {};
  if (deps.limiter) {
    if (!def.globalExempt) {
      const wait = deps.limiter.takeGlobal();
      if (wait !== null) return rateLimitedAnswer(wait, true, {});
    }
    const verdict = deps.limiter.take(method, def.path, params);
    headers = verdict.headers;
    if (verdict.retryAfterMs !== undefined)
      return rateLimitedAnswer(verdict.retryAfterMs, false, headers);
  }
  try {
    const result = def.handler({ state: deps.state, params, query, body });
    return { ...result, headers };
  } catch (error) {
    return { ...errorAnswer(error, deps.state), headers };
  }
}

function rateLimitedAnswer(
  waitMs: number,
  global: boolean,
  headers: Record<string, string>,
): Answer {
  return {
    status: 429,
    rateLimited: true,
    body: { message: 'You are being rate limited.', retry_after: round3(waitMs / 1_000), global },
    headers: {
      ...headers,
      'retry-after': String(Math.ceil(waitMs / 1_000)),
      'x-ratelimit-scope': global ? 'global' : 'user',
      ...(global ? { 'x-ratelimit-global': 'true' } : {}),
    },
  };
}

function injectedAnswer(fault: FaultRule, method: string, route: string): Answer {
  if (fault.status !== 429) {
    return {
      status: fault.status,
      injected: true,
      body: { message: `${fault.status}: injected fault`, code: 0 },
    };
  }
  const waitMs = fault.retryAfterMs ?? 100;
  const now = Date.now();
  const headers = fault.global
    ? {}
    : rateLimitHeaders(1, 0, now + waitMs, now, bucketHash({ method, route }));
  return {
    ...rateLimitedAnswer(waitMs, fault.global ?? false, headers),
    rateLimited: false,
    injected: true,
  };
}

function errorAnswer(error: unknown, state: SimState): Answer {
  if (error instanceof ApiError) return { status: error.status, body: error.body };
  // A bug in the sim: answer as Discord's 500 would, and keep it for the test to see.
  state.emit('internalError', error);
  return { status: 500, body: { message: '500: Internal Server Error', code: 0 } };
}

function errorCodeOf(answer: Answer): number | undefined {
  if (answer.status < 400 || typeof answer.body !== 'object' || answer.body === null)
    return undefined;
  const code = (answer.body as { code?: unknown }).code;
  return typeof code === 'number' ? code : undefined;
}

function send(response: ServerResponse, answer: Answer): void {
  for (const [name, value] of Object.entries(answer.headers ?? {})) response.setHeader(name, value);
  if (answer.status === 204 || answer.body === undefined) {
    response.writeHead(answer.status === 200 ? 204 : answer.status);
    response.end();
    return;
  }
  const text = JSON.stringify(answer.body);
  response.writeHead(answer.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

function serveAttachment(state: SimState, pathname: string, response: ServerResponse): void {
  const [, , , attachmentId] = pathname.split('/');
  const file = attachmentId ? state.files.get(attachmentId) : undefined;
  if (!file) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    'content-type': file.contentType ?? 'application/octet-stream',
    'content-length': file.data.length,
  });
  response.end(file.data);
}

const round3 = (value: number) => Math.round(value * 1_000) / 1_000;
