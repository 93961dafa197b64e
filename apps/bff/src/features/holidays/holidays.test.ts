// Holidays against the in-process simulator: Christmas entered on Sydney's
// clock is held by Zoom as UTC and shown back as 25 Dec; a new holiday's
// routing is written with the id Zoom answered; overlaps, an end before the
// start and holidays wholly in the past are 400 sentences with nothing sent;
// change and delete verify; dropped writes are not_persisted; managers edit,
// support reads; one history entry of kind `holiday` per write.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { HolidayAuditEntry } from '@switchboard/contract/audit';
import type { HolidayList, HolidayWriteResult } from '@switchboard/contract/holidays';
import type { WritePlan } from '@switchboard/contract/write';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { call, extensionNamed, zoomCallHandling, zoomHolidays } from '../call-handling/test-support';
import { clearSimLog, simControl, simLog } from '../ivr-write/test-support';

let bff: FastifyInstance;
let admin: SignedIn;
let manager: SignedIn;
let support: SignedIn;
let sydneyUser = '';
let apacSupport = '';
let techSupport = '';

beforeAll(async () => {
  bff = await createTestApp();
  [admin, manager, support] = await Promise.all([signIn(bff, 'admin'), signIn(bff, 'manager'), signIn(bff, 'support')]);
  sydneyUser = (await extensionNamed(bff, 'user', (i) => i.site?.name === 'Sydney')).extensionId;
  apacSupport = (await extensionNamed(bff, 'callQueue', (i) => i.name === 'APAC Support')).extensionId;
  techSupport = (await extensionNamed(bff, 'callQueue', (i) => i.name === 'Technical Support')).extensionId;
});
afterAll(() => bff.close());
beforeEach(() => simControl(bff, 'reset'));

const CHRISTMAS = { name: 'Christmas Day', start: '2026-12-25T00:00', end: '2026-12-25T23:59' };
const list = async (ext: string, as = admin) => (await call<HolidayList>(bff, as, 'GET', `/api/extensions/${ext}/holidays`)).body;
const add = (ext: string, body: unknown, as = admin) => call<HolidayWriteResult>(bff, as, 'POST', `/api/extensions/${ext}/holidays`, body);
const writes = async () => (await simLog(bff)).filter((r) => r.method !== 'GET');

describe('Christmas on Sydney’s clock', () => {
  test('25 Dec 00:00–23:59 in Australia/Sydney is held by Zoom as 2026-12-24T13:00:00Z–2026-12-25T12:59:00Z and shown back as 25 Dec', async () => {
    await clearSimLog(bff);
    const res = await add(sydneyUser, CHRISTMAS);
    expect(res.status, res.text).toBe(200);
    expect(res.body.outcome).toBe('applied');
    expect(res.body.holidayId).toMatch(/\S/);
    const held = (await zoomHolidays(bff, sydneyUser)).find((h) => h.id === res.body.holidayId);
    expect(held).toEqual({ id: res.body.holidayId, name: 'Christmas Day', from: '2026-12-24T13:00:00Z', to: '2026-12-25T12:59:00Z' });
    const shown = (await list(sydneyUser, support)).items.find((h) => h.id === res.body.holidayId);
    expect(shown).toMatchObject({ name: 'Christmas Day', start: '2026-12-25T00:00', end: '2026-12-25T23:59', timezone: 'Australia/Sydney' });

    // POST the holiday, then its routing with the id Zoom answered (bound when its turn came).
    const sent = await writes();
    expect(sent.map((r) => `${r.method} ${r.path.split('/').pop()}`)).toEqual(['POST holiday_hours', 'PATCH holiday_hours']);
    expect(sent[0]!.body).toEqual({ sub_setting_type: 'holiday', settings: { name: 'Christmas Day', from: '2026-12-24T13:00:00Z', to: '2026-12-25T12:59:00Z' } });
    expect(sent[1]!.body).toEqual({ sub_setting_type: 'call_handling', settings: { holiday_id: res.body.holidayId, call_not_answer_action: 1 } });
    expect(res.body.ops[1]!.request.body).toEqual(sent[1]!.body);
    expect(res.body.ops[0]!.description).toBe("Add holiday “Christmas Day” (Fri 25 Dec 2026) on " + (await list(sydneyUser)).extension.name + "'s clock (Australia/Sydney)");
  });

  test('adding exactly the holiday the extension has is no_change (nothing sent), naming its id', async () => {
    const first = await add(sydneyUser, CHRISTMAS);
    await clearSimLog(bff);
    const again = await add(sydneyUser, { ...CHRISTMAS, name: ' Christmas Day ' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ outcome: 'no_change', holidayId: first.body.holidayId, ops: [] });
    expect(await writes()).toEqual([]);
  });

  test('a new holiday routes calls as the closed hours do (a call queue forwarding to another queue)', async () => {
    const res = await add(apacSupport, { name: 'Staff day', start: '2027-03-10T00:00', end: '2027-03-10T23:59' });
    expect(res.body.outcome).toBe('applied');
    expect(res.body.ops[1]!.description).toBe('On “Staff day”: forward to call queue Technical Support (ext 6002), as when APAC Support is closed');
    const item = (await list(apacSupport)).items.find((h) => h.id === res.body.holidayId)!;
    expect(item.routing).toMatchObject({ action: 7, target: { extensionId: techSupport }, words: 'Forward to call queue Technical Support (ext 6002)' });
  });

  test('history: one entry of kind holiday, with the extension, the holiday and its new id', async () => {
    const res = await add(apacSupport, { name: 'Staff day', start: '2027-03-10T00:00', end: '2027-03-10T23:59' }, manager);
    const entry = (await call<HolidayAuditEntry>(bff, support, 'GET', `/api/audit/${res.body.auditId}`)).body;
    expect(entry).toMatchObject({
      kind: 'holiday',
      action: 'holiday.add',
      outcome: 'applied',
      actor: { email: 'manager@example.com' },
      target: { type: 'callQueue', id: apacSupport, name: 'APAC Support' },
      holiday: { id: res.body.holidayId, name: 'Staff day' },
      subject: 'holiday “Staff day”',
    });
    expect(entry.diff).toEqual([{ field: 'Staff day', before: 'No such holiday', after: 'Wed 10 Mar 2027 (Australia/Sydney)' }]);
    expect(entry.after!.holidays.some((h) => h.id === res.body.holidayId)).toBe(true);
  });
});

describe('refused before Zoom, with a sentence', () => {
  test('an overlap with a holiday the extension has, an end before the start, a holiday wholly in the past', async () => {
    await clearSimLog(bff);
    const overlap = await add(apacSupport, { name: 'Christmas week', start: '2026-12-24T00:00', end: '2026-12-27T23:59' });
    expect(overlap.status).toBe(400);
    expect(overlap.body.error!.message).toBe(
      'APAC Support: "Christmas week" (Thu 24 Dec 2026 – Sun 27 Dec 2026) overlaps "Christmas Day" (Fri 25 Dec 2026), which this extension already has. Change the dates, or edit that holiday instead. ' +
        '"Christmas week" (Thu 24 Dec 2026 – Sun 27 Dec 2026) overlaps "Boxing Day" (Sat 26 Dec 2026), which this extension already has. Change the dates, or edit that holiday instead.',
    );
    const backwards = await add(apacSupport, { name: 'Backwards', start: '2027-03-10T17:00', end: '2027-03-10T09:00' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error!.message).toMatch(/The holiday must end after it starts/);
    const past = await add(apacSupport, { name: 'Christmas Day', start: '2025-12-25T00:00', end: '2025-12-25T23:59' });
    expect(past.status).toBe(400);
    expect(past.body.error!.message).toBe(
      'APAC Support: "Christmas Day" (Thu 25 Dec 2025, Australia/Sydney) is over already: a holiday wholly in the past changes nothing. Check the year.',
    );
    const plan = await call(bff, admin, 'POST', `/api/extensions/${apacSupport}/holidays/plan`, { name: 'x', start: '2026-12-25T10:00', end: '2026-12-25T11:00' });
    expect(plan.status).toBe(400);
    for (const bad of [{ name: '', start: '2027-01-05T00:00', end: '2027-01-05T23:59' }, { name: 'x', start: '5 Jan', end: '2027-01-05T23:59' }, { ...CHRISTMAS, extra: 1 }]) {
      const res = await add(apacSupport, bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.error!.message).toMatch(/\w/);
    }
    expect(await writes()).toEqual([]);
  });
});

describe('change and delete', () => {
  test('plan, then move and rename a holiday; a stale version is a 409 with nothing written', async () => {
    const before = (await list(apacSupport)).items.find((h) => h.name === 'Boxing Day')!;
    const body = { baseVersion: before.version, name: 'Boxing Day (observed)', start: '2026-12-28T00:00', end: '2026-12-28T23:59' };
    const plan = await call<WritePlan>(bff, manager, 'POST', `/api/extensions/${apacSupport}/holidays/${before.id}/plan`, body);
    expect(plan.status, plan.text).toBe(200);
    expect(plan.body.ops.map((o) => o.description)).toEqual([
      'Holiday “Boxing Day” (Sat 26 Dec 2026): “Boxing Day (observed)” (Mon 28 Dec 2026) instead (Australia/Sydney)',
    ]);
    await clearSimLog(bff);
    const res = await call<HolidayWriteResult>(bff, manager, 'PUT', `/api/extensions/${apacSupport}/holidays/${before.id}`, body);
    expect(res.body.outcome).toBe('applied');
    expect((await writes())[0]!.body).toEqual({
      sub_setting_type: 'holiday',
      settings: { holiday_id: before.id, name: 'Boxing Day (observed)', from: '2026-12-27T13:00:00Z', to: '2026-12-28T12:59:00Z' },
    });
    const stale = await call<HolidayWriteResult>(bff, manager, 'PUT', `/api/extensions/${apacSupport}/holidays/${before.id}`, { ...body, name: 'Again' });
    expect(stale.status).toBe(409);
    expect(stale.body.outcome).toBe('conflict');
  });

  test('a dropped change is not_persisted', async () => {
    const h = (await list(apacSupport)).items[0]!;
    await simControl(bff, 'faults', { dropWrites: true });
    const res = await call<HolidayWriteResult>(bff, admin, 'PUT', `/api/extensions/${apacSupport}/holidays/${h.id}`, { baseVersion: h.version, name: `${h.name} (renamed)`, start: h.start, end: h.end });
    expect(res.body.outcome).toBe('not_persisted');
    expect(res.body.mismatches[0]!.actual).toMatch(new RegExp(`^“${h.name}”`));
  });

  test("a new holiday whose routing write Zoom drops is not_persisted (the holiday itself, a POST, is kept)", async () => {
    await simControl(bff, 'faults', { dropWrites: true });
    const res = await add(apacSupport, { name: 'Staff day', start: '2027-03-10T00:00', end: '2027-03-10T23:59' });
    expect(res.body.outcome).toBe('not_persisted');
    expect(res.body.mismatches).toEqual([
      { field: 'Calls on “Staff day”', expected: 'Forward to call queue Technical Support (ext 6002)', actual: 'Send to voicemail' },
    ]);
  });

  test('delete: the holiday is gone from Zoom; an unknown holiday is a 404 sentence', async () => {
    const h = (await list(apacSupport)).items[0]!;
    const plan = await call<WritePlan>(bff, manager, 'POST', `/api/extensions/${apacSupport}/holidays/${h.id}/delete/plan`);
    expect(plan.body.ops[0]!.request).toEqual({ method: 'DELETE', path: `/phone/extension/${apacSupport}/call_handling/settings/holiday_hours?holiday_id=${h.id}` });
    const res = await call<HolidayWriteResult>(bff, manager, 'DELETE', `/api/extensions/${apacSupport}/holidays/${h.id}?baseVersion=${h.version}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.outcome).toBe('applied');
    expect((await zoomHolidays(bff, apacSupport)).some((x) => x.id === h.id)).toBe(false);
    const entry = await call<HolidayAuditEntry>(bff, support, 'GET', `/api/history/${res.body.auditId}`);
    expect(entry.status).toBe(200);
    expect(entry.body).toMatchObject({ kind: 'holiday', action: 'holiday.delete', holiday: { id: h.id, name: h.name }, subject: `holiday “${h.name}”` });
    const again = await call(bff, manager, 'DELETE', `/api/extensions/${apacSupport}/holidays/${h.id}`);
    expect(again.status).toBe(404);
    expect(again.body.error!.message).toBe(`APAC Support has no holiday with id "${h.id}". It may have been deleted.`);
    expect((await zoomCallHandling(bff, apacSupport)).holiday_hours.length).toBeGreaterThan(0);
  });

  test('support reads holidays but cannot change them (403 with a sentence)', async () => {
    expect((await list(apacSupport, support)).items.length).toBeGreaterThan(0);
    const res = await add(apacSupport, { name: 'Staff day', start: '2027-03-10T00:00', end: '2027-03-10T23:59' }, support);
    expect(res.status).toBe(403);
    expect(res.body.error!.message).toBe('Your role does not allow this. Ask an administrator if you need it.');
  });
});
