import { describe, expect, test } from 'vitest';
import { BoundedSemaphore, QueueFullError } from './semaphore';

const tick = () => new Promise((r) => setImmediate(r));

describe('BoundedSemaphore', () => {
  test('runs at most `concurrent` at once, queues up to `maxWaiting`, refuses the rest at once', async () => {
    const s = new BoundedSemaphore(2, 3);
    let running = 0;
    let maxRunning = 0;
    const gates: (() => void)[] = [];
    const job = () =>
      s.run(async () => {
        maxRunning = Math.max(maxRunning, ++running);
        await new Promise<void>((r) => gates.push(r));
        running--;
      });
    const outcomes = Array.from({ length: 8 }, () => job().then(() => 'done', (e: unknown) => e));
    await tick();
    expect([s.running, s.waiting]).toEqual([2, 3]);
    // the three beyond the line are refused without waiting for anything
    const refused = await Promise.all(outcomes.slice(5));
    expect(refused.every((e) => e instanceof QueueFullError)).toBe(true);
    while (gates.length || s.running) {
      gates.shift()?.();
      await tick();
    }
    expect(await Promise.all(outcomes.slice(0, 5))).toEqual(Array(5).fill('done'));
    expect(maxRunning).toBe(2);
    expect([s.running, s.waiting]).toEqual([0, 0]);
  });

  test('the front lane goes first, and takes the place of the newest back-lane waiter when the line is full', async () => {
    const s = new BoundedSemaphore(1, 2);
    const order: string[] = [];
    const hold = await s.acquire();
    const take = (name: string, lane: 'front' | 'back') =>
      s.acquire(lane).then(
        (release) => {
          order.push(name);
          release();
        },
        () => order.push(`${name} refused`),
      );
    const b1 = take('back 1', 'back');
    const b2 = take('back 2', 'back');
    const f1 = take('front 1', 'front'); // line full: displaces back 2
    const b3 = take('back 3', 'back'); // line full, no one to displace: refused
    await tick();
    hold();
    await Promise.all([b1, b2, f1, b3]);
    expect(order).toEqual(['back 2 refused', 'back 3 refused', 'front 1', 'back 1']);
  });

  test('releasing twice frees one slot only', async () => {
    const s = new BoundedSemaphore(1, 1);
    const release = await s.acquire();
    const next = s.acquire();
    release();
    release();
    const releaseNext = await next;
    expect(s.running).toBe(1);
    releaseNext();
    expect(s.running).toBe(0);
  });
});
