import { describe, expect, test } from 'vitest';
import { RATE_LIMITS } from '@switchboard/zoom-schema/rate-limits';
import { TokenBucketLimiter, bucketsForPlan } from './rate-limiter';

describe('bucketsForPlan', () => {
  test('sizes each label just under the plan limit, one request at a time', () => {
    for (const plan of ['pro', 'business'] as const) {
      const b = bucketsForPlan(plan);
      for (const label of ['light', 'medium', 'heavy'] as const) {
        expect(b[label].ratePerSecond).toBeLessThan(RATE_LIMITS[plan][label]);
        expect(b[label].ratePerSecond).toBeGreaterThanOrEqual(0.95 * RATE_LIMITS[plan][label]);
        expect(b[label].burst).toBe(1);
      }
    }
  });
});

describe('TokenBucketLimiter', () => {
  const spec = { ratePerSecond: 50, burst: 1 };
  const limiter = () =>
    new TokenBucketLimiter({ light: spec, medium: spec, heavy: { ratePerSecond: 10, burst: 2 } });

  test('spaces callers out at the bucket rate', async () => {
    const l = limiter();
    const started = performance.now();
    const times: number[] = [];
    await Promise.all(Array.from({ length: 11 }, () => l.acquire('light').then(() => times.push(performance.now() - started))));
    // 1 immediately, then 10 more at 50/s → about 200 ms
    expect(Math.max(...times)).toBeGreaterThanOrEqual(190);
    expect(Math.max(...times)).toBeLessThan(600);
  });

  test('labels have separate budgets', async () => {
    const l = limiter();
    await l.acquire('heavy');
    await l.acquire('heavy'); // burst of two
    const started = performance.now();
    await l.acquire('light'); // light is untouched
    expect(performance.now() - started).toBeLessThan(30);
  });

  test('pause holds every caller of the label back', async () => {
    const l = limiter();
    l.pause('medium', 150);
    const started = performance.now();
    await l.acquire('medium');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  test('an aborted caller leaves the queue', async () => {
    const l = limiter();
    await l.acquire('light');
    const ac = new AbortController();
    const waiting = l.acquire('light', ac.signal);
    ac.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
  });
});
