import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { directoryListSchema } from '@switchboard/contract/directory';
import { createTestApp, signIn } from '../../../testing/harness';
import type { SignedIn } from '../../../testing/harness';

let app: FastifyInstance;
const as = {} as Record<'admin' | 'support' | 'manager', SignedIn>;
let promptId = '';
beforeAll(async () => {
  app = await createTestApp();
  for (const role of ['admin', 'support', 'manager'] as const) as[role] = await signIn(app, role);
  const list = directoryListSchema.parse((await app.inject({ url: '/api/directory?type=audioPrompt', headers: as.admin.headers })).json());
  promptId = list.items[0]!.id;
});
afterAll(() => app.close());

const sim = (path: string, init?: RequestInit) => fetch(`${app.zoomConnection.simulatorUrl}${path}`, init);

test('the directory marks live audio prompts as playable', async () => {
  const list = directoryListSchema.parse((await app.inject({ url: '/api/directory?type=audioPrompt', headers: as.support.headers })).json());
  expect(list.items.length).toBeGreaterThanOrEqual(20);
  expect(list.items.every((i) => i.hasAudio === true)).toBe(true);
});

test('admin, support and manager get the prompt’s audio bytes, streamed from the file host play_url names', async () => {
  await sim('/__sim/requests', { method: 'DELETE' });
  for (const role of ['admin', 'support', 'manager'] as const) {
    const res = await app.inject({ url: `/api/audio-prompts/${promptId}/audio`, headers: as[role].headers });
    expect(res.statusCode, role).toBe(200);
    expect(res.headers['content-type']).toBe('audio/wav');
    expect(res.headers['cache-control']).toBe('private, max-age=300');
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    expect(res.rawPayload.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(res.rawPayload.subarray(8, 12).toString('ascii')).toBe('WAVE');
  }
  const log = ((await (await sim('/__sim/requests')).json()) as { requests: { method: string; path: string; status: number }[] }).requests;
  // One API call per play; the file itself comes from the separate file host, not the API.
  expect(log.filter((r) => r.path.startsWith('/v2/')).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(
    Array.from({ length: 3 }, () => `GET /v2/phone/audios/${promptId} 200`),
  );
});

test('401 without a session', async () => {
  const res = await app.inject({ url: `/api/audio-prompts/${promptId}/audio` });
  expect(res.statusCode).toBe(401);
  expect(res.json().error.code).toBe('unauthenticated');
});

test('unknown, deleted and malformed ids answer with a sentence, never a 500', async () => {
  const unknown = await app.inject({ url: '/api/audio-prompts/NoSuchAudio123/audio', headers: as.admin.headers });
  expect(unknown.statusCode).toBe(404);
  expect(unknown.json().error).toMatchObject({ code: 'not_found', message: 'There is no audio prompt with that id in Zoom; it may have been deleted.' });

  const removed = await app.inject({ url: `/api/audio-prompts/removed_${promptId}/audio`, headers: as.admin.headers });
  expect(removed.statusCode).toBe(404);
  expect(removed.json().error.message).toBe('This audio prompt was deleted from the audio library; there is no audio to play.');

  const bad = await app.inject({ url: '/api/audio-prompts/not%20an%20id/audio', headers: as.admin.headers });
  expect(bad.statusCode).toBe(400);
  expect(bad.json().error.message).toMatch(/not a Zoom id/);
});

test('a prompt deleted in Zoom after the directory was read answers 404', async () => {
  const list = directoryListSchema.parse((await app.inject({ url: '/api/directory?type=audioPrompt', headers: as.admin.headers })).json());
  const victim = list.items.at(-1)!.id;
  const token = await tokenFor();
  expect((await sim(`/v2/phone/audios/${victim}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } })).status).toBe(204);
  const res = await app.inject({ url: `/api/audio-prompts/${victim}/audio`, headers: as.manager.headers });
  expect(res.statusCode).toBe(404);
  expect(res.json().error.code).toBe('not_found');
  await sim('/__sim/reset', { method: 'POST' });
});

async function tokenFor(): Promise<string> {
  const res = await sim('/oauth/token?grant_type=account_credentials&account_id=demo-account', {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from('demo-client:demo-secret').toString('base64')}` },
  });
  return ((await res.json()) as { access_token: string }).access_token;
}
