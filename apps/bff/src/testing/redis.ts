// The tests that need a real Redis (several replicas) find it here, and skip
// only on a developer's machine without one: in CI a missing Redis fails them
// (the same rule as testing/postgres.ts).
import { Redis } from 'ioredis';

export const REDIS_URL = 'redis://127.0.0.1:6379';

export async function redisReachable(who: string): Promise<boolean> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    console.warn(`[${who}] no Redis at ${REDIS_URL}: the Redis test is skipped.`);
    return false;
  } finally {
    client.disconnect();
  }
}

/** Delete every key a run left under its prefix. */
export async function dropRedisPrefix(prefix: string): Promise<void> {
  const client = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await client.del(...keys);
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}
