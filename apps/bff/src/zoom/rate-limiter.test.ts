import { describe, expect, test } from 'vitest';
import { RATE_LIMITS } from '@switchboard/zoom-schema/rate-limits';
import { RollingWindowLimiter, windowsForPlan } from './rate-limiter';

describe('windowsForPlan', () => {
  test("allows each label Zoom's per-second figure over a window a little longer than a second", () => {
    for (const plan of ['pro', 'business'] as const) {
      const w = windowsForPlan(plan);
      for (const label of ['light', 'medium', 'heavy'] as const) {
        expect(w[label].limit).toBe(RATE_LIMITS[plan][label]);
        expect(w[label].windowMs).toBeGreaterThan(1000);
        expect(w[label].windowMs).toBeLessThanOrEqual(1100);
      }
    }
  });
});

describe('RollingWindowLimiter', () => {
  const limiter = () =>
    new RollingWindowLimiter({
      light: { limit: 5, windowMs: 200 },
      medium: { limit: 5, windowMs: 200 },
      heavy: { limit: 1, windowMs: 1000 },
    });

  test('never lets more than the limit start within one window, and waits no longer than needed', async () => {
    const l = limiter();
    const started = performance.now();
    const times: number[] = [];
    await Promise.all(Array.from({ length: 12 }, () => l.acquire('light').then(() => times.push(performance.now() - started))));
    times.sort((a, b) => a - b);
    for (let i = 5; i < times.length; i++) expect(times[i]! - times[i - 5]!).toBeGreaterThanOrEqual(199);
    // 12 calls at 5 per 200 ms: three waves, the last starting after about 400 ms
    expect(times[11]).toBeGreaterThanOrEqual(395);
    expect(times[11]).toBeLessThan(800); // generous: CI machines are busy
  });

  test('labels have separate budgets', async () => {
    const l = limiter();
    await l.acquire('heavy');
    const started = performance.now();
    await l.acquire('light');
    // a shared budget would wait for heavy's 1 s window to pass
    expect(performance.now() - started).toBeLessThan(500);
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
    await l.acquire('heavy');
    const ac = new AbortController();
    const waiting = l.acquire('heavy', ac.signal);
    ac.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
  });
});
