// Test support for call-handling tests (hours, holidays, calendar, bulk
// holidays): seeded extensions by name, Zoom's call handling read straight
// from the simulator (through the app's client, not its routes), requests.
import type { FastifyInstance } from 'fastify';
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { ExtensionType } from '@switchboard/contract/hours';
import { zoomCallHandlingReadSchema, type ZoomCallHandlingRead } from '@switchboard/zoom-schema/phone-call-handling';
import type { SignedIn } from '../../testing/harness';

/** A seeded extension of a kind, by name (or the first one matching). */
export async function extensionNamed(bff: FastifyInstance, type: ExtensionType, match: (i: DirectoryItem) => boolean): Promise<DirectoryItem & { extensionId: string }> {
  const item = (await bff.directory.list({ type })).find((i) => i.extensionId && match(i));
  if (!item) throw new Error(`no seeded ${type} matches`);
  return item as DirectoryItem & { extensionId: string };
}

/** Zoom's call handling of an extension as the simulator holds it. */
export async function zoomCallHandling(bff: FastifyInstance, extensionId: string): Promise<ZoomCallHandlingRead> {
  const res = await bff.zoom.get(`/phone/extension/${extensionId}/call_handling/settings`, { label: 'light', schema: zoomCallHandlingReadSchema });
  return res.data;
}

/** The holiday details Zoom holds, as `{id, name, from, to}` in Zoom's UTC strings. */
export async function zoomHolidays(bff: FastifyInstance, extensionId: string): Promise<{ id: string; name?: string; from?: string; to?: string }[]> {
  const read = await zoomCallHandling(bff, extensionId);
  return read.holiday_hours.map((h) => {
    const s = h.details.find((d) => d.sub_setting_type === 'holiday')?.settings ?? {};
    return { id: h.holiday_id!, name: s.name, from: s.from, to: s.to };
  });
}

export async function call<T>(bff: FastifyInstance, as: SignedIn, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
  const res = await bff.inject({ method, url, headers: method === 'GET' ? as.headers : as.writeHeaders, ...(payload === undefined ? {} : { payload: payload as object }) });
  const json = /json/.test(String(res.headers['content-type'] ?? '')) ? (res.json() as T & { error?: { code: string; message: string } }) : (undefined as never);
  return { status: res.statusCode, body: json, headers: res.headers, text: res.body };
}
