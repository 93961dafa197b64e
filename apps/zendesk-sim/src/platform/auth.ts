// Basic authentication with an API token: base64("{email}/token:{api_token}")
// (the documents' form). The email is compared without regard to case, the
// token exactly. A password (no "/token") or a bearer token is refused.
import { timingSafeEqual } from 'node:crypto';
import type { ZendeskCredentials } from '../demo-credentials';

export function authenticated(header: string | undefined, account: ZendeskCredentials): boolean {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (!m?.[1]) return false;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const at = decoded.indexOf('/token:');
  if (at < 0) return false;
  const email = decoded.slice(0, at);
  const token = decoded.slice(at + '/token:'.length);
  return email.toLowerCase() === account.email.toLowerCase() && same(token, account.apiToken);
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
