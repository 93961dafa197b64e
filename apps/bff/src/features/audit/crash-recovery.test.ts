// Nothing lands in Zoom without a record, even when the BFF process is killed
// (SIGKILL) mid-write: the BFF runs as a child process against a simulator in
// this process (Zoom outlives the crash, as it would), is killed after the
// first PATCH of a three-key apply — and again in the middle of a copy job —
// and after a restart on the same database the history and the job say
// `interrupted`, listing what was sent and what was not.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { AuditEntry } from '@switchboard/contract/audit';
import type { IvrResponse } from '@switchboard/contract/ivr';
import type { Job } from '@switchboard/contract/jobs';
import { tapRequests, type TappedRequest } from '@switchboard/zoom-sim/control/request-taps';
import { DEMO_CREDENTIALS } from '@switchboard/zoom-sim/demo-credentials';
import { upsertUser } from '../../auth/user-admin';
import { openDatabase } from '../../db/database';
import { startTestSim, simControl, type Sim } from '../../zoom/testing';

const BFF_DIR = fileURLToPath(new URL('../../..', import.meta.url));
const PASSWORD = 'crash-test-password';

let sim: Sim;
let dataDir: string;
const zoomLog: TappedRequest[] = [];
let stopTap: () => void;

beforeAll(async () => {
  sim = await startTestSim({ plan: 'off' });
  stopTap = tapRequests((r) => zoomLog.push(r));
  dataDir = mkdtempSync(path.join(tmpdir(), 'switchboard-crash-'));
  const database = await openDatabase({ kind: 'pglite', dataDir });
  await upsertUser(database.db, { email: 'ops@example.com', role: 'admin', name: 'Ops Admin', password: PASSWORD });
  await database.close();
}, 60_000);

afterAll(async () => {
  stopTap?.();
  await sim?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Bff {
  child: ChildProcess;
  url: string;
  cookie: string;
  csrf: string;
  output: string[];
}

/** The BFF as its own process (tsx), on a real Zoom account's settings pointed at the simulator. */
async function startBff(): Promise<Bff> {
  const output: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: BFF_DIR,
    env: {
      // the child needs a PATH to find its tools; everything else it gets is set here
      // eslint-disable-next-line no-restricted-properties
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      WEB_DIST: '/nonexistent/switchboard-web-dist',
      LOG_LEVEL: 'warn',
      ZOOM_ACCOUNT_ID: DEMO_CREDENTIALS.accountId,
      ZOOM_CLIENT_ID: DEMO_CREDENTIALS.clientId,
      ZOOM_CLIENT_SECRET: DEMO_CREDENTIALS.clientSecret,
      ZOOM_API_BASE_URL: `${sim.url}/v2`,
      ZOOM_OAUTH_BASE_URL: sim.url,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`BFF did not start:\n${output.join('')}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const m = /Switchboard is ready: (http:\/\/\S+)/.exec(output.join(''));
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
    child.once('exit', (code) => reject(new Error(`BFF exited (${code}):\n${output.join('')}`)));
  });
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ops@example.com', password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  return { child, url, cookie, csrf, output };
}

const api = async <T>(bff: Bff, method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> => {
  const res = await fetch(`${bff.url}${url}`, {
    method,
    headers: { cookie: bff.cookie, 'x-csrf-token': bff.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as T };
};

function kill(bff: Bff): Promise<void> {
  return new Promise((resolve) => {
    bff.child.once('exit', () => resolve());
    bff.child.kill('SIGKILL');
  });
}

/** Resolves when the simulator has answered `count` requests matching `match` (seen through the tap). */
function waitForZoom(match: (r: TappedRequest) => boolean, count: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (zoomLog.filter(match).length >= count ? resolve() : setTimeout(check, 5));
    check();
  });
}

const isIvrPatch = (r: TappedRequest) => r.method === 'PATCH' && r.path.endsWith('/ivr');

test('SIGKILL after the first PATCH of a three-key apply: after restart the history says interrupted, listing sent and unsent requests', async () => {
  let bff = await startBff();
  const { body: ars } = await api<{ items: { id: string; name: string }[] }>(bff, 'GET', '/api/auto-receptionists');
  const ar = ars.items.find((a) => a.name.includes('San Francisco'))!;
  const { body: read } = await api<IvrResponse>(bff, 'GET', `/api/auto-receptionists/${ar.id}/ivr?hours=business`);
  const desired = structuredClone(read.menu);
  for (const key of ['6', '7', '9'] as const) desired.keys[key] = { action: 100, target: null, voicemailGreetingId: null };

  // Zoom answers slowly: the second PATCH is still in flight when the process dies.
  await simControl(sim, 'faults', { latencyMs: 700 });
  const patchesBefore = zoomLog.filter(isIvrPatch).length;
  const apply = api(bff, 'PUT', `/api/auto-receptionists/${ar.id}/ivr`, { hours: 'business', baseVersion: read.version, menu: desired }).catch(() => null);
  await waitForZoom(isIvrPatch, patchesBefore + 1);
  await new Promise((r) => setTimeout(r, 250));
  await kill(bff);
  await apply;
  await simControl(sim, 'faults', { latencyMs: 0 });

  bff = await startBff();
  try {
    const { body: history } = await api<{ items: AuditEntry[] }>(bff, 'GET', `/api/audit?target=${ar.id}`);
    const entry = history.items[0]!;
    console.log(`history entry after restart:\n${JSON.stringify({ outcome: entry.outcome, finishedAt: entry.finishedAt, message: entry.message, ops: entry.ops.map((o) => `${o.description} — ${o.status}${o.trackingId ? ` (${o.trackingId})` : ''}`) }, null, 2)}`);
    expect(entry.outcome).toBe('interrupted');
    expect(entry.finishedAt).not.toBeNull();
    expect(entry.ops.map((o) => o.status)).toEqual(['applied', 'unknown', 'skipped']);
    expect(entry.ops[0]!.trackingId).toMatch(/^SIM_/);
    expect(entry.message).toBe(
      'Switchboard stopped while applying this change: 1 of 3 requests was accepted by Zoom, 1 was on the way to Zoom, which may or may not have applied it, 1 was not sent. Review what Zoom holds now before changing it again.',
    );
    // What Zoom holds: the first change landed (and the one in flight, as the answer lost).
    const { body: now } = await api<IvrResponse>(bff, 'GET', `/api/auto-receptionists/${ar.id}/ivr?hours=business`);
    expect(now.menu.keys['6'].action).toBe(100);
    expect(now.menu.keys['9'].action).not.toBe(100);
  } finally {
    await kill(bff);
  }
}, 120_000);

test('SIGKILL in the middle of a copy job: after restart the job says interrupted and its summary counts what really happened', async () => {
  let bff = await startBff();
  const { body: ars } = await api<{ items: { id: string; name: string }[] }>(bff, 'GET', '/api/auto-receptionists');
  const source = ars.items.find((a) => a.name === 'Support Menu')!;
  // The SF main line is left out: the Support Menu's key 9 forwards to it, so the copy would refuse it (nothing written).
  const targets = ars.items.filter((a) => a.id !== source.id && a.name !== 'Main Line – San Francisco').map((a) => a.id);
  const { body: plan } = await api<{ source: { version: string } }>(bff, 'POST', `/api/auto-receptionists/${source.id}/ivr/copy/plan`, {
    hours: 'business',
    targets,
  });
  await simControl(sim, 'faults', { latencyMs: 400 });
  const mark = zoomLog.length;
  const started = await api<{ jobId: string }>(bff, 'POST', '/api/jobs/copy-ivr', {
    sourceId: source.id,
    hours: 'business',
    targets,
    sourceVersion: plan.source.version,
    confirmCrossSite: true,
  });
  expect(started.status).toBe(202);
  await waitForZoom(isIvrPatch, zoomLog.filter(isIvrPatch).length + 3);
  await kill(bff);
  await simControl(sim, 'faults', { latencyMs: 0 });
  await new Promise((r) => setTimeout(r, 1_000)); // requests in flight reach Zoom's side
  // What Zoom received for the job (answered, or cut off with the caller: status 499).
  const received = zoomLog.slice(mark).filter((r) => r.path.endsWith('/ivr'));
  const answeredPatches = received.filter((r) => isIvrPatch(r) && r.status !== 499).length;

  bff = await startBff();
  try {
    const { body: job } = await api<Job>(bff, 'GET', `/api/jobs/${started.body.jobId}`);
    console.log(`job after restart:\n${JSON.stringify({ status: job.status, summary: job.summary, results: job.results.map((r) => `${r.name}: ${r.outcome} (${r.opsApplied}/${r.opsTotal})`) }, null, 2)}`);
    expect(job.status).toBe('interrupted');
    const interrupted = job.results.filter((r) => r.outcome === 'interrupted');
    expect(interrupted.length).toBeGreaterThan(0);
    expect(job.summary!.message).toMatch(/^The server stopped while this job ran: \d+ of \d+ auto receptionists finished, \d+ interrupted mid-write \(.*answered by Zoom.*not sent.*\), \d+ not started\./);
    // Every target accounted for, and the Zoom calls counted are the ones Zoom saw.
    expect(job.progress.total).toBe(targets.length);
    const entries = await Promise.all(job.results.map(async (r) => (await api<AuditEntry>(bff, 'GET', `/api/audit/${r.auditId}`)).body));
    const ops = entries.flatMap((e) => e.ops);
    expect(entries.filter((e) => e.outcome === 'interrupted')).toHaveLength(interrupted.length);
    expect(ops.every((o) => ['applied', 'failed', 'unknown', 'skipped'].includes(o.status))).toBe(true);
    // Zoom answered every request the history records as answered, and perhaps the ones on the
    // way (their answers died with the process); nothing the history says was not sent.
    const answered = ops.filter((o) => o.status === 'applied' || o.status === 'failed').length;
    const onTheWay = ops.filter((o) => o.status === 'unknown').length;
    expect(answeredPatches).toBeGreaterThanOrEqual(answered);
    expect(answeredPatches).toBeLessThanOrEqual(answered + onTheWay);
    expect(job.summary!.zoomCalls).toBeGreaterThanOrEqual(received.length);
    expect(job.summary!.zoomCalls).toBeLessThanOrEqual(received.length + onTheWay);
  } finally {
    await kill(bff);
  }
}, 120_000);
