// The write lock across replicas (decision 018): two replicas' writes to one
// object take turns, the second starting as soon as the first lets go; other
// objects are not held up; a lock whose holder died lapses after its expiry.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requirePostgres as inCi } from '../testing/postgres';
import { REDIS_URL, dropRedisPrefix, redisReachable } from '../testing/redis';
import { openRedis } from './connection';
import type { SharedRedis } from './connection';
import { RedisWriteLock } from './write-lock';

const available = inCi || (await redisReachable('write-lock'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!available)('the write lock shared through Redis', () => {
  const prefix = `sbtest:${randomBytes(5).toString('hex')}:`;
  let redis: [SharedRedis, SharedRedis];

  beforeAll(async () => {
    redis = [await openRedis(REDIS_URL, prefix), await openRedis(REDIS_URL, prefix)];
  });
  afterAll(async () => {
    await Promise.all(redis.map((r) => r.close()));
    await dropRedisPrefix(prefix);
  });

  it('two replicas writing one object take turns; the second starts as soon as the first lets go; another object does not wait', async () => {
    const [a, b] = redis.map((r) => new RedisWriteLock(r, 'ivr'));
    const log: string[] = [];
    let firstDone = 0;
    const first = a!.run('menu-1', async () => {
      log.push('a starts');
      await sleep(300);
      log.push('a ends');
      firstDone = performance.now();
    });
    await sleep(30);
    const second = b!.run('menu-1', async () => {
      log.push('b starts');
      return performance.now() - firstDone;
    });
    const other = b!.run('menu-2', async () => log.push('b other'));
    const [, waited] = await Promise.all([first, second, other]);
    expect(log).toEqual(['a starts', 'b other', 'a ends', 'b starts']);
    expect(waited).toBeLessThan(150); // woken by the release, not by the lock's expiry
  });

  it('a lock whose holder died lapses after its expiry', async () => {
    await redis[0].cmd.set(redis[0].key('lock:ivr:menu-3'), 'a-dead-replica', 'PX', 400);
    const lock = new RedisWriteLock(redis[1], 'ivr');
    const started = performance.now();
    await lock.run('menu-3', async () => undefined);
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(350);
    expect(waited).toBeLessThan(2000);
  });
});
