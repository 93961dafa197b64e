// The shared rolling window (decision 018) against a real Redis: two
// limiters — two replicas — on one account grant at most the limit in any
// window between them, and writes keep their way past a crowd of reads.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRedis } from '../redis/connection';
import type { SharedRedis } from '../redis/connection';
import { requirePostgres as inCi } from '../testing/postgres';
import { REDIS_URL, dropRedisPrefix, redisReachable } from '../testing/redis';
import { RedisRollingWindowLimiter } from './redis-rate-limiter';
import { windowsForPlan } from './rate-limiter';

const available = inCi || (await redisReachable('redis-rate-limiter'));

function most(times: number[], windowMs: number): number {
  const t = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i]! - t[j]! >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe.skipIf(!available)('the Redis-shared rate limiter', () => {
  const prefix = `sbtest:${randomBytes(5).toString('hex')}:`;
  let redis: [SharedRedis, SharedRedis];

  beforeAll(async () => {
    redis = [await openRedis(REDIS_URL, prefix), await openRedis(REDIS_URL, prefix)];
  });
  afterAll(async () => {
    await Promise.all(redis.map((r) => r.close()));
    await dropRedisPrefix(prefix);
  });

  it('two replicas on one account share one budget: at most 20 Light grants in any second, and still about 20 a second', async () => {
    const limiters = redis.map((r) => new RedisRollingWindowLimiter(r, 'acct-1', windowsForPlan('pro')));
    const granted: number[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 100 }, (_, i) => limiters[i % 2]!.acquire('light').then((p) => {
        p.answered();
        granted.push(performance.now());
      })),
    );
    const seconds = (performance.now() - started) / 1000;
    expect(most(granted, 1000)).toBeLessThanOrEqual(20);
    expect(granted.length / seconds).toBeGreaterThan(17);
  }, 30_000);

  it('while a replica writes, the reads of every replica leave room: a write asked behind 60 reads starts at once', async () => {
    const limiters = redis.map((r) => new RedisRollingWindowLimiter(r, 'acct-2', windowsForPlan('pro')));
    // A write announced a moment ago on replica 0 makes the caps apply everywhere.
    (await limiters[0]!.acquire('light', undefined, 'write')).answered();
    const reads = Array.from({ length: 60 }, () => limiters[1]!.acquire('light', undefined, 'read').then((p) => p.answered()));
    await new Promise((r) => setTimeout(r, 50));
    const asked = performance.now();
    (await limiters[0]!.acquire('light', undefined, 'write')).answered();
    expect(performance.now() - asked).toBeLessThan(200);
    await Promise.all(reads);
  }, 30_000);

  it('a replica that sends late (a busy event loop) counts from when Zoom answered, so the other cannot bunch into the same second', async () => {
    const [late, prompt] = redis.map((r) => new RedisRollingWindowLimiter(r, 'acct-3', windowsForPlan('pro')));
    const sends: number[] = [];
    const lateOnes = Array.from({ length: 20 }, () =>
      late!.acquire('light').then(async (p) => {
        await new Promise((r) => setTimeout(r, 600));
        p.answered();
        sends.push(performance.now());
      }),
    );
    await new Promise((r) => setTimeout(r, 20));
    const promptOnes = Array.from({ length: 20 }, () =>
      prompt!.acquire('light').then((p) => {
        p.answered();
        sends.push(performance.now());
      }),
    );
    await Promise.all([...lateOnes, ...promptOnes]);
    expect(most(sends, 1000)).toBeLessThanOrEqual(20);
  }, 30_000);
});
