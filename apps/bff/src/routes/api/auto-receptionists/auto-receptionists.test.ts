// Auto receptionists and their IVR menus through the BFF, against the
// in-process simulator; bad input is a 4xx with a sentence, never a 500.
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { autoReceptionistDetailSchema, autoReceptionistListSchema } from '@switchboard/contract/auto-receptionists';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { ivrResponseSchema } from '@switchboard/contract/ivr';
import { menuSchema } from '@switchboard/routing-core/ivr/menu';
import { createTestApp, signIn } from '../../../testing/harness';
import type { SignedIn } from '../../../testing/harness';

let app: FastifyInstance;
let support: SignedIn;
let simUrl: string;

beforeAll(async () => {
  app = await createTestApp();
  support = await signIn(app, 'support');
  simUrl = app.zoomConnection.simulatorUrl!;
});
afterAll(() => app.close());
afterEach(async () => {
  await fetch(`${simUrl}/__sim/faults`, { method: 'DELETE' });
});

const get = (url: string) => app.inject({ url, headers: support.headers });
const fault = (body: unknown) =>
  fetch(`${simUrl}/__sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('GET /api/auto-receptionists', () => {
  test('lists auto receptionists with sites, extension and numbers; filters by text and site', async () => {
    const all = autoReceptionistListSchema.parse((await get('/api/auto-receptionists')).json());
    expect(all.items.length).toBeGreaterThanOrEqual(6);
    expect(all.sites.length).toBeGreaterThanOrEqual(3);
    expect(all.items.every((a) => /^\d+$/.test(a.extensionNumber))).toBe(true);
    const site = all.sites[0]!;
    const bySite = autoReceptionistListSchema.parse((await get(`/api/auto-receptionists?siteId=${site.id}`)).json());
    expect(bySite.items.length).toBeGreaterThan(0);
    expect(bySite.items.every((a) => a.site?.id === site.id)).toBe(true);
    const first = all.items[0]!;
    const byName = autoReceptionistListSchema.parse(
      (await get(`/api/auto-receptionists?q=${encodeURIComponent(first.name.slice(0, 6).toUpperCase())}`)).json(),
    );
    expect(byName.items.map((a) => a.id)).toContain(first.id);
    const byExt = autoReceptionistListSchema.parse((await get(`/api/auto-receptionists?q=${first.extensionNumber}`)).json());
    expect(byExt.items.map((a) => a.id)).toContain(first.id);
    const none = autoReceptionistListSchema.parse((await get('/api/auto-receptionists?q=zzzz-no-such')).json());
    expect(none.items).toEqual([]);
  });
});

describe('GET /api/auto-receptionists/:id and its IVR', () => {
  test('detail with holidays; business, closed and holiday menus with 12 keys and a version', async () => {
    const list = autoReceptionistListSchema.parse((await get('/api/auto-receptionists')).json());
    const main = list.items.find((a) => a.name.startsWith('Main Line')) ?? list.items[0]!;
    const detail = autoReceptionistDetailSchema.parse((await get(`/api/auto-receptionists/${main.id}`)).json());
    expect(detail.id).toBe(main.id);
    expect(detail.holidays.length).toBeGreaterThan(0);

    const business = ivrResponseSchema.parse((await get(`/api/auto-receptionists/${main.id}/ivr`)).json());
    const closed = ivrResponseSchema.parse((await get(`/api/auto-receptionists/${main.id}/ivr?hours=closed`)).json());
    const holiday = ivrResponseSchema.parse(
      (await get(`/api/auto-receptionists/${main.id}/ivr?holidayId=${detail.holidays[0]!.id}`)).json(),
    );
    for (const r of [business, closed, holiday]) {
      expect(Object.keys(menuSchema.parse(r.menu).keys)).toHaveLength(12);
      expect(r.version).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(business.version).not.toBe(closed.version);
    // the same menu read twice has the same version
    const again = ivrResponseSchema.parse((await get(`/api/auto-receptionists/${main.id}/ivr`)).json());
    expect(again.version).toBe(business.version);
    // targets carry names for the UI
    const named = Object.values(business.menu.keys).filter((k) => k.target?.extensionId);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((k) => k.target?.name)).toBe(true);
  });
});

describe('bad input is a 4xx with a sentence, never a 500', () => {
  const cases: [string, number, RegExp][] = [
    ['/api/auto-receptionists/unknownAr123', 404, /no auto receptionist with id "unknownAr123"/],
    ['/api/auto-receptionists/unknownAr123/ivr', 404, /no auto receptionist with id "unknownAr123"/],
    ['/api/auto-receptionists/bad%20id', 400, /not a Zoom id/],
    ['/api/auto-receptionists/bad%2Fid/ivr', 400, /not a Zoom id/],
    [`/api/auto-receptionists/${'x'.repeat(65)}`, 400, /path parameter "id" must be at most 64 characters/],
    ['/api/auto-receptionists/abc/ivr?hours=weekend', 400, /"hours" must be one of: business, closed/],
    ['/api/auto-receptionists/abc/ivr?holidayId=%3Cscript%3E', 400, /holiday id is not a Zoom id/],
    [`/api/auto-receptionists?q=${'a'.repeat(101)}`, 400, /limited to 100 characters/],
    ['/api/directory?type=robot', 400, /"type" must be one of: user, callQueue/],
    ['/api/no-such-route', 404, /^There is no such API route\./],
  ];
  test.each(cases)('%s → %i', async (url, status, message) => {
    const res = await get(url);
    expect(res.statusCode).toBe(status);
    const body = apiErrorSchema.parse(res.json());
    expect(body.error.message).toMatch(message);
    expect(body.error.message).toMatch(/[.!?]$/);
    expect(res.body).not.toMatch(/at .*\.ts:\d+|stack/i);
  });

  test('an unknown holiday on a real auto receptionist is a 404 naming the holiday', async () => {
    const list = autoReceptionistListSchema.parse((await get('/api/auto-receptionists')).json());
    const res = await get(`/api/auto-receptionists/${list.items[0]!.id}/ivr?holidayId=noSuchHoliday`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toMatch(/no holiday with id "noSuchHoliday"/);
  });

  test('Zoom failing is a 5xx with a sentence and a tracking id, not a crash', async () => {
    await fault({ status: 500, match: { pathPrefix: '/v2/phone/auto_receptionists' } });
    const res = await get('/api/auto-receptionists/whatever1');
    expect(res.statusCode).toBe(502);
    expect(res.json().error).toMatchObject({ code: 'zoom_error', message: expect.stringMatching(/Zoom refused the request/) });
    expect(res.json().error.details.trackingId).toBeTruthy();
  });
});
