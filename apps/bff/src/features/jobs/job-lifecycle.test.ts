// Jobs outlive requests but not the process: on shutdown the targets in
// flight finish, the rest are not started and the job reads `interrupted`
// from the database afterwards (another process sharing it sees the same); a
// job left `running` by a process that died reads `interrupted` too.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { afterAll, expect, test } from 'vitest';
import type { Job } from '@switchboard/contract/jobs';
import type { IvrCopyPlanResponse } from '@switchboard/contract/ivr-copy';
import { toJson } from '../../db/json';
import { createTestApp, signIn } from '../../testing/harness';
import { simControl } from '../ivr-write/test-support';
import { jobsDb } from './table';

const later = await createTestApp();
afterAll(() => later.close());

test('shutting down lets in-flight targets finish and marks the job interrupted; another process reads it', async () => {
  const first = await createTestApp();
  const admin = await signIn(first, 'admin');
  const ars = await first.directory.list({ type: 'autoReceptionist' });
  // London's menu leads to no auto receptionist, so no target is refused as a loop.
  const source = ars.find((a) => a.name === 'Main Line – London');
  const targets = ars.filter((a) => a !== source);
  const plan = (
    await first.inject({
      method: 'POST',
      url: `/api/auto-receptionists/${source!.id}/ivr/copy/plan`,
      headers: admin.writeHeaders,
      payload: { hours: 'business', targets: targets.map((t) => t.id) },
    })
  ).json() as IvrCopyPlanResponse;
  await simControl(first, 'faults', { latencyMs: 30 });
  const started = await first.inject({
    method: 'POST',
    url: '/api/jobs/copy-ivr',
    headers: admin.writeHeaders,
    payload: { sourceId: source!.id, hours: 'business', targets: targets.map((t) => t.id), sourceVersion: plan.source.version, confirmCrossSite: true },
  });
  expect(started.statusCode).toBe(202);
  const { jobId } = started.json() as { jobId: string };
  await first.close();

  const res = await later.inject({ url: `/api/jobs/${jobId}`, headers: (await signIn(later, 'manager')).headers });
  expect(res.statusCode).toBe(200);
  const job = res.json() as Job;
  expect(job.status).toBe('interrupted');
  expect(job.results.length).toBeGreaterThan(0); // the ones in flight finished…
  expect(job.results.length).toBeLessThan(targets.length); // …the rest never started
  expect(job.results.every((r) => r.outcome === 'applied')).toBe(true);
  expect(job.summary!.message).toMatch(new RegExp(`^Stopped when the server shut down after ${job.results.length} of ${targets.length}`));
});

test('a job left running by a process that stopped is marked interrupted by the recovery sweep, with what really happened', async () => {
  const id = randomUUID();
  const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
  await jobsDb(later.database.db)
    .insertInto('jobs')
    .values({
      id,
      kind: 'copy-ivr',
      status: 'running',
      created_by: 'someone',
      created_by_email: 'admin@example.com',
      created_at: tenMinutesAgo,
      updated_at: tenMinutesAgo,
      input: toJson({ sourceId: 'a', sourceName: 'A', hours: 'business', targets: ['b', 'c'] })!,
      progress: toJson({ done: 1, total: 2, current: ['c'] })!,
      results: toJson([
        { arId: 'b', name: 'B', outcome: 'applied', message: 'ok', opsApplied: 1, opsTotal: 1, mismatches: [], auditId: null },
      ])!,
      summary: null,
      // a process on this host whose pid is gone
      owner: `${hostname()}|2147483646|gone`,
      heartbeat_at: tenMinutesAgo,
    })
    .execute();
  expect(await later.jobs.recover()).toContain(id);
  const admin = await signIn(later, 'admin');
  const job = (await later.inject({ url: `/api/jobs/${id}`, headers: admin.headers })).json() as Job;
  expect(job.status).toBe('interrupted');
  expect(job.progress.current).toEqual([]);
  expect(job.summary!.message).toBe('The server stopped while this job ran: 1 of 2 auto receptionists finished, 1 not started. Start a new copy for the rest.');
  const events = (await later.inject({ url: `/api/jobs/${id}/events`, headers: admin.headers })).body;
  expect(events).toMatch(/event: snapshot[\s\S]*event: done/);
});
