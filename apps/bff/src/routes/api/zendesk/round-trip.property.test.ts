// Random valid Zendesk menus (what the capability table allows, targets drawn
// from the simulator's groups, greetings and the IVR's other menus) written
// through the BFF — adapter, plan, Zendesk's write model — land in the
// simulator and read back unchanged; writing the same menu again changes nothing.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ivrApplyResponseSchema } from '@switchboard/contract/ivr';
import { zendeskMenuResponseSchema } from '@switchboard/contract/zendesk';
import { MENU_KEYS, type NeutralMenu, type Route } from '@switchboard/routing-core/menu-model/neutral-menu';
import { zendeskMenuArb } from '@switchboard/routing-core/testing/neutral-arbitraries';
import { createTestApp, signIn, type SignedIn } from '../../../testing/harness';
import { simControl } from './sim-access';

let app: FastifyInstance;
let admin: SignedIn;
const MAIN = '/api/zendesk/ivrs/10001/menus/20001';

beforeAll(async () => {
  app = await createTestApp();
  admin = await signIn(app, 'admin');
  const sim = { url: app.zendeskConnection.simulatorUrl! };
  await simControl(sim, 'POST', '/reset');
  await simControl(sim, 'POST', '/faults', { rateLimit: 'off' });
});
afterAll(() => app.close());

/** The menu less the names the BFF fills in (a generated menu carries none). */
function unnamed(menu: NeutralMenu): NeutralMenu {
  const route = (r: Route): Route => {
    if (r.kind === 'forward' || r.kind === 'voicemail') return { ...r, targets: r.targets.map(({ type, id }) => ({ type, id })) };
    if (r.kind === 'menu') return { kind: 'menu', menu: { id: r.menu.id } };
    return r;
  };
  const keys: NeutralMenu['keys'] = {};
  for (const k of MENU_KEYS) if (menu.keys[k]) keys[k] = route(menu.keys[k]);
  return { greeting: { id: menu.greeting.id }, noAction: menu.noAction, keys };
}

const pools = {
  groups: ['360000100001', '360000100002', '360000100003', '360000100004', '360000100005', '360000100006'],
  menus: ['20002', '20003'],
  greetings: ['40001', '40002', '40003'],
};

test('random valid Zendesk menus round-trip through the adapter and the simulator unchanged', async () => {
  await fc.assert(
    fc.asyncProperty(zendeskMenuArb(pools), async (desired) => {
      const { version } = zendeskMenuResponseSchema.parse((await app.inject({ url: MAIN, headers: admin.headers })).json());
      const res = await app.inject({ method: 'PUT', url: MAIN, headers: admin.writeHeaders, payload: { baseVersion: version, menu: desired } });
      const out = ivrApplyResponseSchema.parse(res.json());
      expect(['applied', 'no_change'], out.message).toContain(out.outcome);
      const back = zendeskMenuResponseSchema.parse((await app.inject({ url: MAIN, headers: admin.headers })).json());
      expect(unnamed(back.menu)).toEqual(desired);
      const again = ivrApplyResponseSchema.parse((await app.inject({ method: 'PUT', url: MAIN, headers: admin.writeHeaders, payload: { baseVersion: back.version, menu: back.menu } })).json());
      expect(again.outcome).toBe('no_change');
    }),
    { numRuns: 25 },
  );
});
