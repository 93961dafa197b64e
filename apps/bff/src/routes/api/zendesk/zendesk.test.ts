// Zendesk Talk IVRs through the BFF, against the in-process Zendesk simulator
// (demo mode). Every request the BFF sends it is checked against Zendesk's
// documents by testing/conformance-setup.ts.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { ivrApplyResponseSchema, ivrPlanResponseSchema } from '@switchboard/contract/ivr';
import { zendeskChoicesSchema, zendeskIvrListSchema, zendeskMenuResponseSchema } from '@switchboard/contract/zendesk';
import { apiErrorSchema } from '@switchboard/contract/errors';
import type { NeutralMenu } from '@switchboard/routing-core/menu-model/neutral-menu';
import { createTestApp, signIn, type SignedIn } from '../../../testing/harness';
import { simApi, simControl, type ZendeskSim } from './sim-access';

let app: FastifyInstance;
let admin: SignedIn;
let support: SignedIn;
let manager: SignedIn;
let sim: ZendeskSim;

const MAIN = '/api/zendesk/ivrs/10001/menus/20001';
const SALES = '360000100002';

beforeAll(async () => {
  app = await createTestApp();
  [admin, support, manager] = await Promise.all([signIn(app, 'admin'), signIn(app, 'support'), signIn(app, 'manager')]);
  sim = { url: app.zendeskConnection.simulatorUrl! };
});
afterAll(() => app.close());
beforeEach(async () => {
  await simControl(sim, 'POST', '/reset');
  await simControl(sim, 'POST', '/faults', { rateLimit: 'off' });
});

const read = async (who: SignedIn = admin) => zendeskMenuResponseSchema.parse((await app.inject({ url: MAIN, headers: who.headers })).json());
const put = (body: unknown, who: SignedIn = admin, url = MAIN) => app.inject({ method: 'PUT', url, headers: who.writeHeaders, payload: body as object });
const withKey = (menu: NeutralMenu, key: keyof NeutralMenu['keys'], route: NeutralMenu['keys'][typeof key]): NeutralMenu => ({ ...menu, keys: { ...menu.keys, [key]: route } });
const routeOf = async (key: string) => {
  const res = (await simApi(sim, 'GET', '/api/v2/channels/voice/ivr/10001/menus/20001/routes')) as { ivr_routes: { keypress: string; action: string; options: Record<string, unknown> }[] };
  return res.ivr_routes.find((r) => r.keypress === key);
};

describe('reading Zendesk Talk', () => {
  test('health names the simulator; IVRs list their numbers and menus; a menu reads in the neutral shape with names', async () => {
    const health = (await app.inject({ url: '/api/health' })).json();
    expect(health.zendesk).toEqual({ connected: true, simulatorUrl: sim.url });
    const list = zendeskIvrListSchema.parse((await app.inject({ url: '/api/zendesk/ivrs', headers: support.headers })).json());
    expect(list.items.map((i) => i.name)).toEqual(['Customer Support Line', 'Sales & Billing Line']);
    expect(list.items[0]!.menus).toEqual([
      { id: '20001', name: 'Main menu', default: true },
      { id: '20002', name: 'Technical support', default: false },
      { id: '20003', name: 'After hours', default: false },
    ]);
    const { menu, version } = await read(manager);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(menu.keys['1']).toEqual({ kind: 'forward', targets: [{ type: 'group', id: '360000100001', name: 'Support' }] });
    expect(menu.keys['2']).toEqual({ kind: 'menu', menu: { id: '20002', name: 'Technical support' } });
    expect(menu.keys['9']?.kind).toBe('textback');
    expect(menu.keys.default?.kind).toBe('forward');
    expect(menu.noAction).toBeNull();
    const choices = zendeskChoicesSchema.parse((await app.inject({ url: '/api/zendesk/choices', headers: support.headers })).json());
    expect(choices.groups).toHaveLength(6);
    expect(choices.greetings.length).toBeGreaterThan(1);
  });

  test('every Zendesk route is in the OpenAPI document', async () => {
    const doc = (await app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/api/zendesk/ivrs']!)).toContain('get');
    expect(Object.keys(doc.paths['/api/zendesk/choices']!)).toContain('get');
    expect(Object.keys(doc.paths['/api/zendesk/ivrs/{ivrId}']!)).toContain('get');
    expect(Object.keys(doc.paths['/api/zendesk/ivrs/{ivrId}/menus/{menuId}']!).sort()).toEqual(['get', 'put']);
    expect(Object.keys(doc.paths['/api/zendesk/ivrs/{ivrId}/menus/{menuId}/plan']!)).toEqual(['post']);
  });

  test('an unknown IVR or menu is a 404 with a sentence; a non-numeric id a 400', async () => {
    const missing = await app.inject({ url: '/api/zendesk/ivrs/10001/menus/29999', headers: admin.headers });
    expect(missing.statusCode).toBe(404);
    expect(apiErrorSchema.parse(missing.json()).error.message).toBe('Zendesk Talk has no menu 29999 in IVR 10001; it may have been deleted.');
    const bad = await app.inject({ url: '/api/zendesk/ivrs/abc', headers: admin.headers });
    expect(bad.statusCode).toBe(400);
  });
});

describe('writing a Zendesk menu', () => {
  test('key 1 set to a group lands in Zendesk as a route with action "group" and that group id, and reads back as set', async () => {
    const { menu, version } = await read();
    const desired = withKey(menu, '1', { kind: 'forward', targets: [{ type: 'group', id: SALES }] });
    const plan = ivrPlanResponseSchema.parse((await app.inject({ method: 'POST', url: `${MAIN}/plan`, headers: admin.writeHeaders, payload: { baseVersion: version, menu: desired } })).json());
    expect(plan.ops.map((o) => [o.request.method, o.request.path, o.request.body])).toEqual([
      ['PUT', '/api/v2/channels/voice/ivr/10001/menus/20001/routes/30001', { ivr_route: { action: 'group', options: { group_ids: [Number(SALES)] } } }],
    ]);
    expect(plan.ops[0]!.description).toBe('Key 1: forward to Sales (group) instead of forward to Support (group)');
    // A name the browser sends is not believed: the words come from Zendesk's groups.
    const misnamed = withKey(menu, '1', { kind: 'forward', targets: [{ type: 'group', id: SALES, name: 'Board of directors' }] });
    const plan2 = ivrPlanResponseSchema.parse((await app.inject({ method: 'POST', url: `${MAIN}/plan`, headers: admin.writeHeaders, payload: { baseVersion: version, menu: misnamed } })).json());
    expect(plan2.ops[0]!.description).toBe(plan.ops[0]!.description);
    expect((await routeOf('1'))?.options).toEqual({ group_ids: [360000100001] }); // the plan wrote nothing

    const res = await put({ baseVersion: version, menu: desired });
    const out = ivrApplyResponseSchema.parse(res.json());
    expect(res.statusCode).toBe(200);
    expect(out.outcome).toBe('applied');
    expect(out.message).toBe('The change landed: Zendesk Talk read it back as set.');
    expect(await routeOf('1')).toMatchObject({ action: 'group', options: { group_ids: [Number(SALES)] } });
    const after = await read();
    expect(after.menu.keys['1']).toEqual({ kind: 'forward', targets: [{ type: 'group', id: SALES, name: 'Sales' }] });
    expect(after.version).toBe(out.version);

    const history = (await app.inject({ url: `/api/history?kind=zendeskMenu`, headers: admin.headers })).json() as { items: { id: string; kind: string; target: unknown; ivr: unknown; before: NeutralMenu; after: NeutralMenu }[] };
    const entry = history.items.find((e) => e.id === out.auditId)!;
    expect(entry).toMatchObject({ kind: 'zendeskMenu', target: { type: 'zendeskMenu', id: '20001', name: 'Main menu' }, ivr: { id: '10001', name: 'Customer Support Line' } });
    expect(entry.before.keys['1']).toEqual(menu.keys['1']);
    expect(entry.after.keys['1']).toEqual(after.menu.keys['1']);
  });

  test('a new key is a POST, a removed one a DELETE, "default" to voicemail of a group a PUT; all verified', async () => {
    const { menu, version } = await read();
    const { '9': _textback, ...rest } = menu.keys;
    const desired: NeutralMenu = {
      ...menu,
      keys: { ...rest, '5': { kind: 'external', phoneNumber: '+442079460000' }, default: { kind: 'voicemail', targets: [{ type: 'group', id: '360000100003' }] } },
    };
    const out = ivrApplyResponseSchema.parse((await put({ baseVersion: version, menu: desired })).json());
    expect(out.ops.map((o) => `${o.request.method} ${o.field}`)).toEqual(['POST key:5', 'DELETE key:9', 'PUT key:default']);
    expect(out.outcome).toBe('applied');
    expect(await routeOf('9')).toBeUndefined();
    expect(await routeOf('5')).toMatchObject({ action: 'phone_number', options: { phone_number: '+442079460000' } });
    expect(await routeOf('default')).toMatchObject({ action: 'voicemail', options: { group_ids: [360000100003] } });
  });

  test('Zendesk answers success and keeps nothing (dropped writes): not_persisted, naming what it did not keep', async () => {
    const { menu, version } = await read();
    await simControl(sim, 'POST', '/faults', { dropWrites: true });
    const out = ivrApplyResponseSchema.parse((await put({ baseVersion: version, menu: withKey(menu, '1', { kind: 'forward', targets: [{ type: 'group', id: SALES }] }) })).json());
    expect(out.outcome).toBe('not_persisted');
    expect(out.mismatches).toEqual([{ field: 'key:1', expected: 'Forward to Sales (group)', actual: 'Forward to Support (group)' }]);
    expect(out.message).toMatch(/^Zendesk Talk answered the request with success but did not keep 1 of the changes/);
  });

  test('a write whose answer is a 500: not sent again; Zendesk read back shows it did not land; partial, the rest not sent', async () => {
    const { menu, version } = await read();
    await simControl(sim, 'POST', '/faults', { status: 500, match: { method: 'PUT' }, times: 1 });
    const { '9': _gone, ...rest } = menu.keys;
    const desired: NeutralMenu = { ...menu, keys: { ...rest, '1': { kind: 'forward', targets: [{ type: 'group', id: SALES }] } } };
    const out = ivrApplyResponseSchema.parse((await put({ baseVersion: version, menu: desired })).json());
    expect(out.outcome).toBe('partial');
    expect(out.ops.map((o) => [o.request.method, o.status])).toEqual([['PUT', 'failed'], ['DELETE', 'skipped']]);
    expect(out.ops[0]!.settled).toMatch(/^Zendesk Talk's answer was lost .*reading Zendesk Talk back showed it had not landed\.$/);
    expect((await routeOf('1'))?.options).toEqual({ group_ids: [360000100001] });
    expect(await routeOf('9')).toBeDefined();
  });

  test('a change made in Zendesk meanwhile: 409 conflict saying what changed, nothing written', async () => {
    const { menu, version } = await read();
    await simApi(sim, 'PUT', '/api/v2/channels/voice/ivr/10001/menus/20001/routes/30001', { ivr_route: { action: 'voicemail' } });
    await simControl(sim, 'DELETE', '/requests');
    const res = await put({ baseVersion: version, menu: withKey(menu, '1', { kind: 'forward', targets: [{ type: 'group', id: SALES }] }) });
    expect(res.statusCode).toBe(409);
    const out = ivrApplyResponseSchema.parse(res.json());
    expect(out.outcome).toBe('conflict');
    expect(out.diff).toEqual([{ field: 'key:1', before: 'Forward to Support (group)', after: 'Voicemail of Support (group)' }]);
    const sent = (await (await simControl(sim, 'GET', '/requests')).json()) as { requests: { method: string }[] };
    expect(sent.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    const plan = await app.inject({ method: 'POST', url: `${MAIN}/plan`, headers: admin.writeHeaders, payload: { baseVersion: version, menu } });
    expect(plan.statusCode).toBe(409);
  });

  test('what Zendesk menus cannot hold, unknown groups, a route to its own menu and unknown fields are 400 sentences; nothing sent', async () => {
    const { menu, version } = await read();
    const cases: [NeutralMenu | Record<string, unknown>, RegExp][] = [
      [withKey(menu, '*', { kind: 'repeat' }), /Key \*: Zendesk Talk cannot “repeat the greeting” here/],
      [withKey(menu, '1', { kind: 'forward', targets: [{ type: 'group', id: '999' }] }), /Key 1: Zendesk Talk has no group 999/],
      [withKey(menu, '3', { kind: 'menu', menu: { id: '20001' } }), /Key 3: a key cannot lead to its own menu/],
      [{ ...menu, noAction: { repeat: 3, route: { kind: 'disconnect' } } }, /no setting for when the caller presses nothing/],
      [{ ...menu, colour: 'red' }, /colour/],
    ];
    await simControl(sim, 'DELETE', '/requests');
    for (const [desired, message] of cases) {
      const res = await put({ baseVersion: version, menu: desired });
      expect(res.statusCode, JSON.stringify(desired)).toBe(400);
      expect(apiErrorSchema.parse(res.json()).error.message).toMatch(message);
    }
    const sent = (await (await simControl(sim, 'GET', '/requests')).json()) as { requests: { method: string }[] };
    expect(sent.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  test('support and managers read but may not plan or apply (403)', async () => {
    const { menu, version } = await read(support);
    for (const who of [support, manager]) {
      expect((await put({ baseVersion: version, menu }, who)).statusCode).toBe(403);
      expect((await app.inject({ method: 'POST', url: `${MAIN}/plan`, headers: who.writeHeaders, payload: { baseVersion: version, menu } })).statusCode).toBe(403);
    }
  });
});
