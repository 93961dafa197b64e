import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { groupId, routesPath, supportMenus } from '../../testing/fixtures';
import { startHarness } from '../../testing/harness';
import type { Harness } from '../../testing/harness';
import type { ErrorJson, MenuJson, RouteJson } from '../../testing/shapes';

let h: Harness;
let ivrId: number;
let main: MenuJson;
let technical: MenuJson;
let sales: number;

beforeAll(async () => {
  h = await startHarness();
  ({ main, technical } = await supportMenus(h));
  ivrId = (await supportMenus(h)).ivr.id;
  sales = await groupId(h, 'Sales');
});
afterAll(async () => h.close());
beforeEach(async () => {
  await h.control('POST', '/reset');
});

const routes = () => routesPath(ivrId, main.id);
const routeOf = (key: string) => main.routes.find((r) => r.keypress === key) as RouteJson;
const readRoute = async (id: number) => (await h.json<{ ivr_route: RouteJson }>('GET', `${routes()}/${id}`)).ivr_route;
const refused = async (res: Response) => {
  expect(res.status).toBe(422);
  const body = (await res.json()) as ErrorJson;
  expect(body).toMatchObject({ error: 'RecordInvalid', description: 'Record validation errors' });
  return Object.fromEntries(Object.entries(body.details ?? {}).map(([k, v]) => [k, v.map((d) => d.error)]));
};

describe('IVR routes: the write model', () => {
  it('changing key 1 is a PUT of its route; the answer and a read-back show it, with option_text', async () => {
    const route = routeOf('1');
    const res = await h.api('PUT', `${routes()}/${route.id}`, { ivr_route: { action: 'group', options: { group_ids: [sales] } } });
    expect(res.status).toBe(200);
    const want = { id: route.id, keypress: '1', action: 'group', options: { group_ids: [sales] }, greeting: null, option_text: 'Sales' };
    expect(((await res.json()) as { ivr_route: RouteJson }).ivr_route).toEqual(want);
    expect(await readRoute(route.id)).toEqual(want);
  });

  it('adding a key is a POST (201), removing one a DELETE (200 with the route); the menu lists what is left', async () => {
    const created = await h.api('POST', routes(), { ivr_route: { keypress: '5', action: 'voicemail', options: { group_ids: [sales] } } });
    expect(created.status).toBe(201);
    const { ivr_route: added } = (await created.json()) as { ivr_route: RouteJson };
    expect(added).toMatchObject({ keypress: '5', action: 'voicemail', option_text: 'Sales' });
    const del = await h.api('DELETE', `${routes()}/${added.id}`);
    expect(del.status).toBe(200);
    expect(((await del.json()) as { ivr_route: RouteJson }).ivr_route.id).toBe(added.id);
    expect((await h.api('GET', `${routes()}/${added.id}`)).status).toBe(404);
    const { ivr_routes } = await h.json<{ ivr_routes: RouteJson[] }>('GET', routes());
    expect(ivr_routes.map((r) => r.keypress)).toEqual(main.routes.map((r) => r.keypress));
  });

  it('every action round-trips with its options; a PUT keeps what it does not send', async () => {
    const route = routeOf('1');
    const cases: [string, Record<string, unknown>, string][] = [
      ['phone_number', { phone_number: '+442071234567' }, '+442071234567'],
      ['textback', { sms_text: 'See https://example.com' }, 'See https://example.com'],
      ['menu', { menu_id: technical.id }, 'Technical support'],
      ['voicemail', { group_ids: [sales, ...(route.options.group_ids as number[])] }, 'Sales, Support'],
    ];
    for (const [action, options, text] of cases) {
      const put = await h.json<{ ivr_route: RouteJson }>('PUT', `${routes()}/${route.id}`, { ivr_route: { action, options: { ...options } } });
      expect(put.ivr_route).toMatchObject({ action, option_text: text });
    }
    const renamed = await h.json<{ ivr_route: RouteJson }>('PUT', `${routes()}/${route.id}.json`, { ivr_route: { keypress: '7' } });
    expect(renamed.ivr_route).toMatchObject({ keypress: '7', action: 'voicemail' });
  });

  it('the "default" route and * and # are keys like the others, once per menu', async () => {
    const star = await h.api('POST', routes(), { ivr_route: { keypress: '*', action: 'menu', options: { menu_id: technical.id } } });
    expect(star.status).toBe(201);
    const twice = await h.api('POST', routes(), { ivr_route: { keypress: 'default', action: 'group', options: { group_ids: [sales] } } });
    expect(await refused(twice)).toEqual({ keypress: ['DuplicateValue'] });
    const moved = await h.api('PUT', `${routes()}/${routeOf('default').id}`, { ivr_route: { action: 'voicemail', options: { group_ids: [sales] } } });
    expect(moved.status).toBe(200);
  });

  it('refuses unknown actions and keys, missing options, bad references, and changes nothing', async () => {
    const before = await h.json('GET', routes());
    const id = routeOf('1').id;
    const put = (route: unknown) => h.api('PUT', `${routes()}/${id}`, { ivr_route: route });
    expect(await refused(await put({ action: 'hangup' }))).toEqual({ action: ['InvalidValue'] });
    expect(await refused(await put({ keypress: '10' }))).toEqual({ keypress: ['InvalidValue'] });
    expect(await refused(await put({ action: 'menu' }))).toEqual({ options: ['BlankValue'] });
    expect(await refused(await put({ action: 'textback', options: { sms_text: '  ' } }))).toEqual({ options: ['InvalidValue'] });
    expect(await refused(await put({ options: { group_ids: [] } }))).toEqual({ options: ['InvalidValue'] });
    expect(await refused(await put({ options: { group_ids: [42] } }))).toEqual({ options: ['InvalidValue'] });
    expect(await refused(await put({ options: { group_ids: ['1'] } }))).toEqual({ options: ['InvalidValue'] });
    expect(await refused(await put({ action: 'phone_number', options: { phone_number: '555-0100' } }))).toEqual({ options: ['InvalidValue'] });
    expect(await refused(await put({ action: 'menu', options: { menu_id: main.id } }))).toEqual({ options: ['InvalidValue'] });
    const post = await h.api('POST', routes(), { ivr_route: { options: { group_ids: [sales] } } });
    expect(await refused(post)).toEqual({ keypress: ['BlankValue'], action: ['BlankValue'] });
    expect(await h.json('GET', routes())).toEqual(before);
  });

  it('ignores fields a write does not take: read-only, unknown, options of another action', async () => {
    const id = routeOf('1').id;
    const res = await h.api('PUT', `${routes()}/${id}`, {
      ivr_route: { id: 1, option_text: 'x', greeting: 'y', keys: '9', options: { group_ids: [sales], menu_id: technical.id } },
      extra: true,
    });
    expect(res.status).toBe(200);
    expect(await readRoute(id)).toEqual({ id, keypress: '1', action: 'group', options: { group_ids: [sales] }, greeting: null, option_text: 'Sales' });
  });

  it('keeps overflow_options as sent (the documents give no type)', async () => {
    const id = routeOf('1').id;
    await h.json('PUT', `${routes()}/${id}`, { ivr_route: { overflow_options: [{ max_wait: 60 }] } });
    expect((await readRoute(id)).overflow_options).toEqual([{ max_wait: 60 }]);
  });

  it('a missing wrapper is 400; unknown ids, or a route under another menu, are 404', async () => {
    const id = routeOf('1').id;
    const noWrapper = await h.api('PUT', `${routes()}/${id}`, { keypress: '1' });
    expect(noWrapper.status).toBe(400);
    expect(await noWrapper.json()).toEqual({ error: 'ParameterMissing', description: 'Missing parameter: ivr_route' });
    for (const path of [`${routes()}/999`, `${routes()}/abc`, `${routesPath(ivrId, technical.id)}/${id}`, `${routesPath(1, main.id)}/${id}`]) {
      const res = await h.api('GET', path);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: 'RecordNotFound', description: 'Not found' });
    }
  });
});
