// Zoom Phone reads → the routing snapshot's Phone half (routing-core's
// normalized shapes). The only place these Zoom shapes become a snapshot.
import { defaultMenu } from '@switchboard/routing-core/ivr/default-menu';
import { actionSpec } from '@switchboard/zoom-schema/ivr-actions';
import { menuFromZoom } from '@switchboard/routing-core/ivr/from-zoom';
import {
  businessRoutingFromZoomPhone,
  closedRoutingFromZoomPhone,
  holidayRoutingFromZoomPhone,
} from '@switchboard/routing-core/schedule/call-routing-zoom';
import { holidaysFromZoomPhone, weekScheduleFromZoomPhone } from '@switchboard/routing-core/schedule/from-zoom-phone';
import { RING_MODES, type RingMode } from '@switchboard/routing-core/routing/snapshot-phone';
import type { RoutingSnapshotInput } from '@switchboard/routing-core/routing/snapshot';
import type { ZoomCallHandlingRead } from '@switchboard/zoom-schema/phone-call-handling';
import type { ZoomCallQueueDetail } from '@switchboard/zoom-schema/phone-call-queues';
import type { ZoomIvrRead } from '@switchboard/zoom-schema/phone-ivr';
import { AppError } from '../../http/app-error';
import type { PhoneLists, ZoomSlgDetail } from './read-phone';

type Input = Required<Pick<RoutingSnapshotInput, 'autoReceptionists' | 'callQueues' | 'users' | 'sharedLineGroups' | 'commonAreas' | 'otherExtensions' | 'externalContacts' | 'sites'>>;

export interface PhoneDetails {
  callHandling: Map<string, ZoomCallHandlingRead>;
  callQueues: Map<string, ZoomCallQueueDetail>;
  sharedLineGroups: Map<string, ZoomSlgDetail>;
  /** `${arId}:business`, `${arId}:closed`, `${arId}:holiday:${holidayId}`. */
  menus: Map<string, ZoomIvrRead>;
}

const extNo = (n: number | string | undefined) => (n === undefined || n === '' ? null : String(n));
const inactive = (status: string | undefined) => (status && /inactive|deactivat|disabled/i.test(status) ? 'inactive' : 'active');

/** Zone of each site: its main auto receptionist's (Zoom documents no zone for a site). */
export function siteZones(lists: PhoneLists): Map<string, string> {
  const arZone = new Map(lists.autoReceptionists.map((a) => [a.id, a.timezone]));
  const out = new Map<string, string>();
  for (const s of lists.sites) {
    const z = s.main_auto_receptionist ? arZone.get(s.main_auto_receptionist.id) : undefined;
    if (z) out.set(s.id, z);
  }
  return out;
}

function unreadable(name: string, err: unknown): AppError {
  return new AppError(502, 'zoom_error', `Zoom's call handling for ${name} cannot be read: ${err instanceof Error ? err.message : String(err)}`);
}

function hoursOf(read: ZoomCallHandlingRead, zone: string, name: string) {
  try {
    const holidays = holidaysFromZoomPhone(read, zone)
      .filter((h): h is typeof h & { id: string } => Boolean(h.id))
      .map((h) => ({ id: h.id, name: h.name, start: h.start, end: h.end, routing: holidayRoutingFromZoomPhone(read, h.id) }));
    return { schedule: weekScheduleFromZoomPhone(read, zone), holidays, closedRouting: closedRoutingFromZoomPhone(read) };
  } catch (err) {
    throw unreadable(name, err);
  }
}

/** The call-handling parts an auto receptionist's menus depend on (menusNeeded), from one read. */
export function arCallHandling(read: ZoomCallHandlingRead, zone: string, name: string, extensionId: string) {
  const hours = hoursOf(read, zone, name);
  return { extensionId, ...hours, businessRouting: businessRoutingFromZoomPhone(read) };
}

function ringMode(read: ZoomCallHandlingRead): { ringMode: RingMode; maxWaitSeconds: number | null } {
  const s = read.business_hours.find((e) => e.sub_setting_type === 'call_handling')?.settings;
  const mode = s?.call_distribution?.ring_mode ?? s?.ring_mode ?? 'simultaneous';
  return {
    ringMode: (RING_MODES as readonly string[]).includes(mode) ? (mode as RingMode) : 'simultaneous',
    maxWaitSeconds: s?.max_wait_time && s.max_wait_time > 0 ? s.max_wait_time : null,
  };
}

export function mapPhone(lists: PhoneLists, d: PhoneDetails): Input {
  const zones = siteZones(lists);
  const onlyZone = new Set(zones.values()).size === 1 ? [...zones.values()][0]! : 'UTC';
  const zoneOfSite = (siteId: string | undefined) => (siteId && zones.get(siteId)) || onlyZone;
  const userExt = new Map(lists.users.map((u) => [u.id, u.extension_id]));
  const caExt = new Map(lists.commonAreas.map((c) => [c.id, c.id]));
  const member = (m: { id: string; name?: string | undefined; extension_id?: string | undefined }, ext: Map<string, string | undefined>) => ({
    extensionId: m.extension_id ?? ext.get(m.id) ?? m.id,
    name: m.name ?? m.id,
  });
  const members = (ms: { users?: Parameters<typeof member>[0][] | undefined; common_areas?: Parameters<typeof member>[0][] | undefined } | undefined) => [
    ...(ms?.users ?? []).map((m) => member(m, userExt)),
    ...(ms?.common_areas ?? []).map((m) => member(m, caExt)),
  ];

  const autoReceptionists = lists.autoReceptionists.flatMap((a) => {
    const read = a.extension_id ? d.callHandling.get(a.extension_id) : undefined;
    if (!a.extension_id || !read) return [];
    const zone = a.timezone || zoneOfSite(a.site?.id);
    const ch = arCallHandling(read, zone, a.name, a.extension_id);
    const menu = (key: string) => {
      const m = d.menus.get(`${a.id}:${key}`);
      return m ? menuFromZoom(m) : defaultMenu();
    };
    return [
      {
        id: a.id,
        extensionId: a.extension_id,
        name: a.name,
        extensionNumber: extNo(a.extension_number),
        siteId: a.site?.id ?? null,
        hours: {
          schedule: ch.schedule,
          closedRouting: ch.closedRouting,
          holidays: ch.holidays.map((h) => ({ ...h, menu: menu(`holiday:${h.id}`) })),
        },
        businessRouting: ch.businessRouting,
        menus: { business: menu('business'), closed: menu('closed') },
      },
    ];
  });

  const callQueues = lists.callQueues.flatMap((q) => {
    const detail = d.callQueues.get(q.id);
    const read = q.extension_id ? d.callHandling.get(q.extension_id) : undefined;
    if (!q.extension_id || !detail || !read) return [];
    const zone = detail.timezone || zoneOfSite(q.site?.id);
    return [
      {
        id: q.id,
        extensionId: q.extension_id,
        name: q.name,
        extensionNumber: extNo(q.extension_number),
        siteId: q.site?.id ?? null,
        status: inactive(q.status),
        hours: hoursOf(read, zone, q.name),
        members: members(detail.members),
        distribution: ringMode(read),
        overflow: businessRoutingFromZoomPhone(read),
      } as const,
    ];
  });

  const sharedLineGroups = lists.sharedLineGroups.flatMap((g) => {
    if (!g.extension_id) return [];
    const detail = d.sharedLineGroups.get(g.id);
    const read = d.callHandling.get(g.extension_id);
    const zone = detail?.timezone || zoneOfSite(g.site?.id);
    return [
      {
        id: g.id,
        extensionId: g.extension_id,
        name: g.display_name,
        extensionNumber: extNo(g.extension_number),
        siteId: g.site?.id ?? null,
        status: inactive(g.status),
        hours: read ? hoursOf(read, zone, g.display_name) : null,
        members: members(detail?.members),
      } as const,
    ];
  });

  return {
    sites: lists.sites.map((s) => ({ id: s.id, name: s.name })),
    autoReceptionists,
    callQueues,
    sharedLineGroups,
    users: lists.users.flatMap((u) =>
      u.extension_id
        ? [{ id: u.id, extensionId: u.extension_id, name: u.name || u.email || u.id, extensionNumber: extNo(u.extension_number), siteId: u.site?.id ?? null, status: inactive(u.status) } as const]
        : [],
    ),
    commonAreas: lists.commonAreas.map((c) => ({ id: c.id, extensionId: c.id, name: c.display_name, extensionNumber: extNo(c.extension_number), siteId: c.site?.id ?? null, status: inactive(c.status) }) as const),
    otherExtensions: [
      ...lists.rooms.flatMap((r) =>
        r.extension_id ? [{ id: r.id, extensionId: r.extension_id, name: r.name, extensionNumber: extNo(r.extension_number), siteId: r.site?.id ?? null, type: 'zoomRoom' as const }] : [],
      ),
      ...meetingServices(lists),
      ...ciscoRooms(d),
    ],
    externalContacts: lists.externalContacts.map((c) => ({ id: c.external_contact_id, name: c.name, phoneNumbers: c.phone_numbers ?? [] })),
  };
}

/**
 * Cisco/Polycom rooms have no list in Zoom's Phone API: the ones menus forward to are known from
 * the menus themselves, where Zoom names the target when it exists (a deleted one comes back
 * without a name, and stays unknown: "no longer exists").
 */
function ciscoRooms(d: PhoneDetails) {
  const byId = new Map<string, Input['otherExtensions'][number]>();
  for (const m of d.menus.values()) {
    const targets = [...m.key_actions.map((k) => ({ action: k.action, target: k.target })), { action: m.caller_enters_no_action?.action, target: m.caller_enters_no_action?.forward_to }];
    for (const { action, target } of targets) {
      const id = target?.extension_id;
      if (action === undefined || !id || !target?.display_name || byId.has(id) || actionSpec(action)?.targetKind !== 'ciscoRoom') continue;
      byId.set(id, { id, extensionId: id, name: target.display_name, extensionNumber: extNo(target.extension_number), siteId: null, type: 'ciscoRoom' });
    }
  }
  return [...byId.values()];
}

/** Meeting services have no list: they are the assignees of their numbers (decision 006). */
function meetingServices(lists: PhoneLists) {
  const byId = new Map<string, Input['otherExtensions'][number]>();
  for (const n of lists.numbers) {
    const a = n.assignee;
    if (!a || a.type !== 'meetingService' || byId.has(a.id)) continue;
    byId.set(a.id, { id: a.id, extensionId: a.id, name: a.name || a.id, extensionNumber: extNo(a.extension_number), siteId: n.site?.id ?? null, type: 'meetingService' });
  }
  return [...byId.values()];
}

/** Numbers → what they are assigned to (by the assignee's object id and type). */
export function mapPhoneNumbers(lists: PhoneLists): RoutingSnapshotInput['phoneNumbers'] {
  const extOf = new Map<string, string>();
  const add = (type: string, id: string, ext: string | undefined) => ext && extOf.set(`${type}:${id}`, ext);
  for (const u of lists.users) add('user', u.id, u.extension_id);
  for (const a of lists.autoReceptionists) add('autoReceptionist', a.id, a.extension_id);
  for (const q of lists.callQueues) add('callQueue', q.id, q.extension_id);
  for (const g of lists.sharedLineGroups) add('sharedLineGroup', g.id, g.extension_id);
  for (const c of lists.commonAreas) add('commonArea', c.id, c.id);
  return lists.numbers.map((n) => {
    const a = n.assignee;
    if (!a) return { number: n.number, assignee: null };
    const extensionId = a.type === 'meetingService' ? a.id : (extOf.get(`${a.type}:${a.id}`) ?? `unknown:${a.id}`);
    return { number: n.number, assignee: { type: 'extension' as const, extensionId } };
  });
}
