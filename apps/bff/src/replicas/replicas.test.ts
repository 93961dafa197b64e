// Two replicas behind one Redis, one PostgreSQL schema and one simulated Zoom
// account on the Pro plan (issue 13 part 4): driven at once, together they
// stay inside the account's budget with one token; two applies to one menu
// through different replicas end one applied, one conflict; a session made
// on one is good on the other; a job run by one is followed live from the
// other. Skipped only on a developer's machine without Redis or PostgreSQL.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresReachable, requirePostgres } from '../testing/postgres';
import { redisReachable } from '../testing/redis';
import { REPLICA_ADMIN, busiestSecond, simRequests, startReplicas } from './two-replicas';
import type { Replicas } from './two-replicas';

const available = requirePostgres || ((await redisReachable('replicas')) && (await postgresReachable('replicas')));

interface Menu {
  keys: Record<string, { action: number; target: unknown; voicemailGreetingId?: string | null }>;
}

async function signIn(app: FastifyInstance) {
  const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email: REPLICA_ADMIN.email, password: REPLICA_ADMIN.password } });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'sb_session')!;
  const headers = { cookie: `${cookie.name}=${cookie.value}` };
  return { headers, writeHeaders: { ...headers, 'x-csrf-token': (res.json() as { csrfToken: string }).csrfToken } };
}

describe.skipIf(!available)('two BFF replicas sharing Redis and PostgreSQL', () => {
  let r: Replicas;
  let session: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    r = await startReplicas();
    session = await signIn(r.apps[0]);
  }, 120_000);
  afterAll(async () => r?.close());

  it('a session created on one replica works on the other, and ends on both', async () => {
    const [a, b] = r.apps;
    const mine = await signIn(a);
    expect((await b.inject({ method: 'GET', url: '/api/session', headers: mine.headers })).statusCode).toBe(200);
    expect((await b.inject({ method: 'DELETE', url: '/api/session', headers: mine.writeHeaders })).statusCode).toBeLessThan(300);
    expect((await a.inject({ method: 'GET', url: '/api/auto-receptionists', headers: mine.headers })).statusCode).toBe(401);
  });

  it('driven at once (reads and applies on both), they stay within the account: one token, no 429, at most 20 Light calls in any second; one apply per menu wins', async () => {
    const [a, b] = r.apps;
    const ars = (await a.inject({ method: 'GET', url: '/api/auto-receptionists', headers: session.headers })).json() as { items: { id: string }[] };
    expect(ars.items.length).toBeGreaterThan(2);
    const [contested, ...others] = ars.items.map((i) => i.id);
    const read = (await b.inject({ method: 'GET', url: `/api/auto-receptionists/${contested}/ivr?hours=business`, headers: session.headers })).json() as { menu: Menu; version: string };
    // Each replica's apply changes a different key, so neither is a no-op and the second finds the first's change.
    const change = (key: string): Menu => {
      const menu = structuredClone(read.menu);
      menu.keys[key] = read.menu.keys[key]?.action === 100 ? { action: -1, target: null, voicemailGreetingId: null } : { action: 100, target: null, voicemailGreetingId: null };
      return menu;
    };

    const reads = Array.from({ length: 160 }, (_, i) =>
      r.apps[i % 2]!.inject({ method: 'GET', url: `/api/auto-receptionists/${others[i % others.length]}/ivr?hours=${i % 4 < 2 ? 'business' : 'closed'}`, headers: session.headers }),
    );
    const applies = [a, b].map((app, i) =>
      app.inject({
        method: 'PUT',
        url: `/api/auto-receptionists/${contested}/ivr`,
        headers: session.writeHeaders,
        payload: { hours: 'business', baseVersion: read.version, menu: change(i === 0 ? '8' : '9') },
      }),
    );
    const readAnswers = await Promise.all(reads);
    const applyAnswers = await Promise.all(applies);

    expect(readAnswers.filter((res) => res.statusCode !== 200).map((res) => res.body)).toEqual([]);
    const outcomes = applyAnswers.map((res) => (res.json() as { outcome: string }).outcome).sort();
    expect(outcomes).toEqual(['applied', 'conflict']);
    expect(applyAnswers.map((res) => res.statusCode).sort()).toEqual([200, 409]);

    const log = await simRequests(r.sim);
    expect(log.filter((q) => q.status === 429)).toEqual([]);
    expect(log.filter((q) => q.method === 'POST' && q.path === '/oauth/token')).toHaveLength(1);
    expect(busiestSecond(log, 'light')).toBeLessThanOrEqual(20);
    expect(busiestSecond(log, 'light')).toBeGreaterThanOrEqual(15); // the budget was really contended
  }, 120_000);

  it("a job run by one replica is followed live from the other (its events come through Redis)", async () => {
    const [a, b] = r.apps;
    const ars = ((await a.inject({ method: 'GET', url: '/api/auto-receptionists', headers: session.headers })).json() as { items: { id: string; site?: { id: string } | null }[] }).items;
    const [source, ...rest] = ars;
    const targets = rest.filter((t) => JSON.stringify(t.site ?? null) === JSON.stringify(source!.site ?? null)).slice(0, 4).map((t) => t.id);
    expect(targets.length).toBeGreaterThan(1);
    const src = (await a.inject({ method: 'GET', url: `/api/auto-receptionists/${source!.id}/ivr?hours=closed`, headers: session.headers })).json() as { version: string };
    const started = await a.inject({
      method: 'POST',
      url: '/api/jobs/copy-ivr',
      headers: session.writeHeaders,
      payload: { sourceId: source!.id, hours: 'closed', targets, sourceVersion: src.version, confirmCrossSite: true },
    });
    expect(started.statusCode, started.body).toBe(202);
    const { jobId } = started.json() as { jobId: string };
    const events = await b.inject({ method: 'GET', url: `/api/jobs/${jobId}/events`, headers: session.headers });
    const names = [...events.body.matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
    expect(names[0]).toBe('snapshot');
    expect(names.at(-1)).toBe('done');
    // Target events are only ever pushed (the other replica's database check sends snapshots).
    expect(names.filter((n) => n === 'target').length).toBeGreaterThan(0);
  }, 120_000);
});
