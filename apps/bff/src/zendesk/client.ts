// The process's one Zendesk Talk client: Basic API-token auth
// (`{email}/token:{api_token}`, kept in a private field: never in a log, an
// error or the browser), JSON bodies, every answer parsed with the client's
// schemas. A 429 waits the `Retry-After` Zendesk gives and tries again (it was
// not carried out); a GET is tried again after a 5xx or no answer, a write
// never (its outcome is then unknown). Lists follow `next_page` on the same
// origin, 100 a page.
import { z } from 'zod';
import { ZendeskApiError, zendeskErrorWords } from './zendesk-error';

export interface ZendeskCallEvent {
  method: string;
  path: string;
  status: number | null;
  ms: number;
}

export interface ZendeskClientOptions {
  apiBaseUrl: string;
  credentials: { email: string; apiToken: string };
  onCall?: (e: ZendeskCallEvent) => void;
  /** Tries after the first (429s, and a GET's 5xx or lost answer). */
  maxRetries?: number;
  /** The longest Retry-After honoured; longer is answered as rate-limited. */
  maxWaitMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Items asked for per list page (Zendesk's maximum, 100, by default). */
  pageSize?: number;
}

export interface ZendeskRequest<T> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** From the origin: /api/v2/… */
  path: string;
  body?: unknown;
  schema: z.ZodType<T>;
  onRetry?: (status: number | null) => void;
}

export interface ZendeskResponse<T> {
  status: number;
  data: T;
  /** Zendesk's request id, when it sends one (support asks for it). */
  requestId: string | null;
}

const PAGE_SIZE = 100;
const MAX_PAGES = 50;

export class ZendeskClient {
  readonly #authorization: string;
  private readonly sleep: (ms: number) => Promise<void>;
  /** The options less the credentials, which live only in #authorization. */
  private readonly opts: Omit<ZendeskClientOptions, 'credentials'>;

  constructor({ credentials, ...opts }: ZendeskClientOptions) {
    this.opts = opts;
    this.#authorization = `Basic ${Buffer.from(`${credentials.email}/token:${credentials.apiToken}`).toString('base64')}`;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  get apiBaseUrl(): string {
    return this.opts.apiBaseUrl;
  }

  async request<T>(req: ZendeskRequest<T>): Promise<ZendeskResponse<T>> {
    const max = this.opts.maxRetries ?? 3;
    for (let attempt = 0; ; attempt++) {
      const started = Date.now();
      let res: Response;
      try {
        res = await fetch(`${this.opts.apiBaseUrl}${req.path}`, {
          method: req.method,
          headers: {
            authorization: this.#authorization,
            accept: 'application/json',
            ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
          signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30_000),
        });
      } catch (err) {
        this.opts.onCall?.({ method: req.method, path: req.path, status: null, ms: Date.now() - started });
        if (req.method === 'GET' && attempt < max) {
          req.onRetry?.(null);
          await this.sleep(backoff(attempt));
          continue;
        }
        throw new ZendeskApiError({
          kind: 'network',
          message: `Zendesk did not answer ${req.method} ${req.path}${req.method === 'GET' ? '' : ', so whether it acted on it is not known'}.`,
          outcomeUnknown: req.method !== 'GET',
          cause: err,
        });
      }
      this.opts.onCall?.({ method: req.method, path: req.path, status: res.status, ms: Date.now() - started });
      const requestId = res.headers.get('x-request-id') ?? res.headers.get('x-zendesk-request-id');
      const text = await res.text();
      const body = parseJson(text);
      if (res.status === 429) {
        const wait = retryAfterMs(res.headers.get('retry-after'));
        if (attempt < max && wait <= (this.opts.maxWaitMs ?? 60_000)) {
          req.onRetry?.(429);
          await this.sleep(wait);
          continue;
        }
        throw new ZendeskApiError({ kind: 'rate_limited', status: 429, message: `Zendesk's rate limit was still reached after ${attempt + 1} tries; try again in a minute.` });
      }
      if (res.status >= 500 && req.method === 'GET' && attempt < max) {
        req.onRetry?.(res.status);
        await this.sleep(backoff(attempt));
        continue;
      }
      if (res.status >= 400) {
        const { code, message } = zendeskErrorWords(res.status, body);
        throw new ZendeskApiError({ kind: 'http', status: res.status, ...(code ? { code } : {}), message, outcomeUnknown: res.status >= 500 && req.method !== 'GET' });
      }
      const parsed = req.schema.safeParse(res.status === 204 ? undefined : body);
      if (!parsed.success) {
        throw new ZendeskApiError({ kind: 'invalid_response', status: res.status, message: `Zendesk's answer to ${req.method} ${req.path} was not in the documented shape.` });
      }
      return { status: res.status, data: parsed.data, requestId };
    }
  }

  /** Every item of a list, following `next_page` (same origin only). */
  async list<T>(path: string, key: string, item: z.ZodType<T>): Promise<T[]> {
    const page = z.object({ [key]: z.array(item), next_page: z.string().nullish() });
    const out: T[] = [];
    let next: string | null = `${path}${path.includes('?') ? '&' : '?'}per_page=${this.opts.pageSize ?? PAGE_SIZE}`;
    for (let i = 0; next && i < MAX_PAGES; i++) {
      const res: ZendeskResponse<Record<string, unknown>> = await this.request({ method: 'GET', path: next, schema: page as z.ZodType<Record<string, unknown>> });
      out.push(...(res.data[key] as T[]));
      next = this.samePath(res.data.next_page as string | null | undefined);
    }
    return out;
  }

  /** A next_page URL as a path on our origin; null for the end or another origin. */
  private samePath(url: string | null | undefined): string | null {
    if (!url) return null;
    const base = new URL(this.opts.apiBaseUrl);
    const u = new URL(url, base);
    return u.origin === base.origin ? `${u.pathname}${u.search}` : null;
  }
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Retry-After in seconds (or an HTTP date); 1 s when absent. */
export function retryAfterMs(header: string | null): number {
  if (!header) return 1000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : 1000;
}

const backoff = (attempt: number) => Math.min(2000, 200 * 2 ** attempt);
