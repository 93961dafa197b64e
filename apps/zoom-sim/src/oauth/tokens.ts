// Access tokens issued by POST /oauth/token. Several may be valid at once;
// each lives `ttlSeconds` and carries the scopes granted when it was issued.
// An expired token is remembered for a while so that Zoom's two answers can be
// told apart: "Access token has expired." versus "Invalid access token.".
import { randomBytes } from 'node:crypto';
import type { Clock } from '../platform/clock';

export type TokenCheck =
  | { ok: true; accountId: string; scopes: ReadonlySet<string> }
  | { ok: false; reason: 'expired' | 'invalid' };

interface Issued {
  accountId: string;
  scopes: ReadonlySet<string>;
  expiresAt: number;
}

const REMEMBER_EXPIRED_MS = 24 * 3600 * 1000;

export class TokenStore {
  private tokens = new Map<string, Issued>();

  constructor(
    private readonly clock: Clock,
    readonly ttlSeconds: number,
  ) {}

  issue(accountId: string, scopes: readonly string[]): string {
    if (this.tokens.size >= 1000) {
      const forgetBefore = this.clock() - REMEMBER_EXPIRED_MS;
      for (const [token, t] of this.tokens) if (t.expiresAt <= forgetBefore) this.tokens.delete(token);
    }
    const token = `eyJzdiI6IjAwMDAwMSJ9.${randomBytes(48).toString('base64url')}`;
    this.tokens.set(token, { accountId, scopes: new Set(scopes), expiresAt: this.clock() + this.ttlSeconds * 1000 });
    return token;
  }

  verify(token: string): TokenCheck {
    const t = this.tokens.get(token);
    if (!t) return { ok: false, reason: 'invalid' };
    if (t.expiresAt <= this.clock()) return { ok: false, reason: 'expired' };
    return { ok: true, accountId: t.accountId, scopes: t.scopes };
  }

  /** The control plane's expireTokens: every issued token expires now. */
  expireAll() {
    const now = this.clock();
    for (const t of this.tokens.values()) t.expiresAt = Math.min(t.expiresAt, now);
  }
}
