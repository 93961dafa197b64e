import { describe, expect, test } from 'vitest';
import { RATE_LIMITS } from '@switchboard/zoom-schema/rate-limits';
import { RollingWindowLimiter, capsFor, windowsForPlan } from './rate-limiter';

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
    // (measured where the callers resume, a millisecond or two after the limiter let them go)
    for (let i = 5; i < times.length; i++) expect(times[i]! - times[i - 5]!).toBeGreaterThanOrEqual(195);
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

describe('priority: writes are never queued behind a crowd of reads, jobs go last', () => {
  test('waiting callers are served write first, then read, then bulk', async () => {
    const l = new RollingWindowLimiter({
      light: { limit: 2, windowMs: 100 },
      medium: { limit: 2, windowMs: 100 },
      heavy: { limit: 1, windowMs: 100 },
    });
    const order: string[] = [];
    const take = (name: string, priority: 'write' | 'read' | 'bulk') => l.acquire('light', undefined, priority).then(() => order.push(name));
    const all = [
      ...Array.from({ length: 6 }, (_, i) => take(`bulk${i}`, 'bulk')),
      ...Array.from({ length: 6 }, (_, i) => take(`read${i}`, 'read')),
      take('write', 'write'),
    ];
    await Promise.all(all);
    // The first two went at once (budget free); then the write, the reads, the bulk.
    expect(order.slice(0, 2)).toEqual(['bulk0', 'bulk1']);
    expect(order[2]).toBe('write');
    expect(order.slice(3, 9)).toEqual(['read0', 'read1', 'read2', 'read3', 'read4', 'read5']);
    expect(order.slice(9)).toEqual(['bulk2', 'bulk3', 'bulk4', 'bulk5']);
  });
});

describe('room for writes while someone is writing', () => {
  const limiter = () =>
    new RollingWindowLimiter({
      light: { limit: 5, windowMs: 300 },
      medium: { limit: 5, windowMs: 300 },
      heavy: { limit: 1, windowMs: 300 },
    });
  const startedWithin = async (l: RollingWindowLimiter, n: number, priority: 'read' | 'bulk', ms: number) => {
    let started = 0;
    const all = Array.from({ length: n }, () => l.acquire('light', undefined, priority).then(() => started++));
    await new Promise((r) => setTimeout(r, ms));
    return { started, all: Promise.all(all) };
  };

  test('with nobody writing, reads may fill the whole window', async () => {
    const l = limiter();
    const { started, all } = await startedWithin(l, 8, 'read', 50);
    expect(started).toBe(5);
    await all;
  });

  test('while someone writes, reads leave a fifth of the window free, jobs one slot, and a write starts at once', async () => {
    const l = limiter();
    await l.acquire('light', undefined, 'write'); // a review: someone is writing
    const reads = await startedWithin(l, 8, 'read', 50);
    expect(reads.started).toBe(3); // 1 write + 3 reads = the read cap of 4
    const t = performance.now();
    await l.acquire('light', undefined, 'write');
    expect(performance.now() - t).toBeLessThan(30); // the free slot
    await reads.all;
    expect(capsFor(20)).toEqual({ write: 20, read: 16, bulk: 19 });
    expect(capsFor(10)).toEqual({ write: 10, read: 8, bulk: 9 });
    expect(capsFor(5)).toEqual({ write: 5, read: 4, bulk: 4 });
  });
});
