/** A file the bot uploaded with a request. */
export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string | undefined;
  size: number;
}

/** One request the bot made, as the sim saw and answered it. */
export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/channels/123/messages`. */
  path: string;
  /** The route template, e.g. `/channels/:channel_id/messages`; `(unknown)` when none matched. */
  route: string;
  params: Record<string, string>;
  query: Record<string, string>;
  /** Parsed JSON, or `payload_json` of a multipart body. */
  body: unknown;
  files: RecordedFile[];
  status: number;
  /** Discord's error code when the answer was an error. */
  errorCode: number | undefined;
  /** Sim time the request arrived. */
  at: number;
  durationMs: number;
  /** Refused by a real rate limit (not an injected one). */
  rateLimited: boolean;
  /** Answered by fault injection. */
  injected: boolean;
}

export interface RequestFilter {
  method?: string;
  /** Route template, exact path, or pattern on the path. */
  route?: string | RegExp;
  status?: number;
}

export function matchesFilter(request: RecordedRequest, filter: RequestFilter): boolean {
  if (filter.method && filter.method.toUpperCase() !== request.method) return false;
  if (filter.status !== undefined && filter.status !== request.status) return false;
  if (filter.route !== undefined) {
    if (filter.route instanceof RegExp) return filter.route.test(request.path);
    return filter.route === request.route || filter.route === request.path;
  }
  return true;
}
