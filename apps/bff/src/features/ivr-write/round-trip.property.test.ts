// Property: for random VALID menus whose targets are real extensions of the
// right kind in the seeded account (pools built from the directory) and whose
// audio ids are real prompts, PUT through the BFF lands in the simulator and
// reads back equal — outcome applied (or no_change), verify empty — in at
// most one PATCH per key plus one for prompt / no-action, and 2 GETs.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DirectoryType } from '@switchboard/contract/directory';
import { IVR_ACTIONS, actionSpec, noActionActions } from '@switchboard/zoom-schema/ivr-actions';
import type { TargetKind } from '@switchboard/zoom-schema/ivr-actions';
import { zoomAudioListSchema } from '@switchboard/zoom-schema/phone-audios';
import { sameMenu } from '@switchboard/routing-core/ivr/semantic';
import { verifyIvr } from '@switchboard/routing-core/ivr/verify';
import { menuFromPoolsArb, type MenuPools } from '@switchboard/routing-core/testing/arbitraries';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { clearSimLog, countCalls, loadIvr, putIvr, simLog, zoomMenu } from './test-support';

let bff: FastifyInstance;
let admin: SignedIn;
let arIds: string[] = [];
let pools: MenuPools;

const KINDS: [DirectoryType, TargetKind][] = [
  ['user', 'user'],
  ['callQueue', 'callQueue'],
  ['autoReceptionist', 'autoReceptionist'],
  ['sharedLineGroup', 'sharedLineGroup'],
  ['commonArea', 'commonArea'],
  ['externalContact', 'externalContact'],
  ['zoomRoom', 'zoomRoom'],
  ['contactCenter', 'contactCenter'],
  ['meetingService', 'meetingService'],
];

beforeAll(async () => {
  bff = await createTestApp();
  admin = await signIn(bff, 'admin');
  const extensions: MenuPools['extensions'] = {};
  for (const [type, kind] of KINDS) {
    const items = await bff.directory.list({ type });
    extensions[kind] = items.map((i) => i.extensionId).filter((id): id is string => !!id).slice(0, 6);
  }
  // Zoom documents no list of Cisco/Polycom rooms: take the one the seeded services line routes to.
  const services = (await bff.directory.list({ type: 'autoReceptionist' })).find((a) => a.name === 'Facilities & Services Line')!;
  const seeded = await zoomMenu(bff, services.id);
  extensions.ciscoRoom = Object.values(seeded.keys).flatMap((k) => (k.action === 5 && k.target?.extensionId ? [k.target.extensionId] : []));
  const audios = await bff.zoom.get('/phone/users/me/audios', { label: 'light', schema: zoomAudioListSchema });
  pools = { extensions, audio: audios.data.audios.map((a) => a.audio_id).slice(0, 5) };
  arIds = (await bff.directory.list({ type: 'autoReceptionist' })).map((a) => a.id).slice(0, 3);
});
afterAll(() => bff.close());

test('every documented action code, on its keys and as "no action", lands and reads back', async () => {
  const arId = arIds[1]!;
  const digitCodes = IVR_ACTIONS.filter((a) => a.keys !== 'starHash').map((a) => a.code);
  const noActionCodes = noActionActions().map((a) => a.code);
  expect(new Set(digitCodes)).toEqual(new Set([2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 16, 17, 100, 200, 300, 400, 500, -1]));
  const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;
  const sample = (code: number) => {
    const spec = actionSpec(code)!;
    const target = spec.target === 'extension' ? { extensionId: pools.extensions[spec.targetKind!]![0]! } : spec.target === 'phoneNumber' ? { phoneNumber: '+14155550123' } : null;
    return { action: code, target, voicemailGreetingId: spec.voicemailGreeting === 'required' ? pools.audio[0]! : null };
  };
  // Ten keys a round: 18 digit codes and 8 no-action codes take two rounds.
  for (let round = 0; round * digits.length < digitCodes.length; round++) {
    const { menu, version } = await loadIvr(bff, admin, arId);
    const desired = structuredClone(menu);
    digits.forEach((key, i) => {
      desired.keys[key] = sample(digitCodes[(round * digits.length + i) % digitCodes.length]!);
    });
    // * and # take 21, 22 and 23: two rounds cover all three.
    desired.keys['*'] = { action: [21, 22][round]!, target: null, voicemailGreetingId: null };
    desired.keys['#'] = { action: [22, 23][round]!, target: null, voicemailGreetingId: null };
    const na = noActionCodes[round % noActionCodes.length]!;
    desired.noAction = { repeat: 2, action: na, target: sample(na).target };
    const { status, body } = await putIvr(bff, admin, arId, { hours: 'business', baseVersion: version, menu: desired });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.outcome, JSON.stringify(body.mismatches)).toBe('applied');
    expect(verifyIvr(desired, await zoomMenu(bff, arId))).toEqual([]);
  }
  for (const na of noActionCodes) {
    const { menu, version } = await loadIvr(bff, admin, arId, 'closed');
    const desired = { ...structuredClone(menu), noAction: { repeat: 1 as const, action: na, target: sample(na).target } };
    const { body } = await putIvr(bff, admin, arId, { hours: 'closed', baseVersion: version, menu: desired });
    expect(['applied', 'no_change'], `no action ${na}: ${body.message}`).toContain(body.outcome);
    expect(verifyIvr(desired, await zoomMenu(bff, arId, 'closed'))).toEqual([]);
  }
}, 120_000);

test('random valid menus applied through PUT read back from the simulator as written', async () => {
  // Every target kind an action code needs has targets in the demo account, so every code can be drawn.
  expect(Object.fromEntries(Object.entries(pools.extensions).map(([k, ids]) => [k, ids!.length > 0]))).toEqual(
    Object.fromEntries([...KINDS.map(([, kind]) => kind), 'ciscoRoom'].map((k) => [k, true])),
  );
  expect(pools.audio.length).toBeGreaterThan(0);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...arIds),
      fc.constantFrom('business' as const, 'closed' as const),
      menuFromPoolsArb(pools),
      async (arId, hours, desired) => {
        const { version } = await loadIvr(bff, admin, arId, hours);
        await clearSimLog(bff);
        const { status, body } = await putIvr(bff, admin, arId, { hours, baseVersion: version, menu: desired });
        expect(status, JSON.stringify(body)).toBe(200);
        expect(['applied', 'no_change']).toContain(body.outcome);
        expect(body.mismatches).toEqual([]);
        expect(body.ops.length).toBeLessThanOrEqual(13);
        const log = await simLog(bff);
        expect(countCalls(log, 'PATCH')).toBe(body.ops.length);
        expect(countCalls(log, 'GET')).toBe(body.ops.length === 0 ? 1 : 2);

        const readBack = await zoomMenu(bff, arId, hours);
        expect(verifyIvr(desired, readBack)).toEqual([]);
        expect(sameMenu(desired, readBack)).toBe(true);
      },
    ),
    { numRuns: 25 },
  );
}, 180_000);
