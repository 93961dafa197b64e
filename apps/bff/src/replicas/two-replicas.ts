// Two BFF replicas as an operator would run them behind a load balancer, in
// one process (tests, benches): a standalone Zoom simulator (its own process) on the Pro plan
// that both talk to with real credentials, one PostgreSQL schema both store
// in (so a session made on one is known to the other), and one Redis key
// prefix both share — each fresh per run and dropped at the end.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { DEMO_CREDENTIALS } from '@switchboard/zoom-sim/demo-credentials';
import { ZOOM_OPERATIONS } from '@switchboard/zoom-schema/operations';
import type { RateLimitLabel } from '@switchboard/zoom-schema/rate-limits';
import { upsertUser } from '../auth/user-admin';
import { buildApp } from '../build-app';
import { openDatabase } from '../db/database';
import type { Database } from '../db/database';
import { POSTGRES_URL } from '../testing/postgres';
import { REDIS_URL, dropRedisPrefix } from '../testing/redis';
import { startStandaloneSim } from './standalone-sim';
import type { StandaloneSim } from './standalone-sim';

export const REPLICA_ADMIN = { email: 'replica-admin@example.com', password: 'replicas-share-one-db', name: 'Replica admin', role: 'admin' } as const;

export interface Replicas {
  sim: StandaloneSim;
  apps: [FastifyInstance, FastifyInstance];
  prefix: string;
  close(): Promise<void>;
}

export async function startReplicas(opts: { logLevel?: 'silent' | 'warn' } = {}): Promise<Replicas> {
  const run = randomBytes(5).toString('hex');
  const schema = `sb_replicas_${run}`;
  const prefix = `sbtest:${run}:`;
  const sim = await startStandaloneSim('pro');
  const env = {
    LOG_LEVEL: opts.logLevel ?? 'silent',
    WEB_DIST: '/nonexistent/switchboard-web-dist',
    ZOOM_ACCOUNT_ID: DEMO_CREDENTIALS.accountId,
    ZOOM_CLIENT_ID: DEMO_CREDENTIALS.clientId,
    ZOOM_CLIENT_SECRET: DEMO_CREDENTIALS.clientSecret,
    ZOOM_API_BASE_URL: `${sim.url}/v2`,
    ZOOM_OAUTH_BASE_URL: sim.url,
    ZOOM_PLAN: 'pro',
    REDIS_URL,
    REDIS_KEY_PREFIX: prefix,
  };
  const databases: Database[] = [];
  const apps: FastifyInstance[] = [];
  try {
    // Each replica its own connection pool on the one schema; the first creates and migrates it.
    for (let i = 0; i < 2; i++) {
      const database = await openDatabase({ kind: 'postgres', url: POSTGRES_URL }, { schema });
      databases.push(database);
      if (i === 0) await upsertUser(database.db, { ...REPLICA_ADMIN });
      apps.push(await buildApp({ env, database }));
    }
  } catch (err) {
    await Promise.allSettled(apps.map((a) => a.close()));
    await Promise.allSettled(databases.map((d) => d.close()));
    await sim.stop();
    throw err;
  }
  return {
    sim,
    apps: apps as [FastifyInstance, FastifyInstance],
    prefix,
    async close() {
      await Promise.allSettled(apps.map((a) => a.close()));
      await dropSchema(databases[0]!, schema).catch(() => undefined);
      await Promise.allSettled(databases.map((d) => d.close()));
      await sim.stop();
      await dropRedisPrefix(prefix);
    },
  };
}

/** Drop a run's schema (and everything in it). */
export async function dropSchema(database: Database, schema: string): Promise<void> {
  await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(database.db);
}

export interface SimRequest {
  method: string;
  path: string;
  status: number;
  at: string;
}

export async function simRequests(sim: Pick<StandaloneSim, 'url'>): Promise<SimRequest[]> {
  const res = await fetch(`${sim.url}/__sim/requests`);
  return ((await res.json()) as { requests: SimRequest[] }).requests;
}

const OPERATION_LABELS = Object.values(ZOOM_OPERATIONS).map((op) => ({
  method: op.method as string,
  pattern: new RegExp(`^/v2${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  label: op.label,
}));

/** The rate-limit label Zoom files an API request under (null for OAuth and unknown paths). */
export function labelOf(r: Pick<SimRequest, 'method' | 'path'>): RateLimitLabel | null {
  return OPERATION_LABELS.find((o) => o.method === r.method && o.pattern.test(r.path))?.label ?? null;
}

/** The most requests of `label` the simulator received within any one second. */
export function busiestSecond(requests: SimRequest[], label: RateLimitLabel): number {
  const times = requests.filter((r) => labelOf(r) === label).map((r) => Date.parse(r.at)).sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}
