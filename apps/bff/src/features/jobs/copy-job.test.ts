// Bulk copy: per-target preview (nothing written), the background job with
// server-sent events, a verified outcome and one audit entry per target, the
// job's state readable after it ends, and refusals with sentences.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { AuditEntry } from '@switchboard/contract/audit';
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { IvrCopyPlanResponse } from '@switchboard/contract/ivr-copy';
import { jobEventSchemas, type Job } from '@switchboard/contract/jobs';
import { sameMenu } from '@switchboard/routing-core/ivr/semantic';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { clearSimLog, simControl, simLog, zoomMenu } from '../ivr-write/test-support';

let bff: FastifyInstance;
let admin: SignedIn;
let manager: SignedIn;
let source: DirectoryItem;
let others: DirectoryItem[] = [];

beforeAll(async () => {
  bff = await createTestApp();
  [admin, manager] = await Promise.all([signIn(bff, 'admin'), signIn(bff, 'manager')]);
  const ars = await bff.directory.list({ type: 'autoReceptionist' });
  source = ars.find((a) => a.name.includes('San Francisco'))!;
  others = ars.filter((a) => a.id !== source.id);
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

async function startJob(targets: string[], sourceVersion: string) {
  return bff.inject({
    method: 'POST',
    url: '/api/jobs/copy-ivr',
    headers: admin.writeHeaders,
    payload: { sourceId: source.id, hours: 'business', targets, sourceVersion },
  });
}

async function waitForJob(id: string): Promise<Job> {
  for (;;) {
    const res = await bff.inject({ url: `/api/jobs/${id}`, headers: manager.headers });
    expect(res.statusCode).toBe(200);
    const job = res.json() as Job;
    if (['done', 'failed', 'interrupted'].includes(job.status)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('copy plan', () => {
  test('per-target ops, diff and warnings; nothing written', async () => {
    await clearSimLog(bff);
    const res = await copyPlan(others.map((a) => a.id));
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json() as IvrCopyPlanResponse;
    expect(plan.source).toMatchObject({ arId: source.id, name: source.name });
    expect(plan.targets.map((t) => t.arId)).toEqual(others.map((a) => a.id));
    for (const t of plan.targets) {
      expect(t.error).toBeNull();
      expect(t.ops.length).toBeGreaterThan(0);
      expect(t.ops.length).toBe(t.diff.filter((d) => d.field.startsWith('key:')).length + (t.diff.some((d) => !d.field.startsWith('key:')) ? 1 : 0));
    }
    // The SF main line's key 2 forwards to the Support Menu: copied onto the Support Menu, that is a self-loop.
    const supportMenu = plan.targets.find((t) => t.name === 'Support Menu')!;
    expect(supportMenu.warnings.join(' ')).toMatch(/forwarded to this auto receptionist itself/);
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
    const targets = others.map((a) => a.id);
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
    const [bad, ...good] = others.slice(0, 3).map((a) => a.id);
    const plan = (await copyPlan([bad!, ...good])).json() as IvrCopyPlanResponse;
    await simControl(bff, 'faults', { status: 500, match: { method: 'PATCH', pathPrefix: `/phone/auto_receptionists/${bad}` }, afterCount: 1 });
    const { jobId } = (await startJob([bad!, ...good], plan.source.version)).json() as { jobId: string };
    const job = await waitForJob(jobId); // nobody listens: the job still runs to the end
    const byId = new Map(job.results.map((r) => [r.arId, r]));
    expect(byId.get(bad!)).toMatchObject({ outcome: 'partial', opsApplied: 1 });
    expect(byId.get(bad!)!.mismatches.length).toBeGreaterThan(0);
    for (const id of good) expect(byId.get(id)!.outcome).toBe('applied');
    expect(job.summary!.counts).toEqual({ partial: 1, applied: 2 });
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
