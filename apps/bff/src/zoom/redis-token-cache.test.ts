// The Redis-shared token (decision 018) with a scripted OAuth endpoint: three
// replicas asking at once make one token request; a token Zoom rejects is
// replaced once for all of them; a refresh that fails leaves the waiters free
// to try themselves.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRedis } from '../redis/connection';
import type { SharedRedis } from '../redis/connection';
import { requirePostgres as inCi } from '../testing/postgres';
import { REDIS_URL, dropRedisPrefix, redisReachable } from '../testing/redis';
import { RedisTokenCache } from './redis-token-cache';

const available = inCi || (await redisReachable('redis-token-cache'));
const credentials = { accountId: 'acc', clientId: 'cid', clientSecret: 'shh' };
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A scripted OAuth endpoint answering slowly (so the replicas' requests overlap), counting its requests. */
function oauth(answers: (n: number) => Response) {
  const server = { requests: 0 };
  const fetchFn: typeof fetch = async () => {
    const n = ++server.requests;
    await new Promise((r) => setTimeout(r, 100));
    return answers(n);
  };
  return { server, fetchFn };
}

describe.skipIf(!available)('the Redis-shared Zoom token', () => {
  const prefix = `sbtest:${randomBytes(5).toString('hex')}:`;
  let redis: SharedRedis[];
  let n = 0;
  /** Three replicas' caches for one (fresh) account. */
  const replicas = (fetchFn: typeof fetch) => {
    const oauthBaseUrl = `https://zoom-${++n}.example`;
    return redis.map((r) => new RedisTokenCache(r, { oauthBaseUrl, credentials, fetch: fetchFn }));
  };

  beforeAll(async () => {
    redis = await Promise.all([1, 2, 3].map(() => openRedis(REDIS_URL, prefix)));
  });
  afterAll(async () => {
    await Promise.all(redis.map((r) => r.close()));
    await dropRedisPrefix(prefix);
  });

  it('three replicas asking at once make one token request and share its token and scopes', async () => {
    const { server, fetchFn } = oauth(() => json(200, { access_token: 'tok-1', token_type: 'bearer', expires_in: 3600, scope: 'a b' }));
    const caches = replicas(fetchFn);
    const tokens = await Promise.all(caches.flatMap((c) => [c.getToken(), c.getToken()]));
    expect(new Set(tokens)).toEqual(new Set(['tok-1']));
    expect(server.requests).toBe(1);
    expect(await caches[2]!.grantedScopes()).toEqual(['a', 'b']);
    expect(server.requests).toBe(1);
  });

  it('a token Zoom rejects is replaced once for every replica', async () => {
    const { server, fetchFn } = oauth((k) => json(200, { access_token: `tok-${k}`, token_type: 'bearer', expires_in: 3600 }));
    const caches = replicas(fetchFn);
    expect(await caches[0]!.getToken()).toBe('tok-1');
    await Promise.all(caches.map((c) => c.getToken()));
    caches.forEach((c) => c.invalidate('tok-1'));
    await new Promise((r) => setTimeout(r, 50)); // the shared key is forgotten
    expect(new Set(await Promise.all(caches.map((c) => c.getToken())))).toEqual(new Set(['tok-2']));
    expect(server.requests).toBe(2);
  });

  it('a refresh that fails is not waited on: another replica asks for itself', async () => {
    const { server, fetchFn } = oauth((k) => (k === 1 ? json(503, { reason: 'busy' }) : json(200, { access_token: 'tok-ok', token_type: 'bearer', expires_in: 3600 })));
    const caches = replicas(fetchFn);
    const results = await Promise.allSettled(caches.map((c) => c.getToken()));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<string>).value)).toEqual(['tok-ok', 'tok-ok']);
    expect(server.requests).toBe(2);
  });
});
