import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IvrRead } from '../testing/shapes';
import { buildSimulator } from '../server';
import { mainAr, someUser } from '../testing/fixtures';
import { startHarness, trackingId } from '../testing/harness';
import type { Harness } from '../testing/harness';
import type { LoggedRequest } from './request-log';

let h: Harness;
let arId: string;
beforeAll(async () => {
  h = await startHarness();
  arId = (await mainAr(h)).id;
});
afterAll(async () => h.close());
beforeEach(async () => {
  await h.control('POST', '/reset');
});

const ivrPath = () => `/phone/auto_receptionists/${arId}/ivr`;
const readKey = async (key: string) =>
  (await h.json<IvrRead>('GET', ivrPath())).key_actions.find((k) => k.key === key);
const patchKey = (key: string, action: number) => h.api('PATCH', ivrPath(), { key_action: { key, action } });
const requests = async () => ((await (await h.control('GET', '/requests')).json()) as { requests: LoggedRequest[] }).requests;

describe('request log', () => {
  it('records /v2 and /oauth calls oldest first with method, path, query, body, status and time; DELETE clears it', async () => {
    await h.api('GET', `${ivrPath()}?hours_type=closed_hours`);
    await h.api('PATCH', ivrPath(), { key_action: { key: '7', action: 21 } });
    await h.control('GET', '/faults');
    const log = await requests();
    expect(log.map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', `/v2${ivrPath()}`, 200],
      ['PATCH', `/v2${ivrPath()}`, 400],
    ]);
    expect(log[0]?.query).toEqual({ hours_type: 'closed_hours' });
    expect(log[1]?.body).toEqual({ key_action: { key: '7', action: 21 } });
    expect(Date.parse(log[0]?.at ?? '')).not.toBeNaN();
    expect((await h.control('DELETE', '/requests')).status).toBe(204);
    expect(await requests()).toEqual([]);
  });
});

describe('faults', () => {
  it('dropWrites: PATCH answers 204 and nothing changes; validation still runs', async () => {
    await h.control('POST', '/faults', { dropWrites: true });
    expect((await patchKey('7', 100)).status).toBe(204);
    expect((await readKey('7'))?.action).toBe(-1);
    expect((await patchKey('7', 21)).status).toBe(400);
    const faults = (await (await h.control('GET', '/faults')).json()) as { dropWrites: boolean };
    expect(faults.dropWrites).toBe(true);
  });

  it('500 on exactly the third of five PATCHes (match + afterCount + times)', async () => {
    const res = await h.control('POST', '/faults', { status: 500, match: { method: 'PATCH', pathPrefix: '/phone/auto_receptionists' }, afterCount: 2, times: 1 });
    expect(res.status).toBe(200);
    const keys = ['3', '4', '5', '6', '7'];
    const before = await h.json<IvrRead>('GET', ivrPath());
    const results: number[] = [];
    for (const key of keys) results.push((await patchKey(key, 100)).status);
    expect(results).toEqual([204, 204, 500, 204, 204]);
    const ivr = await h.json<IvrRead>('GET', ivrPath());
    const untouched = before.key_actions.find((a) => a.key === '5')?.action;
    expect(untouched).not.toBe(100);
    expect(keys.map((k) => ivr.key_actions.find((a) => a.key === k)?.action)).toEqual([100, 100, untouched, 100, 100]);
    const failed = (await requests()).find((r) => r.status === 500);
    expect(failed?.body).toEqual({ key_action: { key: '5', action: 100 } });
  });

  it('an injected error has Zoom’s error shape and a tracking id; GETs are untouched by a PATCH-only rule', async () => {
    await h.control('POST', '/faults', { status: 503, match: { method: 'PATCH' } });
    const res = await patchKey('3', 100);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ code: 503, message: 'Service Unavailable.' });
    expect(trackingId(res)).toBeTruthy();
    expect((await h.api('GET', ivrPath())).status).toBe(200);
  });

  it('rate 0.3 fails roughly three in ten requests, reproducibly', async () => {
    await h.control('POST', '/faults', { status: 500, rate: 0.3 });
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) statuses.push((await h.api('GET', '/phone/sites')).status);
    const failures = statuses.filter((s) => s === 500).length;
    expect(failures).toBeGreaterThan(15);
    expect(failures).toBeLessThan(45);
    await h.control('POST', '/reset');
    await h.control('POST', '/faults', { status: 500, rate: 0.3 });
    const again: number[] = [];
    for (let i = 0; i < 100; i++) again.push((await h.api('GET', '/phone/sites')).status);
    expect(again).toEqual(statuses);
  });

  it('latencyMs delays API answers', async () => {
    await h.control('POST', '/faults', { latencyMs: 250 });
    const started = performance.now();
    expect((await h.api('GET', '/phone/sites')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('refuses unknown fault fields with a sentence', async () => {
    const res = await h.control('POST', '/faults', { dropwrites: true });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/Invalid fault/);
    expect((await h.control('POST', '/faults', { rate: 0.5 })).status).toBe(400);
  });
});

describe('reset', () => {
  it('restores the seeded account and clears faults and the log', async () => {
    const user = await someUser(h);
    await h.api('PATCH', ivrPath(), { key_action: { key: '1', action: 2, target: { extension_id: user.extension_id } } });
    await h.control('POST', '/faults', { dropWrites: true, latencyMs: 5, status: 500, match: { method: 'DELETE' } });
    expect((await readKey('1'))?.action).toBe(2);
    expect((await h.control('POST', '/reset')).status).toBe(204);
    expect((await readKey('1'))?.action).toBe(7);
    expect(await (await h.control('GET', '/faults')).json()).toEqual({ dropWrites: false, latencyMs: 0, scopes: null, errors: [], rateLimit: 'off' });
    expect((await requests()).map((r) => r.path)).toEqual([`/v2${ivrPath()}`]);
  });
});

describe('tracking ids and the control plane', () => {
  it('every response carries a unique x-zm-trackingid: success, 4xx, 404, OAuth error, control plane', async () => {
    const responses = [
      await h.api('GET', '/phone/sites'),
      await h.api('GET', '/phone/sites'),
      await h.api('PATCH', ivrPath(), { key_action: { key: '1', action: 21 } }),
      await h.api('GET', '/phone/nothing-here'),
      await h.api('PATCH', ivrPath(), 'not json', { 'content-type': 'application/json' }),
      await fetch(`${h.url}/oauth/token`, { method: 'POST' }),
      await fetch(`${h.url}/v2/phone/sites`),
      await h.control('GET', '/requests'),
    ];
    const ids = responses.map(trackingId);
    expect(ids.every((id) => typeof id === 'string' && id.length > 10)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(responses[3]?.status).toBe(404);
    expect(responses[4]?.status).toBe(400);
  });

  it('the control plane refuses non-loopback clients', async () => {
    const app = buildSimulator();
    const res = await app.inject({ method: 'GET', url: '/__sim/requests', remoteAddress: '10.1.2.3' });
    expect(res.statusCode).toBe(403);
    expect(res.headers['x-zm-trackingid']).toBeTruthy();
    await app.close();
  });
});
