// Switchboard exists to show what Zoom silently drops; its own API drops
// nothing: an unknown field in any request body, or an unknown query
// parameter, is a 400 that names it. Every registered /api route with a body
// or querystring schema is found (a new route cannot escape) and probed.
// A menu sent back exactly as GET …/ivr returned it stays accepted.
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { IvrResponse } from '@switchboard/contract/ivr';
import app from '../../app';
import { loadConfig } from '../../config/env';
import { NO_WEB_DIST, signIn, testDatabase } from '../../testing/harness';
import type { SignedIn } from '../../testing/harness';

interface RouteSchemas {
  method: string;
  url: string;
  body: boolean;
  querystring: boolean;
}

let bff: FastifyInstance;
let admin: SignedIn;
const routes: RouteSchemas[] = [];

beforeAll(async () => {
  // Built here rather than with createTestApp so an onRoute hook can see each route's schema.
  bff = Fastify({ logger: false, routerOptions: { maxParamLength: 200 } });
  bff.addHook('onRoute', (r) => {
    if (!r.url.startsWith('/api')) return;
    for (const method of ([] as string[]).concat(r.method)) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: r.url, body: Boolean(r.schema?.body), querystring: Boolean(r.schema?.querystring) });
    }
  });
  await bff.register(fp(app), { config: loadConfig({ WEB_DIST: NO_WEB_DIST, LOG_LEVEL: 'silent' }), database: await testDatabase() });
  await bff.ready();
  admin = await signIn(bff, 'admin');
});
afterAll(() => bff.close());

/** Path parameters that pass every id schema (Zoom ids and UUIDs alike): validation must get to the body and query. */
const withParams = (url: string) =>
  url.replace(/:(\w+)/g, (_, name: string) => (['ivrId', 'menuId'].includes(name) ? '10001' : '00000000-0000-4000-8000-000000000000'));

describe('unknown fields are refused with a sentence naming them, on every route', () => {
  test('the routes with a body or query schema are found', () => {
    expect(routes.filter((r) => r.body).map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining(['POST /api/session', 'PUT /api/auto-receptionists/:id/ivr', 'POST /api/jobs/copy-ivr']),
    );
    expect(routes.filter((r) => r.querystring).map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining(['GET /api/audit', 'GET /api/directory', 'GET /api/auto-receptionists/:id/ivr']),
    );
  });

  test('an unknown body field', async () => {
    const withBody = routes.filter((r) => r.body);
    expect(withBody.length).toBeGreaterThanOrEqual(5);
    for (const r of withBody) {
      const res = await bff.inject({
        method: r.method as 'POST',
        url: withParams(r.url),
        headers: admin.writeHeaders,
        payload: { sneakyField: 1 },
      });
      expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBe(400);
      expect(res.json().error.message, `${r.method} ${r.url}`).toBe(
        'The request body has a field Switchboard does not know: "sneakyField". Check its spelling; nothing was changed.',
      );
      expect(res.json().error.details).toEqual({ field: 'body.sneakyField' });
    }
  });

  test('an unknown query parameter', async () => {
    const withQuery = routes.filter((r) => r.querystring);
    expect(withQuery.length).toBeGreaterThanOrEqual(6);
    for (const r of withQuery) {
      const res = await bff.inject({ method: r.method as 'GET', url: `${withParams(r.url)}?sneakyParam=1`, headers: admin.writeHeaders });
      expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBe(400);
      expect(res.json().error.message, `${r.method} ${r.url}`).toBe(
        'The request has a query parameter Switchboard does not know: "sneakyParam". Check its spelling.',
      );
    }
  });
});

describe('the menu a browser sends back', () => {
  let arId = '';
  let read: IvrResponse;
  beforeAll(async () => {
    const list = await bff.autoReceptionists.list({});
    arId = list.items.find((a) => a.name.startsWith('Main Line'))!.id;
    const res = await bff.inject({ url: `/api/auto-receptionists/${arId}/ivr`, headers: admin.headers });
    read = res.json() as IvrResponse;
  });

  test('exactly as GET …/ivr returned it (targets with name, extensionNumber and type) is accepted by plan and apply', async () => {
    const targets = Object.values(read.menu.keys).flatMap((k) => (k.target ? [k.target] : []));
    expect(targets.some((t) => t.name && t.extensionNumber && t.type)).toBe(true);
    const body = { hours: 'business', baseVersion: read.version, menu: read.menu, baseMenu: read.menu };
    const plan = await bff.inject({ method: 'POST', url: `/api/auto-receptionists/${arId}/ivr/plan`, headers: admin.writeHeaders, payload: body });
    expect(plan.statusCode, plan.body).toBe(200);
    expect(plan.json().ops).toEqual([]);
    const apply = await bff.inject({ method: 'PUT', url: `/api/auto-receptionists/${arId}/ivr`, headers: admin.writeHeaders, payload: body });
    expect(apply.statusCode, apply.body).toBe(200);
    expect(apply.json().outcome).toBe('no_change');
  });

  test('an unknown field deep in the menu, or in the menu it started from, is named with its path', async () => {
    const key = Object.entries(read.menu.keys).find(([, k]) => k.target)![0];
    const menu = structuredClone(read.menu) as unknown as { keys: Record<string, { target: Record<string, unknown> }> };
    menu.keys[key]!.target.extension_id = 'x';
    const res = await bff.inject({
      method: 'POST',
      url: `/api/auto-receptionists/${arId}/ivr/plan`,
      headers: admin.writeHeaders,
      payload: { hours: 'business', baseVersion: read.version, menu },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      `The request body has a field Switchboard does not know: "menu.keys.${key}.target.extension_id". Check its spelling; nothing was changed.`,
    );
    const base = await bff.inject({
      method: 'PUT',
      url: `/api/auto-receptionists/${arId}/ivr`,
      headers: admin.writeHeaders,
      payload: { hours: 'business', baseVersion: read.version, menu: read.menu, baseMenu: { ...read.menu, greeting: 'x' } },
    });
    expect(base.statusCode).toBe(400);
    expect(base.json().error.message).toMatch(/^The request body has a field Switchboard does not know: "baseMenu.greeting"\./);
  });
});
