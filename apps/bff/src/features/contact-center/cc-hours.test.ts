// Contact Center operating hours against the in-process simulator: business
// hours written as Monday 09:00–17:00 reach Zoom as day_of_week 1 and read
// back as Monday; the 25 December closure (Sydney and New York) expands to
// one occurrence a year over 2027–2029 and shows in the holiday calendar and
// its .ics; a queue's operating-hours change Zoom drops is not_persisted; a
// stale baseVersion is a 409 with nothing sent; support and managers read only.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { CalendarResponse } from '@switchboard/contract/calendar';
import type { BusinessHoursList, BusinessHoursResponse, ClosureSetList, ClosureSetResponse, OccurrencesResponse } from '@switchboard/contract/cc-hours';
import type { CcFlowList, CcFlowResponse } from '@switchboard/contract/cc-flows';
import type { CcQueueList } from '@switchboard/contract/cc-queues';
import type { WritePlan, WriteResult } from '@switchboard/contract/write';
import { closedWeek, type WeekSchedule } from '@switchboard/routing-core/schedule/model';
import { ZOOM_OPERATIONS } from '@switchboard/zoom-schema/operations';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { clearSimLog, simControl, simLog } from '../ivr-write/test-support';
import { ccWrites, req } from './test-support';

let bff: FastifyInstance;
let admin: SignedIn;
let support: SignedIn;
let manager: SignedIn;

beforeAll(async () => {
  bff = await createTestApp();
  [admin, support, manager] = await Promise.all([signIn(bff, 'admin'), signIn(bff, 'support'), signIn(bff, 'manager')]);
});
afterAll(() => bff.close());
beforeEach(() => simControl(bff, 'reset'));

const setNamed = async (name: string) => {
  const list = await req<BusinessHoursList>(bff, admin, 'GET', '/api/cc/business-hours');
  return list.body.items.find((i) => i.name === name)!;
};

describe('business hours', () => {
  test('Monday 09:00–17:00 is sent as day_of_week 1 and read back as Monday; plan first writes nothing', async () => {
    const sydney = await setNamed('Extended Support (Sydney)');
    const before = (await req<BusinessHoursResponse>(bff, support, 'GET', `/api/cc/business-hours/${sydney.id}`)).body;
    expect(before.businessHours.schedule.timezone).toBe('Australia/Sydney');
    expect(before.usedBy.queues.length + before.usedBy.flows.length).toBeGreaterThan(0);
    const schedule: WeekSchedule = { ...closedWeek('Australia/Sydney'), days: { ...closedWeek('Australia/Sydney').days, mon: { type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] } } };
    const body = { baseVersion: before.version, schedule };

    await clearSimLog(bff);
    const plan = await req<WritePlan>(bff, admin, 'POST', `/api/cc/business-hours/${sydney.id}/plan`, body);
    expect(plan.status).toBe(200);
    expect(plan.body.ops).toHaveLength(1);
    expect(plan.body.diff.find((d) => d.field === 'Monday')?.after).toMatch(/09:00/);
    expect(await ccWrites(bff)).toEqual([]);

    const put = await req<WriteResult>(bff, admin, 'PUT', `/api/cc/business-hours/${sydney.id}`, body);
    expect(put.status).toBe(200);
    expect(put.body.outcome).toBe('applied');
    const [patch] = await ccWrites(bff);
    expect(patch!.method).toBe('PATCH');
    const days = (patch!.body as { hours: { custom_hours: { day_of_week: number; custom_hour_type: number; custom_hour_ranges?: unknown }[] } }).hours.custom_hours;
    expect(days.filter((d) => d.custom_hour_type !== 0)).toEqual([{ day_of_week: 1, custom_hour_type: 2, custom_hour_ranges: [{ start_time: '09:00', end_time: '17:00' }] }]);

    const after = (await req<BusinessHoursResponse>(bff, admin, 'GET', `/api/cc/business-hours/${sydney.id}`)).body;
    expect(after.businessHours.schedule.days.mon).toEqual({ type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] });
    expect(after.businessHours.schedule.days.sun).toEqual({ type: 'closed' });
    expect(after.version).not.toBe(before.version);
  });

  test('several ranges a day are kept; overlapping ranges are a sentence before Zoom; support and managers may not write', async () => {
    const set = await setNamed('Standard Hours (New York)');
    const h = (await req<BusinessHoursResponse>(bff, admin, 'GET', `/api/cc/business-hours/${set.id}`)).body;
    const split = { ...h.businessHours.schedule, days: { ...h.businessHours.schedule.days, tue: { type: 'ranges' as const, ranges: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '18:00' }] } } };
    const put = await req<WriteResult>(bff, admin, 'PUT', `/api/cc/business-hours/${set.id}`, { baseVersion: h.version, schedule: split });
    expect(put.body.outcome).toBe('applied');
    const back = (await req<BusinessHoursResponse>(bff, admin, 'GET', `/api/cc/business-hours/${set.id}`)).body;
    expect(back.businessHours.schedule.days.tue).toEqual(split.days.tue);

    await clearSimLog(bff);
    const overlap = { ...split, days: { ...split.days, wed: { type: 'ranges' as const, ranges: [{ from: '08:00', to: '12:00' }, { from: '11:00', to: '18:00' }] } } };
    const bad = await req(bff, admin, 'PUT', `/api/cc/business-hours/${set.id}`, { baseVersion: back.version, schedule: overlap });
    expect(bad.status).toBe(400);
    expect(bad.body.error!.message).toMatch(/Wednesday: 11:00–18:00 overlaps 08:00–12:00/);
    for (const who of [support, manager]) expect((await req(bff, who, 'PUT', `/api/cc/business-hours/${set.id}`, { baseVersion: back.version, schedule: split })).status).toBe(403);
    expect(await ccWrites(bff)).toEqual([]);
  });
});

describe('closures', () => {
  test('25 December recurring yearly in Sydney and New York: one occurrence a year over 2027–2029, on each zone’s own clock', async () => {
    const occ = await req<OccurrencesResponse>(bff, support, 'GET', '/api/cc/occurrences?from=2027-01-01&to=2029-12-31');
    expect(occ.status).toBe(200);
    const sydney = occ.body.items.filter((o) => o.name === 'Christmas Day' && o.timezone === 'Australia/Sydney');
    expect(sydney.map((o) => [o.start, o.end])).toEqual([
      ['2027-12-25T00:00', '2027-12-25T23:59'],
      ['2028-12-25T00:00', '2028-12-25T23:59'],
      ['2029-12-25T00:00', '2029-12-25T23:59'],
    ]);
    expect(occ.body.items.filter((o) => o.name === 'Christmas Day' && o.timezone === 'America/New_York').map((o) => o.start.slice(0, 10))).toEqual(['2027-12-25', '2028-12-25', '2029-12-25']);
    expect((await req(bff, support, 'GET', '/api/cc/occurrences?from=2027-01-01&to=2031-12-31')).status).toBe(400);
  });

  test('the holiday calendar and its .ics show Contact Center closures beside phone holidays', async () => {
    const cal = (await req<CalendarResponse>(bff, manager, 'GET', '/api/calendar?from=2027-12-24&to=2027-12-26')).body;
    const christmas = cal.days.find((d) => d.date === '2027-12-25')!;
    expect(christmas.ccClosures?.map((c) => `${c.closureSetName}: ${c.name}`).sort()).toEqual(['Australia Public Holidays: Christmas Day', 'US Holidays: Christmas Day']);
    expect(cal.days.find((d) => d.date === '2027-12-26')!.ccClosures?.map((c) => c.name)).toEqual(['Boxing Day']);
    const ics = await bff.inject({ method: 'GET', url: '/api/calendar.ics?from=2027-12-24&to=2027-12-26', headers: manager.headers });
    expect(ics.statusCode).toBe(200);
    expect(ics.body).toMatch(/SUMMARY:Christmas Day — Contact Center closed \(Australia Public Holidays\)/);
    expect(ics.body).toMatch(/DTSTART;TZID=Australia\/Sydney:20271225T000000/);
  });

  test('a closure added to a set is written with the zone offset, read back and verified', async () => {
    const sets = (await req<ClosureSetList>(bff, admin, 'GET', '/api/cc/closure-sets')).body.items;
    const london = sets.find((s) => s.name === 'London Team Meetings')!;
    const set = (await req<ClosureSetResponse>(bff, admin, 'GET', `/api/cc/closure-sets/${london.id}`)).body;
    const closures = [
      ...set.closureSet.closures,
      { name: 'Summer party', start: '2027-07-02T14:00', end: '2027-07-02T18:00', allDay: false, recurrence: { frequency: 'yearly', pattern: 'as_start' } },
    ];
    await clearSimLog(bff);
    const put = await req<WriteResult>(bff, admin, 'PUT', `/api/cc/closure-sets/${london.id}`, { baseVersion: set.version, closures });
    expect(put.body.outcome).toBe('applied');
    const [patch] = await ccWrites(bff);
    const added = (patch!.body as { closures: { closure_name: string; start_time?: string; closure_id?: string }[] }).closures.find((c) => c.closure_name === 'Summer party');
    expect(added).toMatchObject({ start_time: '2027-07-02T14:00:00+01:00', recurring_frequency: 1 });
    const occ = (await req<OccurrencesResponse>(bff, admin, 'GET', `/api/cc/occurrences?from=2028-07-01&to=2028-07-31&closureSetId=${london.id}`)).body;
    expect(occ.items.filter((o) => o.name === 'Summer party').map((o) => o.start)).toEqual(['2028-07-02T14:00']);
  });
});

describe('queues', () => {
  const queues = async () => (await req<CcQueueList>(bff, admin, 'GET', '/api/cc/queues')).body.items;

  test('each queue names its business hours and closure set; a change is applied and verified', async () => {
    const list = await queues();
    expect(list.length).toBeGreaterThanOrEqual(5);
    const q = list.find((x) => x.closureSetId !== null)!;
    expect(q.businessHoursName).toBeTruthy();
    const other = (await req<BusinessHoursList>(bff, admin, 'GET', '/api/cc/business-hours')).body.items.find((b) => b.id !== q.businessHoursId)!;
    const plan = await req<WritePlan>(bff, admin, 'POST', `/api/cc/queues/${q.id}/operating-hours/plan`, { baseVersion: q.version, businessHoursId: other.id, closureSetId: null });
    expect(plan.body.ops[0]!.description).toContain(other.name);
    const put = await req<WriteResult>(bff, admin, 'PUT', `/api/cc/queues/${q.id}/operating-hours`, { baseVersion: q.version, businessHoursId: other.id, closureSetId: null });
    expect(put.body.outcome).toBe('applied');
    const after = (await queues()).find((x) => x.id === q.id)!;
    expect(after).toMatchObject({ businessHoursId: other.id, businessHoursName: other.name, closureSetId: null });
  });

  test('a change Zoom drops is not_persisted; a stale baseVersion is a 409 with nothing sent', async () => {
    const q = (await queues())[0]!;
    const other = (await req<BusinessHoursList>(bff, admin, 'GET', '/api/cc/business-hours')).body.items.find((b) => b.id !== q.businessHoursId)!;
    await simControl(bff, 'faults', { dropWrites: true });
    const dropped = await req<WriteResult>(bff, admin, 'PUT', `/api/cc/queues/${q.id}/operating-hours`, { baseVersion: q.version, businessHoursId: other.id, closureSetId: q.closureSetId });
    expect(dropped.status).toBe(200);
    expect(dropped.body.outcome).toBe('not_persisted');
    expect(dropped.body.mismatches.map((m) => m.field)).toContain('Business hours');
    await simControl(bff, 'reset');

    await clearSimLog(bff);
    const stale = await req<WriteResult>(bff, admin, 'PUT', `/api/cc/queues/${q.id}/operating-hours`, { baseVersion: 'stale0000000000', businessHoursId: other.id, closureSetId: null });
    expect(stale.status).toBe(409);
    expect(stale.body.outcome).toBe('conflict');
    expect((await simLog(bff)).filter((r) => r.method === 'PATCH')).toEqual([]);
    expect((await req(bff, support, 'PUT', `/api/cc/queues/${q.id}/operating-hours`, { baseVersion: q.version, businessHoursId: other.id, closureSetId: null })).status).toBe(403);
  });
});

describe('flows, warnings, scopes', () => {
  test('flows: list with entry points, detail with versions, export as a JSON download; every role reads', async () => {
    const list = (await req<CcFlowList>(bff, support, 'GET', '/api/cc/flows')).body.items;
    expect(list.length).toBeGreaterThanOrEqual(3);
    const care = list.find((f) => f.name === 'Customer Care')!;
    expect(care.entryPoints.length).toBeGreaterThan(0);
    const one = (await req<CcFlowResponse>(bff, manager, 'GET', `/api/cc/flows/${care.id}`)).body;
    expect(one.flow.versions.length).toBeGreaterThan(0);
    const file = await bff.inject({ method: 'GET', url: `/api/cc/flows/${care.id}/export`, headers: support.headers });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toBe('attachment; filename="Customer_Care.json"');
    expect((file.json() as { flow_name: string }).flow_name).toBe('Customer Care');
    expect((await req(bff, support, 'GET', '/api/cc/flows/NoSuchFlow')).status).toBe(404);
  });

  test('a closure set on a queue open 24 hours every day is planned with a warning in words', async () => {
    const q = (await req<CcQueueList>(bff, admin, 'GET', '/api/cc/queues')).body.items[0]!;
    const sets = (await req<BusinessHoursList>(bff, admin, 'GET', '/api/cc/business-hours')).body.items;
    const always = sets.find((s) => s.name === 'Around the Clock')!;
    const closures = (await req<ClosureSetList>(bff, admin, 'GET', '/api/cc/closure-sets')).body.items[0]!;
    const plan = await req<WritePlan>(bff, admin, 'POST', `/api/cc/queues/${q.id}/operating-hours/plan`, { baseVersion: q.version, businessHoursId: always.id, closureSetId: closures.id });
    expect(plan.body.diff).toContainEqual({ field: 'Warning', before: '“Around the Clock” is open 24 hours, every day', after: 'the closure set will close this queue on its closures' });
    const none = await req<WritePlan>(bff, admin, 'POST', `/api/cc/queues/${q.id}/operating-hours/plan`, { baseVersion: q.version, businessHoursId: always.id, closureSetId: null });
    expect(none.body.diff.map((d) => d.field)).not.toContain('Warning');
  });

  test('without the scope to change operating hours, a write is refused naming it and nothing is sent', async () => {
    const scope = 'contact_center:update:business_hour:admin';
    const all = [...new Set(Object.values(ZOOM_OPERATIONS).flatMap((op) => op.scopes))].filter((s) => s !== scope);
    const set = (await req<BusinessHoursList>(bff, admin, 'GET', '/api/cc/business-hours')).body.items[0]!;
    const h = (await req<BusinessHoursResponse>(bff, admin, 'GET', `/api/cc/business-hours/${set.id}`)).body;
    await simControl(bff, 'faults', { scopes: all });
    await bff.inject({ url: '/api/setup?recheck=true', headers: admin.headers });
    await clearSimLog(bff);
    const res = await req(bff, admin, 'PUT', `/api/cc/business-hours/${set.id}`, { baseVersion: h.version, schedule: closedWeek(h.businessHours.timezone) });
    expect(res.status).toBe(403);
    expect(res.body.error!.message).toMatch(new RegExp(`^Nothing was sent to Zoom.*${scope}`));
    expect(await ccWrites(bff)).toEqual([]);
    await simControl(bff, 'reset');
    await bff.inject({ url: '/api/setup?recheck=true', headers: admin.headers });
  });
});
