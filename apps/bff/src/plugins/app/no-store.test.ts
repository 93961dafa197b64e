// /api answers are never cached (no-store) — signed in or not, success or
// error — except a successful audio proxy answer, which keeps its own private
// five-minute caching. (Every role-guarded route's 2xx is checked in
// routes/api/access.test.ts; the SPA's files keep theirs in spa.test.ts.)
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_PASSWORD } from '@switchboard/contract/session';
import { createTestApp, signIn } from '../../testing/harness';
import type { SignedIn } from '../../testing/harness';

let app: FastifyInstance;
let support: SignedIn;
beforeAll(async () => {
  app = await createTestApp();
  support = await signIn(app, 'support');
});
afterAll(() => app.close());

test('the sign-in answer (it carries the CSRF token) and the session are no-store', async () => {
  const login = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'support@example.com', password: DEMO_PASSWORD } });
  expect(login.statusCode).toBe(200);
  expect(login.headers['cache-control']).toBe('no-store');
  const session = await app.inject({ url: '/api/session', headers: support.headers });
  expect(session.headers['cache-control']).toBe('no-store');
});

test('answers without a session are no-store too: health, the OpenAPI document, a failed sign-in', async () => {
  expect((await app.inject('/api/health')).headers['cache-control']).toBe('no-store');
  expect((await app.inject('/api/openapi.json')).headers['cache-control']).toBe('no-store');
  const failed = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'no-store-probe@example.com', password: 'wrong' } });
  expect(failed.statusCode).toBe(401);
  expect(failed.headers['cache-control']).toBe('no-store');
});

test('the audio proxy keeps private, max-age=300 for audio, but its errors are no-store', async () => {
  const prompts = await app.directory.list({ type: 'audioPrompt' });
  const ok = await app.inject({ url: `/api/audio-prompts/${prompts[0]!.id}/audio`, headers: support.headers });
  expect(ok.statusCode).toBe(200);
  expect(ok.headers['cache-control']).toBe('private, max-age=300');
  const missing = await app.inject({ url: '/api/audio-prompts/noSuchPrompt1/audio', headers: support.headers });
  expect(missing.statusCode).toBe(404);
  expect(missing.headers['cache-control']).toBe('no-store');
});
