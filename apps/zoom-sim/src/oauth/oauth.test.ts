import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../demo-credentials';
import { basicAuth, startHarness, trackingId } from '../testing/harness';
import type { Harness } from '../testing/harness';

let h: Harness;
afterEach(async () => h?.close());

const tokenUrl = (url: string, account: string = DEMO_CREDENTIALS.accountId) =>
  `${url}/oauth/token?grant_type=account_credentials&account_id=${account}`;

describe('Server-to-Server OAuth', () => {
  it('issues a bearer token with Zoom’s response shape', async () => {
    h = await startHarness();
    const res = await fetch(tokenUrl(h.url), { method: 'POST', headers: { authorization: basicAuth('demo-client', 'demo-secret') } });
    expect(res.status).toBe(200);
    expect(trackingId(res)).toMatch(/^SIM_[0-9a-f]{32}$/);
    const body = ((await res.json()) as { access_token: string; token_type: string; expires_in: number; scope: string });
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 3600 });
    // By default the app holds the granular scope of every operation the simulator implements.
    expect(body.scope.split(' ')).toEqual(expect.arrayContaining(['phone:read:list_users:admin', 'phone:update:auto_receptionist_ivr:admin']));
  });

  it('also reads grant_type and account_id from a form body', async () => {
    h = await startHarness();
    const res = await fetch(`${h.url}/oauth/token`, {
      method: 'POST',
      headers: { authorization: basicAuth('demo-client', 'demo-secret'), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=account_credentials&account_id=demo-account',
    });
    expect(res.status).toBe(200);
  });

  it('answers 401 invalid_client for a wrong client secret or missing Basic auth', async () => {
    h = await startHarness();
    for (const headers of [{ authorization: basicAuth('demo-client', 'wrong') }, {}] as Array<Record<string, string>>) {
      const res = await fetch(tokenUrl(h.url), { method: 'POST', headers });
      expect(res.status).toBe(401);
      expect(trackingId(res)).toBeTruthy();
      expect(((await res.json()) as { reason: string; error: string })).toEqual({ reason: 'Invalid client_id or client_secret', error: 'invalid_client' });
    }
  });

  it('answers 400 invalid_request for another account and unsupported_grant_type for another grant', async () => {
    h = await startHarness();
    const auth = { authorization: basicAuth('demo-client', 'demo-secret') };
    const wrongAccount = await fetch(tokenUrl(h.url, 'someone-else'), { method: 'POST', headers: auth });
    expect(wrongAccount.status).toBe(400);
    expect(((await wrongAccount.json()) as { error: string }).error).toBe('invalid_request');
    const wrongGrant = await fetch(`${h.url}/oauth/token?grant_type=client_credentials&account_id=demo-account`, { method: 'POST', headers: auth });
    expect(wrongGrant.status).toBe(400);
    expect(((await wrongGrant.json()) as { error: string }).error).toBe('unsupported_grant_type');
  });

  it('rejects /v2 calls without, with an unknown, or with an expired token: 401 code 124', async () => {
    let now = Date.parse('2026-03-10T12:00:00Z');
    h = await startHarness({ clock: () => now, tokenTtlSeconds: 60 });
    const token = await h.token();
    const call = (authorization?: string) =>
      fetch(`${h.url}/v2/phone/users`, { headers: authorization ? { authorization } : {} });

    for (const res of [await call(), await call('Bearer not-a-token'), await call(`Basic ${token}`)]) {
      expect(res.status).toBe(401);
      expect(trackingId(res)).toBeTruthy();
      expect(await res.json()).toEqual({ code: 124, message: 'Invalid access token.' });
    }
    expect((await call(`Bearer ${token}`)).status).toBe(200);
    now += 59_000;
    expect((await call(`Bearer ${token}`)).status).toBe(200);
    now += 1_000;
    const expired = await call(`Bearer ${token}`);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ code: 124, message: 'Access token has expired.' });
  });

  it('expireTokens fault invalidates issued tokens; a new token works', async () => {
    h = await startHarness();
    const old = await h.token();
    expect((await h.control('POST', '/faults', { expireTokens: true })).status).toBe(200);
    const res = await fetch(`${h.url}/v2/phone/users`, { headers: { authorization: `Bearer ${old}` } });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 124, message: 'Access token has expired.' });
    const fresh = await h.token();
    expect((await fetch(`${h.url}/v2/phone/users`, { headers: { authorization: `Bearer ${fresh}` } })).status).toBe(200);
  });
});

describe('scopes', () => {
  let s: Harness;
  afterEach(async () => s?.close());

  it('a token carries exactly the scopes set with POST /__sim/faults {scopes}; a call that needs another answers 4711', async () => {
    s = await startHarness();
    await s.control('POST', '/faults', { scopes: ['phone:read:list_users:admin', 'phone:read:auto_receptionist_ivr:admin'] });
    const res = await fetch(tokenUrl(s.url, 'demo-account'), { method: 'POST', headers: { authorization: basicAuth('demo-client', 'demo-secret') } });
    const body = (await res.json()) as { access_token: string; scope: string };
    expect(body.scope).toBe('phone:read:list_users:admin phone:read:auto_receptionist_ivr:admin');
    const call = (method: string, path: string, payload?: unknown) =>
      fetch(`${s.url}/v2${path}`, {
        method,
        headers: { authorization: `Bearer ${body.access_token}`, ...(payload ? { 'content-type': 'application/json' } : {}) },
        ...(payload ? { body: JSON.stringify(payload) } : {}),
      });
    expect((await call('GET', '/phone/users')).status).toBe(200);
    const ars = await call('GET', '/phone/auto_receptionists');
    expect(ars.status).toBe(400);
    expect(await ars.json()).toEqual({ code: 4711, message: 'Invalid access token, does not contain scopes:[phone:read:admin, phone:read:list_auto_receptionists:admin].' });
    const write = await call('PATCH', '/phone/auto_receptionists/any/ivr', { key_action: { key: '1', action: -1 } });
    expect(write.status).toBe(400);
    expect(((await write.json()) as { message: string }).message).toContain('phone:update:auto_receptionist_ivr:admin');
  });

  it('a classic scope such as phone:read:admin allows every phone read', async () => {
    s = await startHarness();
    await s.control('POST', '/faults', { scopes: ['phone:read:admin'] });
    expect((await s.api('GET', '/phone/auto_receptionists')).status).toBe(200);
    expect((await s.api('PATCH', '/phone/auto_receptionists/any/ivr', {})).status).toBe(400);
  });
});
