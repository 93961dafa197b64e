import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IvrRead, Listed, Named } from '../../testing/shapes';
import { startHarness } from '../../testing/harness';
import type { Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await h.control('POST', '/reset');
});

const sites = async () => (await h.json<Listed<'sites', Named & { main_auto_receptionist?: { id: string; name: string } }>>('GET', '/phone/sites')).sites;

describe('auto receptionists', () => {
  it('lists seven with holidays, phone numbers, site and time zone; each site names its main AR', async () => {
    const list = await h.json<Listed<'auto_receptionists'>>('GET', '/phone/auto_receptionists');
    expect(list.auto_receptionists).toHaveLength(7);
    const sf = list.auto_receptionists.find((a) => a.name === 'Main Line – San Francisco');
    expect(sf).toMatchObject({ timezone: 'America/Los_Angeles', site: { name: 'San Francisco' }, extension_number: 8001 });
    expect(sf?.holiday_hours?.length).toBeGreaterThanOrEqual(5);
    expect(sf?.phone_numbers?.[0]?.number).toMatch(/^\+1415555\d{4}$/);
    const mains = (await sites()).map((s) => s.main_auto_receptionist?.name);
    expect(mains).toEqual(['Main Line – San Francisco', 'Main Line – London', 'Main Line – Sydney']);
  });

  it('creates an AR with Zoom’s default menus, updates it and deletes it', async () => {
    const [site] = await sites();
    const res = await h.api('POST', '/phone/auto_receptionists', { name: 'Pop-up Store', site_id: site?.id });
    expect(res.status).toBe(201);
    const created = ((await res.json()) as Named);
    expect(created.extension_number).toBeGreaterThan(8006);

    for (const hours of ['business_hours', 'closed_hours']) {
      const ivr = await h.json<IvrRead>('GET', `/phone/auto_receptionists/${created.id}/ivr?hours_type=${hours}`);
      expect(Object.fromEntries(ivr.key_actions.map((k) => [k.key, k.action]))).toEqual({
        '0': 100, '1': -1, '2': -1, '3': -1, '4': -1, '5': -1, '6': -1, '7': -1, '8': -1, '9': -1, '*': 21, '#': -1,
      });
    }

    const upd = await h.api('PATCH', `/phone/auto_receptionists/${created.id}`, { name: 'Pop-up Store (Mission)', timezone: 'America/Denver' });
    expect(upd.status).toBe(204);
    const detail = await h.json<Named>('GET', `/phone/auto_receptionists/${created.id}`);
    expect(detail).toMatchObject({ name: 'Pop-up Store (Mission)', timezone: 'America/Denver', holiday_hours: [] });

    const badTz = await h.api('PATCH', `/phone/auto_receptionists/${created.id}`, { timezone: 'Mars/Olympus' });
    expect(await badTz.json()).toEqual({ code: 300, message: 'Time zone is invalid:Mars/Olympus' });

    expect((await h.api('DELETE', `/phone/auto_receptionists/${created.id}`)).status).toBe(204);
    // The get documents one error only: an unknown id is 400 "Validation Failed.", not a 404.
    const gone = await h.api('GET', `/phone/auto_receptionists/${created.id}`);
    expect(gone.status).toBe(400);
    expect(await gone.json()).toEqual({ code: 300, message: 'Validation Failed.' });
  });

  it('requires site_id with several sites, refuses to delete a main AR and reports unknown ids as documented', async () => {
    const noSite = await h.api('POST', '/phone/auto_receptionists', { name: 'Anywhere' });
    expect(noSite.status).toBe(400);
    const main = (await sites())[0]?.main_auto_receptionist?.id;
    const del = await h.api('DELETE', `/phone/auto_receptionists/${main}`);
    expect(del.status).toBe(400);
    expect(await del.json()).toEqual({ code: 400, message: 'Unable to delete main Auto receptionist.' });
    const unknown = await h.api('DELETE', '/phone/auto_receptionists/nope');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ code: 404, message: 'AutoReceptionist does not exist: nope.' });
    const patchUnknown = await h.api('PATCH', '/phone/auto_receptionists/nope', { name: 'x' });
    expect(await patchUnknown.json()).toEqual({ code: 300, message: 'Validation Failed. AutoReceptionist does not exist, AutoReceptionistId: nope' });
    const taken = await h.api('PATCH', `/phone/auto_receptionists/${main}`, { extension_number: 1001 });
    expect(await taken.json()).toEqual({ code: 10001, message: 'Extension number 1001 is already used.' });
  });
});
