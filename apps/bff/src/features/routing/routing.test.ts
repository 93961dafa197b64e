// The routing explorer against the in-process simulator's demo account:
// scripted traces (a holiday on the Sydney site, the Sydney clock change, a
// loop planted in Zoom, a hand-off to Contact Center, a Contact Center
// closure, numbers in any format), search, every role reads, and the cached
// snapshot — warm requests call Zoom not at all, a write through Switchboard
// or `refresh=true` rebuilds it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { ProblemsResponse, RoutingSearchResponse, TraceResponse } from '@switchboard/contract/routing';
import { IVR_ACTIONS } from '@switchboard/zoom-schema/ivr-actions';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { clearSimLog, loadIvr, putIvr, simControl, simLog, zoomPatch } from '../ivr-write/test-support';

let bff: FastifyInstance;
let admin: SignedIn;
let manager: SignedIn;
let support: SignedIn;

beforeAll(async () => {
  bff = await createTestApp();
  [admin, manager, support] = await Promise.all([signIn(bff, 'admin'), signIn(bff, 'manager'), signIn(bff, 'support')]);
});
afterAll(() => bff.close());

const SYDNEY_MAIN = '+61255501001';

async function get<T>(url: string, as: SignedIn = support): Promise<{ status: number; body: T }> {
  const res = await bff.inject({ url, headers: as.headers });
  return { status: res.statusCode, body: res.json() as T };
}
const trace = async (number: string, at: string, keys = '', extra = '') => {
  const res = await get<TraceResponse>(`/api/routing/trace?number=${encodeURIComponent(number)}&at=${encodeURIComponent(at)}&keys=${encodeURIComponent(keys)}${extra}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const path = (t: TraceResponse) => [...t.steps.map((s) => `${s.kind}:${s.name}`), `END ${t.end.kind}:${t.end.name}`];
const code = (label: string) => IVR_ACTIONS.find((a) => a.label === label)!.code;

describe('scripted traces on the demo account', () => {
  beforeAll(async () => {
    await simControl(bff, 'reset');
    bff.routingExplorer.invalidate();
  });

  test('Sydney, Christmas Day 10:00, key 1: the holiday menu, APAC Support closed for its own holiday, Technical Support rings', async () => {
    const t = await trace(SYDNEY_MAIN, '2026-12-25T10:00:00+11:00', '1');
    expect(path(t)).toEqual([
      'number:+61 2 5550 1001',
      'auto_receptionist:Main Line – Sydney',
      'holiday:Christmas Day',
      "menu:Holiday menu 'Christmas Day' of 'Main Line – Sydney'",
      'key:Key 1',
      'call_queue:APAC Support',
      'holiday:Christmas Day',
      'END call_queue:Technical Support',
    ]);
    expect(t.steps[2]!.reason).toMatch(/^10:00 AEDT on Fri 25 Dec is inside the holiday 'Christmas Day'/);
    expect(t.end.reason).toMatch(/3 members, rings all at once/);
    expect(t.outcome).toBe('rings');
  });

  test('the clock change in Sydney: the same UTC instant is before opening in AEST and after it in AEDT', async () => {
    // Sunday 21:30 UTC: Monday 07:30 AEST on 28 September, Monday 08:30 AEDT on 5 October (clocks went forward on 4 October)
    const before = await trace(SYDNEY_MAIN, '2026-09-27T21:30:00Z');
    const after = await trace(SYDNEY_MAIN, '2026-10-04T21:30:00Z');
    expect(before.steps[2]!.reason).toMatch(/^07:30 AEST on Mon 28 Sep is outside business hours/);
    expect(path(before).at(-1)).toBe("END disconnect:Disconnected");
    expect(after.steps[2]!.reason).toMatch(/^08:30 AEDT on Mon 5 Oct is within business hours/);
    expect(path(after).at(-1)).toBe('END call_queue:APAC Support');
  });

  test('a hand-off to Contact Center: no key at the Facilities line → entry point → flow → queue open by its business hours', async () => {
    const t = await trace('8007', '2026-12-02T10:00:00-08:00');
    expect(path(t).slice(-3)).toEqual(['cc_flow:Customer Care', 'schedule:Standard Hours (New York)', 'END cc_queue:Billing Support']);
    expect(t.steps.find((s) => s.kind === 'cc_flow')!.reason).toBe("Contact Center entry point 'Customer Care – Voice' starts flow 'Customer Care'.");
  });

  test("Contact Center on Christmas Day: the APAC queue's closure set closes it and its overflow takes the call", async () => {
    const t = await trace('+61 2 5550 0170', '2026-12-25T10:00:00+11:00');
    expect(t.steps.some((s) => s.kind === 'holiday' && /Christmas/.test(s.name))).toBe(true);
    expect(t.end.kind).toBe('voicemail');
    expect(t.end.reason).toMatch(/APAC Voicemail/);
  });

  test('the number in any format traces the same: spaces, brackets, dashes, tel: URI, the extension number', async () => {
    const at = '2026-12-02T10:00:00+11:00';
    const base = path(await trace(SYDNEY_MAIN, at));
    // the account has sites in three countries: a national number is read in the one where it is the account's
    for (const typed of ['+61 2 5550 1001', '+61 (2) 5550-1001', 'tel:+61-2-5550-1001', '(02) 5550 1001', '02 5550 1001']) expect(path(await trace(typed, at)), typed).toEqual(base);
    expect(path(await trace('8006', at)).slice(1)).toEqual(base.slice(1));
  });

  test('a loop planted in Zoom (two menus forwarding to each other when no key is pressed) ends as a loop, naming the circle', async () => {
    const ars = await bff.directory.list({ type: 'autoReceptionist' });
    const sf = ars.find((a) => a.name === 'Main Line – San Francisco')!;
    const support = ars.find((a) => a.name === 'Support Menu')!;
    const toAr = code('Forward to auto receptionist');
    await zoomPatch(bff, sf.id, 'business', { caller_enters_no_action: { action: toAr, audio_prompt_repeat: 1, forward_to_extension_id: support.extensionId! } });
    await zoomPatch(bff, support.id, 'business', { caller_enters_no_action: { action: toAr, audio_prompt_repeat: 1, forward_to_extension_id: sf.extensionId! } });
    const t = await trace('8001', '2026-12-02T10:00:00-08:00', '', '&refresh=true');
    expect(t.outcome).toBe('loop');
    expect(t.end.reason).toMatch(/^Loop:/);
    expect(path(t).filter((p) => p.startsWith('auto_receptionist:'))).toEqual(['auto_receptionist:Main Line – San Francisco', 'auto_receptionist:Support Menu']);
    await simControl(bff, 'reset');
    bff.routingExplorer.invalidate();
  });

  test('input that cannot be traced is a 400 with a sentence', async () => {
    for (const url of [
      '/api/routing/trace?number=hello',
      `/api/routing/trace?number=${SYDNEY_MAIN}&keys=5,x`,
      `/api/routing/trace?number=${SYDNEY_MAIN}&at=2026-12-25T10:00`,
      '/api/routing/trace',
      `/api/routing/trace?number=${SYDNEY_MAIN}&colour=red`,
    ]) {
      const res = await get<{ error: { message: string } }>(url);
      expect(res.status, url).toBe(400);
      expect(res.body.error.message, url).toMatch(/\w+ \w+/);
    }
  });
});

describe('search, problems and roles', () => {
  test('search by number (any format), extension number or name gives the entry point with its route tree and diagram', async () => {
    for (const q of ['+61 2 5550 1001', '(02) 5550 1001', '8006', 'main line – syd']) {
      const { status, body } = await get<RoutingSearchResponse>(`/api/routing/search?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      const hit = body.items.find((i) => i.name === 'Main Line – Sydney')!;
      expect(hit, q).toBeDefined();
      expect(hit.diagramHref).toMatch(/^\/auto-receptionists\/[^/]+\/diagram$/);
      expect(hit.tree.children.map((c) => c.label)).toEqual(expect.arrayContaining(['The business-hours menu', "The holiday menu 'Christmas Day'"]));
    }
    const cc = await get<RoutingSearchResponse>('/api/routing/search?q=APAC Care');
    expect(cc.body.items[0]).toMatchObject({ type: 'Contact Center entry point', tree: { kind: 'cc_entry_point', children: [{ kind: 'cc_flow', label: 'APAC Care' }] } });
  });

  test('every role reads the trace, the problems and the search; signed out is refused', async () => {
    for (const as of [admin, manager, support]) {
      expect((await get(`/api/routing/trace?number=8006&at=2026-12-02T00:00:00Z`, as)).status).toBe(200);
      expect((await get('/api/routing/problems', as)).status).toBe(200);
      expect((await get('/api/routing/search?q=8006', as)).status).toBe(200);
    }
    expect((await bff.inject({ url: '/api/routing/problems' })).statusCode).toBe(401);
  });

  test('the demo account has problems, errors first, each with a sentence and a link into the app', async () => {
    const { body } = await get<ProblemsResponse>('/api/routing/problems');
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.counts.errors + body.counts.warnings).toBe(body.items.length);
    const firstWarning = body.items.findIndex((p) => p.severity === 'warning');
    expect(body.items.slice(firstWarning).every((p) => p.severity === 'warning')).toBe(true);
    for (const p of body.items) expect(p.href).toMatch(/^\/(auto-receptionists|extensions|routing|contact-center)\b/);
    // Zoom lists no Cisco/Polycom rooms: the ones menus name are known from the menus, not reported as deleted
    expect(body.items.filter((p) => /Cisco/.test(p.message)).map((p) => p.message)).toEqual([]);
  });
});

describe('the cached snapshot', () => {
  beforeEach(async () => {
    await simControl(bff, 'reset');
    bff.routingExplorer.invalidate();
  });

  test('built once with few calls; warm requests call Zoom not at all; refresh=true rebuilds with a new refreshedAt', async () => {
    await clearSimLog(bff);
    const first = await trace(SYDNEY_MAIN, '2026-12-02T10:00:00+11:00');
    const cold = (await simLog(bff)).length;
    expect(cold).toBeGreaterThan(10);
    expect(cold).toBeLessThan(120);
    await clearSimLog(bff);
    await trace('8001', '2026-12-02T10:00:00-08:00', '2');
    await get('/api/routing/problems');
    await get('/api/routing/search?q=Sydney');
    expect(await simLog(bff)).toEqual([]);
    await new Promise((r) => setTimeout(r, 5));
    const again = await trace(SYDNEY_MAIN, '2026-12-02T10:00:00+11:00', '', '&refresh=true');
    expect(again.refreshedAt > first.refreshedAt).toBe(true);
    expect((await simLog(bff)).length).toBe(cold);
  });

  test("a write through Switchboard drops the snapshot: the next trace follows the new menu", async () => {
    const ars = await bff.directory.list({ type: 'autoReceptionist' });
    const syd = ars.find((a) => a.name === 'Main Line – Sydney')!;
    const at = '2026-12-02T10:00:00+11:00';
    expect(path(await trace(SYDNEY_MAIN, at, '2')).at(-1)).toBe('END call_queue:APAC Sales');
    const { menu, version } = await loadIvr(bff, admin, syd.id);
    const users = await bff.directory.list({ type: 'user' });
    const leah = users.find((u) => u.name === 'Leah Kim')!;
    menu.keys['2'] = { action: code('Forward to user'), target: { extensionId: leah.extensionId! }, voicemailGreetingId: null };
    const put = await putIvr(bff, admin, syd.id, { hours: 'business', baseVersion: version, menu });
    expect(put.body.outcome).toBe('applied');
    expect(path(await trace(SYDNEY_MAIN, at, '2')).at(-1)).toBe('END user:Leah Kim');
  });
});
