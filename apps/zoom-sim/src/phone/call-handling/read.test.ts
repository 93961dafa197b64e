// GET …/call_handling/settings on the seeded account: the four kinds of
// extension resolve by extension id, hours and holidays read as documented,
// and what is not a call-handling extension is Zoom's 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness } from '../../testing/harness';
import type { Harness } from '../../testing/harness';
import { extensionIdOf, holidaysOf, readSettings, settingsPath, sub, userExtensionId } from '../../testing/call-handling';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

describe('reading call handling', () => {
  it('reads business, closed and holiday hours of each kind of extension by its extension id', async () => {
    const ids = [
      await extensionIdOf(h, 'autoReceptionist', 'Main Line – Sydney'),
      await extensionIdOf(h, 'callQueue', 'APAC Support'),
      await extensionIdOf(h, 'sharedLineGroup', 'SF Front Desk'),
      await userExtensionId(h, 0),
    ];
    for (const id of ids) {
      const read = await readSettings(h, id);
      expect(sub(read.business_hours, 'custom_hours')?.type).toBeDefined();
      expect(sub(read.business_hours, 'call_handling')?.routing?.action).toBeTypeOf('number');
      expect(sub(read.closed_hours, 'call_handling')?.routing?.action).toBeTypeOf('number');
      expect(Array.isArray(read.holiday_hours)).toBe(true);
    }
  });

  it('numbers weekdays 1 = Sunday … 7 = Saturday: APAC Support opens Mon–Fri 08:00–18:00 and Saturday morning', async () => {
    const read = await readSettings(h, await extensionIdOf(h, 'callQueue', 'APAC Support'));
    const hours = sub(read.business_hours, 'custom_hours');
    expect(hours?.type).toBe(2);
    expect(hours?.custom_hours_settings).toEqual([
      { weekday: 1, type: 0 },
      ...[2, 3, 4, 5, 6].map((weekday) => ({ weekday, type: 2, from: '08:00', to: '18:00' })),
      { weekday: 7, type: 2, from: '09:00', to: '12:00' },
    ]);
    expect(hours?.allow_members_to_reset).toBe(false);
  });

  it('a 24/7 extension reads type 1 with no days', async () => {
    const read = await readSettings(h, await extensionIdOf(h, 'callQueue', 'Technical Support'));
    expect(sub(read.business_hours, 'custom_hours')).toEqual({ type: 1, allow_members_to_reset: false });
  });

  it('closed hours route by action with the target resolved, as the GET document shows it', async () => {
    const apac = await readSettings(h, await extensionIdOf(h, 'callQueue', 'APAC Support'));
    expect(sub(apac.closed_hours, 'call_handling')?.routing).toMatchObject({
      action: 7,
      forward_to: { display_name: 'Technical Support', extension_number: 6002, extension_type: 'callQueue' },
    });
    const sales = await readSettings(h, await extensionIdOf(h, 'callQueue', 'Sales'));
    expect(sub(sales.closed_hours, 'call_handling')?.routing?.forward_to).toMatchObject({ display_name: 'After-Hours Emergency Line', extension_type: 'autoReceptionist' });
    const ar = await readSettings(h, await extensionIdOf(h, 'autoReceptionist', 'Main Line – Sydney'));
    expect(sub(ar.closed_hours, 'call_handling')?.routing).toEqual({ action: 14 });
  });

  it("holds Sydney's Christmas Day 2026 as UTC: 00:00–23:59 local is 2026-12-24T13:00:00Z–2026-12-25T12:59:00Z", async () => {
    for (const id of [await extensionIdOf(h, 'autoReceptionist', 'Main Line – Sydney'), await extensionIdOf(h, 'callQueue', 'APAC Sales')]) {
      const christmas = holidaysOf(await readSettings(h, id)).find((x) => x.name === 'Christmas Day');
      expect(christmas).toMatchObject({ from: '2026-12-24T13:00:00Z', to: '2026-12-25T12:59:00Z' });
    }
  });

  it('siblings differ: APAC Sales closes for the NSW bank holiday, APAC Support does not', async () => {
    const names = async (name: string) => holidaysOf(await readSettings(h, await extensionIdOf(h, 'callQueue', name))).map((x) => x.name);
    expect(await names('APAC Sales')).toContain('Bank Holiday (NSW)');
    expect(await names('APAC Support')).not.toContain('Bank Holiday (NSW)');
    expect(await names('APAC Support')).toContain('Christmas Day');
  });

  it('an auto receptionist reads the same holidays as its record and its IVR', async () => {
    const list = await h.json<{ auto_receptionists: Array<{ id: string; extension_id: string; name: string; holiday_hours: Array<{ id: string }> }> }>(
      'GET',
      '/phone/auto_receptionists',
    );
    const ar = list.auto_receptionists.find((a) => a.name === 'Main Line – London');
    const read = await readSettings(h, ar?.extension_id ?? '');
    expect(read.holiday_hours.map((x) => x.holiday_id)).toEqual(ar?.holiday_hours.map((x) => x.id));
  });

  it('answers 404 / 404 "Extension does not exist" for an unknown id and for kinds without call handling', async () => {
    const common = await h.json<{ common_areas: Array<{ id: string }> }>('GET', '/phone/common_areas');
    const arId = (await h.json<{ auto_receptionists: Array<{ id: string }> }>('GET', '/phone/auto_receptionists')).auto_receptionists[0]?.id;
    for (const id of ['nope', common.common_areas[0]?.id ?? '', arId ?? '']) {
      const res = await h.api('GET', settingsPath(id));
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ code: 404, message: `Extension does not exist: ${id}` });
    }
  });

  it('needs its granular scope: without it, code 4711 naming the scopes that would do', async () => {
    const other = await startHarness();
    try {
      const id = await extensionIdOf(other, 'callQueue', 'Sales');
      await other.control('POST', '/faults', { scopes: ['phone:read:list_call_queues:admin'] });
      const res = await fetch(`${other.url}/v2${settingsPath(id)}`, { headers: { authorization: `Bearer ${await other.token()}` } });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        code: 4711,
        message: 'Invalid access token, does not contain scopes:[phone:read:admin, phone:read:list_call_handling_settings:admin].',
      });
      await other.control('POST', '/faults', { scopes: ['phone:read:list_call_handling_settings:admin'] });
      const ok = await fetch(`${other.url}/v2${settingsPath(id)}`, { headers: { authorization: `Bearer ${await other.token()}` } });
      expect(ok.status).toBe(200);
    } finally {
      await other.close();
    }
  });
});
