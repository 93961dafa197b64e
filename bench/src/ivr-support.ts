// Shared set-up for the IVR write benchmarks: a BFF in demo mode (simulator
// in-process, in-memory database) listening on loopback, an admin session,
// and the simulator's request log.
import { buildApp } from '@switchboard/bff/build-app';
import { DEMO_PASSWORD } from '@switchboard/contract/session';

export interface BenchBff {
  app: Awaited<ReturnType<typeof buildApp>>;
  url: string;
  sim: string;
  /** The admin's session cookie (for event streams). */
  cookie: string;
  /** Fetch a BFF route as the admin (JSON in and out; CSRF header on writes). */
  api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

export interface SimLogEntry {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

export async function startBff(): Promise<BenchBff> {
  const app = await buildApp({
    env: { LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', ZOOM_PLAN: 'pro' },
    config: { db: { kind: 'pglite', dataDir: null } }, // in-memory: the bench leaves nothing behind
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const sim = app.zoomConnection.simulatorUrl;
  if (!sim) throw new Error('the benchmark needs demo mode (no Zoom credentials in the environment)');
  const login = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.com', password: DEMO_PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    app,
    url,
    sim,
    cookie,
    async api<T>(method: string, path: string, body?: unknown) {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: {
          cookie,
          ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
    close: () => app.close(),
  };
}

export async function simLog(sim: string): Promise<SimLogEntry[]> {
  const res = await fetch(`${sim}/__sim/requests`);
  return ((await res.json()) as { requests: SimLogEntry[] }).requests.filter((r) => r.path.startsWith('/v2/'));
}

export async function clearSimLog(sim: string): Promise<void> {
  await fetch(`${sim}/__sim/requests`, { method: 'DELETE' });
}

export const ivrCalls = (log: SimLogEntry[], method: string) =>
  log.filter((r) => r.method === method && r.path.endsWith('/ivr')).length;
export const otherCalls = (log: SimLogEntry[]) => log.filter((r) => !r.path.endsWith('/ivr')).length;
