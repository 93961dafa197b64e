// Integration-test helpers: one in-memory PGlite per test worker, the BFF
// built in demo mode around it (with the in-process simulator), sign-in.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD, DEMO_USERS, type Role } from '@switchboard/contract/session';
import { hashPassword } from '../auth/passwords';
import { buildApp } from '../build-app';
import type { BuildOverrides } from '../build-app';
import { openDatabase } from '../db/database';
import type { Database } from '../db/database';

const holder = globalThis as unknown as { __switchboardTestDb?: Promise<Database> };

/** The worker's shared in-memory database (never closed: it lives as long as the worker). */
export function testDatabase(): Promise<Database> {
  holder.__switchboardTestDb ??= openDatabase({ kind: 'pglite', dataDir: null });
  return holder.__switchboardTestDb;
}

export const NO_WEB_DIST = '/nonexistent/switchboard-web-dist';

export async function createTestApp(overrides: BuildOverrides = {}): Promise<FastifyInstance> {
  return buildApp({
    ...overrides,
    env: { LOG_LEVEL: 'silent', WEB_DIST: NO_WEB_DIST, ...overrides.env },
    database: overrides.database ?? (await testDatabase()),
  });
}

export interface SignedIn {
  headers: { cookie: string };
  /** Headers for writes: the cookie and the CSRF token. */
  writeHeaders: { cookie: string; 'x-csrf-token': string };
  csrfToken: string;
}

export async function signIn(app: FastifyInstance, role: Role): Promise<SignedIn> {
  const user = DEMO_USERS.find((u) => u.role === role)!;
  const res = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email: user.email, password: DEMO_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${role} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'sb_session')!;
  const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  const headers = { cookie: `${cookie.name}=${cookie.value}` };
  return { headers, writeHeaders: { ...headers, 'x-csrf-token': csrfToken }, csrfToken };
}

let userSeq = 0;

/**
 * A sign-in of its own for one test (a unique email), stored with cheap scrypt
 * parameters so checking it takes a millisecond (unless `fullCost`) — the
 * throttle tests need many accounts and must not lock the shared demo ones.
 */
export async function addTestUser(
  app: FastifyInstance,
  label: string,
  opts: { fullCost?: boolean } = {},
): Promise<{ email: string; password: string }> {
  const email = `${label}-${process.pid}-${Date.now().toString(36)}-${++userSeq}@example.test`;
  const password = `right-${label}`;
  const password_hash = await hashPassword(password, opts.fullCost ? undefined : { N: 1024, r: 8, p: 1 });
  await app.database.db.insertInto('users').values({ id: randomUUID(), email, name: label, role: 'support', password_hash }).execute();
  return { email, password };
}
