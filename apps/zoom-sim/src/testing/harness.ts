// Test harness: a real simulator on an ephemeral loopback port, driven with fetch.
import { TRACKING_HEADER } from '../platform/tracking';
import { DEMO_CREDENTIALS } from '../demo-credentials';
import type { SimulatorOptions } from '../options';
import { startSimulator } from '../server';
import type { RunningSimulator } from '../server';

/** Fixed "today" so seeded holidays are the same on every run. */
export const TEST_NOW = new Date('2026-03-10T12:00:00Z');

export interface Harness {
  sim: RunningSimulator;
  url: string;
  token(): Promise<string>;
  api(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  json<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
  control(method: string, path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

export function basicAuth(id: string, secret: string) {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

export async function startHarness(opts: SimulatorOptions = {}): Promise<Harness> {
  const sim = await startSimulator({ now: TEST_NOW, plan: 'off', ...opts });
  const url = sim.url;
  let cached: string | undefined;
  const token = async () => {
    const res = await fetch(
      `${url}/oauth/token?grant_type=account_credentials&account_id=${DEMO_CREDENTIALS.accountId}`,
      { method: 'POST', headers: { authorization: basicAuth(DEMO_CREDENTIALS.clientId, DEMO_CREDENTIALS.clientSecret) } },
    );
    if (res.status !== 200) throw new Error(`token: ${res.status}`);
    return ((await res.json()) as { access_token: string }).access_token;
  };
  const send = async (method: string, fullPath: string, body: unknown, headers: Record<string, string>) =>
    fetch(`${url}${fullPath}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const h: Harness = {
    sim,
    url,
    token,
    async api(method, path, body, headers = {}) {
      cached ??= await token();
      return send(method, `/v2${path}`, body, { authorization: `Bearer ${cached}`, ...headers });
    },
    async json(method, path, body) {
      const res = await h.api(method, path, body);
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as never;
    },
    control: (method, path, body) => send(method, `/__sim${path}`, body, {}),
    close: () => sim.close(),
  };
  return h;
}

export const trackingId = (res: Response) => res.headers.get(TRACKING_HEADER);
