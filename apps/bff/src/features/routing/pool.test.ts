import { describe, expect, test } from 'vitest';
import { runJobs, type Job } from './pool';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('runJobs', () => {
  test('runs jobs and the jobs they add, never more than the limit at once', async () => {
    let inFlight = 0;
    let most = 0;
    const done: string[] = [];
    const job = (name: string, more: string[] = []): Job => async (add) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await tick();
      inFlight--;
      done.push(name);
      for (const m of more) add(job(m));
    };
    await runJobs([job('a', ['a1', 'a2']), job('b'), job('c', ['c1']), job('d'), job('e')], 2);
    expect(done.sort()).toEqual(['a', 'a1', 'a2', 'b', 'c', 'c1', 'd', 'e']);
    expect(most).toBe(2);
  });

  test('the first failure is thrown and no new job starts after it', async () => {
    const started: number[] = [];
    const jobs: Job[] = [0, 1, 2, 3, 4, 5].map((n) => async () => {
      started.push(n);
      await tick();
      if (n === 0) throw new Error('boom');
    });
    await expect(runJobs(jobs, 1)).rejects.toThrow('boom');
    expect(started).toEqual([0]);
  });

  test('no jobs: returns at once', async () => {
    await expect(runJobs([], 4)).resolves.toBeUndefined();
  });
});
