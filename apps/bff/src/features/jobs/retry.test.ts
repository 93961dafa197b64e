// Retrying a copy job: a new job for exactly the targets that did not land,
// same source and hours, only while the source menu is the version the first
// job copied; refused (with a sentence) while the job runs, when everything
// landed, and for roles that cannot copy.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { IvrCopyPlanResponse } from '@switchboard/contract/ivr-copy';
import type { CopyIvrJob as Job } from '@switchboard/contract/jobs';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { clearFaults, clearSimLog, simControl, simLog, zoomPatch } from '../ivr-write/test-support';

let bff: FastifyInstance;
let admin: SignedIn;
let manager: SignedIn;
let sf: DirectoryItem;
let targets: DirectoryItem[];

beforeAll(async () => {
  bff = await createTestApp();
  [admin, manager] = await Promise.all([signIn(bff, 'admin'), signIn(bff, 'manager')]);
  const ars = await bff.directory.list({ type: 'autoReceptionist' });
  sf = ars.find((a) => a.name === 'Main Line – San Francisco')!;
  targets = ['After-Hours Emergency Line', 'Main Line – London', 'Main Line – Sydney'].map((n) => ars.find((a) => a.name === n)!);
});
afterAll(() => bff.close());
beforeEach(() => simControl(bff, 'reset'));

async function finished(jobId: string): Promise<Job> {
  for (;;) {
    const res = await bff.inject({ url: `/api/jobs/${jobId}`, headers: manager.headers });
    const job = res.json() as Job;
    if (job.status !== 'queued' && job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A finished copy of SF's business menu to the three targets, with `failing` refused by Zoom on every write. */
async function jobWithFailure(failing: DirectoryItem): Promise<Job> {
  const plan = (
    await bff.inject({
      method: 'POST',
      url: `/api/auto-receptionists/${sf.id}/ivr/copy/plan`,
      headers: admin.writeHeaders,
      payload: { hours: 'business', targets: targets.map((t) => t.id) },
    })
  ).json() as IvrCopyPlanResponse;
  await simControl(bff, 'faults', { status: 500, match: { method: 'PATCH', pathPrefix: `/phone/auto_receptionists/${failing.id}` } });
  const res = await bff.inject({
    method: 'POST',
    url: '/api/jobs/copy-ivr',
    headers: admin.writeHeaders,
    payload: { sourceId: sf.id, hours: 'business', targets: targets.map((t) => t.id), sourceVersion: plan.source.version, confirmCrossSite: true },
  });
  expect(res.statusCode, res.body).toBe(202);
  const job = await finished((res.json() as { jobId: string }).jobId);
  await clearFaults(bff);
  return job;
}

const retry = (id: string, as: SignedIn = admin, payload?: Record<string, unknown>) =>
  bff.inject({ method: 'POST', url: `/api/jobs/${id}/retry`, headers: as.writeHeaders, ...(payload === undefined ? {} : { payload }) });

describe('retry', () => {
  test('a new job for exactly the targets that did not land; it lands them, verified', async () => {
    const london = targets[1]!;
    const first = await jobWithFailure(london);
    expect(first.status).toBe('incomplete');
    const failed = first.results.find((r) => r.arId === london.id)!;
    // Every write refused: a failure, not "partly applied" (the words say so; the count is 0).
    expect(failed).toMatchObject({ outcome: 'partial', opsApplied: 0 });
    expect(failed.message).toMatch(/^None of the \d+ requests landed: Zoom refused/);
    expect(first.summary!.message).toMatch(/^Finished — 1 of 3 auto receptionists did not land \(1 failed with nothing landed\); 2 applied and verified\.$/);

    await clearSimLog(bff);
    const res = await retry(first.id);
    expect(res.statusCode, res.body).toBe(202);
    const second = await finished((res.json() as { jobId: string }).jobId);
    expect(second.input).toMatchObject({ sourceId: sf.id, hours: 'business', targets: [london.id], retryOf: first.id, sourceVersion: first.input.sourceVersion });
    expect(second.status).toBe('done');
    expect(second.results).toEqual([expect.objectContaining({ arId: london.id, outcome: 'applied' })]);
    // Only the failed target was written.
    const written = new Set((await simLog(bff)).filter((r) => r.method === 'PATCH').map((r) => r.path.split('/')[4]));
    expect([...written]).toEqual([london.id]);

    // Now everything of the first job has landed elsewhere, but the first job itself still lists London as failed:
    // retrying it again starts another job for London (already the same: no_change).
    const again = await finished(((await retry(first.id)).json() as { jobId: string }).jobId);
    expect(again.results.map((r) => r.outcome)).toEqual(['no_change']);
    // A job where everything landed has nothing to retry.
    const nothing = await retry(second.id);
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().error.message).toBe('Nothing to retry: every auto receptionist of this job landed.');
  });

  test('the source menu changed since the job copied it → 409 telling to review again; nothing started', async () => {
    const first = await jobWithFailure(targets[2]!);
    await zoomPatch(bff, sf.id, 'business', { key_action: { key: '5', action: -1 } }); // someone else changes the source in Zoom
    const res = await retry(first.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe(
      'The menu being copied was changed in Zoom after this job copied it, so a retry would copy a different menu. Nothing was started; review the copy again.',
    );
    const jobs = (await bff.inject({ url: '/api/jobs', headers: admin.headers })).json() as { items: Job[] };
    expect(jobs.items.some((j) => j.input.retryOf === first.id)).toBe(false);
  });

  test('a job still running → 409; unknown job → 404; a body with fields → 400; managers → 403', async () => {
    const plan = (
      await bff.inject({
        method: 'POST',
        url: `/api/auto-receptionists/${sf.id}/ivr/copy/plan`,
        headers: admin.writeHeaders,
        payload: { hours: 'business', targets: [targets[0]!.id] },
      })
    ).json() as IvrCopyPlanResponse;
    await simControl(bff, 'faults', { latencyMs: 300 });
    const started = await bff.inject({
      method: 'POST',
      url: '/api/jobs/copy-ivr',
      headers: admin.writeHeaders,
      payload: { sourceId: sf.id, hours: 'business', targets: [targets[0]!.id], sourceVersion: plan.source.version },
    });
    const { jobId } = started.json() as { jobId: string };
    const running = await retry(jobId);
    expect(running.statusCode).toBe(409);
    expect(running.json().error.message).toBe('This job is still running. Retry its failed auto receptionists once it has finished.');
    await finished(jobId);
    expect((await retry('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const withFields = await retry(jobId, admin, { targets: ['x'] });
    expect(withFields.statusCode).toBe(400);
    expect(withFields.json().error.message).toMatch(/targets/);
    const byManager = await retry(jobId, manager);
    expect(byManager.statusCode).toBe(403);
    expect(byManager.json().error.message).toBe('Only administrators copy menus, so only they can retry a menu copy.');
  });
});
