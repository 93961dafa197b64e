// Run many Zoom reads at once, at most `limit` in flight: the rate limiter
// paces them per label; this only keeps enough requests waiting for each
// label's budget that no second of it goes unused. A job may add jobs (an
// auto receptionist's call handling says which of its menus to read): the
// workers end when nothing is queued and nothing is running.
export type Job = (add: (job: Job) => void) => Promise<void>;

export async function runJobs(jobs: readonly Job[], limit: number): Promise<void> {
  const queue = [...jobs];
  let running = 0;
  let failed: { err: unknown } | null = null;
  let waiters: Array<() => void> = [];
  const wakeAll = () => {
    const w = waiters;
    waiters = [];
    for (const r of w) r();
  };
  const add = (job: Job) => {
    queue.push(job);
    wakeAll();
  };
  const worker = async (): Promise<void> => {
    for (;;) {
      if (failed) return;
      const job = queue.shift();
      if (!job) {
        if (running === 0) return wakeAll();
        await new Promise<void>((r) => waiters.push(r));
        continue;
      }
      running++;
      try {
        await job(add);
      } catch (err) {
        failed ??= { err };
      } finally {
        running--;
        wakeAll();
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  if (failed) throw (failed as { err: unknown }).err;
}
