// Signed, expiring file links. Zoom's play_url is a link to a file host that
// carries its own credential (a signature that expires), so whoever fetches it
// needs no API token; this is the simulator's version of that link.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const FILE_LINK_TTL_MS = 6 * 3600 * 1000;

/** What a link names: a Zoom Phone audio or a Contact Center asset item. */
export type LinkKind = 'phone-audio' | 'cc-asset-item';

interface LinkClaims {
  /** The audio's (or asset item's) id. */
  a: string;
  /** Expiry, ms since the epoch. */
  e: number;
  /** Absent: a Phone audio (links signed before asset items existed read the same). */
  k?: 'cc';
}

const sign = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

export function signLink(key: Buffer, id: string, now: number, kind: LinkKind = 'phone-audio'): string {
  const claims: LinkClaims = { a: id, e: now + FILE_LINK_TTL_MS, ...(kind === 'cc-asset-item' ? { k: 'cc' as const } : {}) };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${sign(key, payload)}`;
}

/** What a link names, or why it is refused. */
export function readLink(key: Buffer, token: string, now: number): { id: string; kind: LinkKind } | { refused: 'invalid' | 'expired' } {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return { refused: 'invalid' };
  const expected = Buffer.from(sign(key, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { refused: 'invalid' };
  let claims: Partial<LinkClaims>;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<LinkClaims>;
  } catch {
    return { refused: 'invalid' };
  }
  if (typeof claims.a !== 'string' || typeof claims.e !== 'number') return { refused: 'invalid' };
  if (claims.e <= now) return { refused: 'expired' };
  return { id: claims.a, kind: claims.k === 'cc' ? 'cc-asset-item' : 'phone-audio' };
}
