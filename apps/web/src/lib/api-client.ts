// The one way the SPA talks to the BFF: same-origin fetch with the session
// cookie, the CSRF header on writes, every answer parsed with the contract's
// zod schema and every failure turned into an ApiError carrying a sentence.
import type { z } from 'zod';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { CSRF_HEADER } from '@switchboard/contract/session';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** HTTP status; 0 when the BFF could not be reached. */
    readonly status: number,
    /** Stable machine code from the BFF (`not_found`, `unauthenticated`…) or a client-side one. */
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

/** Set from the session (sign-in or `GET /api/session`); cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Headers every write carries (the session's CSRF token), for requests made outside apiRequest. */
export function writeHeaders(): Record<string, string> {
  return csrfToken ? { [CSRF_HEADER]: csrfToken } : {};
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: Record<string, string | undefined>;
  signal?: AbortSignal;
}

function genericMessage(status: number): string {
  if (status === 401) return 'Your session has ended. Sign in again.';
  if (status === 403) return 'Your role does not allow this.';
  if (status === 404) return 'That could not be found.';
  if (status === 429) return 'Too many requests right now. Wait a moment and try again.';
  if (status >= 500) return 'Switchboard’s server ran into a problem. Try again in a moment.';
  return `The request failed (HTTP ${status}).`;
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, v);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Turn a non-2xx response into an ApiError, preferring the BFF's own sentence. */
export async function toApiError(res: Response): Promise<ApiError> {
  const parsed = apiErrorSchema.safeParse(await readJson(res));
  if (parsed.success && parsed.data.error.message.trim()) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(res.status, code, message, details);
  }
  return new ApiError(res.status, `http_${res.status}`, genericMessage(res.status));
}

export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...(method !== 'GET' ? writeHeaders() : {}) };
  if (options.body !== undefined) headers['content-type'] = 'application/json';

  let res: Response;
  try {
    res = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', 'Switchboard’s server cannot be reached. Check your connection and try again.');
  }
  if (!res.ok) throw await toApiError(res);

  const body = res.status === 204 ? undefined : await readJson(res);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      res.status,
      'bad_response',
      'Switchboard’s server sent an answer this page does not understand. Reload the page; if it persists, the app and server versions may differ.',
      parsed.error.issues,
    );
  }
  return parsed.data;
}

/** Message to show for any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return 'Something went wrong. Try again.';
}
