// Bulk copy: per-target preview (nothing written), the background job with
// server-sent events, a verified outcome and one audit entry per target, the
// job's state readable after it ends, and refusals with sentences.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { AuditEntry } from '@switchboard/contract/audit';
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { IvrCopyPlanResponse } from '@switchboard/contract/ivr-copy';
import { jobEventSchemas, type CopyIvrJob as Job } from '@switchboard/contract/jobs';
import { sameMenu } from '@switchboard/routing-core/ivr/semantic';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { clearSimLog, simControl, simLog, zoomMenu } from '../ivr-write/test-support';

let bff: FastifyInstance;
let admin: SignedIn;
let manager: SignedIn;
let source: DirectoryItem;
let others: DirectoryItem[] = [];
/** Targets the SF main line's menu can be copied to safely (it forwards to the Support and International menus). */
let safe: DirectoryItem[] = [];
const byName = (name: string) => others.find((a) => a.name === name)!;

beforeAll(async () => {
  bff = await createTestApp();
  [admin, manager] = await Promise.all([signIn(bff, 'admin'), signIn(bff, 'manager')]);
  const ars = await bff.directory.list({ type: 'autoReceptionist' });
  source = ars.find((a) => a.name.includes('San Francisco'))!;
  others = ars.filter((a) => a.id !== source.id);
  safe = others.filter((a) => a.name !== 'Support Menu' && a.name !== 'International Menu');
});
afterAll(() => bff.close());
beforeEach(() => simControl(bff, 'reset'));

interface SseEvent {
  event: string;
  data: unknown;
}

function parseSse(text: string): SseEvent[] {
  return text
    .split('\n\n')
    .map((block) => block.split('\n').filter((l) => !l.startsWith(':')))
    .filter((lines) => lines.length > 0 && lines[0] !== '')
    .map((lines) => ({
      event: lines.find((l) => l.startsWith('event: '))!.slice(7),
      data: JSON.parse(lines.find((l) => l.startsWith('data: '))!.slice(6)) as unknown,
    }));
}

async function copyPlan(targets: string[], extra: Record<string, unknown> = {}) {
  return bff.inject({
    method: 'POST',
    url: `/api/auto-receptionists/${source.id}/ivr/copy/plan`,
    headers: admin.writeHeaders,
    payload: { hours: 'business', targets, ...extra },
  });
}

async function startJob(targets: string[], sourceVersion: string, extra: Record<string, unknown> = { confirmCrossSite: true }) {
  return bff.inject({
    method: 'POST',
    url: '/api/jobs/copy-ivr',
    headers: admin.writeHeaders,
    payload: { sourceId: source.id, hours: 'business', targets, sourceVersion, ...extra },
  });
}

async function waitForJob(id: string): Promise<Job> {
  for (;;) {
    const res = await bff.inject({ url: `/api/jobs/${id}`, headers: manager.headers });
    expect(res.statusCode).toBe(200);
    const job = res.json() as Job;
    if (['done', 'incomplete', 'failed', 'interrupted'].includes(job.status)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('copy plan', () => {
  test('per-target ops, diff, warnings, refusals and cross-site changes; nothing written', async () => {
    await clearSimLog(bff);
    const res = await copyPlan(others.map((a) => a.id));
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json() as IvrCopyPlanResponse;
    expect(plan.source).toMatchObject({ arId: source.id, name: source.name });
    expect(plan.targets.map((t) => t.arId)).toEqual(others.map((a) => a.id));
    expect(plan.source.site).toMatchObject({ name: 'San Francisco' });
    for (const t of plan.targets) {
      expect(t.error).toBeNull();
      expect(t.ops.length).toBeGreaterThan(0);
      expect(t.ops.length).toBe(t.diff.filter((d) => d.field.startsWith('key:')).length + (t.diff.some((d) => !d.field.startsWith('key:')) ? 1 : 0));
    }
    // The SF main line's key 2 forwards to the Support Menu, key 4 to the International Menu: copied onto them, a self-loop.
    const refusals = Object.fromEntries(plan.targets.map((t) => [t.name, t.refusal]));
    expect(refusals).toEqual({
      'Support Menu': 'Support Menu would forward callers to itself on key 2: a loop they cannot leave, so it is not copied to.',
      'International Menu': 'International Menu would forward callers to itself on key 4: a loop they cannot leave, so it is not copied to.',
      'After-Hours Emergency Line': null,
      'Facilities & Services Line': null,
      'Main Line – London': null,
      'Main Line – Sydney': null,
    });
    // London and Sydney are other sites: the copy would bring San Francisco's queues, groups, people and greeting.
    const sydney = plan.targets.find((t) => t.name === 'Main Line – Sydney')!;
    expect(sydney.crossSite).toMatchObject({ sourceSite: { name: 'San Francisco' }, targetSite: { name: 'Sydney' } });
    expect(sydney.crossSite!.sentence).toBe(
      'Main Line – Sydney would route key 1 to Sales (San Francisco), key 2 to Support Menu (San Francisco), key 3 to Billing (San Francisco), ' +
        'key 4 to International Menu (San Francisco), key 5 to Diego Okafor (San Francisco), key 8 to SF Lobby Phone (San Francisco), ' +
        'key 0 to SF Front Desk (San Francisco) and callers who press nothing to Sales (San Francisco), and play the greeting “Main greeting (San Francisco)”.',
    );
    expect(plan.targets.filter((t) => t.crossSite).map((t) => t.name)).toEqual(['Main Line – London', 'Main Line – Sydney']);
    const log = await simLog(bff);
    expect(log.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  test('refusals: holiday menus, the source as a target, unknown targets — sentences, nothing read', async () => {
    const holiday = await copyPlan([others[0]!.id], { holidayId: 'abc' });
    expect(holiday.statusCode).toBe(400);
    expect(holiday.json().error.message).toMatch(/Holiday menus cannot be copied to other auto receptionists/);
    const self = await copyPlan([source.id]);
    expect(self.statusCode).toBe(400);
    expect(self.json().error.message).toMatch(/is the menu being copied/);
    const unknown = await copyPlan(['NoSuchAr']);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/There is no auto receptionist with id "NoSuchAr"/);
    const dupes = await copyPlan([others[0]!.id, others[0]!.id]);
    expect(dupes.statusCode).toBe(400);
    const none = await copyPlan([]);
    expect(none.json().error.message).toMatch(/Choose at least one/);
  });
});

describe('copy job', () => {
  test('runs in the background, streams progress / target / done, verifies and audits each target', async () => {
    const targets = safe.map((a) => a.id);
    const plan = (await copyPlan(targets)).json() as IvrCopyPlanResponse;
    await simControl(bff, 'faults', { latencyMs: 20 }); // keep the job running while we subscribe
    await clearSimLog(bff);
    const started = await startJob(targets, plan.source.version);
    expect(started.statusCode, started.body).toBe(202);
    const { jobId } = started.json() as { jobId: string };

    const sse = await bff.inject({ url: `/api/jobs/${jobId}/events`, headers: manager.headers });
    expect(sse.statusCode).toBe(200);
    expect(sse.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(sse.headers['x-content-type-options']).toBe('nosniff'); // security headers survive the hijack
    const events = parseSse(sse.body);
    expect(events[0]!.event).toBe('snapshot');
    expect(events.at(-1)!.event).toBe('done');
    for (const e of events) expect(jobEventSchemas[e.event as keyof typeof jobEventSchemas].safeParse(e.data).success).toBe(true);
    const targetEvents = events.filter((e) => e.event === 'target').map((e) => e.data as { arId: string; outcome: string });
    const snapshot = events[0]!.data as Job;
    expect(targetEvents.length).toBeGreaterThan(0); // subscribed while it ran
    expect(targetEvents.length + snapshot.results.length).toBe(targets.length);
    const progress = events.filter((e) => e.event === 'progress').map((e) => e.data as { done: number; total: number });
    expect(progress.at(-1)).toMatchObject({ done: targets.length, total: targets.length });

    const job = await waitForJob(jobId);
    expect(job.status).toBe('done');
    expect(job.results.map((r) => r.outcome)).toEqual(targets.map(() => 'applied'));
    expect(job.summary!.counts).toEqual({ applied: targets.length });
    expect(job.summary!.message).toMatch(new RegExp(`${targets.length} applied and verified`));

    const log = await simLog(bff);
    expect(log.filter((r) => r.status === 429)).toEqual([]);
    expect(job.summary!.zoomCalls).toBe(log.filter((r) => r.path.endsWith('/ivr')).length);

    const sourceMenu = await zoomMenu(bff, source.id);
    for (const r of job.results) {
      const copied = await zoomMenu(bff, r.arId);
      expect(sameMenu({ ...sourceMenu, prompt: copied.prompt }, copied), r.name ?? r.arId).toBe(true);
      const entry = (await bff.inject({ url: `/api/audit/${r.auditId}`, headers: admin.headers })).json() as AuditEntry;
      expect(entry).toMatchObject({ action: 'ivr.copy', jobId, outcome: 'applied', target: { id: r.arId } });
      expect(entry.ops.every((o) => o.status === 'applied' && o.trackingId)).toBe(true);
    }

    // A late subscriber gets the snapshot and the end at once.
    const late = parseSse((await bff.inject({ url: `/api/jobs/${jobId}/events`, headers: admin.headers })).body);
    expect(late.map((e) => e.event)).toEqual(['snapshot', 'done']);
    expect((late[0]!.data as Job).results).toHaveLength(targets.length);
  });

  test('a failing target is reported on its own (partial) while the others are applied', async () => {
    const [bad, ...good] = ['Main Line – London', 'After-Hours Emergency Line', 'Main Line – Sydney'].map((n) => byName(n).id);
    const plan = (await copyPlan([bad!, ...good])).json() as IvrCopyPlanResponse;
    await simControl(bff, 'faults', { status: 500, match: { method: 'PATCH', pathPrefix: `/phone/auto_receptionists/${bad}` }, afterCount: 1 });
    const { jobId } = (await startJob([bad!, ...good], plan.source.version)).json() as { jobId: string };
    const job = await waitForJob(jobId); // nobody listens: the job still runs to the end
    const byId = new Map(job.results.map((r) => [r.arId, r]));
    expect(byId.get(bad!)).toMatchObject({ outcome: 'partial', opsApplied: 1 });
    expect(byId.get(bad!)!.mismatches.length).toBeGreaterThan(0);
    for (const id of good) expect(byId.get(id)!.outcome).toBe('applied');
    expect(job.summary!.counts).toEqual({ partial: 1, applied: 2 });
    // One did not land: the job says so in its status, never "done".
    expect(job.status).toBe('incomplete');
    expect(job.summary!.message).toBe('Finished — 1 of 3 auto receptionists did not land (1 partly applied); 2 applied and verified.');
  });

  test('a source changed since the review → 409, no job; manager may not start one', async () => {
    const plan = (await copyPlan([others[0]!.id])).json() as IvrCopyPlanResponse;
    await bff.zoom.request({
      method: 'PATCH',
      path: `/phone/auto_receptionists/${source.id}/ivr`,
      label: 'light',
      schema: null,
      body: { hours_type: 'business_hours', key_action: { key: '1', action: -1 } },
    });
    const res = await startJob([others[0]!.id], plan.source.version);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/changed in Zoom after you reviewed the copy/);
    expect(res.json().error.details.diff.map((d: { field: string }) => d.field)).toEqual(['key:1']);
    const asManager = await bff.inject({
      method: 'POST',
      url: '/api/jobs/copy-ivr',
      headers: manager.writeHeaders,
      payload: { sourceId: source.id, hours: 'business', targets: [others[0]!.id], sourceVersion: plan.source.version },
    });
    expect(asManager.statusCode).toBe(403);
    const missing = await bff.inject({ url: '/api/jobs/00000000-0000-4000-8000-000000000000', headers: admin.headers });
    expect(missing.statusCode).toBe(404);
    expect((await bff.inject({ url: '/api/jobs/not-a-uuid', headers: admin.headers })).statusCode).toBe(400);
  });
});
