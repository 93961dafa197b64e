// Reverting Contact Center changes from the history: a business-hours set and
// a queue's operating hours go back as they were (read back from the
// simulator); asset changes say, in a sentence, where to change them back.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { BusinessHoursList, BusinessHoursResponse } from '@switchboard/contract/cc-hours';
import type { CcQueueList } from '@switchboard/contract/cc-queues';
import type { RevertPlan } from '@switchboard/contract/revert';
import type { WriteResult } from '@switchboard/contract/write';
import { closedWeek, type WeekSchedule } from '@switchboard/routing-core/schedule/model';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { req } from '../contact-center/test-support';
import { simControl } from '../ivr-write/test-support';

let bff: FastifyInstance;
let admin: SignedIn;
let manager: SignedIn;

beforeAll(async () => {
  bff = await createTestApp();
  [admin, manager] = await Promise.all([signIn(bff, 'admin'), signIn(bff, 'manager')]);
});
afterAll(() => bff.close());
beforeEach(() => simControl(bff, 'reset'));

const post = (url: string, as: SignedIn = admin) => bff.inject({ method: 'POST', url, headers: as.writeHeaders });

test('a business-hours change is reverted: the week Zoom holds is the one before, and the revert names the original', async () => {
  const list = await req<BusinessHoursList>(bff, admin, 'GET', '/api/cc/business-hours');
  const sydney = list.body.items.find((i) => i.name === 'Extended Support (Sydney)')!;
  const before = (await req<BusinessHoursResponse>(bff, admin, 'GET', `/api/cc/business-hours/${sydney.id}`)).body;
  const schedule: WeekSchedule = { ...closedWeek('Australia/Sydney'), days: { ...closedWeek('Australia/Sydney').days, mon: { type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] } } };
  const put = await req<WriteResult>(bff, admin, 'PUT', `/api/cc/business-hours/${sydney.id}`, { baseVersion: before.version, schedule });
  expect(put.body.outcome).toBe('applied');

  expect((await post(`/api/history/${put.body.auditId}/revert/plan`, manager)).statusCode).toBe(403);
  const plan = (await post(`/api/history/${put.body.auditId}/revert/plan`)).json() as RevertPlan;
  expect(plan.words).toMatch(/^Put back the business hours of Extended Support \(Sydney\) as it was before admin@example\.com’s change/);
  const res = await post(`/api/history/${put.body.auditId}/revert`);
  expect(res.json(), res.body).toMatchObject({ outcome: 'applied' });
  const now = (await req<BusinessHoursResponse>(bff, admin, 'GET', `/api/cc/business-hours/${sydney.id}`)).body;
  expect(now.businessHours.schedule).toEqual(before.businessHours.schedule);
  expect((await bff.inject({ url: `/api/history/${res.json().auditId}`, headers: admin.headers })).json()).toMatchObject({ kind: 'cc', revertOf: put.body.auditId });
});

test("a queue's operating hours are reverted; reverting again after a newer change is a conflict", async () => {
  const queues = async () => (await req<CcQueueList>(bff, admin, 'GET', '/api/cc/queues')).body.items;
  const q = (await queues()).find((x) => x.closureSetId !== null)!;
  const sets = (await req<BusinessHoursList>(bff, admin, 'GET', '/api/cc/business-hours')).body.items.filter((b) => b.id !== q.businessHoursId);
  const put = await req<WriteResult>(bff, admin, 'PUT', `/api/cc/queues/${q.id}/operating-hours`, { baseVersion: q.version, businessHoursId: sets[0]!.id, closureSetId: null });
  expect(put.body.outcome).toBe('applied');
  const res = await post(`/api/history/${put.body.auditId}/revert`);
  expect(res.json(), res.body).toMatchObject({ outcome: 'applied' });
  expect((await queues()).find((x) => x.id === q.id)).toMatchObject({ businessHoursId: q.businessHoursId, closureSetId: q.closureSetId });

  const changed = (await queues()).find((x) => x.id === q.id)!;
  await req<WriteResult>(bff, admin, 'PUT', `/api/cc/queues/${q.id}/operating-hours`, { baseVersion: changed.version, businessHoursId: sets[0]!.id, closureSetId: q.closureSetId });
  const again = await post(`/api/history/${put.body.auditId}/revert`);
  expect(again.statusCode).toBe(409);
  expect(again.json().outcome).toBe('conflict');
});

test('an asset change is not revertable from the history, and says where to change it back', async () => {
  const created = await bff.inject({
    method: 'POST',
    url: '/api/cc/assets',
    headers: admin.writeHeaders,
    payload: { type: 'text', name: 'Revert check', items: [{ language: 'en-US', content: 'Hello.' }] },
  });
  const res = await post(`/api/history/${created.json().auditId}/revert/plan`);
  expect(res.statusCode).toBe(400);
  expect(res.json().error.message).toBe('This kind of Contact Center change cannot be reverted from the history; change it back on its Contact Center page.');
});
