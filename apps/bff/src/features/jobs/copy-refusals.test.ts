// A copy never traps callers and never crosses sites unasked: a target the
// copy would make forward to itself, or send into a loop of auto receptionists
// with no way to a person, is refused in the preview and by the job (nothing
// written, outcome `refused`, the job `incomplete`); a copy to another site is
// refused unless confirmed, naming the targets.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { IvrCopyPlanResponse } from '@switchboard/contract/ivr-copy';
import type { CopyIvrJob as Job } from '@switchboard/contract/jobs';
import { IVR_KEYS, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import type { KeyAction, Menu } from '@switchboard/routing-core/ivr/menu';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { clearSimLog, loadIvr, putIvr, simControl, simLog } from '../ivr-write/test-support';

let bff: FastifyInstance;
let admin: SignedIn;
const ar = {} as Record<'sf' | 'support' | 'intl' | 'afterHours' | 'london' | 'sydney', DirectoryItem>;

beforeAll(async () => {
  bff = await createTestApp();
  admin = await signIn(bff, 'admin');
  const ars = await bff.directory.list({ type: 'autoReceptionist' });
  const named = (n: string) => ars.find((a) => a.name === n)!;
  Object.assign(ar, {
    sf: named('Main Line – San Francisco'),
    support: named('Support Menu'),
    intl: named('International Menu'),
    afterHours: named('After-Hours Emergency Line'),
    london: named('Main Line – London'),
    sydney: named('Main Line – Sydney'),
  });
});
afterAll(() => bff.close());
beforeEach(() => simControl(bff, 'reset'));

const plan = async (sourceId: string, targets: string[]) => {
  const res = await bff.inject({
    method: 'POST',
    url: `/api/auto-receptionists/${sourceId}/ivr/copy/plan`,
    headers: admin.writeHeaders,
    payload: { hours: 'business', targets },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as IvrCopyPlanResponse;
};

const start = (sourceId: string, targets: string[], sourceVersion: string, extra: Record<string, unknown> = {}) =>
  bff.inject({
    method: 'POST',
    url: '/api/jobs/copy-ivr',
    headers: admin.writeHeaders,
    payload: { sourceId, hours: 'business', targets, sourceVersion, ...extra },
  });

async function finished(jobId: string): Promise<Job> {
  for (;;) {
    const job = (await bff.jobs.get(jobId)) as Job;
    if (job.status !== 'queued' && job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Set an auto receptionist's business-hours menu through Switchboard: these keys, every other one disabled. */
async function setMenu(arId: string, keys: Partial<Record<IvrKey, KeyAction>>, noAction: Menu['noAction'] = { repeat: 1, action: -1, target: null }) {
  const { menu, version } = await loadIvr(bff, admin, arId);
  const next: Menu = { prompt: { id: menu.prompt.id }, noAction, keys: { ...menu.keys } };
  for (const k of IVR_KEYS) next.keys[k] = keys[k] ?? { action: -1, target: null, voicemailGreetingId: null };
  const res = await putIvr(bff, admin, arId, { hours: 'business', baseVersion: version, menu: next });
  expect(res.body.outcome, res.body.message).toBe('applied');
}
const toAr = (a: DirectoryItem): KeyAction => ({ action: 6, target: { extensionId: a.extensionId! }, voicemailGreetingId: null });

const patchesTo = async (arId: string) => (await simLog(bff)).filter((r) => r.method === 'PATCH' && r.path.includes(arId));

describe('targets the copy would trap are refused, in the preview and by the job', () => {
  test('a target the copy makes forward to itself: refused with a sentence, nothing written to it, the job incomplete', async () => {
    // The SF main line's key 2 forwards to the Support Menu.
    const p = await plan(ar.sf.id, [ar.support.id, ar.afterHours.id]);
    const [support, afterHours] = p.targets;
    expect(support!.refusal).toBe('Support Menu would forward callers to itself on key 2: a loop they cannot leave, so it is not copied to.');
    expect(afterHours!.refusal).toBeNull();

    await clearSimLog(bff);
    const res = await start(ar.sf.id, [ar.support.id, ar.afterHours.id], p.source.version);
    expect(res.statusCode, res.body).toBe(202);
    const job = await finished((res.json() as { jobId: string }).jobId);
    const byId = new Map(job.results.map((r) => [r.arId, r]));
    expect(byId.get(ar.support.id)).toMatchObject({ outcome: 'refused', message: support!.refusal, opsApplied: 0, opsTotal: 0, auditId: null });
    expect(byId.get(ar.afterHours.id)!.outcome).toBe('applied');
    expect(job.status).toBe('incomplete');
    expect(job.summary!.message).toBe(
      'Finished — 1 of 2 auto receptionists did not land (1 refused because the copy would trap callers); 1 applied and verified.',
    );
    expect(await patchesTo(ar.support.id)).toEqual([]);
    expect((await patchesTo(ar.afterHours.id)).length).toBeGreaterThan(0);
  });

  test('a loop without an exit: refused, naming the auto receptionists of the circle; the menus it needs are read once each', async () => {
    // London's menu: only key 1, to the After-Hours line. After-Hours: only key 1, back to Sydney.
    // Copied onto Sydney, Sydney → After-Hours → Sydney, and nobody is ever reached.
    await setMenu(ar.london.id, { '1': toAr(ar.afterHours) });
    await setMenu(ar.afterHours.id, { '1': toAr(ar.sydney) });
    await clearSimLog(bff);
    const p = await plan(ar.london.id, [ar.sydney.id, ar.sf.id]);
    const sydney = p.targets.find((t) => t.arId === ar.sydney.id)!;
    expect(sydney.refusal).toBe(
      'Main Line – Sydney would trap callers in a loop: after the copy, its menu and those of After-Hours Emergency Line lead only to one another, never to a person, queue, group, voicemail, phone number or Contact Center, so it is not copied to.',
    );
    // SF also gets London's menu → After-Hours → Sydney, whose own menu has ways out: safe.
    expect(p.targets.find((t) => t.arId === ar.sf.id)!.refusal).toBeNull();
    // Each menu read once: London (the source), the two targets, and After-Hours for both checks.
    const reads = (await simLog(bff)).filter((r) => r.method === 'GET' && r.path.endsWith('/ivr')).map((r) => r.path.split('/')[4]);
    expect(reads.sort()).toEqual([ar.london.id, ar.sydney.id, ar.sf.id, ar.afterHours.id].sort());

    await clearSimLog(bff);
    const res = await start(ar.london.id, [ar.sydney.id, ar.sf.id], p.source.version, { confirmCrossSite: true });
    expect(res.statusCode, res.body).toBe(202);
    const job = await finished((res.json() as { jobId: string }).jobId);
    const result = job.results.find((r) => r.arId === ar.sydney.id)!;
    expect(result).toMatchObject({ outcome: 'refused', message: sydney.refusal });
    expect(job.status).toBe('incomplete');
    expect(await patchesTo(ar.sydney.id)).toEqual([]);
    // Every IVR call the job made is counted, the safety reads included.
    const log = await simLog(bff);
    expect(job.summary!.zoomCalls).toBe(log.filter((r) => r.path.endsWith('/ivr')).length);
  });
});

describe('a copy to other sites needs an explicit confirmation', () => {
  test('without confirmCrossSite: 400 naming the targets on other sites, no job, nothing written; with it the job runs', async () => {
    const p = await plan(ar.sf.id, [ar.london.id, ar.sydney.id, ar.afterHours.id]);
    await clearSimLog(bff);
    const refused = await start(ar.sf.id, [ar.london.id, ar.sydney.id, ar.afterHours.id], p.source.version);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe(
      "Main Line – London and Main Line – Sydney are on another site than San Francisco: the copy would route them to San Francisco's queues and greeting. Nothing was started; confirm the cross-site copy (confirmCrossSite: true) to start it.",
    );
    expect(refused.json().error.details.targets.map((t: { name: string }) => t.name)).toEqual(['Main Line – London', 'Main Line – Sydney']);
    expect((await simLog(bff)).filter((r) => r.method !== 'GET')).toEqual([]);
    expect((await start(ar.sf.id, [ar.london.id], p.source.version, { confirmCrossSite: false })).statusCode).toBe(400);
    // A copy within the site needs no confirmation.
    expect((await start(ar.sf.id, [ar.afterHours.id], p.source.version)).statusCode).toBe(202);
    expect((await start(ar.sf.id, [ar.london.id, ar.sydney.id], p.source.version, { confirmCrossSite: true })).statusCode).toBe(202);
  });

  test('confirmCrossSite must be a boolean (strict body)', async () => {
    const p = await plan(ar.sf.id, [ar.london.id]);
    const res = await start(ar.sf.id, [ar.london.id], p.source.version, { confirmCrossSite: 'yes' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/confirmCrossSite/);
  });
});
