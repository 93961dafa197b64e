// Extension hours against the in-process simulator: read in the extension's
// zone, a call queue's business hours round-trip exactly in Zoom's documented
// write shape, closed-hours routing (an auto receptionist may play its
// closed-hours menu), a dropped write is not_persisted, a stale version is a
// 409 with nothing written, bad input is a 400 sentence before Zoom, roles,
// the "Open now?" status, and one history entry of kind `hours`.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { HoursAuditEntry } from '@switchboard/contract/audit';
import type { HoursResponse, StatusResponse } from '@switchboard/contract/hours';
import type { WritePlan, WriteResult } from '@switchboard/contract/write';
import type { WeekSchedule } from '@switchboard/routing-core/schedule/model';
import { weekScheduleFromZoomPhone } from '@switchboard/routing-core/schedule/from-zoom-phone';
import { zoomCallHandlingPatchSchema } from '@switchboard/zoom-schema/phone-call-handling-write';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { call, extensionNamed, zoomCallHandling } from '../call-handling/test-support';
import { clearSimLog, simControl, simLog } from '../ivr-write/test-support';

let bff: FastifyInstance;
let admin: SignedIn;
let manager: SignedIn;
let support: SignedIn;
let apacSupport = '';
let sydneyMain = '';
let techSupport = '';

beforeAll(async () => {
  bff = await createTestApp();
  [admin, manager, support] = await Promise.all([signIn(bff, 'admin'), signIn(bff, 'manager'), signIn(bff, 'support')]);
  apacSupport = (await extensionNamed(bff, 'callQueue', (i) => i.name === 'APAC Support')).extensionId;
  techSupport = (await extensionNamed(bff, 'callQueue', (i) => i.name === 'Technical Support')).extensionId;
  sydneyMain = (await extensionNamed(bff, 'autoReceptionist', (i) => i.name === 'Main Line – Sydney')).extensionId;
});
afterAll(() => bff.close());
beforeEach(() => simControl(bff, 'reset'));

const hours = async (ext: string, as = admin) => (await call<HoursResponse>(bff, as, 'GET', `/api/extensions/${ext}/hours`)).body;
const put = (ext: string, body: unknown, as = admin) => call<WriteResult>(bff, as, 'PUT', `/api/extensions/${ext}/hours`, body);

/** Monday 07:30–16:00, Tuesday to Friday 09:00–17:00, Saturday all day, Sunday closed: every day type, and a 24:00 end. */
const newWeek = (zone: string): WeekSchedule => ({
  timezone: zone,
  days: {
    mon: { type: 'ranges', ranges: [{ from: '07:30', to: '16:00' }] },
    tue: { type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] },
    wed: { type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] },
    thu: { type: 'ranges', ranges: [{ from: '09:00', to: '24:00' }] },
    fri: { type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] },
    sat: { type: 'all_day' },
    sun: { type: 'closed' },
  },
});

describe('reading', () => {
  test("a Sydney call queue's hours on Sydney's clock, its closed-hours routing in words, a version", async () => {
    const h = await hours(apacSupport);
    expect(h.extension).toMatchObject({ id: apacSupport, type: 'callQueue', name: 'APAC Support', timezone: 'Australia/Sydney', site: { name: 'Sydney' } });
    expect(h.schedule.timezone).toBe('Australia/Sydney');
    expect(h.schedule.days.mon).toEqual({ type: 'ranges', ranges: [{ from: '08:00', to: '18:00' }] });
    expect(h.schedule.days.sun).toEqual({ type: 'closed' });
    expect(h.closedRouting).toMatchObject({ action: 7, target: { extensionId: techSupport }, words: 'Forward to call queue Technical Support (ext 6002)' });
    expect(h.version).toMatch(/^[0-9a-f]{16}$/);
    // every role reads
    expect((await call(bff, support, 'GET', `/api/extensions/${apacSupport}/hours`)).status).toBe(200);
  });

  test('an unknown extension is a 404 sentence; a malformed id a 400', async () => {
    const missing = await call(bff, admin, 'GET', '/api/extensions/NoSuchExtension123/hours');
    expect(missing.status).toBe(404);
    expect(missing.body.error!.message).toBe(
      'There is no auto receptionist, call queue, user or shared line group with extension id "NoSuchExtension123". It may have been deleted.',
    );
    expect((await call(bff, admin, 'GET', '/api/extensions/bad%20id/hours')).status).toBe(400);
  });
});

describe('business hours of a call queue', () => {
  test('plan shows one PATCH in words and writes nothing', async () => {
    const h = await hours(apacSupport);
    await clearSimLog(bff);
    const res = await call<WritePlan>(bff, admin, 'POST', `/api/extensions/${apacSupport}/hours/plan`, { baseVersion: h.version, schedule: newWeek('Australia/Sydney') });
    expect(res.status, res.text).toBe(200);
    expect(res.body.ops).toHaveLength(1);
    expect(res.body.ops[0]!.description).toMatch(/^Business hours \(Australia\/Sydney\): Monday 07:30–16:00 instead of 08:00–18:00; /);
    expect(res.body.diff.map((d) => d.field)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
    expect((await simLog(bff)).filter((r) => r.method !== 'GET')).toEqual([]);
  });

  test('round-trip exactly: one documented custom_hours PATCH (weekdays from Sunday), read back as sent, one history entry', async () => {
    const h = await hours(apacSupport);
    const week = newWeek('Australia/Sydney');
    await clearSimLog(bff);
    const res = await put(apacSupport, { baseVersion: h.version, schedule: week });
    expect(res.status, res.text).toBe(200);
    expect(res.body.outcome).toBe('applied');
    expect(res.body.mismatches).toEqual([]);
    const writes = (await simLog(bff)).filter((r) => r.method !== 'GET');
    expect(writes).toHaveLength(1);
    expect(writes[0]!.path).toBe(`/v2/phone/extension/${apacSupport}/call_handling/settings/business_hours`);
    expect(zoomCallHandlingPatchSchema.safeParse(writes[0]!.body).success).toBe(true);
    expect(writes[0]!.body).toEqual({
      sub_setting_type: 'custom_hours',
      settings: {
        type: 2,
        custom_hours_settings: [
          { weekday: 1, type: 0 },
          { weekday: 2, type: 2, from: '07:30', to: '16:00' },
          { weekday: 3, type: 2, from: '09:00', to: '17:00' },
          { weekday: 4, type: 2, from: '09:00', to: '17:00' },
          { weekday: 5, type: 2, from: '09:00', to: '23:59' },
          { weekday: 6, type: 2, from: '09:00', to: '17:00' },
          { weekday: 7, type: 1 },
        ],
      },
    });
    // What Zoom holds, read straight from the simulator, is exactly the week sent.
    expect(weekScheduleFromZoomPhone(await zoomCallHandling(bff, apacSupport), 'Australia/Sydney')).toEqual(week);
    expect((await hours(apacSupport)).schedule).toEqual(week);

    const entry = (await call<HoursAuditEntry>(bff, manager, 'GET', `/api/audit/${res.body.auditId}`)).body;
    expect(entry).toMatchObject({
      kind: 'hours',
      action: 'hours.apply',
      outcome: 'applied',
      target: { type: 'callQueue', id: apacSupport, name: 'APAC Support' },
      subject: 'business hours',
      actor: { email: 'admin@example.com' },
    });
    expect(entry.diff[0]).toEqual({ field: 'Monday', before: '08:00–18:00', after: '07:30–16:00' });
    expect(entry.after!.schedule).toEqual(week);
  });

  test('a dropped write (Zoom answers 204 and keeps nothing) is not_persisted, with what is missing', async () => {
    const h = await hours(apacSupport);
    await simControl(bff, 'faults', { dropWrites: true });
    const res = await put(apacSupport, { baseVersion: h.version, schedule: newWeek('Australia/Sydney') });
    expect(res.status).toBe(200);
    expect(res.body.outcome).toBe('not_persisted');
    expect(res.body.ops[0]).toMatchObject({ status: 'applied', httpStatus: 204 });
    expect(res.body.mismatches[0]).toEqual({ field: 'Monday', expected: '07:30–16:00', actual: '08:00–18:00' });
    expect(res.body.message).toMatch(/^Zoom answered the request with success but did not keep 6 of the changes/);
  });

  test('a version Zoom no longer has is a 409 conflict with nothing written', async () => {
    const h = await hours(apacSupport);
    await bff.zoom.request({
      method: 'PATCH',
      path: `/phone/extension/${apacSupport}/call_handling/settings/business_hours`,
      label: 'light',
      schema: null,
      body: { sub_setting_type: 'custom_hours', settings: { type: 1 } },
    });
    await clearSimLog(bff);
    const res = await put(apacSupport, { baseVersion: h.version, schedule: newWeek('Australia/Sydney') });
    expect(res.status).toBe(409);
    expect(res.body.outcome).toBe('conflict');
    expect(res.body.diff?.[0]).toEqual({ field: 'Monday', before: '08:00–18:00', after: 'Open all day' });
    expect((await simLog(bff)).filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe('closed-hours routing', () => {
  test("an auto receptionist can play its closed-hours menu; the request sends only the action", async () => {
    const h = await hours(sydneyMain);
    const plan = await call<WritePlan>(bff, admin, 'POST', `/api/extensions/${sydneyMain}/hours/plan`, {
      baseVersion: h.version,
      closedRouting: { action: 1, target: null },
    });
    expect(plan.status, plan.text).toBe(200);
    expect(plan.body.ops.map((o) => o.description)).toEqual(['When closed: Send to voicemail instead of play the closed-hours menu']);
    const res = await put(sydneyMain, { baseVersion: h.version, closedRouting: { action: 1, target: null } });
    expect(res.body.outcome).toBe('applied');
    const back = await hours(sydneyMain);
    expect(back.closedRouting).toMatchObject({ action: 1, words: 'Send to voicemail' });
    const again = await put(sydneyMain, { baseVersion: back.version, closedRouting: { action: 14, target: null } });
    expect(again.body.outcome).toBe('applied');
    expect((await hours(sydneyMain)).closedRouting).toMatchObject({ action: 14, words: 'Play the closed-hours menu' });
    const writes = (await simLog(bff)).filter((r) => r.method === 'PATCH');
    expect(writes.at(-1)!.body).toEqual({ sub_setting_type: 'call_handling', settings: { call_not_answer_action: 14 } });
  });

  test('forward to another queue, named from the directory — never from the browser', async () => {
    const h = await hours(apacSupport);
    const sales = await extensionNamed(bff, 'callQueue', (i) => i.name === 'APAC Sales');
    const res = await put(apacSupport, { baseVersion: h.version, closedRouting: { action: 7, target: { extensionId: sales.extensionId, name: 'Spoofed name' } } });
    expect(res.body.outcome).toBe('applied');
    expect(res.body.ops[0]!.description).toBe('When closed: Forward to call queue APAC Sales (ext 6008) instead of forward to call queue Technical Support (ext 6002)');
  });

  test('refused before Zoom, with a sentence: an option the extension cannot use, an unknown target, itself', async () => {
    const h = await hours(apacSupport);
    await clearSimLog(bff);
    const cases: [unknown, RegExp][] = [
      [{ action: 14, target: null }, /"Play the auto receptionist's menu" is not available for a call queue/],
      [{ action: 7, target: { extensionId: 'NoSuchQueue' } }, /there is no call queue with extension id "NoSuchQueue" in the directory/],
      [{ action: 7, target: { extensionId: apacSupport } }, /APAC Support cannot forward its own calls to itself/],
      [{ action: 10, target: { phoneNumber: '0412 345 678' } }, /not a phone number in international format/],
    ];
    for (const [closedRouting, message] of cases) {
      const res = await put(apacSupport, { baseVersion: h.version, closedRouting });
      expect(res.status, JSON.stringify(closedRouting)).toBe(400);
      expect(res.body.error!.message).toMatch(message);
    }
    expect((await simLog(bff)).filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe('bad input and roles', () => {
  test('a schedule on another clock, two ranges a day, unknown fields: 400 sentences, nothing sent', async () => {
    const h = await hours(apacSupport);
    await clearSimLog(bff);
    const wrongZone = await put(apacSupport, { baseVersion: h.version, schedule: newWeek('Europe/London') });
    expect(wrongZone.status).toBe(400);
    expect(wrongZone.body.error!.message).toBe(
      "The hours must be on APAC Support's own clock (Australia/Sydney), not Europe/London: Zoom keeps an extension's hours in its own time zone.",
    );
    const twoRanges = newWeek('Australia/Sydney');
    twoRanges.days.mon = { type: 'ranges', ranges: [{ from: '09:00', to: '12:00' }, { from: '13:00', to: '17:00' }] };
    const split = await put(apacSupport, { baseVersion: h.version, schedule: twoRanges });
    expect(split.status).toBe(400);
    expect(split.body.error!.message).toMatch(/Monday: Zoom Phone allows one range of hours a day; 2 were given/);
    const unknown = await put(apacSupport, { baseVersion: h.version, hours: 'business' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error!.message).toMatch(/hours/);
    const backwards = newWeek('Australia/Sydney');
    backwards.days.tue = { type: 'ranges', ranges: [{ from: '17:00', to: '09:00' }] };
    expect((await put(apacSupport, { baseVersion: h.version, schedule: backwards })).body.error!.message).toMatch(/Tuesday: 17:00–09:00 ends before it starts/);
    expect((await simLog(bff)).filter((r) => r.method !== 'GET')).toEqual([]);
  });

  test('only admins change hours: managers and support get 403 with a sentence', async () => {
    const h = await hours(apacSupport);
    for (const as of [manager, support]) {
      const res = await put(apacSupport, { baseVersion: h.version, schedule: newWeek('Australia/Sydney') }, as);
      expect(res.status).toBe(403);
      expect(res.body.error!.message).toBe('Your role does not allow this. Ask an administrator if you need it.');
    }
  });
});

describe('Open now?', () => {
  test('closed for Christmas in Sydney until the day after Boxing Day; open on a Monday morning; closed on Sunday', async () => {
    const status = async (at: string) => (await call<StatusResponse>(bff, support, 'GET', `/api/extensions/${apacSupport}/status?at=${encodeURIComponent(at)}`)).body;
    const christmas = await status('2026-12-25T01:00:00Z');
    expect(christmas).toEqual({
      state: 'holiday',
      reason: 'Closed — Christmas Day',
      until: '2026-12-26T13:00:00Z',
      untilWords: 'until Sun 27 Dec 00:00 AEDT',
      timezone: 'Australia/Sydney',
    });
    const monday = await status('2027-02-01T00:00:00+11:00'); // Monday 1 Feb 2027, 00:00 in Sydney
    expect(monday.state).toBe('closed');
    expect(monday.untilWords).toBe('until Mon 1 Feb 08:00 AEDT');
    expect((await status('2027-02-01T10:00:00+11:00')).reason).toBe('Open: Monday 08:00–18:00 (Australia/Sydney)');
    const bad = await call(bff, support, 'GET', `/api/extensions/${apacSupport}/status?at=tomorrow`);
    expect(bad.status).toBe(400);
    expect(bad.body.error!.message).toMatch(/at must be an ISO instant/);
  });
});
