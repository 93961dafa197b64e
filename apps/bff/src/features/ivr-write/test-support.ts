// Test support for IVR write tests: the app's simulator (control API and
// direct Zoom calls that bypass Switchboard's pipeline) and request helpers.
import type { FastifyInstance } from 'fastify';
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { IvrApplyResponse, IvrResponse, IvrWriteBody } from '@switchboard/contract/ivr';
import { menuFromZoom } from '@switchboard/routing-core/ivr/from-zoom';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import { ivrPath, scopeBody } from '@switchboard/routing-core/ivr/plan';
import { zoomIvrReadSchema, type ZoomIvrPatch } from '@switchboard/zoom-schema/phone-ivr';
import type { SignedIn } from '../../testing/harness';

export interface SimLogEntry {
  method: string;
  path: string;
  query: Record<string, unknown>;
  body: unknown;
  status: number;
}

function simUrl(bff: FastifyInstance): string {
  const url = bff.zoomConnection.simulatorUrl;
  if (!url) throw new Error('the test app is not in demo mode');
  return url;
}

export async function simControl(bff: FastifyInstance, what: 'faults' | 'reset' | 'scenario', body?: unknown): Promise<void> {
  const res = await fetch(`${simUrl(bff)}/__sim/${what}`, {
    method: 'POST',
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`sim ${what}: ${res.status} ${await res.text()}`);
}

/** Faults off, the account as it is (a reset would also put every menu back as seeded). */
export async function clearFaults(bff: FastifyInstance): Promise<void> {
  const res = await fetch(`${simUrl(bff)}/__sim/faults`, { method: 'DELETE' });
  if (!res.ok) throw new Error(`sim clear faults: ${res.status} ${await res.text()}`);
}

export async function simLog(bff: FastifyInstance): Promise<SimLogEntry[]> {
  const res = await fetch(`${simUrl(bff)}/__sim/requests`);
  return ((await res.json()) as { requests: SimLogEntry[] }).requests.filter((r) => r.path.startsWith('/v2/'));
}

export async function clearSimLog(bff: FastifyInstance): Promise<void> {
  await fetch(`${simUrl(bff)}/__sim/requests`, { method: 'DELETE' });
}

/** Zoom's menu read straight from the simulator (through the app's client and limiter, not its routes). */
export async function zoomMenu(bff: FastifyInstance, arId: string, hours: 'business' | 'closed' = 'business'): Promise<Menu> {
  const res = await bff.zoom.get(`/phone/auto_receptionists/${arId}/ivr`, {
    label: 'light',
    schema: zoomIvrReadSchema,
    query: { hours_type: hours === 'business' ? 'business_hours' : 'closed_hours' },
  });
  return menuFromZoom(res.data);
}

/** A change made in Zoom behind Switchboard's back. */
export async function zoomPatch(bff: FastifyInstance, arId: string, hours: 'business' | 'closed', body: ZoomIvrPatch): Promise<void> {
  await bff.zoom.request({ method: 'PATCH', path: ivrPath(arId), label: 'light', schema: null, body: { ...body, ...scopeBody({ hours }) } });
}

export async function loadIvr(bff: FastifyInstance, as: SignedIn, arId: string, hours: 'business' | 'closed' = 'business'): Promise<IvrResponse> {
  const res = await bff.inject({ url: `/api/auto-receptionists/${arId}/ivr?hours=${hours}`, headers: as.headers });
  if (res.statusCode !== 200) throw new Error(`load ivr: ${res.statusCode} ${res.body}`);
  return res.json() as IvrResponse;
}

export async function putIvr(bff: FastifyInstance, as: SignedIn, arId: string, body: IvrWriteBody) {
  const res = await bff.inject({ method: 'PUT', url: `/api/auto-receptionists/${arId}/ivr`, headers: as.writeHeaders, payload: body });
  return { status: res.statusCode, body: res.json() as IvrApplyResponse & { error?: { code: string; message: string } } };
}

export const countCalls = (log: SimLogEntry[], method: string, pathEnd = '/ivr') =>
  log.filter((r) => r.method === method && r.path.endsWith(pathEnd)).length;

/** The seeded main auto receptionist (San Francisco) and the users with an extension. */
export async function seededTargets(bff: FastifyInstance): Promise<{ arId: string; users: DirectoryItem[] }> {
  const ars = await bff.directory.list({ type: 'autoReceptionist' });
  const arId = ars.find((a) => a.name.startsWith('Main Line') && a.name.includes('San Francisco'))!.id;
  const users = (await bff.directory.list({ type: 'user' })).filter((u) => u.extensionId);
  return { arId, users };
}

/** A key action forwarding to a directory user. */
export const forwardToUser = (u: DirectoryItem) => ({ action: 2, target: { extensionId: u.extensionId! }, voicemailGreetingId: null });
