// Reverting a Zendesk Talk menu change from the history: the route goes back
// in the simulator, the revert's entry links the original; a change made in
// Zendesk since is a conflict.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { zendeskMenuResponseSchema } from '@switchboard/contract/zendesk';
import type { RevertPlan } from '@switchboard/contract/revert';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { simApi, simControl, type ZendeskSim } from '../../routes/api/zendesk/sim-access';

let app: FastifyInstance;
let admin: SignedIn;
let sim: ZendeskSim;
const MAIN = '/api/zendesk/ivrs/10001/menus/20001';
const SALES = '360000100002';

beforeAll(async () => {
  app = await createTestApp();
  admin = await signIn(app, 'admin');
  sim = { url: app.zendeskConnection.simulatorUrl! };
});
afterAll(() => app.close());
beforeEach(async () => {
  await simControl(sim, 'POST', '/reset');
  await simControl(sim, 'POST', '/faults', { rateLimit: 'off' });
});

const routeOf = async (key: string) => {
  const res = (await simApi(sim, 'GET', '/api/v2/channels/voice/ivr/10001/menus/20001/routes')) as { ivr_routes: { keypress: string; action: string; options: Record<string, unknown> }[] };
  return res.ivr_routes.find((r) => r.keypress === key);
};

async function changeKey1ToSales() {
  const { menu, version } = zendeskMenuResponseSchema.parse((await app.inject({ url: MAIN, headers: admin.headers })).json());
  const desired = { ...menu, keys: { ...menu.keys, '1': { kind: 'forward' as const, targets: [{ type: 'group' as const, id: SALES }] } } };
  const res = await app.inject({ method: 'PUT', url: MAIN, headers: admin.writeHeaders, payload: { baseVersion: version, menu: desired } });
  expect(res.json().outcome).toBe('applied');
  return res.json().auditId as string;
}

test('a Zendesk menu change is reverted: key 1 routes to its old group again, and the revert names the original', async () => {
  const before = await routeOf('1');
  const auditId = await changeKey1ToSales();
  expect((await routeOf('1'))?.options).not.toEqual(before?.options);

  const plan = (await app.inject({ method: 'POST', url: `/api/history/${auditId}/revert/plan`, headers: admin.writeHeaders })).json() as RevertPlan;
  expect(plan.words).toMatch(/^Put back the Zendesk Talk menu “Main menu” of Customer Support Line as it was before admin@example\.com’s change/);
  expect(plan.ops.length).toBeGreaterThan(0);
  const res = await app.inject({ method: 'POST', url: `/api/history/${auditId}/revert`, headers: admin.writeHeaders });
  expect(res.json(), res.body).toMatchObject({ outcome: 'applied' });
  expect((await routeOf('1'))?.options).toEqual(before?.options);
  const entry = (await app.inject({ url: `/api/history/${res.json().auditId}`, headers: admin.headers })).json();
  expect(entry).toMatchObject({ kind: 'zendeskMenu', revertOf: auditId });
});

test('reverting after the menu was changed in Zendesk is a conflict, and nothing is written', async () => {
  const auditId = await changeKey1ToSales();
  const { menu, version } = zendeskMenuResponseSchema.parse((await app.inject({ url: MAIN, headers: admin.headers })).json());
  const theirs = { ...menu, keys: { ...menu.keys, '1': { kind: 'voicemail' as const, targets: [{ type: 'group' as const, id: SALES }] } } };
  await app.inject({ method: 'PUT', url: MAIN, headers: admin.writeHeaders, payload: { baseVersion: version, menu: theirs } });
  const now = await routeOf('1');
  const res = await app.inject({ method: 'POST', url: `/api/history/${auditId}/revert`, headers: admin.writeHeaders });
  expect(res.statusCode).toBe(409);
  expect(res.json().outcome).toBe('conflict');
  expect(await routeOf('1')).toEqual(now);
});
