// The Zoom Phone reads a routing snapshot needs, as few as the data allows:
// the lists (sites, numbers, auto receptionists, call queues, users, shared
// line groups, common areas, rooms, external contacts), then per extension
// only what a call can meet — each auto receptionist's and call queue's call
// handling, a call queue's and shared line group's detail (members, zone),
// and only the menus of an auto receptionist that can play (menusNeeded).
// Users' own call handling is not read (one call per user): they are judged
// open (decision 016).
import type { ZoomCallHandlingRead } from '@switchboard/zoom-schema/phone-call-handling';
import { zoomCallHandlingReadSchema } from '@switchboard/zoom-schema/phone-call-handling';
import { zoomAutoReceptionistListSchema, type ZoomAutoReceptionist } from '@switchboard/zoom-schema/phone-auto-receptionists';
import { zoomCallQueueDetailSchema, zoomCallQueueListSchema, type ZoomCallQueue, type ZoomCallQueueDetail } from '@switchboard/zoom-schema/phone-call-queues';
import { zoomCommonAreaListSchema, type ZoomCommonArea } from '@switchboard/zoom-schema/phone-common-areas';
import { zoomExternalContactListSchema, type ZoomExternalContact } from '@switchboard/zoom-schema/phone-external-contacts';
import { zoomIvrReadSchema, type ZoomIvrRead } from '@switchboard/zoom-schema/phone-ivr';
import { zoomPhoneNumberListSchema, type ZoomPhoneNumber } from '@switchboard/zoom-schema/phone-numbers';
import { zoomRoomListSchema, type ZoomRoom } from '@switchboard/zoom-schema/phone-rooms';
import {
  zoomSharedLineGroupDetailSchema,
  zoomSharedLineGroupListSchema,
  type ZoomSharedLineGroup,
} from '@switchboard/zoom-schema/phone-shared-line-groups';
import { zoomSiteListSchema, type ZoomSite } from '@switchboard/zoom-schema/phone-sites';
import { zoomPhoneUserListSchema, type ZoomPhoneUser } from '@switchboard/zoom-schema/phone-users';
import { ZOOM_OPERATIONS as OP, operationPath } from '@switchboard/zoom-schema/operations';
import type { z } from 'zod';
import type { ZoomClient } from '../../zoom/client';
import { isNotFoundFor } from '../../zoom/zoom-error';

export type ZoomSlgDetail = z.infer<typeof zoomSharedLineGroupDetailSchema>;
export type MenuKey = 'business' | 'closed' | `holiday:${string}`;

export interface PhoneLists {
  sites: ZoomSite[];
  numbers: ZoomPhoneNumber[];
  autoReceptionists: ZoomAutoReceptionist[];
  callQueues: ZoomCallQueue[];
  users: ZoomPhoneUser[];
  sharedLineGroups: ZoomSharedLineGroup[];
  commonAreas: ZoomCommonArea[];
  rooms: ZoomRoom[];
  externalContacts: ZoomExternalContact[];
}

/** How many requests wait for budget at once (enough to keep 40 light calls a second busy). */
export const IN_FLIGHT = 48;

export async function readPhoneLists(zoom: ZoomClient): Promise<PhoneLists> {
  const [sites, numbers, autoReceptionists, callQueues, users, sharedLineGroups, commonAreas, rooms, externalContacts] = await Promise.all([
    zoom.paginate(OP.listSites, { key: 'sites', schema: zoomSiteListSchema }),
    zoom.paginate(OP.listNumbers, { key: 'phone_numbers', schema: zoomPhoneNumberListSchema, query: { type: 'assigned' } }),
    zoom.paginate(OP.listAutoReceptionists, { key: 'auto_receptionists', schema: zoomAutoReceptionistListSchema }),
    zoom.paginate(OP.listCallQueues, { key: 'call_queues', schema: zoomCallQueueListSchema }),
    zoom.paginate(OP.listUsers, { key: 'users', schema: zoomPhoneUserListSchema }),
    zoom.paginate(OP.listSharedLineGroups, { key: 'shared_line_groups', schema: zoomSharedLineGroupListSchema }),
    zoom.paginate(OP.listCommonAreas, { key: 'common_areas', schema: zoomCommonAreaListSchema }),
    zoom.paginate(OP.listRooms, { key: 'rooms', schema: zoomRoomListSchema }),
    zoom.paginate(OP.listExternalContacts, { key: 'external_contacts', schema: zoomExternalContactListSchema }),
  ]);
  return {
    sites: sites.items,
    numbers: numbers.items,
    autoReceptionists: autoReceptionists.items,
    callQueues: callQueues.items,
    users: users.items,
    sharedLineGroups: sharedLineGroups.items,
    commonAreas: commonAreas.items,
    rooms: rooms.items,
    externalContacts: externalContacts.items,
  };
}

/** An object deleted between the list and its read is left out (null), not a failure. */
async function orGone<T>(op: (typeof OP)[keyof typeof OP], read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (err) {
    if (isNotFoundFor(op, err)) return null;
    throw err;
  }
}

export function readCallHandlingOf(zoom: ZoomClient, extensionId: string): Promise<ZoomCallHandlingRead | null> {
  const op = OP.getCallHandling;
  return orGone(op, async () => (await zoom.get(operationPath(op, extensionId), { label: op.label, schema: zoomCallHandlingReadSchema })).data);
}

export function readCallQueue(zoom: ZoomClient, id: string): Promise<ZoomCallQueueDetail | null> {
  const op = OP.getCallQueue;
  return orGone(op, async () => (await zoom.get(operationPath(op, id), { label: op.label, schema: zoomCallQueueDetailSchema })).data);
}

export function readSharedLineGroup(zoom: ZoomClient, id: string): Promise<ZoomSlgDetail | null> {
  const op = OP.getSharedLineGroup;
  return orGone(op, async () => (await zoom.get(operationPath(op, id), { label: op.label, schema: zoomSharedLineGroupDetailSchema })).data);
}

const HOURS_TYPE = { business: 'business_hours', closed: 'closed_hours' } as const;

export function readMenu(zoom: ZoomClient, arId: string, which: MenuKey): Promise<ZoomIvrRead | null> {
  const op = OP.getIvr;
  const query = which.startsWith('holiday:')
    ? { holiday_id: which.slice('holiday:'.length) }
    : { hours_type: HOURS_TYPE[which as 'business' | 'closed'] };
  return orGone(op, async () => (await zoom.get(operationPath(op, arId), { label: op.label, schema: zoomIvrReadSchema, query })).data);
}
