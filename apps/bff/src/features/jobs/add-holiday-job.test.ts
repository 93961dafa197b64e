// Bulk holidays: one holiday added to many extensions as a background job,
// each on its own clock, each with a verified outcome (applied, refused when
// it overlaps a holiday that extension has, partial when Zoom refuses), the
// job `incomplete` when any did not land, events like a copy job's, and a
// retry for exactly the extensions that did not land. Managers run them.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { AddHolidayJob } from '@switchboard/contract/jobs';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { call, extensionNamed, zoomHolidays } from '../call-handling/test-support';
import { clearFaults, simControl } from '../ivr-write/test-support';

let bff: FastifyInstance;
let manager: SignedIn;
let support: SignedIn;
const ext: Record<string, string> = {};

beforeAll(async () => {
  bff = await createTestApp();
  [manager, support] = await Promise.all([signIn(bff, 'manager'), signIn(bff, 'support')]);
  ext.apacSales = (await extensionNamed(bff, 'callQueue', (i) => i.name === 'APAC Sales')).extensionId;
  ext.sydneyUser = (await extensionNamed(bff, 'user', (i) => i.site?.name === 'Sydney')).extensionId;
  ext.sales = (await extensionNamed(bff, 'callQueue', (i) => i.name === 'Sales')).extensionId;
  ext.londonReception = (await extensionNamed(bff, 'sharedLineGroup', (i) => i.name === 'London Reception')).extensionId;
});
afterAll(() => bff.close());
beforeEach(() => simControl(bff, 'reset'));

const HOLIDAY = { name: 'Company day', start: '2027-01-26T00:00', end: '2027-01-26T23:59' };

async function finished(jobId: string): Promise<AddHolidayJob> {
  for (let i = 0; i < 600; i++) {
    const job = (await call<AddHolidayJob>(bff, manager, 'GET', `/api/jobs/${jobId}`)).body;
    if (job.status !== 'queued' && job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the job did not finish');
}

describe('POST /api/jobs/add-holiday', () => {
  test('per-extension verified outcomes; refused where it overlaps; a Zoom refusal does not land; the job is incomplete; retry re-runs exactly those', async () => {
    await simControl(bff, 'faults', { status: 400, code: 300, message: 'Simulated refusal.', match: { method: 'POST', pathPrefix: `/phone/extension/${ext.londonReception}` } });
    const extensionIds = [ext.apacSales!, ext.sydneyUser!, ext.sales!, ext.londonReception!];
    const started = await call<{ jobId: string }>(bff, manager, 'POST', '/api/jobs/add-holiday', { extensionIds, ...HOLIDAY });
    expect(started.status, started.text).toBe(202);
    const job = await finished(started.body.jobId);
    await clearFaults(bff);

    expect(job).toMatchObject({ kind: 'add-holiday', status: 'incomplete', input: { extensionIds, ...HOLIDAY }, progress: { done: 4, total: 4 } });
    const by = new Map(job.results.map((r) => [r.extensionId, r]));
    expect(by.get(ext.apacSales!)).toMatchObject({ name: 'APAC Sales', type: 'callQueue', outcome: 'refused', opsTotal: 0, auditId: null, holidayId: null });
    expect(by.get(ext.apacSales!)!.message).toMatch(/^APAC Sales: "Company day" \(Tue 26 Jan 2027\) overlaps "Australia Day"/);
    for (const id of [ext.sydneyUser!, ext.sales!]) {
      expect(by.get(id)).toMatchObject({ outcome: 'applied', opsApplied: 2, opsTotal: 2, mismatches: [] });
      expect(by.get(id)!.holidayId).toMatch(/\S/);
      expect(by.get(id)!.auditId).toMatch(/\S/);
    }
    expect(by.get(ext.londonReception!)).toMatchObject({ outcome: 'partial', opsApplied: 0, opsTotal: 2 });
    expect(job.summary!.message).toBe('Finished — 2 of 4 extensions did not land (1 refused (nothing written), 1 failed with nothing landed); 2 applied and verified.');

    // each extension's own clock: the Sydney user at Sydney's midnight, Sales (San Francisco) at Los Angeles' midnight
    const sydney = (await zoomHolidays(bff, ext.sydneyUser!)).find((h) => h.id === by.get(ext.sydneyUser!)!.holidayId)!;
    const sf = (await zoomHolidays(bff, ext.sales!)).find((h) => h.id === by.get(ext.sales!)!.holidayId)!;
    expect([sydney.from, sydney.to]).toEqual(['2027-01-25T13:00:00Z', '2027-01-26T12:59:00Z']);
    expect([sf.from, sf.to]).toEqual(['2027-01-26T08:00:00Z', '2027-01-27T07:59:00Z']);

    // the history: one entry per extension written, tied to the job
    const entry = (await call<{ kind: string; jobId: string; holiday: { id: string } }>(bff, support, 'GET', `/api/audit/${by.get(ext.sales!)!.auditId}`)).body;
    expect(entry).toMatchObject({ kind: 'holiday', jobId: job.id, holiday: { id: by.get(ext.sales!)!.holidayId } });

    // the finished job's events: a snapshot, then done
    const events = await bff.inject({ url: `/api/jobs/${job.id}/events`, headers: manager.headers });
    expect(events.body).toMatch(/\nevent: snapshot\n/);
    expect(events.body).toMatch(/event: done\ndata: \{"status":"incomplete"/);

    // retry: a new job for exactly the two that did not land; London lands now, APAC Sales is refused again
    const retried = await call<{ jobId: string }>(bff, manager, 'POST', `/api/jobs/${job.id}/retry`);
    expect(retried.status, retried.text).toBe(202);
    const again = await finished(retried.body.jobId);
    expect(again.input).toMatchObject({ extensionIds: [ext.apacSales, ext.londonReception], retryOf: job.id, name: 'Company day' });
    expect(again.results.map((r) => `${r.name}: ${r.outcome}`).sort()).toEqual(['APAC Sales: refused', 'London Reception: applied']);
    expect((await zoomHolidays(bff, ext.londonReception!)).filter((h) => h.name === 'Company day')).toHaveLength(1);
  });

  test('unknown extension ids are a 400 naming them, nothing started; support may not start one', async () => {
    const res = await call(bff, manager, 'POST', '/api/jobs/add-holiday', { extensionIds: [ext.sales, 'NoSuchExtension'], ...HOLIDAY });
    expect(res.status).toBe(400);
    expect(res.body.error!.message).toBe(
      'There is no auto receptionist, call queue, user or shared line group with extension id "NoSuchExtension". Nothing was started.',
    );
    const dup = await call(bff, manager, 'POST', '/api/jobs/add-holiday', { extensionIds: [ext.sales, ext.sales], ...HOLIDAY });
    expect(dup.body.error!.message).toMatch(/Each extension may be listed only once/);
    const denied = await call(bff, support, 'POST', '/api/jobs/add-holiday', { extensionIds: [ext.sales], ...HOLIDAY });
    expect(denied.status).toBe(403);
  });
});
