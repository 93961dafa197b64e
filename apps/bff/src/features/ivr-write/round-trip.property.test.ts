// Property: for random VALID menus whose targets are real extensions of the
// right kind in the seeded account (pools built from the directory) and whose
// audio ids are real prompts, PUT through the BFF lands in the simulator and
// reads back equal — outcome applied (or no_change), verify empty — in at
// most one PATCH per key plus one for prompt / no-action, and 2 GETs.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DirectoryType } from '@switchboard/contract/directory';
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
];

beforeAll(async () => {
  bff = await createTestApp();
  admin = await signIn(bff, 'admin');
  const extensions: MenuPools['extensions'] = {};
  for (const [type, kind] of KINDS) {
    const items = await bff.directory.list({ type });
    extensions[kind] = items.map((i) => i.extensionId).filter((id): id is string => !!id).slice(0, 6);
  }
  const audios = await bff.zoom.get('/phone/users/me/audios', { label: 'light', schema: zoomAudioListSchema });
  pools = { extensions, audio: audios.data.audios.map((a) => a.audio_id).slice(0, 5) };
  arIds = (await bff.directory.list({ type: 'autoReceptionist' })).map((a) => a.id).slice(0, 3);
});
afterAll(() => bff.close());

test('random valid menus applied through PUT read back from the simulator as written', async () => {
  expect(Object.values(pools.extensions).every((ids) => ids!.length > 0)).toBe(true);
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
