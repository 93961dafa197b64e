// Two BFF replicas as separate processes (the built server, as an operator
// runs it) against one standalone simulator on the Pro plan, one PostgreSQL
// schema and — in the first run — one Redis key prefix (issue 13 part 4).
// Both are driven at once: 300 IVR menu reads split between them and, at the
// same time, three pairs of applies, each pair to one menu through different
// replicas with the same base version. The second run is the same without
// REDIS_URL, to show what sharing buys. The simulator's request log is the
// judge: 429s, token requests, the most Light calls in any one second.
import { randomBytes } from 'node:crypto';
import { upsertUser } from '@switchboard/bff/auth/user-admin';
import { openDatabase } from '@switchboard/bff/db/database';
import { REPLICA_ADMIN, busiestSecond, dropSchema, labelOf, simRequests } from '@switchboard/bff/replicas/two-replicas';
import { startStandaloneSim } from '@switchboard/bff/replicas/standalone-sim';
import { POSTGRES_URL } from '@switchboard/bff/testing/postgres';
import { REDIS_URL, dropRedisPrefix } from '@switchboard/bff/testing/redis';
import { DEMO_CREDENTIALS } from '@switchboard/zoom-sim/demo-credentials';
import { buildBff, startBffProcess } from './bff-process';
import type { BffProcess } from './bff-process';
import { fmt, machine, summarize } from './stats';

const READS = 300;
const CONTESTED = 3;

interface Menu {
  keys: Record<string, { action: number; target: unknown; voicemailGreetingId?: string | null }>;
}

interface Client {
  url: string;
  call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

function client(url: string, cookie: string, csrf: string): Client {
  return {
    url,
    async call<T>(method: string, path: string, body?: unknown) {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: (await res.json().catch(() => null)) as T };
    },
  };
}

interface Figures {
  shared: boolean;
  readsOk: number;
  readMs: ReturnType<typeof summarize>;
  wallMs: number;
  pairs: string[];
  otherReplicaSession: number;
  tooMany: number;
  tokens: number;
  busiestLight: number;
  lightCalls: number;
}

async function scenario(serverJs: string, shared: boolean): Promise<Figures> {
  const run = randomBytes(5).toString('hex');
  const schema = `sb_bench_replicas_${run}`;
  const prefix = `sbbench:${run}:`;
  const sim = await startStandaloneSim('pro');
  const setup = await openDatabase({ kind: 'postgres', url: POSTGRES_URL }, { schema });
  const bffs: BffProcess[] = [];
  try {
    await upsertUser(setup.db, { ...REPLICA_ADMIN });
    const env = {
      ZOOM_ACCOUNT_ID: DEMO_CREDENTIALS.accountId,
      ZOOM_CLIENT_ID: DEMO_CREDENTIALS.clientId,
      ZOOM_CLIENT_SECRET: DEMO_CREDENTIALS.clientSecret,
      ZOOM_API_BASE_URL: `${sim.url}/v2`,
      ZOOM_OAUTH_BASE_URL: sim.url,
      ZOOM_PLAN: 'pro',
      DATABASE_URL: `${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
      ...(shared ? { REDIS_URL, REDIS_KEY_PREFIX: prefix } : { REDIS_URL: '' }),
    };
    for (let i = 0; i < 2; i++) bffs.push(await startBffProcess(serverJs, env));
    const [urlA, urlB] = bffs.map((b) => b.url) as [string, string];

    const login = await fetch(`${urlA}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: REPLICA_ADMIN.email, password: REPLICA_ADMIN.password }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const replicas = [client(urlA, cookie, csrfToken), client(urlB, cookie, csrfToken)] as const;

    // The session made on A, used on B.
    const list = await replicas[1].call<{ items: { id: string }[] }>('GET', '/api/auto-receptionists');
    const ids = list.body.items.map((i) => i.id);
    const contested = ids.slice(0, CONTESTED);
    const others = ids.slice(CONTESTED);
    const bases = await Promise.all(contested.map((id) => replicas[0].call<{ menu: Menu; version: string }>('GET', `/api/auto-receptionists/${id}/ivr?hours=business`)));
    const change = (menu: Menu, key: string): Menu => {
      const next = structuredClone(menu);
      next.keys[key] = menu.keys[key]?.action === 100 ? { action: -1, target: null, voicemailGreetingId: null } : { action: 100, target: null, voicemailGreetingId: null };
      return next;
    };

    const started = performance.now();
    const reads = Array.from({ length: READS }, async (_, i) => {
      const t = performance.now();
      const res = await replicas[i % 2]!.call('GET', `/api/auto-receptionists/${others[i % others.length]}/ivr?hours=${i % 4 < 2 ? 'business' : 'closed'}`);
      return { ok: res.status === 200, ms: performance.now() - t };
    });
    const applies = contested.map((id, n) =>
      Promise.all(
        replicas.map((r, i) =>
          r.call<{ outcome: string }>('PUT', `/api/auto-receptionists/${id}/ivr`, { hours: 'business', baseVersion: bases[n]!.body.version, menu: change(bases[n]!.body.menu, i === 0 ? '8' : '9') }),
        ),
      ),
    );
    const readResults = await Promise.all(reads);
    const pairs = (await Promise.all(applies)).map((pair) => pair.map((res) => res.body?.outcome ?? `HTTP ${res.status}`).sort().join(' + '));
    const wallMs = performance.now() - started;

    const log = await simRequests(sim);
    return {
      shared,
      readsOk: readResults.filter((r) => r.ok).length,
      readMs: summarize(readResults.map((r) => r.ms)),
      wallMs,
      pairs,
      otherReplicaSession: list.status,
      tooMany: log.filter((q) => q.status === 429).length,
      tokens: log.filter((q) => q.method === 'POST' && q.path === '/oauth/token').length,
      busiestLight: busiestSecond(log, 'light'),
      lightCalls: log.filter((q) => labelOf(q) === 'light').length,
    };
  } finally {
    await Promise.allSettled(bffs.map((b) => b.stop()));
    await dropSchema(setup, schema).catch(() => undefined);
    await setup.close();
    await sim.stop();
    if (shared) await dropRedisPrefix(prefix);
  }
}

function row(f: Figures): string {
  const pairs = [...new Set(f.pairs)].map((p) => `${f.pairs.filter((x) => x === p).length}× ${p}`).join(', ');
  return `| ${f.shared ? '**with** REDIS_URL (shared)' : 'without REDIS_URL (each its own)'} | ${f.readsOk}/${READS} | ${fmt(f.readMs.p50)} / ${fmt(f.readMs.p99)} | ${(f.wallMs / 1000).toFixed(1)} s | ${pairs} | ${f.otherReplicaSession} | ${f.tooMany} | ${f.tokens} | ${f.busiestLight} | ${(f.lightCalls / (f.wallMs / 1000)).toFixed(1)} |`;
}

export async function run(): Promise<string> {
  const serverJs = buildBff();
  const withRedis = await scenario(serverJs, true);
  const without = await scenario(serverJs, false);
  return [
    `Machine: ${machine()}. Two BFF processes (apps/bff/dist/server.js), one standalone simulator process on the Pro plan (Light 20/s), one PostgreSQL schema; ${READS} IVR menu reads split between the replicas and, at the same time, ${CONTESTED} pairs of applies — each pair to one menu, one through each replica, same base version.`,
    '',
    '| run | reads answered | read p50 / p99 | wall time | apply pairs | session from A on B | 429s at the simulator | token requests | most Light calls in any 1 s | Light calls per second |',
    '|---|---|---|---|---|---|---|---|---|---|',
    row(withRedis),
    row(without),
    '',
    `With Redis the two replicas behave as one client of the account: one token, no 429, at most 20 Light calls in any second (${withRedis.lightCalls} Light calls in all), and each contested menu ends one \`applied\`, one \`conflict\`. Without it each replica spends the whole budget itself, so Zoom answers 429s (retried), each fetches its own token, and both applies to a menu can land. The shared budget runs below 20/s: a slot counts until one window after Zoom answered it, so each call's round trip is added to its window (the price of never bunching, decision 018). Acceptance test: apps/bff/src/replicas/replicas.test.ts; decision 018.`,
  ].join('\n');
}
