// The Zoom operations Switchboard calls, as the client believes them: path,
// rate-limit label, the largest `page_size` a list accepts, the scopes a token
// needs, and which documented answers mean "no such object". One table, so
// that a wrong belief is written once and caught once: the BFF's conformance
// test checks every entry against the facts extracted from Zoom's documents.
import type { RateLimitLabel } from './rate-limits';

export interface ZoomOperation {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Templated path below the API base, as Zoom documents it. */
  path: string;
  label: RateLimitLabel;
  /** Lists only: the documented maximum of `page_size`. */
  pageSizeMax?: number;
  /** Granular scopes, any one of which allows the call. */
  scopes: readonly string[];
  /** Classic (pre-granular) scopes that allow it too. */
  classicScopes: readonly string[];
  /** Documented answers that mean the addressed object does not exist. */
  notFound?: readonly { status: number; code: number; message?: RegExp }[];
}

const phoneRead = ['phone:read:admin'] as const;
const phoneWrite = ['phone:write:admin'] as const;

export const ZOOM_OPERATIONS = {
  listUsers: {
    method: 'GET',
    path: '/phone/users',
    label: 'medium',
    pageSizeMax: 100,
    scopes: ['phone:read:list_users:admin'],
    classicScopes: phoneRead,
  },
  listCallQueues: {
    method: 'GET',
    path: '/phone/call_queues',
    label: 'medium',
    pageSizeMax: 100,
    scopes: ['phone:read:list_call_queues:admin'],
    classicScopes: phoneRead,
  },
  getCallQueue: {
    method: 'GET',
    path: '/phone/call_queues/{callQueueId}',
    label: 'light',
    scopes: ['phone:read:call_queue:admin'],
    classicScopes: phoneRead,
    notFound: [{ status: 404, code: 13000 }],
  },
  listAutoReceptionists: {
    method: 'GET',
    path: '/phone/auto_receptionists',
    label: 'medium',
    pageSizeMax: 100,
    scopes: ['phone:read:list_auto_receptionists:admin'],
    classicScopes: phoneRead,
  },
  getAutoReceptionist: {
    method: 'GET',
    path: '/phone/auto_receptionists/{autoReceptionistId}',
    label: 'medium',
    scopes: ['phone:read:auto_receptionist:admin'],
    classicScopes: phoneRead,
    // The document's only error: an unknown id is "Validation Failed." (400, code 300), not a 404.
    notFound: [{ status: 400, code: 300 }],
  },
  getIvr: {
    method: 'GET',
    path: '/phone/auto_receptionists/{autoReceptionistId}/ivr',
    label: 'light',
    scopes: ['phone:read:auto_receptionist_ivr:admin'],
    classicScopes: phoneRead,
    notFound: [{ status: 400, code: 400, message: /does not exist/i }],
  },
  updateIvr: {
    method: 'PATCH',
    path: '/phone/auto_receptionists/{autoReceptionistId}/ivr',
    label: 'light',
    scopes: ['phone:update:auto_receptionist_ivr:admin'],
    classicScopes: phoneWrite,
    notFound: [{ status: 400, code: 400, message: /does not exist/i }],
  },
  listSites: {
    method: 'GET',
    path: '/phone/sites',
    label: 'medium',
    pageSizeMax: 300,
    scopes: ['phone:read:list_sites:admin'],
    classicScopes: phoneRead,
  },
  listSharedLineGroups: {
    method: 'GET',
    path: '/phone/shared_line_groups',
    label: 'medium',
    pageSizeMax: 300,
    scopes: ['phone:read:list_shared_line_groups:admin'],
    classicScopes: phoneRead,
  },
  listCommonAreas: {
    method: 'GET',
    path: '/phone/common_areas',
    label: 'medium',
    pageSizeMax: 100,
    scopes: ['phone:read:common_area:admin'],
    classicScopes: phoneRead,
  },
  listExternalContacts: {
    method: 'GET',
    path: '/phone/external_contacts',
    label: 'light',
    pageSizeMax: 300,
    scopes: ['phone:read:list_external_contacts:admin'],
    classicScopes: phoneRead,
  },
  listNumbers: {
    method: 'GET',
    path: '/phone/numbers',
    label: 'medium',
    pageSizeMax: 100,
    scopes: ['phone:read:list_numbers:admin'],
    classicScopes: phoneRead,
  },
  listRooms: {
    method: 'GET',
    path: '/phone/rooms',
    label: 'medium',
    pageSizeMax: 100,
    scopes: ['phone:read:list_rooms:admin'],
    classicScopes: phoneRead,
  },
  listUserAudios: {
    method: 'GET',
    path: '/phone/users/{userId}/audios',
    label: 'light',
    scopes: ['phone:read:list_audios:admin'],
    classicScopes: phoneRead,
    notFound: [{ status: 404, code: 1001 }],
  },
  getAudio: {
    method: 'GET',
    path: '/phone/audios/{audioId}',
    label: 'light',
    scopes: ['phone:read:audio:admin'],
    classicScopes: phoneRead,
  },
  getSharedLineGroup: {
    method: 'GET',
    path: '/phone/shared_line_groups/{sharedLineGroupId}',
    label: 'light',
    scopes: ['phone:read:shared_line_group:admin'],
    classicScopes: phoneRead,
    notFound: [{ status: 404, code: 404 }],
  },
  // Call handling (business / closed / holiday hours) of users, call queues,
  // auto receptionists and shared line groups, by extension id.
  getCallHandling: {
    method: 'GET',
    path: '/phone/extension/{extensionId}/call_handling/settings',
    label: 'light',
    scopes: ['phone:read:list_call_handling_settings:admin'],
    classicScopes: phoneRead,
    notFound: [{ status: 404, code: 404, message: /extension does not exist/i }],
  },
  addCallHandlingSetting: {
    method: 'POST',
    path: '/phone/extension/{extensionId}/call_handling/settings/{settingType}',
    label: 'light',
    scopes: ['phone:write:call_handling_setting:admin'],
    classicScopes: phoneWrite,
    notFound: [{ status: 404, code: 404 }],
  },
  updateCallHandlingSetting: {
    method: 'PATCH',
    path: '/phone/extension/{extensionId}/call_handling/settings/{settingType}',
    label: 'light',
    scopes: ['phone:update:call_handling_setting:admin'],
    classicScopes: phoneWrite,
  },
  deleteCallHandlingSetting: {
    method: 'DELETE',
    path: '/phone/extension/{extensionId}/call_handling/settings/{settingType}',
    label: 'light',
    scopes: ['phone:delete:call_handling_setting:admin'],
    classicScopes: phoneWrite,
    notFound: [{ status: 404, code: 404, message: /holiday does not exist/i }],
  },
  listContactCenterEntryPoints: {
    method: 'GET',
    path: '/contact_center/flows_entry_points',
    label: 'medium',
    pageSizeMax: 100,
    scopes: ['contact_center:read:flow:admin'],
    classicScopes: ['contact_center_flow:read:admin'],
  },
  listCcFlows: {
    method: 'GET',
    path: '/contact_center/flows',
    label: 'medium',
    pageSizeMax: 100,
    scopes: ['contact_center:read:list_flows:admin'],
    classicScopes: ['contact_center_flow:read:admin'],
  },
  exportCcFlow: {
    method: 'GET',
    path: '/contact_center/flows/{flowId}/export',
    label: 'light',
    scopes: ['contact_center:read:flow:admin'],
    classicScopes: ['contact_center_flow:read:admin'],
    notFound: [{ status: 400, code: 3201 }],
  },
  listCcQueues: {
    method: 'GET',
    path: '/contact_center/queues',
    label: 'medium',
    pageSizeMax: 100,
    scopes: ['contact_center:read:list_queues:admin'],
    classicScopes: ['contact_center_queue:read:admin'],
  },
  getCcQueueOperatingHours: {
    method: 'GET',
    path: '/contact_center/queues/{queueId}/operating_hours',
    label: 'light',
    scopes: ['contact_center:read:queue_operating_hours:admin'],
    classicScopes: ['contact_center_queue:read:admin'],
    notFound: [{ status: 404, code: 1201 }],
  },
  listCcBusinessHours: {
    method: 'GET',
    path: '/contact_center/business_hours',
    label: 'medium',
    pageSizeMax: 100,
    scopes: ['contact_center:read:list_business_hours:admin'],
    classicScopes: ['contact_center_operating_hours:read:admin'],
  },
  listCcClosureSets: {
    method: 'GET',
    path: '/contact_center/closures',
    label: 'medium',
    pageSizeMax: 100,
    scopes: ['contact_center:read:list_closure_hours:admin'],
    classicScopes: ['contact_center_operating_hours:read:admin'],
  },
} as const satisfies Record<string, ZoomOperation>;

export type ZoomOperationName = keyof typeof ZOOM_OPERATIONS;

/** Fill a templated path with url-encoded values, in order. */
export function operationPath(op: ZoomOperation, ...values: string[]): string {
  let i = 0;
  return op.path.replace(/\{\w+\}/g, () => encodeURIComponent(values[i++] ?? ''));
}

/** Whether an error answer means the object does not exist, by the operation's documented meaning. */
export function meansNotFound(
  op: ZoomOperation,
  status: number | undefined,
  code: number | string | undefined,
  message: string,
): boolean {
  return (op.notFound ?? []).some(
    (a) =>
      a.status === status && a.code === Number(code) && (!a.message || a.message.test(message)),
  );
}
