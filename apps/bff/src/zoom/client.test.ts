// The Zoom client against the simulator: tokens, retries, parsing, paging.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { zoomAutoReceptionistListSchema } from '@switchboard/zoom-schema/phone-auto-receptionists';
import { zoomPhoneUserListSchema } from '@switchboard/zoom-schema/phone-users';
import { zoomSiteListSchema } from '@switchboard/zoom-schema/phone-sites';
import { ZoomClient } from './client';
import { RollingWindowLimiter } from './rate-limiter';
import { OAuthTokenCache } from './token-cache';
import { ZOOM_OPERATIONS } from '@switchboard/zoom-schema/operations';
import { ZoomApiError, isNotFoundFor } from './zoom-error';
import { simClient, simControl, simRequests, startTestSim, unlimited } from './testing';
import type { Sim } from './testing';

let sim: Sim;
beforeAll(async () => {
  sim = await startTestSim({ plan: 'pro' });
});
afterAll(() => sim.close());
afterEach(() => simControl(sim, 'reset'));

const fastRetry = { maxRetries: 3, baseDelayMs: 20, maxDelayMs: 200 };
const sites = (c: ZoomClient) => c.get('/phone/sites', { label: 'medium', schema: zoomSiteListSchema });
const tokenRequests = async () => (await simRequests(sim)).filter((r) => r.path === '/oauth/token');

describe('tokens', () => {
  test('many concurrent first calls share one token request (single flight)', async () => {
    const client = simClient(sim, { limiter: RollingWindowLimiter.forPlan('business') });
    const results = await Promise.all(Array.from({ length: 15 }, () => sites(client)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(await tokenRequests()).toHaveLength(1);
  });

  test('an expired token (401, code 124) is refreshed once and the call retried', async () => {
    const client = simClient(sim);
    await sites(client);
    await simControl(sim, 'faults', { expireTokens: true });
    const res = await sites(client);
    expect(res.status).toBe(200);
    const log = (await simRequests(sim)).map((r) => `${r.path} ${r.status}`);
    expect(log).toEqual([
      '/oauth/token 200',
      '/v2/phone/sites 200',
      '/v2/phone/sites 401',
      '/oauth/token 200',
      '/v2/phone/sites 200',
    ]);
  });

  test('concurrent 401s after expiry still cause only one new token request', async () => {
    const client = simClient(sim, { limiter: RollingWindowLimiter.forPlan('business') });
    await sites(client);
    await simControl(sim, 'faults', { expireTokens: true });
    await Promise.all(Array.from({ length: 8 }, () => sites(client)));
    expect(await tokenRequests()).toHaveLength(2);
  });

  test('a token close to expiry is replaced before Zoom rejects it', async () => {
    let now = 1_000_000;
    const tokens = new OAuthTokenCache({
      oauthBaseUrl: sim.url,
      credentials: { accountId: 'demo-account', clientId: 'demo-client', clientSecret: 'demo-secret' },
      refreshAheadMs: 60_000,
      now: () => now,
    });
    const first = await tokens.getToken();
    now += 3_600_000 - 120_000; // two minutes left: still fine
    expect(await tokens.getToken()).toBe(first);
    now += 90_000; // thirty seconds left: inside the refresh window
    expect(await tokens.getToken()).not.toBe(first);
    expect(await tokenRequests()).toHaveLength(2);
  });

  test('wrong client credentials give an auth error that names the settings, not the secret', async () => {
    const client = simClient(sim, { credentials: { accountId: 'demo-account', clientId: 'demo-client', clientSecret: 'not-the-secret' } });
    const err = await sites(client).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZoomApiError);
    expect((err as ZoomApiError).kind).toBe('auth');
    expect((err as ZoomApiError).message).toMatch(/ZOOM_CLIENT_SECRET/);
    expect((err as ZoomApiError).message).not.toContain('not-the-secret');
  });
});

describe('retries', () => {
  test('5xx answers are retried with backoff until one succeeds', async () => {
    const client = simClient(sim, { retry: fastRetry });
    await simControl(sim, 'faults', { status: 500, times: 2, match: { pathPrefix: '/v2/phone/sites' } });
    const res = await sites(client);
    expect(res.status).toBe(200);
    const statuses = (await simRequests(sim)).filter((r) => r.path === '/v2/phone/sites').map((r) => r.status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  test('retries are bounded: a persistent 503 reaches the caller with its tracking id', async () => {
    const client = simClient(sim, { retry: { maxRetries: 2, baseDelayMs: 10, maxDelayMs: 50 } });
    await simControl(sim, 'faults', { status: 503, match: { pathPrefix: '/v2/phone/sites' } });
    const err = (await sites(client).catch((e: unknown) => e)) as ZoomApiError;
    expect(err).toBeInstanceOf(ZoomApiError);
    expect(err.status).toBe(503);
    expect(err.trackingId).toBeTruthy();
    expect((await simRequests(sim)).filter((r) => r.path === '/v2/phone/sites')).toHaveLength(3);
  });

  test("Zoom's 429 is retried after the Retry-After it sends, never reaching the caller", async () => {
    // No client-side limiter: 30 Medium calls at once exceed Pro's 10/s.
    const client = simClient(sim, { limiter: unlimited });
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 30 }, () => sites(client)));
    const elapsed = performance.now() - started;
    expect(results.every((r) => r.status === 200)).toBe(true);
    const statuses = (await simRequests(sim)).filter((r) => r.path === '/v2/phone/sites').map((r) => r.status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    // The simulator says Retry-After ≥ 1 s; three windows' worth of calls need ≥ 2 s.
    expect(elapsed).toBeGreaterThanOrEqual(2000);
  });

  test('a network failure is retried, then reported as such', async () => {
    const client = new ZoomClient({
      apiBaseUrl: 'http://127.0.0.1:9/v2',
      tokens: { getToken: async () => 'token', invalidate: () => {}, grantedScopes: async () => [] },
      limiter: unlimited,
      retry: { maxRetries: 1, baseDelayMs: 5, maxDelayMs: 10 },
    });
    const err = (await sites(client).catch((e: unknown) => e)) as ZoomApiError;
    expect(err).toBeInstanceOf(ZoomApiError);
    expect(err.kind).toBe('network');
    expect(err.message).toMatch(/could not be reached/);
  });
});

describe('answers', () => {
  test('results carry the tracking id', async () => {
    const res = await sites(simClient(sim));
    expect(res.trackingId).toMatch(/\S+/);
  });

  test('an answer in the wrong shape is a clear invalid_response error, not a crash', async () => {
    const client = simClient(sim);
    const err = (await client
      .get('/phone/sites', { label: 'medium', schema: z.object({ sites: z.array(z.object({ no_such_field: z.string() })) }) })
      .catch((e: unknown) => e)) as ZoomApiError;
    expect(err).toBeInstanceOf(ZoomApiError);
    expect(err.kind).toBe('invalid_response');
    expect(err.message).toMatch(/not in the expected shape at sites\.0\.no_such_field/);
    expect(err.trackingId).toBeTruthy();
  });

  test("Zoom's error answers keep status, code and message; not-found is read by the operation's documented meaning", async () => {
    const client = simClient(sim);
    const err = (await client
      .get('/phone/auto_receptionists/does-not-exist', { label: 'medium', schema: zoomAutoReceptionistListSchema })
      .catch((e: unknown) => e)) as ZoomApiError;
    // Zoom documents an unknown auto receptionist as 400 "Validation Failed." (code 300), not a 404.
    expect(err.kind).toBe('http');
    expect(err).toMatchObject({ status: 400, code: 300, message: 'Validation Failed.' });
    expect(err.isNotFound).toBe(false);
    expect(isNotFoundFor(ZOOM_OPERATIONS.getAutoReceptionist, err)).toBe(true);
    const ivr = (await client.get('/phone/auto_receptionists/does-not-exist/ivr', { label: 'light', schema: null }).catch((e: unknown) => e)) as ZoomApiError;
    expect(ivr).toMatchObject({ status: 400, code: 400, message: 'Auto Receptionist does not exist: does-not-exist.' });
    expect(isNotFoundFor(ZOOM_OPERATIONS.getIvr, ivr)).toBe(true);
  });

  test('a token without the needed scope: Zoom code 4711 becomes a scope error naming the scope', async () => {
    await simControl(sim, 'faults', { scopes: ['phone:read:list_users:admin'] });
    const client = simClient(sim);
    const err = (await client.get('/phone/auto_receptionists', { label: 'medium', schema: zoomAutoReceptionistListSchema }).catch((e: unknown) => e)) as ZoomApiError;
    expect(err.kind).toBe('scope');
    expect(err.scopes).toEqual(['phone:read:admin', 'phone:read:list_auto_receptionists:admin']);
    expect(err.message).toMatch(/lacks the scope phone:read:admin or phone:read:list_auto_receptionists:admin/);
    expect(await client.grantedScopes()).toEqual(['phone:read:list_users:admin']);
  });

  test('paginate follows next_page_token to the last page', async () => {
    const client = simClient(sim, { limiter: RollingWindowLimiter.forPlan('business') });
    const all = await client.paginate(ZOOM_OPERATIONS.listUsers, { key: 'users', schema: zoomPhoneUserListSchema });
    const first = (await simRequests(sim)).find((r) => r.path === '/v2/phone/users');
    expect(first?.query.page_size).toBe('100'); // the list's documented maximum
    await simControl(sim, 'requests', undefined, 'DELETE');
    const paged = await client.paginate({ ...ZOOM_OPERATIONS.listUsers, pageSizeMax: 7 }, { key: 'users', schema: zoomPhoneUserListSchema });
    expect(all.items.length).toBeGreaterThanOrEqual(40);
    expect(paged.items.map((u) => u.id)).toEqual(all.items.map((u) => u.id));
    const pages = (await simRequests(sim)).filter((r) => r.path === '/v2/phone/users');
    expect(pages).toHaveLength(Math.ceil(all.items.length / 7));
    expect(pages.slice(1).every((p) => typeof p.query.next_page_token === 'string')).toBe(true);
  });
});
