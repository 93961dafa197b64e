import { describe, expect, it } from 'vitest';
import { jsonResponse, stubFetch } from '@/testing/render';
import { writeHeaders } from '@/lib/api-client';
import { getSession } from './get-session';

const session = {
  user: { id: 'u1', email: 'admin@example.com', name: 'Ada Admin' },
  role: 'admin',
  csrfToken: 'csrf-9',
};

describe('getSession', () => {
  it('returns the session and keeps its CSRF token for writes', async () => {
    stubFetch({ 'GET /api/session': () => jsonResponse(session) });
    expect(await getSession()).toEqual(session);
    expect(Object.values(writeHeaders())).toEqual(['csrf-9']);
  });

  it('reads 204 (nobody signed in) as no session and forgets the token', async () => {
    stubFetch({ 'GET /api/session': () => new Response(null, { status: 204 }) });
    expect(await getSession()).toBeNull();
    expect(writeHeaders()).toEqual({});
  });

  it('reads 401 (a session that just ended) as no session', async () => {
    stubFetch({
      'GET /api/session': () =>
        jsonResponse({ error: { code: 'unauthenticated', message: 'Sign in to continue.' } }, 401),
    });
    expect(await getSession()).toBeNull();
  });

  it('still reports a server failure instead of pretending nobody is signed in', async () => {
    stubFetch({
      'GET /api/session': () => jsonResponse({ error: { code: 'internal', message: 'It broke.' } }, 500),
    });
    await expect(getSession()).rejects.toThrow('It broke.');
  });
});
