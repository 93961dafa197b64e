import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildSimulator } from '../server';
import { routesPath, supportMenus } from '../testing/fixtures';
import { IVR_PATH, startHarness } from '../testing/harness';
import type { Harness } from '../testing/harness';
import type { MenuJson, RouteJson } from '../testing/shapes';
import type { LoggedRequest } from './request-log';

let h: Harness;
let routes: string;
let main: MenuJson;

beforeAll(async () => {
  h = await startHarness();
  const found = await supportMenus(h);
  main = found.main;
  routes = routesPath(found.ivr.id, main.id);
});
afterAll(async () => h.close());
beforeEach(async () => {
  await h.control('POST', '/reset');
});

const requests = async () => ((await (await h.control('GET', '/requests')).json()) as { requests: LoggedRequest[] }).requests;
const key1 = () => main.routes.find((r) => r.keypress === '1') as RouteJson;
const readRoutes = async () => (await h.json<{ ivr_routes: RouteJson[] }>('GET', routes)).ivr_routes;

describe('dropWrites: answers success and changes nothing', () => {
  it('PUT answers 200 with the route as changed; POST 201 with a new route; DELETE 200; a read-back shows none of it', async () => {
    await h.control('POST', '/faults', { dropWrites: true });
    const before = await readRoutes();
    const put = await h.api('PUT', `${routes}/${key1().id}`, { ivr_route: { action: 'voicemail' } });
    expect(put.status).toBe(200);
    expect(((await put.json()) as { ivr_route: RouteJson }).ivr_route).toMatchObject({ action: 'voicemail', options: key1().options });
    const post = await h.api('POST', routes, { ivr_route: { keypress: '8', action: 'textback', options: { sms_text: 'Hi' } } });
    expect(post.status).toBe(201);
    expect(((await post.json()) as { ivr_route: RouteJson }).ivr_route).toMatchObject({ keypress: '8', option_text: 'Hi' });
    expect((await h.api('DELETE', `${routes}/${key1().id}`)).status).toBe(200);
    expect((await h.api('POST', IVR_PATH, { ivr: { name: 'Ghost' } })).status).toBe(201);
    expect(await readRoutes()).toEqual(before);
    expect((await h.json<{ count: number }>('GET', IVR_PATH)).count).toBe(2);
  });

  it('validation still runs; GET /__sim/faults shows it on; reset turns it off', async () => {
    await h.control('POST', '/faults', { dropWrites: true });
    expect((await h.api('PUT', `${routes}/${key1().id}`, { ivr_route: { action: 'hangup' } })).status).toBe(422);
    expect(((await (await h.control('GET', '/faults')).json()) as { dropWrites: boolean }).dropWrites).toBe(true);
    await h.control('POST', '/reset');
    await h.json('PUT', `${routes}/${key1().id}`, { ivr_route: { keypress: '6' } });
    expect((await readRoutes()).map((r) => r.keypress)).toContain('6');
  });
});

describe('injected errors', () => {
  it('500 on exactly the third of five PUTs (match + afterCount + times), Zendesk’s body; the others land', async () => {
    const rule = { status: 500, match: { method: 'PUT', pathPrefix: '/channels/voice/ivr' }, afterCount: 2, times: 1 };
    expect((await h.control('POST', '/faults', rule)).status).toBe(200);
    const ids = main.routes.slice(0, 5).map((r) => r.id);
    const statuses: number[] = [];
    for (const [i, id] of ids.entries()) {
      const res = await h.api('PUT', `${routes}/${id}`, { ivr_route: { keypress: ['5', '6', '7', '8', '#'][i] } });
      statuses.push(res.status);
      if (res.status === 500) expect(await res.json()).toEqual({ error: 'InternalServerError', description: 'Internal Server Error' });
    }
    expect(statuses).toEqual([200, 200, 500, 200, 200]);
    const failed = (await requests()).find((r) => r.status === 500);
    expect(failed?.body).toEqual({ ivr_route: { keypress: '7' } });
    expect((await readRoutes()).find((r) => r.id === ids[2])?.keypress).toBe(main.routes[2]?.keypress);
  });

  it('a 429 carries Retry-After; error and description override the body; GETs pass a WRITE-only rule', async () => {
    await h.control('POST', '/faults', { status: 429, retryAfterSeconds: 7, match: { method: 'WRITE' } });
    const res = await h.api('POST', IVR_PATH, { ivr: { name: 'X' } });
    expect([res.status, res.headers.get('retry-after')]).toEqual([429, '7']);
    expect((await h.api('GET', IVR_PATH)).status).toBe(200);
    await h.control('DELETE', '/faults');
    await h.control('POST', '/faults', { status: 503, error: 'Maintenance', description: 'Back soon' });
    expect(await (await h.api('GET', IVR_PATH)).json()).toEqual({ error: 'Maintenance', description: 'Back soon' });
  });

  it('rate 0.3 fails roughly three in ten requests, the same ones after a reset', async () => {
    const run = async () => {
      await h.control('POST', '/faults', { status: 500, rate: 0.3 });
      const out: number[] = [];
      for (let i = 0; i < 60; i++) out.push((await h.api('GET', '/api/v2/groups')).status);
      return out;
    };
    const first = await run();
    const failures = first.filter((s) => s === 500).length;
    expect(failures).toBeGreaterThan(8);
    expect(failures).toBeLessThan(30);
    await h.control('POST', '/reset');
    expect(await run()).toEqual(first);
  });

  it('latencyMs delays API answers', async () => {
    await h.control('POST', '/faults', { latencyMs: 200 });
    const started = performance.now();
    expect((await h.api('GET', IVR_PATH)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('refuses unknown fault fields and rule fields without a status, with a sentence', async () => {
    for (const body of [{ dropwrites: true }, { rate: 0.5 }, { rateLimit: 'team' }]) {
      const res = await h.control('POST', '/faults', body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { description: string }).description).toMatch(/^Invalid fault/);
    }
  });
});

describe('request log and reset', () => {
  it('records /api calls oldest first as sent (.json kept) with query, body, status and time; DELETE clears it', async () => {
    await h.api('GET', `${IVR_PATH}.json?per_page=1`);
    await h.api('PUT', `${routes}/${key1().id}`, { ivr_route: { action: 'nope' } });
    await h.control('GET', '/faults');
    const log = await requests();
    expect(log.map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', `${IVR_PATH}.json`, 200],
      ['PUT', `${routes}/${key1().id}`, 422],
    ]);
    expect(log[0]?.query).toEqual({ per_page: '1' });
    expect(log[1]?.body).toEqual({ ivr_route: { action: 'nope' } });
    expect(Date.parse(log[0]?.at ?? '')).not.toBeNaN();
    expect((await h.control('DELETE', '/requests')).status).toBe(204);
    expect(await requests()).toEqual([]);
  });

  it('reset restores the seeded account and clears faults and the log', async () => {
    await h.json('DELETE', `${routes}/${key1().id}`);
    await h.control('POST', '/faults', { dropWrites: true, latencyMs: 5, status: 500, match: { method: 'DELETE' }, rateLimit: 'enterprise' });
    expect((await h.control('POST', '/reset')).status).toBe(204);
    expect(await readRoutes()).toEqual(main.routes);
    expect(await (await h.control('GET', '/faults')).json()).toEqual({ dropWrites: false, latencyMs: 0, errors: [], rateLimit: 'off' });
    expect((await requests()).map((r) => r.path)).toEqual([routes]);
  });

  it('the control plane refuses non-loopback clients', async () => {
    const app = buildSimulator();
    const res = await app.inject({ method: 'GET', url: '/__sim/requests', remoteAddress: '10.1.2.3' });
    expect(res.statusCode).toBe(403);
    await app.close();
  });
});
