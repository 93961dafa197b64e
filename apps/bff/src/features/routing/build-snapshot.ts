// One routing snapshot from Zoom: the Phone lists and the Contact Center reads
// at once, then per extension only what a call can meet (read-phone.ts,
// read-cc.ts), every call through the one rate-limited client, at most
// IN_FLIGHT waiting for budget. Parsed by routing-core's schema, so a
// snapshot that reaches the tracer is whole.
import { menusNeeded } from '@switchboard/routing-core/routing/menus-needed';
import { routingSnapshotSchema, type RoutingSnapshot } from '@switchboard/routing-core/routing/snapshot';
import type { ZoomCallHandlingRead } from '@switchboard/zoom-schema/phone-call-handling';
import type { ZoomCallQueueDetail } from '@switchboard/zoom-schema/phone-call-queues';
import type { ZoomIvrRead } from '@switchboard/zoom-schema/phone-ivr';
import type { ZoomClient } from '../../zoom/client';
import { mapContactCenter } from './map-cc';
import { arCallHandling, mapPhone, mapPhoneNumbers, siteZones, type PhoneDetails } from './map-phone';
import { readContactCenter } from './read-cc';
import { runJobs, type Job } from './pool';
import {
  IN_FLIGHT,
  readCallHandlingOf,
  readCallQueue,
  readMenu,
  readPhoneLists,
  readSharedLineGroup,
  type MenuKey,
  type ZoomSlgDetail,
} from './read-phone';

/** The one country of every site, for numbers typed without a country code; null when sites are in several. */
function defaultCountry(sites: readonly { country?: { code: string } | undefined }[]): string | null {
  const codes = new Set(sites.map((s) => s.country?.code).filter(Boolean));
  return codes.size === 1 ? ([...codes][0] as string) : null;
}

export async function buildSnapshot(zoom: ZoomClient, now: () => Date): Promise<RoutingSnapshot> {
  const takenAt = now().toISOString();
  const [lists, cc] = await Promise.all([readPhoneLists(zoom), readContactCenter(zoom)]);
  const zones = siteZones(lists);
  const details: PhoneDetails = { callHandling: new Map(), callQueues: new Map(), sharedLineGroups: new Map(), menus: new Map() };

  const setIf = <K, V>(m: Map<K, V>, k: K) => (v: V | null) => {
    if (v) m.set(k, v);
  };
  const callHandling = (ext: string): Job => async () => setIf<string, ZoomCallHandlingRead>(details.callHandling, ext)(await readCallHandlingOf(zoom, ext));
  const arJobs: Job[] = lists.autoReceptionists.flatMap((a) => {
    const ext = a.extension_id;
    if (!ext) return [];
    return [
      async (add) => {
        const read = await readCallHandlingOf(zoom, ext);
        if (!read) return;
        details.callHandling.set(ext, read);
        const zone = a.timezone || (a.site && zones.get(a.site.id)) || 'UTC';
        const need = menusNeeded(arCallHandling(read, zone, a.name, ext));
        const keys: MenuKey[] = [...(need.business ? ['business' as const] : []), ...(need.closed ? ['closed' as const] : []), ...need.holidayIds.map((h) => `holiday:${h}` as const)];
        for (const k of keys) add(async () => setIf<string, ZoomIvrRead>(details.menus, `${a.id}:${k}`)(await readMenu(zoom, a.id, k)));
      },
    ];
  });
  const queueJobs: Job[] = lists.callQueues.flatMap((q) =>
    q.extension_id
      ? [callHandling(q.extension_id), async () => setIf<string, ZoomCallQueueDetail>(details.callQueues, q.id)(await readCallQueue(zoom, q.id))]
      : [],
  );
  const slgJobs: Job[] = lists.sharedLineGroups.flatMap((g) =>
    g.extension_id
      ? [callHandling(g.extension_id), async () => setIf<string, ZoomSlgDetail>(details.sharedLineGroups, g.id)(await readSharedLineGroup(zoom, g.id))]
      : [],
  );
  // The menus an auto receptionist's call handling asks for join the same pool: no budget idles between the stages.
  await runJobs([...arJobs, ...queueJobs, ...slgJobs], IN_FLIGHT);

  const phone = mapPhone(lists, details);
  const ccPart = mapContactCenter(cc);
  return routingSnapshotSchema.parse({
    takenAt,
    defaultCountry: defaultCountry(lists.sites),
    countries: [...new Set(lists.sites.flatMap((x) => (x.country?.code?.length === 2 ? [x.country.code] : [])))],
    ...phone,
    phoneNumbers: [...(mapPhoneNumbers(lists) ?? []), ...ccPart.numbers],
    audio: [],
    contactCenter: ccPart.contactCenter,
  });
}
