// Test support: the Zendesk simulator's API (as the demo agent) and its
// control plane, for checking what landed there.
import { DEMO_ZENDESK_CREDENTIALS, basicAuthorization } from '@switchboard/zendesk-sim/demo-credentials';

export interface ZendeskSim {
  url: string;
}

export async function simApi(sim: ZendeskSim, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: { authorization: basicAuthorization(DEMO_ZENDESK_CREDENTIALS), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

export function simControl(sim: ZendeskSim, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${sim.url}/__sim${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
}
