// The one Zoom HTTP client, used in real and demo mode alike. Every call names
// its rate-limit label and the zod schema its answer must match; the client
// waits for budget, adds a fresh token, retries 429 / 5xx / network failures
// with backoff (honouring Retry-After), retries once on an expired token, and
// returns the parsed data with Zoom's tracking id. A POST (which creates
// something: not idempotent) is retried only when Zoom certainly did not act
// on it (429, an expired token); after no answer or a 5xx it is never sent
// again blindly — the error says the outcome is unknown (`outcomeUnknown`) and
// the caller reads back to see whether it landed (write-pipeline/run-write.ts).
import type { z } from 'zod';
import type { RateLimitLabel } from '@switchboard/zoom-schema/rate-limits';
import { ZOOM_ERROR_CODES, ZOOM_TRACKING_HEADER, zoomErrorSchema } from '@switchboard/zoom-schema/errors';
import { operationPath } from '@switchboard/zoom-schema/operations';
import type { ZoomOperation } from '@switchboard/zoom-schema/operations';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelay, sleep } from './backoff';
import { downloadZoomFile } from './file-download';
import { sendForm, type MultipartForm } from './multipart-body';
import { zoomPriority } from './priority';
import type { ZoomDownload } from './file-download';
import type { RetryPolicy } from './backoff';
import type { RateLimiter } from './rate-limiter';
import type { AccessTokenSource } from './token-cache';
import { ZoomApiError } from './zoom-error';

export type QueryValue = string | number | boolean | undefined | null;

export interface ZoomRequest<S extends z.ZodType> {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path below the API base, e.g. `/phone/auto_receptionists`. */
  path: string;
  label: RateLimitLabel;
  /** The answer's shape; `null` for answers without a body (204). */
  schema: S | null;
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** Told each time an answer is retried: its HTTP status, or null when none came (for "sent 3 times"). */
  onRetry?: (answer: number | null) => void;
  /**
   * Whether sending it twice does no harm. Default: every method but POST.
   * A non-idempotent call is not retried after no answer or a 5xx.
   */
  idempotent?: boolean;
}

export interface ZoomResult<T> {
  data: T;
  status: number;
  trackingId: string | null;
}

/** What the client reports per HTTP exchange (for logs and metrics; never headers or bodies). */
export interface ZoomCallEvent {
  method: string;
  path: string;
  label: RateLimitLabel;
  status: number | null;
  attempt: number;
  ms: number;
  trackingId: string | null;
}

export interface ZoomClientOptions {
  apiBaseUrl: string;
  tokens: AccessTokenSource;
  limiter: RateLimiter;
  retry?: RetryPolicy;
  timeoutMs?: number;
  fetch?: typeof fetch;
  onCall?: (event: ZoomCallEvent) => void;
  /** Origins besides Zoom's https hosts that serve Zoom's files (demo mode: the simulator's file host). */
  fileOrigins?: readonly string[];
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

/** Whether a call may be sent again when its outcome is unknown (no answer, or a 5xx). */
export const isIdempotent = (req: Pick<ZoomRequest<z.ZodType>, 'method' | 'idempotent'>): boolean =>
  req.idempotent ?? (req.method ?? 'GET') !== 'POST';

export class ZoomClient {
  private readonly retry: RetryPolicy;
  private readonly fetchFn: typeof fetch;

  constructor(private readonly opts: ZoomClientOptions) {
    this.retry = opts.retry ?? DEFAULT_RETRY_POLICY;
    this.fetchFn = opts.fetch ?? fetch;
  }

  get apiBaseUrl(): string {
    return this.opts.apiBaseUrl;
  }

  /** The scopes Zoom granted the app, read from the token answer (no API call; `fresh`: from a new token). */
  grantedScopes(opts: { fresh?: boolean } = {}): Promise<string[]> {
    return this.opts.tokens.grantedScopes(opts);
  }

  async request<S extends z.ZodType>(req: ZoomRequest<S>): Promise<ZoomResult<z.output<S>>> {
    const method = req.method ?? 'GET';
    const { res, trackingId } = await this.exchange(method, req, (token) => this.send(method, req, token));
    return this.parse(res, req, trackingId, method);
  }

  /**
   * Send a multipart/form-data body (an upload) streamed from `form`: same
   * budget, token, retries and parsing as request(); the body is made afresh
   * for each attempt, never held whole in memory.
   */
  async upload<S extends z.ZodType>(req: Omit<ZoomRequest<S>, 'body'> & { form: MultipartForm }): Promise<ZoomResult<z.output<S>>> {
    const method = req.method ?? 'POST';
    const { res, trackingId } = await this.exchange(method, req, (token) => {
      const timeout = AbortSignal.timeout(this.opts.timeoutMs ?? 60_000);
      return sendForm(new URL(`${this.opts.apiBaseUrl}${req.path}`), method, token, req.form, req.signal ? AbortSignal.any([req.signal, timeout]) : timeout);
    });
    return this.parse(res, req, trackingId, method);
  }

  /** Download a file Zoom points at (an audio's `play_url`): see file-download.ts. */
  download(url: string, opts: { signal?: AbortSignal } = {}): Promise<ZoomDownload> {
    return downloadZoomFile(url, {
      fetch: this.fetchFn,
      ...(this.opts.fileOrigins ? { fileOrigins: this.opts.fileOrigins } : {}),
      ...(this.opts.timeoutMs ? { timeoutMs: this.opts.timeoutMs } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
  }

  /**
   * One call's lifecycle: wait for budget, add a token, send, retry 429 / 5xx /
   * network failures with backoff and an expired token once. Returns the final
   * answer (2xx or a non-retryable error status) with its body unread.
   */
  private async exchange(
    method: string,
    req: ZoomRequest<z.ZodType>,
    sendWith: (token: string) => Promise<Response>,
  ): Promise<{ res: Response; trackingId: string | null }> {
    let tokenRetried = false;
    const idempotent = isIdempotent({ method: method as ZoomRequest<z.ZodType>['method'], ...(req.idempotent === undefined ? {} : { idempotent: req.idempotent }) });
    for (let attempt = 0; ; attempt++) {
      const permit = await this.opts.limiter.acquire(req.label, req.signal, zoomPriority());
      let token: string;
      try {
        token = await this.opts.tokens.getToken();
      } catch (err) {
        permit?.answered(); // the slot is spent either way
        // Zoom's sign-in service unreachable or overloaded: back off like any call.
        if (err instanceof ZoomApiError && err.kind === 'network' && attempt < this.retry.maxRetries) {
          await sleep(retryDelay(attempt, this.retry, null));
          continue;
        }
        throw err;
      }
      const started = performance.now();
      let res: Response;
      try {
        res = await sendWith(token);
        permit?.answered();
      } catch (cause) {
        permit?.answered();
        this.report(method, req, null, attempt, started, null);
        if (req.signal?.aborted) throw cause;
        if (idempotent && attempt < this.retry.maxRetries) {
          req.onRetry?.(null);
          await sleep(retryDelay(attempt, this.retry, null));
          continue;
        }
        throw new ZoomApiError({
          kind: 'network',
          message: idempotent
            ? 'Zoom could not be reached. Try again in a moment.'
            : 'No answer came from Zoom, so it is not known whether Zoom acted on the request; it was not sent again.',
          method,
          path: req.path,
          cause,
          outcomeUnknown: true,
        });
      }
      const trackingId = res.headers.get(ZOOM_TRACKING_HEADER);
      this.report(method, req, res.status, attempt, started, trackingId);

      if (res.status === 401 && !tokenRetried) {
        const body: unknown = await res.json().catch(() => null);
        const err = zoomErrorSchema.safeParse(body);
        if (err.success && Number(err.data.code) === ZOOM_ERROR_CODES.invalidAccessToken) {
          tokenRetried = true;
          this.opts.tokens.invalidate(token);
          attempt--; // a token refresh is not a retry of the call
          continue;
        }
        throw this.httpError(res.status, body, trackingId, method, req.path);
      }
      if (RETRYABLE_STATUS.has(res.status)) {
        const retryAfter = parseRetryAfter(res.headers.get('retry-after'));
        if (res.status === 429) this.opts.limiter.pause(req.label, retryAfter ?? retryDelay(attempt, this.retry, null));
        // A 429 was refused before Zoom acted; after a 5xx a POST may have landed, so it is not sent again.
        const mayRetry = res.status === 429 || idempotent;
        if (mayRetry && attempt < this.retry.maxRetries) {
          req.onRetry?.(res.status);
          await res.body?.cancel();
          await sleep(retryDelay(attempt, this.retry, retryAfter));
          continue;
        }
        const body: unknown = await res.json().catch(() => null);
        if (res.status === 429) {
          throw new ZoomApiError({
            kind: 'rate_limited',
            status: 429,
            message: "Zoom's rate limit is exhausted for now. Try again in a minute.",
            trackingId,
            method,
            path: req.path,
          });
        }
        const err = this.httpError(res.status, body, trackingId, method, req.path);
        if (!idempotent && res.status !== 429) err.outcomeUnknown = true;
        throw err;
      }
      return { res, trackingId };
    }
  }

  get<S extends z.ZodType>(
    path: string,
    opts: Omit<ZoomRequest<S>, 'path' | 'method'>,
  ): Promise<ZoomResult<z.output<S>>> {
    return this.request({ ...opts, path, method: 'GET' });
  }

  /**
   * Follow `next_page_token` to the end and return every item under `key`.
   * Pages are as large as the operation documents (`pageSizeMax`).
   */
  async paginate<K extends string, S extends z.ZodType<Record<K, readonly unknown[]> & { next_page_token?: string }>>(
    op: ZoomOperation,
    opts: {
      key: K;
      schema: S;
      /** Values for the path's `{…}` parameters, in order. */
      params?: string[];
      query?: Record<string, QueryValue>;
      maxPages?: number;
      signal?: AbortSignal;
    },
  ): Promise<{ items: z.output<S>[K]; trackingIds: string[] }> {
    const path = operationPath(op, ...(opts.params ?? []));
    const items: unknown[] = [];
    const trackingIds: string[] = [];
    let token: string | undefined;
    const maxPages = opts.maxPages ?? 100;
    for (let page = 0; page < maxPages; page++) {
      const res = await this.get(path, {
        label: op.label,
        schema: opts.schema,
        query: { ...opts.query, page_size: op.pageSizeMax, next_page_token: token },
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
      const data = res.data as Record<K, readonly unknown[]> & { next_page_token?: string };
      items.push(...data[opts.key]);
      if (res.trackingId) trackingIds.push(res.trackingId);
      token = data.next_page_token || undefined;
      if (!token) return { items: items as unknown as z.output<S>[K], trackingIds };
    }
    throw new ZoomApiError({
      kind: 'invalid_response',
      message: `Zoom kept returning more pages for ${path} after ${maxPages}; stopped reading.`,
      path,
    });
  }

  private async send(method: string, req: ZoomRequest<z.ZodType>, token: string): Promise<Response> {
    const url = new URL(`${this.opts.apiBaseUrl}${req.path}`);
    for (const [k, v] of Object.entries(req.query ?? {})) {
      if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
    }
    const timeout = AbortSignal.timeout(this.opts.timeoutMs ?? 15_000);
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    return this.fetchFn(url, {
      method,
      headers,
      ...(req.body !== undefined ? { body: JSON.stringify(req.body) } : {}),
      signal: req.signal ? AbortSignal.any([req.signal, timeout]) : timeout,
    });
  }

  private async parse<S extends z.ZodType>(
    res: Response,
    req: ZoomRequest<S>,
    trackingId: string | null,
    method: string,
  ): Promise<ZoomResult<z.output<S>>> {
    const text = await res.text();
    let body: unknown = null;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        if (res.ok) {
          throw new ZoomApiError({
            kind: 'invalid_response',
            status: res.status,
            message: `Zoom answered ${method} ${req.path} with something that is not JSON.`,
            trackingId,
            method,
            path: req.path,
          });
        }
      }
    }
    if (!res.ok) throw this.httpError(res.status, body, trackingId, method, req.path);
    if (req.schema === null) return { data: undefined as z.output<S>, status: res.status, trackingId };
    const parsed = req.schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      throw new ZoomApiError({
        kind: 'invalid_response',
        status: res.status,
        message: `Zoom's answer to ${method} ${req.path} was not in the expected shape${where}: ${issue?.message ?? 'unknown problem'}.`,
        trackingId,
        method,
        path: req.path,
      });
    }
    return { data: parsed.data, status: res.status, trackingId };
  }

  private httpError(status: number, body: unknown, trackingId: string | null, method: string, path: string) {
    const err = zoomErrorSchema.safeParse(body);
    if (err.success && Number(err.data.code) === ZOOM_ERROR_CODES.missingScope) {
      // "Invalid access token, does not contain scopes:[a, b]." — any one of them would do.
      const listed = /scopes?:\s*\[([^\]]*)\]/i.exec(err.data.message)?.[1] ?? '';
      const scopes = listed.split(',').map((s) => s.trim()).filter(Boolean);
      return new ZoomApiError({
        kind: 'scope',
        status,
        code: err.data.code,
        scopes,
        message: `The Zoom app lacks the scope ${scopes.join(' or ') || 'this call needs'}; an administrator adds it in the Zoom App Marketplace (see Setup).`,
        trackingId,
        method,
        path,
      });
    }
    return new ZoomApiError({
      kind: 'http',
      status,
      code: err.success ? err.data.code : undefined,
      message: err.success ? err.data.message : `Zoom answered ${method} ${path} with HTTP ${status}.`,
      trackingId,
      method,
      path,
    });
  }

  private report(
    method: string,
    req: ZoomRequest<z.ZodType>,
    status: number | null,
    attempt: number,
    started: number,
    trackingId: string | null,
  ): void {
    this.opts.onCall?.({
      method,
      path: req.path,
      label: req.label,
      status,
      attempt,
      ms: Math.round(performance.now() - started),
      trackingId,
    });
  }
}
