// TRUST_PROXY: which proxy's X-Forwarded-For / -Proto / -Host to believe.
// Believing a header nobody vouches for lets any client pick its own address
// (and so escape the sign-in limits per address) and its own protocol, so the
// default believes no one.
import { isIP } from 'node:net';

/** false: no one; true: every hop (only behind proxies that overwrite the headers); a number: that many hops; a list: those addresses / ranges. */
export type TrustProxy = boolean | number | string[];

/** proxy-addr's names for address ranges (Fastify passes the list to it). */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const HELP =
  'TRUST_PROXY must be false, true, a number of proxy hops, or a comma-separated list of proxy IP addresses or CIDR ranges (such as 10.0.0.0/8 or loopback)';

function validEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  if (rest.length || !address) return false;
  const version = isIP(address);
  if (version === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

/** Parse the variable's text; `error` is a sentence naming the variable and the problem. */
export function parseTrustProxy(text: string | undefined): { value: TrustProxy } | { error: string } {
  const raw = (text ?? '').trim();
  const lower = raw.toLowerCase();
  if (raw === '' || lower === 'false') return { value: false };
  if (lower === 'true') return { value: true };
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 100) return { error: `${HELP}; ${raw} hops is not a believable number.` };
    return { value: hops === 0 ? false : hops };
  }
  const entries = raw.split(',').map((e) => e.trim());
  const bad = entries.find((e) => !validEntry(e));
  if (bad !== undefined) {
    return { error: `${HELP}; ${bad === '' ? 'the list has an empty entry' : `"${bad}" is not an IP address or range`}.` };
  }
  return { value: entries };
}

/**
 * What Fastify's `trustProxy` gets. Fastify 5 ignores a bare hop count (it
 * cannot tell a proxy from a direct client), so a count becomes the function
 * Express uses for it: trust the first `n` hops counted from this server.
 */
export function fastifyTrustProxy(value: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof value === 'number') return (_address, hop) => hop < value;
  return value;
}
