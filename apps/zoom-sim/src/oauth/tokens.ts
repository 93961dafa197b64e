// Access tokens issued by POST /oauth/token. Several may be valid at once;
// each lives `ttlSeconds`. `expireAll` is the control plane's expireTokens.
import { randomBytes } from 'node:crypto';
import type { Clock } from '../platform/clock';

export class TokenStore {
  private tokens = new Map<string, { accountId: string; expiresAt: number }>();

  constructor(
    private readonly clock: Clock,
    readonly ttlSeconds: number,
  ) {}

  issue(accountId: string): string {
    if (this.tokens.size >= 1000) {
      const now = this.clock();
      for (const [token, t] of this.tokens) if (t.expiresAt <= now) this.tokens.delete(token);
    }
    const token = `eyJzdiI6IjAwMDAwMSJ9.${randomBytes(48).toString('base64url')}`;
    this.tokens.set(token, { accountId, expiresAt: this.clock() + this.ttlSeconds * 1000 });
    return token;
  }

  /** The account of a live token, or undefined for unknown and expired ones. */
  verify(token: string): string | undefined {
    const t = this.tokens.get(token);
    if (!t) return undefined;
    if (t.expiresAt <= this.clock()) {
      this.tokens.delete(token);
      return undefined;
    }
    return t.accountId;
  }

  expireAll() {
    this.tokens.clear();
  }
}
