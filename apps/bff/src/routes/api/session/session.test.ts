// Sign-in, session cookie, CSRF on writes and sign-out (throttling: throttling.test.ts).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD } from '@switchboard/contract/session';
import { createTestApp, signIn } from '../../../testing/harness';

let app: FastifyInstance;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const login = (email: string, password: string, remoteAddress = '127.0.0.1', headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/session', payload: { email, password }, remoteAddress, headers });

describe('sign-in', () => {
  test('sets an httpOnly, SameSite=Strict session cookie and returns user, role and CSRF token', async () => {
    const res = await login('Support@Example.com', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ user: { email: 'support@example.com', name: 'Sam Support' }, role: 'support' });
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
    const cookie = res.cookies.find((c) => c.name === 'sb_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.secure).toBeFalsy(); // plain HTTP on loopback
    expect(cookie.maxAge).toBe(12 * 3600);
    // the database keeps only a hash of the cookie's token
    const stored = await app.database.db.selectFrom('sessions').select('id').execute();
    expect(stored.some((s) => s.id === cookie.value)).toBe(false);
  });

  test('the cookie is Secure when the console is not on loopback HTTP', async () => {
    const res = await login('support@example.com', DEMO_PASSWORD, '127.0.0.1', { host: 'switchboard.example.com' });
    expect(res.cookies.find((c) => c.name === 'sb_session')!.secure).toBe(true);
  });

  test('wrong password and unknown email get the same sentence', async () => {
    const wrong = await login('admin@example.com', 'nope', '10.9.0.1');
    const unknown = await login('ghost@example.com', 'nope', '10.9.0.1');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'unauthenticated', message: "That email and password don't match." } });
      expect(res.cookies).toHaveLength(0);
    }
  });

  test('malformed sign-in bodies are 400 with a sentence', async () => {
    const bad = await login('not-an-email', 'x');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Enter the email address you sign in with/);
    const notJson = await app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.message).toBe('The request body is not valid JSON.');
    const empty = await app.inject({ method: 'POST', url: '/api/session' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(/request body/i);
  });
});

describe('session', () => {
  test('GET /api/session returns the signed-in user; without a valid cookie it is 204 (nobody signed in)', async () => {
    const s = await signIn(app, 'manager');
    const me = await app.inject({ url: '/api/session', headers: s.headers });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ role: 'manager', csrfToken: s.csrfToken });
    const anon = await app.inject({ url: '/api/session' });
    expect(anon.statusCode).toBe(204);
    expect(anon.body).toBe('');
    const forged = await app.inject({ url: '/api/session', headers: { cookie: 'sb_session=forged' } });
    expect(forged.statusCode).toBe(204);
    // …and what needs a session refuses the forged one
    expect((await app.inject({ url: '/api/auto-receptionists', headers: { cookie: 'sb_session=forged' } })).statusCode).toBe(401);
  });

  test('writes need the CSRF header: sign-out without it is refused, with it succeeds', async () => {
    const s = await signIn(app, 'admin');
    const noHeader = await app.inject({ method: 'DELETE', url: '/api/session', headers: s.headers });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().error).toMatchObject({ code: 'csrf' });
    const wrongHeader = await app.inject({ method: 'DELETE', url: '/api/session', headers: { ...s.headers, 'x-csrf-token': 'x'.repeat(43) } });
    expect(wrongHeader.statusCode).toBe(403);
    const otherSite = await app.inject({ method: 'DELETE', url: '/api/session', headers: { ...s.writeHeaders, origin: 'https://evil.example' } });
    expect(otherSite.statusCode).toBe(403);

    const ok = await app.inject({ method: 'DELETE', url: '/api/session', headers: s.writeHeaders });
    expect(ok.statusCode).toBe(204);
    expect(ok.cookies.find((c) => c.name === 'sb_session')?.value).toBe('');
    const after = await app.inject({ url: '/api/session', headers: s.headers });
    expect(after.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/auto-receptionists', headers: s.headers })).statusCode).toBe(401);
  });

  test('an expired session no longer signs anyone in', async () => {
    const s = await signIn(app, 'support');
    await app.database.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('csrf_token', '=', s.csrfToken).execute();
    expect((await app.inject({ url: '/api/session', headers: s.headers })).statusCode).toBe(204);
    expect((await app.inject({ url: '/api/auto-receptionists', headers: s.headers })).statusCode).toBe(401);
  });
});
