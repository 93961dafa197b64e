// Scopes as a real account meets them: the Zoom app's token lacks
// phone:update:auto_receptionist_ivr:admin. /api/setup names it and what it
// blocks; an IVR apply and a copy are refused with the scope named, and
// nothing is sent to Zoom or reported applied.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setupSchema } from '@switchboard/contract/setup';
import { ZOOM_OPERATIONS } from '@switchboard/zoom-schema/operations';
import { clearSimLog, loadIvr, putIvr, seededTargets, simControl, simLog, forwardToUser } from '../../../features/ivr-write/test-support';
import { createTestApp, signIn } from '../../../testing/harness';
import type { SignedIn } from '../../../testing/harness';

const EDIT_SCOPE = 'phone:update:auto_receptionist_ivr:admin';
/** Every scope the app's features need, but the one that edits IVR menus. */
const ALL_BUT_EDIT = [...new Set(Object.values(ZOOM_OPERATIONS).flatMap((op) => op.scopes))].filter((s) => s !== EDIT_SCOPE);

let bff: FastifyInstance;
let admin: SignedIn;
beforeAll(async () => {
  bff = await createTestApp();
  admin = await signIn(bff, 'admin');
});
afterAll(async () => {
  await simControl(bff, 'reset');
  await bff.close();
});

const setup = async (query = '') => {
  const res = await bff.inject({ url: `/api/setup${query}`, headers: admin.headers });
  expect(res.statusCode, res.body).toBe(200);
  return setupSchema.parse(res.json());
};

describe('GET /api/setup', () => {
  test('with every scope granted, nothing is missing and every feature works', async () => {
    const s = await setup('?recheck=true');
    expect(s.zoom).toMatchObject({ mode: 'demo', plan: 'pro' });
    expect(s.zoom.scopes.missing).toEqual([]);
    expect(s.zoom.working).toContain('IVR editor');
  });

  test('a token without the IVR write scope: the scope is named with the IVR editor and menu copy as blocked', async () => {
    await simControl(bff, 'faults', { scopes: ALL_BUT_EDIT });
    const s = await setup('?recheck=true');
    expect(s.zoom.scopes.granted).not.toContain(EDIT_SCOPE);
    expect(s.zoom.scopes.missing).toEqual([{ scope: EDIT_SCOPE, alternatives: ['phone:write:admin'], features: ['IVR editor', 'Menu copy'] }]);
    expect(s.zoom.working).not.toContain('IVR editor');
    expect(s.zoom.working).toContain('Reading IVR menus and the routing diagram');
  });

  test('an apply and a copy are refused with the scope named; nothing is sent to Zoom or reported applied', async () => {
    await simControl(bff, 'faults', { scopes: ALL_BUT_EDIT });
    await setup('?recheck=true');
    const { arId, users } = await seededTargets(bff);
    const { menu, version } = await loadIvr(bff, admin, arId);
    const desired = structuredClone(menu);
    desired.keys['7'] = forwardToUser(users[2]!);
    await clearSimLog(bff);
    const { status, body } = await putIvr(bff, admin, arId, { hours: 'business', baseVersion: version, menu: desired });
    expect(status).toBe(403);
    expect(body.error?.code).toBe('zoom_scope_missing');
    expect(body.error?.message).toContain(EDIT_SCOPE);
    expect(body.error?.message).toMatch(/^Nothing was sent to Zoom/);
    expect(body).not.toHaveProperty('outcome');
    expect((await simLog(bff)).filter((r) => r.method !== 'GET')).toEqual([]);

    const copy = await bff.inject({
      method: 'POST',
      url: '/api/jobs/copy-ivr',
      headers: admin.writeHeaders,
      payload: { sourceId: arId, hours: 'business', sourceVersion: version, targets: [arId] },
    });
    expect(copy.statusCode).toBe(403);
    expect(copy.json().error).toMatchObject({ code: 'zoom_scope_missing' });
    expect(copy.json().error.message).toContain(EDIT_SCOPE);
  });

  test('support and managers may not read the set-up; a bad query is a 400 sentence', async () => {
    for (const role of ['support', 'manager'] as const) {
      const who = await signIn(bff, role);
      expect((await bff.inject({ url: '/api/setup', headers: who.headers })).statusCode).toBe(403);
    }
    const bad = await bff.inject({ url: '/api/setup?recheck=maybe', headers: admin.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/recheck/);
  });
});
