// The per-object write lock (write-pipeline/keyed-lock.ts) across replicas: a
// Redis key set only if absent, holding a random id, with an expiry renewed
// while the write runs (so a replica that dies mid-write frees it within
// LOCK_TTL_MS). A waiter sleeps until the holder announces the release on a
// channel, or until the key's own expiry: no polling. Callers in this process
// queue in the in-process lock first, so one replica asks Redis once at a time.
import { randomUUID } from 'node:crypto';
import { AppError } from '../http/app-error';
import { KeyedLock } from '../write-pipeline/keyed-lock';
import type { WriteLock } from '../write-pipeline/keyed-lock';
import type { SharedRedis } from './connection';

const LOCK_TTL_MS = 30_000;
const MAX_WAIT_MS = 5 * 60_000;

/** Delete or extend the key only while it still holds our id. */
const RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";
const RENEW = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end";

export class RedisWriteLock implements WriteLock {
  private readonly local = new KeyedLock();

  constructor(
    private readonly redis: SharedRedis,
    private readonly namespace: string,
    private readonly ttlMs = LOCK_TTL_MS,
  ) {}

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.local.run(key, () => this.across(key, fn));
  }

  private async across<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const key = this.redis.key(`lock:${this.namespace}:${name}`);
    const released = `${key}:released`;
    const id = randomUUID();
    await this.acquire(key, released, id).catch((err: unknown) => {
      if (err instanceof AppError) throw err;
      throw new AppError(503, 'internal', 'The lock shared by the replicas (Redis) could not be reached, so nothing was written. Try again in a moment.');
    });
    const renew = setInterval(() => void this.redis.cmd.eval(RENEW, 1, key, id, String(this.ttlMs)).catch(() => undefined), this.ttlMs / 3);
    renew.unref();
    try {
      return await fn();
    } finally {
      clearInterval(renew);
      await this.redis.cmd.eval(RELEASE, 1, key, id).catch(() => undefined);
      await this.redis.bus.publish(released, '1').catch(() => undefined);
    }
  }

  private async acquire(key: string, released: string, id: string): Promise<void> {
    const deadline = Date.now() + MAX_WAIT_MS;
    let wake: (() => void) | undefined;
    let signalled: boolean;
    let unsubscribe: (() => void) | undefined;
    try {
      for (;;) {
        signalled = false;
        if ((await this.redis.cmd.set(key, id, 'PX', this.ttlMs, 'NX')) === 'OK') return;
        if (!unsubscribe) {
          // Listen first, then try again: a release between the two is not missed.
          unsubscribe = await this.redis.bus.subscribe(released, () => {
            signalled = true;
            wake?.();
          });
          continue;
        }
        if (Date.now() > deadline) {
          throw new AppError(503, 'internal', 'Another change to the same thing has been running for minutes, so this one was not started. Try again later.');
        }
        const left = await this.redis.cmd.pttl(key);
        if (signalled) continue; // released while we asked
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left > 0 ? left + 5 : 5);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
      }
    } finally {
      unsubscribe?.();
    }
  }
}
