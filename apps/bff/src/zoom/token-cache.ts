// Server-to-Server OAuth access tokens. One token is shared by every caller;
// when it nears expiry (or Zoom rejects it) exactly one token request is made
// and concurrent callers wait for it (single flight). `AccessTokenSource` is
// the seam the Redis-shared cache for several replicas (redis-token-cache.ts)
// implements.
import { zoomOAuthErrorSchema, zoomTokenResponseSchema } from '@switchboard/zoom-schema/oauth';
import { ZOOM_TRACKING_HEADER } from '@switchboard/zoom-schema/errors';
import type { ZoomCredentials } from '../config/env';
import { ZoomApiError } from './zoom-error';

export interface AccessTokenSource {
  /** A token valid for a while yet. */
  getToken(): Promise<string>;
  /** Zoom rejected `token`: forget it (if it is still the current one) so the next getToken refreshes. */
  invalidate(token: string): void;
  /**
   * The scopes Zoom granted, from its token answer (fetches a token if there is
   * none yet). `fresh` asks for a new token first: Zoom grants scopes added in
   * the Marketplace only to tokens issued after the change.
   */
  grantedScopes(opts?: { fresh?: boolean }): Promise<string[]>;
}

export interface OAuthTokenCacheOptions {
  oauthBaseUrl: string;
  credentials: ZoomCredentials;
  /** Refresh this long before the token expires (default 5 minutes, at most half its lifetime). */
  refreshAheadMs?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface CachedToken {
  token: string;
  scopes: string[];
  expiresAt: number;
  refreshAt: number;
}

export class OAuthTokenCache implements AccessTokenSource {
  private current: CachedToken | null = null;
  private inflight: Promise<CachedToken> | null = null;
  private readonly now: () => number;

  constructor(private readonly opts: OAuthTokenCacheOptions) {
    this.now = opts.now ?? Date.now;
  }

  async getToken(): Promise<string> {
    const cur = this.current;
    const t = this.now();
    if (cur && t < cur.refreshAt) return cur.token;
    try {
      return (await this.refresh()).token;
    } catch (err) {
      // A refresh ahead of expiry failed but the old token still works: use it.
      if (cur && t < cur.expiresAt - 5_000 && this.current === cur) return cur.token;
      throw err;
    }
  }

  invalidate(token: string): void {
    if (this.current?.token === token) this.current = null;
  }

  async grantedScopes(opts: { fresh?: boolean } = {}): Promise<string[]> {
    if (opts.fresh) return (await this.refresh()).scopes;
    const token = await this.getToken();
    const cur = this.current;
    return cur && cur.token === token ? [...cur.scopes] : (await this.refresh()).scopes;
  }

  /** Shared by every concurrent caller, so no caller's abort cancels it. */
  private refresh(): Promise<CachedToken> {
    if (!this.inflight) {
      this.inflight = this.requestToken().then(
        (c: CachedToken) => {
          this.current = c;
          this.inflight = null;
          return c;
        },
        (err: unknown) => {
          this.inflight = null;
          throw err;
        },
      );
    }
    return this.inflight;
  }

  private requestToken(): Promise<CachedToken> {
    return requestZoomToken(this.opts);
  }
}

/** One token request (POST /oauth/token), its answer checked; errors in Zoom's words. */
export async function requestZoomToken(opts: OAuthTokenCacheOptions): Promise<CachedToken> {
  const { oauthBaseUrl, credentials } = opts;
  const fetchFn = opts.fetch ?? fetch;
  const now = opts.now ?? Date.now;
  const url = new URL(`${oauthBaseUrl}/oauth/token`);
  url.searchParams.set('grant_type', 'account_credentials');
  url.searchParams.set('account_id', credentials.accountId);
  const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64');
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? 10_000);
  let res: Response;
  try {
    res = await fetchFn(url, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, accept: 'application/json' },
      signal: timeout,
    });
  } catch (cause) {
    throw new ZoomApiError({
      kind: 'network',
      message: `Zoom's sign-in service (${url.origin}) could not be reached.`,
      method: 'POST',
      path: '/oauth/token',
      cause,
    });
  }
  const trackingId = res.headers.get(ZOOM_TRACKING_HEADER);
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = zoomOAuthErrorSchema.safeParse(body);
    const reason = err.success ? err.data.reason : `HTTP ${res.status}`;
    if (res.status === 429 || res.status >= 500) {
      throw new ZoomApiError({
        kind: 'network',
        status: res.status,
        message: `Zoom's sign-in service is unavailable right now (${reason}).`,
        trackingId,
        method: 'POST',
        path: '/oauth/token',
      });
    }
    throw new ZoomApiError({
      kind: 'auth',
      status: res.status,
      message: `Zoom refused the app's credentials (${reason}). Check ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET.`,
      trackingId,
      method: 'POST',
      path: '/oauth/token',
    });
  }
  const parsed = zoomTokenResponseSchema.safeParse(body);
  if (!parsed.success) {
    throw new ZoomApiError({
      kind: 'invalid_response',
      status: res.status,
      message: "Zoom's token answer was not in the expected shape.",
      trackingId,
      method: 'POST',
      path: '/oauth/token',
    });
  }
  const lifetimeMs = parsed.data.expires_in * 1000;
  const ahead = Math.min(opts.refreshAheadMs ?? 5 * 60_000, lifetimeMs / 2);
  const issued = now();
  const scopes = parsed.data.scope.split(/[\s,]+/).filter(Boolean);
  return { token: parsed.data.access_token, scopes, expiresAt: issued + lifetimeMs, refreshAt: issued + lifetimeMs - ahead };
}
