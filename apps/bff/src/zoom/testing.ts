// Test helpers: a simulator on loopback and a client wired to it.
import { startSimulator } from '@switchboard/zoom-sim/server';
import type { SimulatorOptions } from '@switchboard/zoom-sim/server';
import { DEMO_CREDENTIALS } from '@switchboard/zoom-sim/demo-credentials';
import type { RetryPolicy } from './backoff';
import { ZoomClient } from './client';
import type { RateLimiter } from './rate-limiter';
import { RollingWindowLimiter } from './rate-limiter';
import { OAuthTokenCache } from './token-cache';

export type Sim = Awaited<ReturnType<typeof startSimulator>>;

export interface SimRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  status: number;
}

export async function startTestSim(opts: SimulatorOptions = {}): Promise<Sim> {
  return startSimulator({ host: '127.0.0.1', port: 0, plan: 'pro', ...opts });
}

export async function simRequests(sim: Sim): Promise<SimRequest[]> {
  const res = await fetch(`${sim.url}/__sim/requests`);
  return ((await res.json()) as { requests: SimRequest[] }).requests;
}

export async function simControl(sim: Sim, path: 'faults' | 'reset' | 'requests', body?: unknown, method = 'POST') {
  const res = await fetch(`${sim.url}/__sim/${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`sim control ${path}: ${res.status} ${await res.text()}`);
}

export function simClient(
  sim: Sim,
  opts: { limiter?: RateLimiter; retry?: RetryPolicy; credentials?: typeof DEMO_CREDENTIALS | { accountId: string; clientId: string; clientSecret: string } } = {},
): ZoomClient {
  return new ZoomClient({
    apiBaseUrl: `${sim.url}/v2`,
    tokens: new OAuthTokenCache({ oauthBaseUrl: sim.url, credentials: { ...(opts.credentials ?? DEMO_CREDENTIALS) } }),
    limiter: opts.limiter ?? RollingWindowLimiter.forPlan('pro'),
    fileOrigins: [new URL(sim.fileUrl).origin],
    ...(opts.retry ? { retry: opts.retry } : {}),
  });
}

/** A limiter that never waits (to provoke Zoom's own 429s). */
export const unlimited: RateLimiter = { acquire: async () => {}, pause: () => {} };
