// Reverting from the history, against the simulator: an IVR change is put back
// and leaves its own linked entry; a change made since is a conflict; a
// two-target copy job reverts both; holidays revert for managers too, menus
// only for admins.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { IvrCopyPlanResponse } from '@switchboard/contract/ivr-copy';
import type { Job } from '@switchboard/contract/jobs';
import type { JobRevertResult, RevertPlan } from '@switchboard/contract/revert';
import { menuVersion } from '@switchboard/routing-core/ivr/version';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { forwardToUser, loadIvr, putIvr, seededTargets, simControl, zoomMenu, zoomPatch } from '../ivr-write/test-support';

let bff: FastifyInstance;
let admin: SignedIn;
let manager: SignedIn;
let arId: string;
let users: DirectoryItem[];

beforeAll(async () => {
  bff = await createTestApp();
  [admin, manager] = await Promise.all([signIn(bff, 'admin'), signIn(bff, 'manager')]);
  ({ arId, users } = await seededTargets(bff));
});
afterAll(() => bff.close());
beforeEach(() => simControl(bff, 'reset'));

const post = (url: string, as: SignedIn) => bff.inject({ method: 'POST', url, headers: as.writeHeaders });

async function changeKey7() {
  const loaded = await loadIvr(bff, admin, arId);
  const menu = { ...loaded.menu, keys: { ...loaded.menu.keys, '7': forwardToUser(users[0]!) } };
  const put = await putIvr(bff, admin, arId, { hours: 'business', baseVersion: loaded.version, menu });
  expect(put.body.outcome).toBe('applied');
  return { original: loaded.menu, auditId: put.body.auditId! };
}

describe('revert one change', () => {
  test('an IVR change is put back in Zoom, verified, and the revert has its own entry linked to the original', async () => {
    const { original, auditId } = await changeKey7();
    const before = menuVersion(original);
    expect(menuVersion(await zoomMenu(bff, arId))).not.toBe(before);

    const plan = (await post(`/api/history/${auditId}/revert/plan`, admin)).json() as RevertPlan;
    expect(plan.words).toMatch(/^Put back the business hours menu of Main Line – San Francisco as it was before admin@example\.com’s change on /);
    expect(plan.diff.map((d) => d.field)).toEqual(['key:7']);
    expect(plan.ops).toHaveLength(1);
    expect(menuVersion(await zoomMenu(bff, arId))).not.toBe(before); // the review wrote nothing

    const res = await post(`/api/history/${auditId}/revert`, admin);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'applied' });
    expect(menuVersion(await zoomMenu(bff, arId))).toBe(before);
    const entry = (await bff.inject({ url: `/api/history/${res.json().auditId}`, headers: admin.headers })).json();
    expect(entry).toMatchObject({ kind: 'ivr', revertOf: auditId, outcome: 'applied', actor: { email: 'admin@example.com' } });
  });

  test('reverting after the menu changed again is a conflict that says what changed, and writes nothing', async () => {
    const { auditId } = await changeKey7();
    await zoomPatch(bff, arId, 'business', { key_action: { key: '2', action: -1 } });
    const afterTheirs = menuVersion(await zoomMenu(bff, arId));
    const plan = await post(`/api/history/${auditId}/revert/plan`, admin);
    expect(plan.statusCode).toBe(409);
    expect(plan.json().error.details.diff.map((d: { field: string }) => d.field)).toContain('key:2');
    const res = await post(`/api/history/${auditId}/revert`, admin);
    expect(res.statusCode).toBe(409);
    expect(res.json().outcome).toBe('conflict');
    expect(menuVersion(await zoomMenu(bff, arId))).toBe(afterTheirs);
  });

  test('only admins revert menu changes; nothing to revert is said in a sentence', async () => {
    const { auditId } = await changeKey7();
    const refused = await post(`/api/history/${auditId}/revert/plan`, manager);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('Only admins edit and copy menus.');
    const loaded = await loadIvr(bff, admin, arId);
    const same = await putIvr(bff, admin, arId, { hours: 'business', baseVersion: loaded.version, menu: loaded.menu });
    expect(same.body.outcome).toBe('no_change');
    const nothing = await post(`/api/history/${same.body.auditId}/revert/plan`, admin);
    expect(nothing.statusCode).toBe(409);
    expect(nothing.json().error.message).toBe('This change wrote nothing to Zoom, so there is nothing to revert.');
  });

  test('a manager reverts a holiday they added: the holiday is deleted again', async () => {
    const apac = (await bff.directory.list({ type: 'callQueue' })).find((q) => q.name === 'APAC Support')!.extensionId!;
    const add = await bff.inject({
      method: 'POST',
      url: `/api/extensions/${apac}/holidays`,
      headers: manager.writeHeaders,
      payload: { name: 'Revert me', start: '2027-08-02T00:00', end: '2027-08-02T23:59' },
    });
    expect(add.json().outcome).toBe('applied');
    const names = async () => ((await bff.inject({ url: `/api/extensions/${apac}/holidays`, headers: manager.headers })).json().items as { name: string }[]).map((h) => h.name);
    expect(await names()).toContain('Revert me');
    const plan = (await post(`/api/history/${add.json().auditId}/revert/plan`, manager)).json() as RevertPlan;
    expect(plan.words).toMatch(/^Delete the holiday “Revert me” from APAC Support, as it was before manager@example\.com’s change/);
    const res = await post(`/api/history/${add.json().auditId}/revert`, manager);
    expect(res.json().outcome).toBe('applied');
    expect(await names()).not.toContain('Revert me');
  });
});

describe('revert a job', () => {
  test('reverting a two-target copy job restores both targets', async () => {
    const ars = await bff.directory.list({ type: 'autoReceptionist' });
    const targets = ['Main Line – London', 'Main Line – Sydney'].map((n) => ars.find((a) => a.name === n)!.id);
    const originals = await Promise.all(targets.map(async (t) => menuVersion(await zoomMenu(bff, t))));
    const plan = (
      await bff.inject({ method: 'POST', url: `/api/auto-receptionists/${arId}/ivr/copy/plan`, headers: admin.writeHeaders, payload: { hours: 'business', targets } })
    ).json() as IvrCopyPlanResponse;
    const start = await bff.inject({
      method: 'POST',
      url: '/api/jobs/copy-ivr',
      headers: admin.writeHeaders,
      payload: { sourceId: arId, hours: 'business', targets, sourceVersion: plan.source.version, confirmCrossSite: true },
    });
    const jobId = (start.json() as { jobId: string }).jobId;
    for (;;) {
      const job = (await bff.inject({ url: `/api/jobs/${jobId}`, headers: admin.headers })).json() as Job;
      if (job.status !== 'queued' && job.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const copied = await Promise.all(targets.map(async (t) => menuVersion(await zoomMenu(bff, t))));
    expect(copied).not.toEqual(originals);

    const review = (await post(`/api/jobs/${jobId}/revert/plan`, admin)).json();
    expect(review.items).toHaveLength(2);
    expect(review.items.every((i: { plan: unknown }) => i.plan !== null)).toBe(true);
    const res = await post(`/api/jobs/${jobId}/revert`, admin);
    const result = res.json() as JobRevertResult;
    expect(result.outcome, res.body).toBe('applied');
    expect(result.message).toBe('All 2 targets are back as they were before the job.');
    expect(await Promise.all(targets.map(async (t) => menuVersion(await zoomMenu(bff, t))))).toEqual(originals);
  });
});
