// The OAuth client secret never leaves the BFF: not in a response body or
// header, not in a log line (at trace level), not in the built web app.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_CREDENTIALS } from '@switchboard/zoom-sim/demo-credentials';
import { buildApp } from '../build-app';
import { loadConfig } from '../config/env';
import { openDatabase } from '../db/database';
import type { Database } from '../db/database';
import { NO_WEB_DIST } from '../testing/harness';
import { startTestSim } from '../zoom/testing';
import type { Sim } from '../zoom/testing';

const SECRET = `sb-test-secret-${randomBytes(12).toString('hex')}`;
const credentials = { accountId: 'acct-secret-test', clientId: 'client-secret-test', clientSecret: SECRET };
const BASIC = Buffer.from(`${credentials.clientId}:${SECRET}`).toString('base64');

let sim: Sim;
let db: Database;
let app: FastifyInstance;
const logLines: string[] = [];
const responses: LightMyRequestResponse[] = [];

beforeAll(async () => {
  sim = await startTestSim({ credentials });
  // A fresh database: real credentials must not seed the demo users.
  db = await openDatabase({ kind: 'pglite', dataDir: null });
  app = await buildApp({
    env: {
      ZOOM_ACCOUNT_ID: credentials.accountId,
      ZOOM_CLIENT_ID: credentials.clientId,
      ZOOM_CLIENT_SECRET: SECRET,
      ZOOM_API_BASE_URL: `${sim.url}/v2`,
      ZOOM_OAUTH_BASE_URL: sim.url,
      WEB_DIST: NO_WEB_DIST,
    },
    database: db,
    logLevel: 'trace',
    logStream: { write: (line: string) => void logLines.push(line) },
  });
}, 60_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
  await sim?.close();
});

test('real credentials: Zoom mode, no demo users, no simulator URL', async () => {
  expect(app.config.mode).toBe('zoom');
  expect(await db.db.selectFrom('users').selectAll().execute()).toEqual([]);
  const health = await app.inject('/api/health');
  expect(health.json()).toMatchObject({ mode: 'zoom', zoom: { apiBaseUrl: `${sim.url}/v2` } });
  expect(health.json().demoUsers).toBeUndefined();
  expect(health.json().zoom.simulatorUrl).toBeUndefined();
});

test('the client secret appears in no response body, header or log line', async () => {
  await app.sessions.ensureUser({ email: 'ops@example.com', name: 'Ops', role: 'admin', password: 'a long passphrase' });
  const send = async (opts: InjectOptions | string) => {
    const res = await app.inject(opts);
    responses.push(res);
    return res;
  };
  const signInRes = await send({ method: 'POST', url: '/api/session', payload: { email: 'ops@example.com', password: 'a long passphrase' } });
  expect(signInRes.statusCode).toBe(200);
  const cookie = signInRes.cookies.find((c) => c.name === 'sb_session')!;
  const headers = { cookie: `${cookie.name}=${cookie.value}`, authorization: `Basic ${BASIC}` };

  await send({ method: 'POST', url: '/api/session', payload: { email: 'ops@example.com', password: SECRET } });
  await send('/api/health');
  await send('/api/openapi.json');
  await send({ url: '/api/session', headers });
  const list = await send({ url: '/api/auto-receptionists', headers });
  const id = (list.json() as { items: { id: string }[] }).items[0]!.id;
  await send({ url: `/api/auto-receptionists/${id}`, headers });
  await send({ url: `/api/auto-receptionists/${id}/ivr`, headers });
  await send({ url: '/api/auto-receptionists/nope1/ivr', headers });
  await send({ url: '/api/directory?type=externalContact', headers });
  await send({ url: '/api/directory?q=front', headers });
  await send({ url: '/api/nowhere', headers });
  await send({ url: '/', headers });
  // Zoom failing and tokens expiring exercise the error and refresh paths.
  await fetch(`${sim.url}/__sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ expireTokens: true }) });
  await send({ url: `/api/auto-receptionists/${id}`, headers });
  await fetch(`${sim.url}/__sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 503 }) });
  await send({ url: `/api/auto-receptionists/${id}/ivr?hours=closed`, headers });
  await send({ method: 'DELETE', url: '/api/session', headers });

  expect(responses.length).toBeGreaterThanOrEqual(15);
  const tokenCalls = ((await (await fetch(`${sim.url}/__sim/requests`)).json()) as { requests: { path: string }[] }).requests.filter(
    (r) => r.path === '/oauth/token',
  );
  expect(tokenCalls.length).toBeGreaterThanOrEqual(2); // the secret was really used

  const forbidden = [SECRET, BASIC];
  for (const res of responses) {
    for (const needle of forbidden) {
      expect(res.body, `${res.statusCode} body`).not.toContain(needle);
      expect(JSON.stringify(res.headers)).not.toContain(needle);
    }
  }
  expect(logLines.length).toBeGreaterThan(20);
  for (const line of logLines) for (const needle of forbidden) expect(line).not.toContain(needle);
});

test('the built web app contains no client secret', () => {
  const dist = loadConfig({}).webDist;
  if (!existsSync(dist)) return; // nothing built: nothing to leak
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(dist);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const text = readFileSync(file, 'latin1');
    expect(text, file).not.toContain(DEMO_CREDENTIALS.clientSecret);
    expect(text, file).not.toContain(SECRET);
  }
});
