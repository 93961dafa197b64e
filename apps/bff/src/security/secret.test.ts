// The OAuth client secret never leaves the BFF: not in a response body or
// header, not in a log line (at trace level), not in the built web app. Nor
// does any access token the BFF obtained with it.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { DEMO_CREDENTIALS } from '@switchboard/zoom-sim/demo-credentials';
import { buildApp } from '../build-app';
import { openDatabase } from '../db/database';
import type { Database } from '../db/database';
import { NO_WEB_DIST } from '../testing/harness';
import { startTestSim } from '../zoom/testing';
import type { Sim } from '../zoom/testing';

const SECRET = `sb-test-secret-${randomBytes(12).toString('hex')}`;
const credentials = {
  accountId: 'acct-secret-test',
  clientId: 'client-secret-test',
  clientSecret: SECRET,
};
const BASIC = Buffer.from(`${credentials.clientId}:${SECRET}`).toString('base64');

let sim: Sim;
let db: Database;
let app: FastifyInstance;
const logLines: string[] = [];
const responses: LightMyRequestResponse[] = [];
/** Every access token Zoom (the simulator) handed the BFF during this file. */
const accessTokens: string[] = [];

/**
 * The BFF's token cache calls the global fetch (it takes it when the app is
 * built), so a wrapper installed before buildApp sees every /oauth/token
 * answer without changing the simulator or the app.
 */
function captureAccessTokens() {
  const realFetch = globalThis.fetch;
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const res = await realFetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname === '/oauth/token' && res.ok) {
      const body = (await res.clone().json()) as { access_token?: unknown };
      if (typeof body.access_token === 'string') accessTokens.push(body.access_token);
    }
    return res;
  });
}

let fetchSpy: ReturnType<typeof captureAccessTokens> | undefined;

beforeAll(async () => {
  fetchSpy = captureAccessTokens();
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
  // test files share this worker (isolate: false): give the next one the real fetch
  fetchSpy?.mockRestore();
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

test('neither the client secret nor any access token appears in a response body, header or log line', async () => {
  await app.sessions.ensureUser({
    email: 'ops@example.com',
    name: 'Ops',
    role: 'admin',
    password: 'a long passphrase',
  });
  const send = async (opts: InjectOptions | string) => {
    const res = await app.inject(opts);
    responses.push(res);
    return res;
  };
  const signInRes = await send({
    method: 'POST',
    url: '/api/session',
    payload: { email: 'ops@example.com', password: 'a long passphrase' },
  });
  expect(signInRes.statusCode).toBe(200);
  const cookie = signInRes.cookies.find((c) => c.name === 'sb_session')!;
  const headers = { cookie: `${cookie.name}=${cookie.value}`, authorization: `Basic ${BASIC}` };

  await send({
    method: 'POST',
    url: '/api/session',
    payload: { email: 'ops@example.com', password: SECRET },
  });
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
  await fetch(`${sim.url}/__sim/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ expireTokens: true }),
  });
  await send({ url: `/api/auto-receptionists/${id}`, headers });
  await fetch(`${sim.url}/__sim/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ status: 503 }),
  });
  await send({ url: `/api/auto-receptionists/${id}/ivr?hours=closed`, headers });
  await send({ method: 'DELETE', url: '/api/session', headers });

  expect(responses.length).toBeGreaterThanOrEqual(15);
  const tokenCalls = (
    (await (await fetch(`${sim.url}/__sim/requests`)).json()) as { requests: { path: string }[] }
  ).requests.filter((r) => r.path === '/oauth/token');
  expect(tokenCalls.length).toBeGreaterThanOrEqual(2); // the secret was really used

  // every token the BFF got (the first, and the one after expiry) was captured
  expect(accessTokens.length).toBeGreaterThanOrEqual(2);
  expect(new Set(accessTokens).size).toBe(accessTokens.length);

  const forbidden = [SECRET, BASIC, ...accessTokens];
  for (const res of responses) {
    for (const needle of forbidden) {
      expect(res.body, `${res.statusCode} body`).not.toContain(needle);
      expect(JSON.stringify(res.headers)).not.toContain(needle);
    }
  }
  expect(logLines.length).toBeGreaterThan(20);
  for (const line of logLines) for (const needle of forbidden) expect(line).not.toContain(needle);
});

const webDir = fileURLToPath(new URL('../../../web', import.meta.url));
// The web package's own Vite (bff does not depend on vite), run as its `build`
// script would, but in a child process: the environment is exactly the one
// given here, and this worker's process.env (shared with other test files)
// stays untouched.
const viteBin = path.join(webDir, 'node_modules', 'vite', 'bin', 'vite.js');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

test('a web build made with the secret in its environment contains neither the secret nor its Basic form', async () => {
  expect(existsSync(viteBin), `vite at ${viteBin} (run pnpm install)`).toBe(true);
  const outDir = mkdtempSync(path.join(tmpdir(), 'switchboard-secret-web-'));
  try {
    await promisify(execFile)(
      process.execPath,
      [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: webDir,
        timeout: 150_000,
        // Real credentials as an operator would export them, and the same secret
        // under VITE_ names, which Vite does expose to import.meta.env: nothing
        // in the app may read them into the bundle.
        env: {
          ZOOM_ACCOUNT_ID: credentials.accountId,
          ZOOM_CLIENT_ID: credentials.clientId,
          ZOOM_CLIENT_SECRET: SECRET,
          VITE_ZOOM_CLIENT_SECRET: SECRET,
          VITE_ZOOM_BASIC_AUTH: BASIC,
        },
      },
    );
    const files = filesUnder(outDir);
    expect(files.map((f) => path.relative(outDir, f))).toContain('index.html');
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    const demoBasic = Buffer.from(
      `${DEMO_CREDENTIALS.clientId}:${DEMO_CREDENTIALS.clientSecret}`,
    ).toString('base64');
    const needles = {
      'the client secret': SECRET,
      'its Basic form': BASIC,
      "the simulator's demo secret": DEMO_CREDENTIALS.clientSecret,
      'the demo Basic form': demoBasic,
    };
    for (const file of files) {
      const text = readFileSync(file, 'latin1');
      // a boolean, so a failure names the file and the needle instead of printing a whole bundle
      for (const [what, needle] of Object.entries(needles))
        expect(text.includes(needle), `${path.relative(outDir, file)} contains ${what}`).toBe(
          false,
        );
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}, 180_000);
