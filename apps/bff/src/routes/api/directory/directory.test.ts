import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIRECTORY_TYPES, directoryListSchema } from '@switchboard/contract/directory';
import { createTestApp, signIn } from '../../../testing/harness';
import type { SignedIn } from '../../../testing/harness';

let app: FastifyInstance;
let manager: SignedIn;
beforeAll(async () => {
  app = await createTestApp();
  manager = await signIn(app, 'manager');
});
afterAll(() => app.close());

const get = (url: string) => app.inject({ url, headers: manager.headers });
const zoomRequests = async () => {
  const res = await fetch(`${app.zoomConnection.simulatorUrl}/__sim/requests`);
  return ((await res.json()) as { requests: { path: string }[] }).requests.filter((r) => r.path.startsWith('/v2/'));
};

test('every kind of routing target, normalized, filtered by type and text', async () => {
  const all = directoryListSchema.parse((await get('/api/directory')).json());
  for (const type of DIRECTORY_TYPES) expect(all.items.some((i) => i.type === type), type).toBe(true);
  expect(all.items.filter((i) => i.type === 'user').length).toBeGreaterThanOrEqual(40);
  expect(all.items.filter((i) => i.type === 'audioPrompt').length).toBeGreaterThanOrEqual(20);
  expect(all.items.filter((i) => i.type !== 'audioPrompt').every((i) => i.extensionId)).toBe(true);

  const queues = directoryListSchema.parse((await get('/api/directory?type=callQueue')).json());
  expect(queues.items.length).toBeGreaterThanOrEqual(8);
  expect(queues.items.every((i) => i.type === 'callQueue')).toBe(true);

  const someone = all.items.find((i) => i.type === 'user')!;
  const found = directoryListSchema.parse((await get(`/api/directory?q=${encodeURIComponent(someone.name.toLowerCase())}`)).json());
  expect(found.items.map((i) => i.id)).toContain(someone.id);
  const byExt = directoryListSchema.parse((await get(`/api/directory?q=${someone.extensionNumber}`)).json());
  expect(byExt.items.map((i) => i.id)).toContain(someone.id);
});

test('the directory is cached briefly: repeated reads do not call Zoom again', async () => {
  await get('/api/directory?type=sharedLineGroup');
  await fetch(`${app.zoomConnection.simulatorUrl}/__sim/requests`, { method: 'DELETE' });
  for (let i = 0; i < 5; i++) expect((await get('/api/directory?type=sharedLineGroup')).statusCode).toBe(200);
  expect(await zoomRequests()).toEqual([]);
});
