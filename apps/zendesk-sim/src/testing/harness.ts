// Test harness: a real simulator on an ephemeral loopback port, driven with fetch.
import { DEMO_ZENDESK_CREDENTIALS, basicAuthorization } from '../demo-credentials';
import type { SimulatorOptions } from '../options';
import { startSimulator } from '../server';
import type { RunningSimulator } from '../server';

export const IVR_PATH = '/api/v2/channels/voice/ivr';

export interface Harness {
  sim: RunningSimulator;
  url: string;
  /** `path` from /api/v2 on; Basic auth with the demo token unless headers give another. */
  api(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  json<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
  control(method: string, path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

export async function startHarness(opts: SimulatorOptions = {}): Promise<Harness> {
  const sim = await startSimulator({ plan: 'off', ...opts });
  const url = sim.url;
  const send = (method: string, path: string, body: unknown, headers: Record<string, string>) =>
    fetch(`${url}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  const h: Harness = {
    sim,
    url,
    api: (method, path, body, headers = {}) => send(method, path, body, { authorization: basicAuthorization(DEMO_ZENDESK_CREDENTIALS), ...headers }),
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
