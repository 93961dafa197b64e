// IVR plan / apply against the in-process simulator: the forum's change
// lands and reads back, a silent no-op is reported as not_persisted, a change
// made in Zoom meanwhile is a 409 with nothing written, a failure mid-way is
// partial with exactly what landed, every write leaves one audit entry, and
// roles / CSRF / bad input get 4xx sentences.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { AuditEntry, AuditList, IvrAuditEntry } from '@switchboard/contract/audit';
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { IvrPlanResponse, IvrWriteBody } from '@switchboard/contract/ivr';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import { menuVersion } from '@switchboard/routing-core/ivr/version';
import { menuFromZoom } from '@switchboard/routing-core/ivr/from-zoom';
import { IVR_KEYS } from '@switchboard/zoom-schema/ivr-actions';
import { zoomIvrReadSchema } from '@switchboard/zoom-schema/phone-ivr';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { DEMO_USERS } from '@switchboard/contract/session';
import {
  clearSimLog,
  countCalls,
  forwardToUser,
  loadIvr,
  putIvr,
  seededTargets,
  simControl,
  simLog,
  zoomMenu,
  zoomPatch,
} from './test-support';

let bff: FastifyInstance;
let admin: SignedIn;
let manager: SignedIn;
let support: SignedIn;
let arId = '';
let users: DirectoryItem[] = [];

beforeAll(async () => {
  bff = await createTestApp();
  [admin, manager, support] = await Promise.all([signIn(bff, 'admin'), signIn(bff, 'manager'), signIn(bff, 'support')]);
  ({ arId, users } = await seededTargets(bff));
});
afterAll(() => bff.close());
beforeEach(() => simControl(bff, 'reset'));


async function auditFor(target: string): Promise<AuditEntry[]> {
  const res = await bff.inject({ url: `/api/audit?target=${target}&limit=200`, headers: admin.headers });
  expect(res.statusCode).toBe(200);
  return (res.json() as AuditList).items;
}

async function auditEntry(id: string): Promise<IvrAuditEntry> {
  const res = await bff.inject({ url: `/api/audit/${id}`, headers: manager.headers });
  expect(res.statusCode).toBe(200);
  return res.json() as IvrAuditEntry;
}

function body(menu: Menu, baseVersion: string, extra: Partial<IvrWriteBody> = {}): IvrWriteBody {
  return { hours: 'business', baseVersion, menu, ...extra };
}

describe('the forum change: key 1 → a user, business hours', () => {
  test('plan shows one PATCH in words and writes nothing', async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    const maria = users[5]!;
    const desired = structuredClone(menu);
    desired.keys['1'] = forwardToUser(maria);
    await clearSimLog(bff);
    const res = await bff.inject({ method: 'POST', url: `/api/auto-receptionists/${arId}/ivr/plan`, headers: admin.writeHeaders, payload: body(desired, version) });
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json() as IvrPlanResponse;
    expect(plan.ops).toHaveLength(1);
    expect(plan.ops[0]!.description).toBe(`Key 1: forward to ${maria.name} (ext ${maria.extensionNumber}) instead of forward to call queue Sales (ext 6001)`);
    expect(plan.ops[0]!.request).toEqual({
      method: 'PATCH',
      path: `/phone/auto_receptionists/${arId}/ivr`,
      body: { hours_type: 'business_hours', key_action: { key: '1', action: 2, target: { extension_id: maria.extensionId } } },
    });
    expect(plan.diff.map((d) => d.field)).toEqual(['key:1']);
    expect(plan.version).toBe(version);
    expect(countCalls(await simLog(bff), 'PATCH', '')).toBe(0);
  });

  test('PUT applies it: 1 PATCH + 2 GETs, read back from the simulator as set, one audit entry', async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    const maria = users[5]!;
    const desired = structuredClone(menu);
    desired.keys['1'] = forwardToUser(maria);
    const auditBefore = (await auditFor(arId)).length;
    await clearSimLog(bff);
    const { status, body: out } = await putIvr(bff, admin, arId, body(desired, version));
    expect(status).toBe(200);
    expect(out.outcome).toBe('applied');
    expect(out.mismatches).toEqual([]);
    expect(out.ops).toHaveLength(1);
    expect(out.ops[0]).toMatchObject({ status: 'applied', httpStatus: 204, field: 'key:1' });
    expect(out.ops[0]!.trackingId).toMatch(/\S/);
    expect(out.message).toMatch(/landed/);
    const log = await simLog(bff);
    expect(countCalls(log, 'PATCH')).toBe(1);
    expect(countCalls(log, 'GET')).toBe(2);

    const zoom = await zoomMenu(bff, arId);
    expect(zoom.keys['1']).toMatchObject({ action: 2, target: { extensionId: maria.extensionId } });

    const entries = await auditFor(arId);
    expect(entries).toHaveLength(auditBefore + 1);
    const entry = await auditEntry(out.auditId!);
    expect(entry).toMatchObject({
      kind: 'ivr',
      action: 'ivr.apply',
      outcome: 'applied',
      actor: { email: 'admin@example.com' },
      target: { type: 'autoReceptionist', id: arId, name: 'Main Line – San Francisco' },
      scope: { hours: 'business', holidayId: null },
    });
    expect(entry.before!.keys['1'].action).toBe(7);
    expect(entry.after!.keys['1']).toMatchObject({ action: 2, target: { extensionId: maria.extensionId } });
    expect(entry.ops.map((o) => o.trackingId)).toEqual(out.ops.map((o) => o.trackingId));
  });

  test('a 12-key rewrite is 12 PATCHes + 2 GETs, one key per PATCH, in menu order', async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    const desired = structuredClone(menu);
    IVR_KEYS.forEach((k, i) => {
      if (k === '*') desired.keys[k] = { action: menu.keys[k].action === 22 ? 23 : 22, target: null };
      else if (k === '#') desired.keys[k] = { action: menu.keys[k].action === 23 ? 22 : 23, target: null };
      else desired.keys[k] = forwardToUser(users[20 + i]!);
    });
    await clearSimLog(bff);
    const { body: out } = await putIvr(bff, admin, arId, body(desired, version));
    expect(out.outcome).toBe('applied');
    const log = await simLog(bff);
    expect(countCalls(log, 'PATCH')).toBe(12);
    expect(countCalls(log, 'GET')).toBe(2);
    const keys = log.filter((r) => r.method === 'PATCH').map((r) => (r.body as { key_action: { key: string } }).key_action.key);
    expect(keys).toEqual([...IVR_KEYS]);
  });

  test('with dropWrites the same edit is not_persisted, with a mismatch for key 1 — never applied', async () => {
    await simControl(bff, 'faults', { dropWrites: true });
    const { menu, version } = await loadIvr(bff, admin, arId);
    const desired = structuredClone(menu);
    desired.keys['1'] = forwardToUser(users[5]!);
    const { status, body: out } = await putIvr(bff, admin, arId, body(desired, version));
    expect(status).toBe(200);
    expect(out.outcome).toBe('not_persisted');
    expect(out.ops[0]).toMatchObject({ status: 'applied', httpStatus: 204 });
    expect(out.mismatches).toHaveLength(1);
    expect(out.mismatches[0]).toMatchObject({ field: 'key:1', actual: 'Forward to call queue Sales (ext 6001)' });
    expect(out.mismatches[0]!.expected).toContain(users[5]!.name);
    const entry = await auditEntry(out.auditId!);
    expect(entry.outcome).toBe('not_persisted');
    expect(entry.mismatches).toEqual(out.mismatches);
    expect(entry.after!.keys['1'].action).toBe(7);
  });
});

describe('conflict', () => {
  test('a change made in Zoom between loading and applying → 409, nothing written, the diff says what changed', async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    await zoomPatch(bff, arId, 'business', { key_action: { key: '2', action: -1 } });
    const desired = structuredClone(menu);
    desired.keys['1'] = forwardToUser(users[2]!);
    const auditBefore = (await auditFor(arId)).length;
    await clearSimLog(bff);
    const { status, body: out } = await putIvr(bff, admin, arId, body(desired, version));
    expect(status).toBe(409);
    expect(out.outcome).toBe('conflict');
    expect(out.ops).toEqual([]);
    expect(out.diff?.map((d) => d.field)).toEqual(['key:2']);
    expect(out.diff?.[0]!.after).toBe('Disabled');
    const log = await simLog(bff);
    expect(log.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(countCalls(log, 'GET')).toBe(1);
    expect((await zoomMenu(bff, arId)).keys['1'].action).toBe(7);
    const entries = await auditFor(arId);
    expect(entries).toHaveLength(auditBefore + 1);
    expect(entries[0]).toMatchObject({ id: out.auditId, outcome: 'conflict', ops: [] });
    // nothing in Switchboard's history left the menu this way: it was changed outside
    expect(out.changedBy).toBeNull();
  });

  test('a conflict made through Switchboard names who made it and links to that change', async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    const theirs = structuredClone(menu);
    theirs.keys['4'] = forwardToUser(users[3]!);
    const first = await putIvr(bff, admin, arId, body(theirs, version));
    expect(first.body.outcome).toBe('applied');
    const mine = structuredClone(menu);
    mine.keys['6'] = forwardToUser(users[4]!);

    const plan = await bff.inject({ method: 'POST', url: `/api/auto-receptionists/${arId}/ivr/plan`, headers: admin.writeHeaders, payload: body(mine, version) });
    expect(plan.statusCode).toBe(409);
    const adminEmail = DEMO_USERS.find((u) => u.role === 'admin')!.email;
    expect(plan.json().error.details.changedBy).toMatchObject({ auditId: first.body.auditId, email: adminEmail });
    const applied = await putIvr(bff, admin, arId, body(mine, version));
    expect(applied.body.outcome).toBe('conflict');
    expect(applied.body.changedBy).toMatchObject({ auditId: first.body.auditId, email: adminEmail });
    expect(Date.parse(applied.body.changedBy!.at)).not.toBeNaN();

    // once the menu is changed in Zoom after that, the same person is no longer named
    await zoomPatch(bff, arId, 'business', { key_action: { key: '2', action: -1 } });
    const later = await putIvr(bff, admin, arId, body(mine, version));
    expect(later.body.changedBy).toBeNull();
  });

  test('without a known base there is no diff to show; a baseMenu from the caller supplies it', async () => {
    await zoomPatch(bff, arId, 'business', { key_action: { key: '4', action: -1 } });
    const menu = await zoomMenu(bff, arId); // read around the BFF: it never handed this version out
    const version = menuVersion(menu);
    await zoomPatch(bff, arId, 'business', { key_action: { key: '3', action: -1 } });
    const blind = await putIvr(bff, admin, arId, body(menu, version));
    expect(blind.status).toBe(409);
    expect(blind.body.diff).toEqual([]);
    const told = await putIvr(bff, admin, arId, body(menu, version, { baseMenu: menu }));
    expect(told.status).toBe(409);
    expect(told.body.diff?.map((d) => d.field)).toEqual(['key:3']);
  });

  test('a version handed out by GET …/ivr is remembered, so its conflict diff needs no baseMenu', async () => {
    await zoomPatch(bff, arId, 'business', { key_action: { key: '4', action: -1 } }); // a menu version never seen before
    const { menu, version } = await loadIvr(bff, admin, arId);
    expect(await bff.ivrWrite.versions.get(version)).toBeDefined();
    await zoomPatch(bff, arId, 'business', { key_action: { key: '3', action: -1 } });
    const { status, body: out } = await putIvr(bff, admin, arId, body(menu, version));
    expect(status).toBe(409);
    expect(out.diff?.map((d) => d.field)).toEqual(['key:3']);
  });

  test('plan against a stale version is a 409 error with the diff', async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    await zoomPatch(bff, arId, 'business', { key_action: { key: '2', action: -1 } });
    const res = await bff.inject({ method: 'POST', url: `/api/auto-receptionists/${arId}/ivr/plan`, headers: admin.writeHeaders, payload: body(menu, version) });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('conflict');
    expect(res.json().error.details.diff[0].field).toBe('key:2');
  });
});

describe('partial', () => {
  test('a 500 on the third of five PATCHes → partial: the two that landed, the third failed, the rest skipped', async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    const desired = structuredClone(menu);
    const keys = ['1', '3', '5', '6', '7'] as const;
    keys.forEach((k, i) => (desired.keys[k] = forwardToUser(users[10 + i]!)));
    await simControl(bff, 'faults', { status: 500, match: { method: 'PATCH' }, afterCount: 2 });
    await clearSimLog(bff);
    const { status, body: out } = await putIvr(bff, admin, arId, body(desired, version));
    expect(status).toBe(200);
    expect(out.outcome).toBe('partial');
    expect(out.ops.map((o) => [o.field, o.status])).toEqual([
      ['key:1', 'applied'],
      ['key:3', 'applied'],
      ['key:5', 'failed'],
      ['key:6', 'skipped'],
      ['key:7', 'skipped'],
    ]);
    expect(out.ops[2]).toMatchObject({ httpStatus: 500, error: 'Internal Error.' });
    // the client retried the 500s before giving up, and says so
    expect(out.ops[2]!.retries).toEqual([500, 500, 500]);
    expect(out.ops[0]!.retries).toBeUndefined();
    expect(out.ops[2]!.trackingId).toMatch(/\S/);
    expect(out.ops[3]!.trackingId).toBeNull();
    expect(out.message).toMatch(/^2 of 5 requests landed/);
    expect(out.mismatches.map((m) => m.field)).toEqual(['key:5', 'key:6', 'key:7']);

    const sentKeys = (await simLog(bff))
      .filter((r) => r.method === 'PATCH')
      .map((r) => (r.body as { key_action: { key: string } }).key_action.key);
    expect(new Set(sentKeys)).toEqual(new Set(['1', '3', '5'])); // key 5 retried, 6 and 7 never sent
    const zoom = await zoomMenu(bff, arId);
    expect(zoom.keys['1'].target?.extensionId).toBe(users[10]!.extensionId);
    expect(zoom.keys['3'].target?.extensionId).toBe(users[11]!.extensionId);
    expect(zoom.keys['5'].target?.extensionId).not.toBe(users[12]!.extensionId);
    const entry = await auditEntry(out.auditId!);
    expect(entry.outcome).toBe('partial');
    expect(entry.ops.map((o) => o.status)).toEqual(['applied', 'applied', 'failed', 'skipped', 'skipped']);
  });
});

describe('concurrency and holidays', () => {
  test('two applies on the same menu at once: one is applied, the other sees it and is a conflict', async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    const a = structuredClone(menu);
    a.keys['1'] = forwardToUser(users[1]!);
    const b = structuredClone(menu);
    b.keys['3'] = forwardToUser(users[2]!);
    const results = await Promise.all([putIvr(bff, admin, arId, body(a, version)), putIvr(bff, admin, arId, body(b, version))]);
    expect(results.map((r) => r.body.outcome).sort()).toEqual(['applied', 'conflict']);
    const winner = results.find((r) => r.body.outcome === 'applied')!.body;
    const loser = results.find((r) => r.body.outcome === 'conflict')!.body;
    expect(loser.diff?.map((d) => d.field)).toEqual([winner.ops[0]!.field]);
    const zoom = await zoomMenu(bff, arId);
    const changed = [zoom.keys['1'].action === 2, zoom.keys['3'].action === 2];
    expect(changed.filter(Boolean)).toHaveLength(1);
  });

  test('a holiday menu is written with holiday_id in the body and read back from that holiday', async () => {
    const detail = (await bff.inject({ url: `/api/auto-receptionists/${arId}`, headers: admin.headers })).json() as { holidays: { id: string }[] };
    const holidayId = detail.holidays[0]!.id;
    const res = await bff.inject({ url: `/api/auto-receptionists/${arId}/ivr?hours=business&holidayId=${holidayId}`, headers: admin.headers });
    const { menu, version } = res.json() as { menu: Menu; version: string };
    const desired = structuredClone(menu);
    desired.keys['1'] = forwardToUser(users[4]!);
    await clearSimLog(bff);
    const { status, body: out } = await putIvr(bff, admin, arId, body(desired, version, { holidayId }));
    expect(status).toBe(200);
    expect(out.outcome).toBe('applied');
    const patch = (await simLog(bff)).find((r) => r.method === 'PATCH')!;
    expect(patch.body).toMatchObject({ holiday_id: holidayId, key_action: { key: '1', action: 2 } });
    expect(patch.body).not.toHaveProperty('hours_type');
    const read = await bff.zoom.get(`/phone/auto_receptionists/${arId}/ivr`, { label: 'light', schema: zoomIvrReadSchema, query: { holiday_id: holidayId } });
    expect(menuFromZoom(read.data).keys['1'].target?.extensionId).toBe(users[4]!.extensionId);
    expect((await zoomMenu(bff, arId)).keys['1'].action).toBe(7); // business hours untouched
    expect((await auditEntry(out.auditId!)).scope).toEqual({ hours: 'business', holidayId });
  });
});

describe('no change', () => {
  test('the same menu → no_change, no PATCH, one audit entry', async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    await clearSimLog(bff);
    const { status, body: out } = await putIvr(bff, admin, arId, body(menu, version));
    expect(status).toBe(200);
    expect(out).toMatchObject({ outcome: 'no_change', ops: [], mismatches: [] });
    expect(countCalls(await simLog(bff), 'PATCH')).toBe(0);
    expect((await auditEntry(out.auditId!)).outcome).toBe('no_change');
  });
});

describe('access', () => {
  const writes = () => [
    { method: 'POST' as const, url: `/api/auto-receptionists/${arId}/ivr/plan` },
    { method: 'PUT' as const, url: `/api/auto-receptionists/${arId}/ivr` },
    { method: 'POST' as const, url: `/api/auto-receptionists/${arId}/ivr/copy/plan` },
    { method: 'POST' as const, url: '/api/jobs/copy-ivr' },
  ];

  test('support and manager get 403 on plan, PUT and copy; admin without the CSRF header gets 403', async () => {
    await clearSimLog(bff);
    for (const w of writes()) {
      for (const who of [support, manager]) {
        const res = await bff.inject({ ...w, headers: who.writeHeaders, payload: {} });
        expect(res.statusCode, `${w.method} ${w.url}`).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
      }
      const res = await bff.inject({ ...w, headers: admin.headers, payload: {} });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('csrf');
    }
    expect(await simLog(bff)).toEqual([]);
  });

  test('the change history: every role reads it (support reads the menus it can see, which is all of them)', async () => {
    for (const who of [admin, support, manager]) expect((await bff.inject({ url: '/api/audit', headers: who.headers })).statusCode).toBe(200);
  });
});

describe('bad input → 4xx sentences, never 500, nothing written', () => {
  test('each refused with a sentence', async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    const withKey = (k: '1' | '*', ka: Menu['keys']['1']) => {
      const m = structuredClone(menu);
      m.keys[k] = ka;
      return m;
    };
    const cases: { payload: unknown; status: number; message: RegExp; url?: string }[] = [
      { payload: body(withKey('*', forwardToUser(users[0]!)), version), status: 400, message: /Key \* can only repeat the greeting/ },
      { payload: body(withKey('1', { action: 2, target: null }), version), status: 400, message: /Key 1: choose where "Forward to user" should go/ },
      { payload: body(withKey('1', { action: 10, target: { phoneNumber: '555-1234' } }), version), status: 400, message: /not a phone number in international format/ },
      {
        payload: body(withKey('1', { action: 2, target: { extensionId: 'no-such-extension' } }), version),
        status: 400,
        message: /Key 1: there is no user with extension id "no-such-extension" in the directory/,
      },
      {
        payload: body(withKey('1', { action: 7, target: { extensionId: users[0]!.extensionId! } }), version),
        status: 400,
        message: /there is no call queue with extension id/,
      },
      { payload: { hours: 'business', menu }, status: 400, message: /baseVersion/ },
      { payload: { ...body(menu, version), hours: 'weekend' }, status: 400, message: /must be one of: business, closed/ },
      { payload: { ...body(menu, version), holidayId: 'x y' }, status: 400, message: /holiday id is not a Zoom id/ },
      { payload: body(withKey('1', forwardToUser(users[0]!)), version), url: '/api/auto-receptionists/NoSuchAr/ivr', status: 404, message: /no auto receptionist/ },
    ];
    await clearSimLog(bff);
    for (const c of cases) {
      const res = await bff.inject({ method: 'PUT', url: c.url ?? `/api/auto-receptionists/${arId}/ivr`, headers: admin.writeHeaders, payload: c.payload as object });
      expect(res.statusCode, res.body).toBe(c.status);
      expect(res.json().error.message).toMatch(c.message);
      expect(res.json().error.message).toMatch(/[.!?]\)?$/);
    }
    const bad = await bff.inject({ method: 'PUT', url: `/api/auto-receptionists/${arId}/ivr`, headers: { ...admin.writeHeaders, 'content-type': 'application/json' }, payload: '{"hours":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('The request body is not valid JSON.');
    expect(countCalls(await simLog(bff), 'PATCH', '')).toBe(0);
  });
});
