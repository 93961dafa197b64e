// TRUST_PROXY decides whose X-Forwarded-For / -Proto / -Host count: the
// address the sign-in limits key on, the cookie's Secure flag and the
// same-site check on writes.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../../../build-app';
import { ConfigError } from '../../../config/env';
import { addTestUser, createTestApp } from '../../../testing/harness';

const PROXY_HEADERS = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.1, 203.0.113.9' };

function client(app: FastifyInstance) {
  const login = (email: string, password: string, remoteAddress: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/session', payload: { email, password }, remoteAddress, headers });
  /** Where the sign-in limits counted a failed attempt for this email. */
  const failedFrom = async (email: string) =>
    (await app.database.db.selectFrom('login_attempts').select('ip').where('email', '=', email).execute()).map((r) => r.ip);
  return { login, failedFrom };
}

const secureCookie = (res: Awaited<ReturnType<FastifyInstance['inject']>>) => {
  expect(res.statusCode).toBe(200);
  return Boolean(res.cookies.find((c) => c.name === 'sb_session')!.secure);
};

/** Sign out through a proxy that talks to the BFF as 127.0.0.1:3000 and forwards the browser's host. */
async function signOutThroughProxy(app: FastifyInstance, session: Awaited<ReturnType<FastifyInstance['inject']>>) {
  const cookie = session.cookies.find((c) => c.name === 'sb_session')!;
  return app.inject({
    method: 'DELETE',
    url: '/api/session',
    remoteAddress: '127.0.0.1',
    headers: {
      host: '127.0.0.1:3000',
      origin: 'https://console.example.com',
      'x-forwarded-host': 'console.example.com',
      cookie: `sb_session=${cookie.value}`,
      'x-csrf-token': (session.json() as { csrfToken: string }).csrfToken,
    },
  });
}

describe('TRUST_PROXY unset: forwarded headers are ignored', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  test('X-Forwarded-Proto does not make the cookie Secure on loopback HTTP; failures count for the socket address', async () => {
    const { login, failedFrom } = client(app);
    const u = await addTestUser(app, 'noproxy');
    expect(secureCookie(await login(u.email, u.password, '127.0.0.1', PROXY_HEADERS))).toBe(false);
    expect((await login(u.email, 'wrong', '127.0.0.9', PROXY_HEADERS)).statusCode).toBe(401);
    expect(await failedFrom(u.email)).toEqual(['127.0.0.9']);
  });

  test('X-Forwarded-Host does not vouch for a cross-site Origin', async () => {
    const u = await addTestUser(app, 'noproxy-host');
    const session = await client(app).login(u.email, u.password, '127.0.0.1');
    expect((await signOutThroughProxy(app, session)).statusCode).toBe(403);
  });
});

describe('TRUST_PROXY=127.0.0.1: that proxy is believed, no one else', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp({ env: { TRUST_PROXY: '127.0.0.1' } });
  });
  afterAll(() => app.close());

  test('from the proxy: the cookie is Secure and failures count for the address the proxy saw', async () => {
    const { login, failedFrom } = client(app);
    const u = await addTestUser(app, 'proxy');
    expect(secureCookie(await login(u.email, u.password, '127.0.0.1', { ...PROXY_HEADERS, host: '127.0.0.1:3000' }))).toBe(true);
    expect((await login(u.email, 'wrong', '127.0.0.1', PROXY_HEADERS)).statusCode).toBe(401);
    expect(await failedFrom(u.email)).toEqual(['203.0.113.9']);
  });

  test('from anyone else the same headers are ignored', async () => {
    const { login, failedFrom } = client(app);
    const u = await addTestUser(app, 'not-proxy');
    expect(secureCookie(await login(u.email, u.password, '10.9.9.9', PROXY_HEADERS))).toBe(false);
    expect((await login(u.email, 'wrong', '10.9.9.9', PROXY_HEADERS)).statusCode).toBe(401);
    expect(await failedFrom(u.email)).toEqual(['10.9.9.9']);
  });

  test('writes through the proxy are same-site when X-Forwarded-Host matches the Origin', async () => {
    const u = await addTestUser(app, 'proxy-host');
    const session = await client(app).login(u.email, u.password, '127.0.0.1', PROXY_HEADERS);
    expect((await signOutThroughProxy(app, session)).statusCode).toBe(204);
  });
});

describe('TRUST_PROXY=1: one hop in front of the BFF', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp({ env: { TRUST_PROXY: '1' } });
  });
  afterAll(() => app.close());

  test('the address the nearest proxy saw is the client, whatever the client wrote before it', async () => {
    const { login, failedFrom } = client(app);
    const u = await addTestUser(app, 'hop');
    expect(secureCookie(await login(u.email, u.password, '10.0.0.5', PROXY_HEADERS))).toBe(true);
    expect((await login(u.email, 'wrong', '10.0.0.5', PROXY_HEADERS)).statusCode).toBe(401);
    expect(await failedFrom(u.email)).toEqual(['203.0.113.9']);
  });
});

test('a bad TRUST_PROXY refuses to build the app, with a sentence', async () => {
  const build = buildApp({ env: { LOG_LEVEL: 'silent', TRUST_PROXY: '10.0.0.0/40' } });
  await expect(build).rejects.toThrow(ConfigError);
  await expect(build).rejects.toThrow(/TRUST_PROXY must be false, true, a number of proxy hops, or a comma-separated list .*"10\.0\.0\.0\/40" is not an IP address or range\./);
});
