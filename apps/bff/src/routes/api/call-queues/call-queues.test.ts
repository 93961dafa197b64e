// GET /api/call-queues/:id: who answers a queue the routing diagram shows,
// for every role, against the in-process simulator; an unknown queue is a 404
// decided by the answer Zoom documents for it, a malformed id a 400.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callQueueSchema } from '@switchboard/contract/call-queues';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { ROLES, type Role } from '@switchboard/contract/session';
import { createTestApp, signIn } from '../../../testing/harness';
import type { SignedIn } from '../../../testing/harness';

let app: FastifyInstance;
const as = {} as Record<Role, SignedIn>;

beforeAll(async () => {
  app = await createTestApp();
  for (const role of ROLES) as[role] = await signIn(app, role);
});
afterAll(() => app.close());

const get = (url: string, role: Role = 'support') => app.inject({ url, headers: as[role].headers });

describe('GET /api/call-queues/:id', () => {
  test.each(ROLES)('%s reads a queue with its members, by name, with their extension numbers', async (role) => {
    const queues = await app.directory.list({ type: 'callQueue' });
    const sales = queues.find((q) => q.name === 'Sales')!;
    const res = await get(`/api/call-queues/${sales.id}`, role);
    expect(res.statusCode, res.body).toBe(200);
    const queue = callQueueSchema.parse(res.json());
    expect(queue).toMatchObject({ id: sales.id, name: 'Sales', extensionNumber: sales.extensionNumber });
    expect(queue.members.length).toBeGreaterThanOrEqual(3);
    const names = queue.members.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    // every member is a phone user of the account, with the extension the directory knows
    const users = new Map((await app.directory.list({ type: 'user' })).map((u) => [u.id, u]));
    for (const m of queue.members) {
      expect(users.get(m.id), m.name).toBeDefined();
      expect(m.extensionNumber).toBe(users.get(m.id)!.extensionNumber);
      expect(m.extensionNumber).toMatch(/^\d+$/);
    }
  });

  test('an unknown queue is a 404 with a sentence naming it', async () => {
    const res = await get('/api/call-queues/noSuchQueue123');
    expect(res.statusCode).toBe(404);
    expect(apiErrorSchema.parse(res.json()).error).toEqual({
      code: 'not_found',
      message: 'There is no call queue with id "noSuchQueue123". It may have been deleted.',
    });
  });

  test.each([
    ['/api/call-queues/bad%20id', /not a Zoom id/],
    ['/api/call-queues/bad%2Fid', /not a Zoom id/],
    [`/api/call-queues/${'q'.repeat(65)}`, /at most 64 characters/],
  ])('a malformed id (%s) is a 400 with a sentence, Zoom is not asked', async (url, message) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    const body = apiErrorSchema.parse(res.json());
    expect(body.error.message).toMatch(message);
    expect(body.error.message).toMatch(/[.!?]$/);
  });
});
