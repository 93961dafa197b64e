// People who sign in: invite by link or first password, change roles, disable
// (the open session stops at its next request), reset, sessions, history.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InviteAnswer, PersonList, ResetAnswer, SessionList } from '@switchboard/contract/people';
import { createTestApp, signIn, type SignedIn } from '../../../testing/harness';

let app: FastifyInstance;
let admin: SignedIn;
let seq = 0;
const email = (label: string) => `${label}-${process.pid}-${Date.now().toString(36)}-${++seq}@example.test`;

beforeAll(async () => {
  app = await createTestApp();
  admin = await signIn(app, 'admin');
});
afterAll(() => app.close());

async function invite(body: Record<string, unknown>) {
  return app.inject({ method: 'POST', url: '/api/users', headers: admin.writeHeaders, payload: body });
}

async function signInAs(address: string, password: string) {
  const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email: address, password } });
  const cookie = res.cookies.find((c) => c.name === 'sb_session');
  return { status: res.statusCode, headers: cookie ? { cookie: `${cookie.name}=${cookie.value}` } : { cookie: '' } };
}

describe('people', () => {
  test('an invitation by one-time link: shown once, the person chooses a password and signs in; the link then is spent', async () => {
    const address = email('invitee');
    const res = await invite({ email: address, name: 'Ida Invitee', role: 'manager' });
    expect(res.statusCode).toBe(201);
    const answer = res.json() as InviteAnswer;
    expect(answer.person).toMatchObject({ email: address, role: 'manager', status: 'invited' });
    expect(answer.link!.url).toMatch(/^http:\/\/localhost(:\d+)?\/welcome\/[A-Za-z0-9_-]{20,}$/);
    const token = answer.link!.url.split('/').at(-1)!;
    // not yet: nobody can sign in to an invited account
    expect((await signInAs(address, 'whatever password 1')).status).toBe(401);

    const info = await app.inject({ method: 'GET', url: `/api/links/${token}` });
    expect(info.json()).toMatchObject({ email: address, name: 'Ida Invitee', purpose: 'invite' });
    expect((await app.inject({ method: 'POST', url: `/api/links/${token}`, payload: { password: 'short' } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: `/api/links/${token}`, payload: { password: 'my chosen password' } })).statusCode).toBe(204);
    expect((await signInAs(address, 'my chosen password')).status).toBe(200);
    const again = await app.inject({ method: 'POST', url: `/api/links/${token}`, payload: { password: 'another password!' } });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toBe('This link has expired or was already used. Ask an admin for a new one.');
    // the list never holds the token or a hash
    const list = await app.inject({ method: 'GET', url: '/api/users', headers: admin.headers });
    expect(list.body).not.toContain(token);
    expect((list.json() as PersonList).items.find((p) => p.email === address)).toMatchObject({ status: 'active', sessions: 1 });
  });

  test('a disabled person’s open session gets 401 at its next request, and they cannot sign in again until enabled', async () => {
    const address = email('leaver');
    const created = (await invite({ email: address, name: 'Lee Leaver', role: 'support', password: 'a first password' })).json() as InviteAnswer;
    expect(created.link).toBeNull();
    const session = await signInAs(address, 'a first password');
    expect((await app.inject({ method: 'GET', url: '/api/auto-receptionists', headers: session.headers })).statusCode).toBe(200);

    const disabled = await app.inject({ method: 'PATCH', url: `/api/users/${created.person.id}`, headers: admin.writeHeaders, payload: { disabled: true } });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().person.status).toBe('disabled');
    const next = await app.inject({ method: 'GET', url: '/api/auto-receptionists', headers: session.headers });
    expect(next.statusCode).toBe(401);
    expect((await signInAs(address, 'a first password')).status).toBe(401);

    await app.inject({ method: 'PATCH', url: `/api/users/${created.person.id}`, headers: admin.writeHeaders, payload: { disabled: false } });
    expect((await signInAs(address, 'a first password')).status).toBe(200);
  });

  test('the session of a person disabled directly in the database (another replica, a script) also stops at its next request', async () => {
    const address = email('direct');
    const created = (await invite({ email: address, name: 'Dee Direct', role: 'support', password: 'a first password' })).json() as InviteAnswer;
    const session = await signInAs(address, 'a first password');
    await app.database.db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', created.person.id).execute();
    expect((await app.inject({ method: 'GET', url: '/api/session', headers: session.headers })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/directory', headers: session.headers })).statusCode).toBe(401);
  });

  test('roles change and end sessions; an admin cannot demote or disable themselves', async () => {
    const address = email('promoted');
    const created = (await invite({ email: address, name: 'Pat Promoted', role: 'support', password: 'a first password' })).json() as InviteAnswer;
    const session = await signInAs(address, 'a first password');
    const res = await app.inject({ method: 'PATCH', url: `/api/users/${created.person.id}`, headers: admin.writeHeaders, payload: { role: 'manager' } });
    expect(res.json().person.role).toBe('manager');
    expect((await app.inject({ method: 'GET', url: '/api/directory', headers: session.headers })).statusCode).toBe(401);

    const me = (await app.inject({ method: 'GET', url: '/api/session', headers: admin.headers })).json().user.id as string;
    const self = await app.inject({ method: 'PATCH', url: `/api/users/${me}`, headers: admin.writeHeaders, payload: { disabled: true } });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.message).toBe('You cannot change your own role or disable your own account; ask another admin.');
    const nothing = await app.inject({ method: 'PATCH', url: `/api/users/${created.person.id}`, headers: admin.writeHeaders, payload: {} });
    expect(nothing.statusCode).toBe(400);
    const unknown = await app.inject({ method: 'PATCH', url: `/api/users/${created.person.id}`, headers: admin.writeHeaders, payload: { role: 'owner' } });
    expect(unknown.statusCode).toBe(400);
  });

  test('a reset ends the old password and sessions and answers a new one-time link', async () => {
    const address = email('forgetful');
    const created = (await invite({ email: address, name: 'Fay Forgetful', role: 'support', password: 'the old password' })).json() as InviteAnswer;
    const session = await signInAs(address, 'the old password');
    const reset = await app.inject({ method: 'POST', url: `/api/users/${created.person.id}/reset-password`, headers: admin.writeHeaders });
    const answer = reset.json() as ResetAnswer;
    expect(answer.person.status).toBe('invited');
    expect((await app.inject({ method: 'GET', url: '/api/directory', headers: session.headers })).statusCode).toBe(401);
    expect((await signInAs(address, 'the old password')).status).toBe(401);
    const token = answer.link.url.split('/').at(-1)!;
    expect((await app.inject({ method: 'GET', url: `/api/links/${token}` })).json().purpose).toBe('reset');
    await app.inject({ method: 'POST', url: `/api/links/${token}`, payload: { password: 'the new password' } });
    expect((await signInAs(address, 'the new password')).status).toBe(200);
  });

  test('sessions are listed without secrets and can be ended; every change is in the history', async () => {
    const address = email('listed');
    const created = (await invite({ email: address, name: 'Lou Listed', role: 'support', password: 'a first password' })).json() as InviteAnswer;
    const session = await signInAs(address, 'a first password');
    const list = (await app.inject({ method: 'GET', url: '/api/sessions', headers: admin.headers })).json() as SessionList;
    const theirs = list.items.find((s) => s.person.email === address)!;
    expect(theirs).toMatchObject({ role: 'support', current: false, ip: '127.0.0.1' });
    expect(list.items.some((s) => s.current)).toBe(true);
    expect(JSON.stringify(list)).not.toContain(session.headers.cookie.split('=')[1]);
    expect((await app.inject({ method: 'DELETE', url: `/api/sessions/${theirs.id}`, headers: admin.writeHeaders })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/directory', headers: session.headers })).statusCode).toBe(401);
    expect((await app.inject({ method: 'DELETE', url: `/api/sessions/${theirs.id}`, headers: admin.writeHeaders })).statusCode).toBe(404);

    const history = await app.inject({ method: 'GET', url: `/api/history?target=${created.person.id}`, headers: admin.headers });
    const actions = (history.json().items as { action: string; kind: string; actor: { email: string } }[]).map((e) => e.action);
    expect(actions).toEqual(['session.revoke', 'person.invite']);
    expect(history.json().items[1]).toMatchObject({ kind: 'person', target: { type: 'person', name: 'Lou Listed' }, actor: { email: 'admin@example.com' } });
  });

  test('only admins manage people; a taken email is refused with a sentence', async () => {
    for (const role of ['support', 'manager'] as const) {
      const other = await signIn(app, role);
      expect((await app.inject({ method: 'GET', url: '/api/users', headers: other.headers })).statusCode).toBe(403);
      expect((await app.inject({ method: 'GET', url: '/api/sessions', headers: other.headers })).statusCode).toBe(403);
    }
    const taken = await invite({ email: 'support@example.com', name: 'Copy', role: 'support' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toBe('support@example.com already signs in to Switchboard.');
  });
});

test('changes to people are in the history for admins only', async () => {
  const created = (await invite({ email: email('private'), name: 'Pia Private', role: 'support' })).json() as InviteAnswer;
  const support = await signIn(app, 'support');
  const forSupport = await app.inject({ method: 'GET', url: `/api/history?target=${created.person.id}`, headers: support.headers });
  expect(forSupport.json().items).toEqual([]);
  expect((await app.inject({ method: 'GET', url: `/api/history/${created.auditId}`, headers: support.headers })).statusCode).toBe(404);
  expect((await app.inject({ method: 'GET', url: `/api/history/${created.auditId}`, headers: admin.headers })).json().kind).toBe('person');
});
