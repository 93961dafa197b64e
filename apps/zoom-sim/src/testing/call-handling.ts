// Reading and writing call handling in the simulator's own tests: finding an
// extension id the way a client would (from the lists), and the read shape as
// far as the tests look at it.
import { findByName } from './fixtures';
import type { Harness } from './harness';

const LISTS = {
  autoReceptionist: ['/phone/auto_receptionists', 'auto_receptionists'],
  callQueue: ['/phone/call_queues', 'call_queues'],
  sharedLineGroup: ['/phone/shared_line_groups', 'shared_line_groups'],
} as const;

/** The extension id of a seeded auto receptionist, call queue or shared line group, by name. */
export async function extensionIdOf(h: Harness, kind: keyof typeof LISTS, name: string): Promise<string> {
  const [path, key] = LISTS[kind];
  const item = await findByName(h, path, key, name);
  if (!item.extension_id) throw new Error(`${name} has no extension_id`);
  return item.extension_id;
}

export async function userExtensionId(h: Harness, index: number): Promise<string> {
  const list = await h.json<{ users: Array<{ extension_id: string }> }>('GET', '/phone/users?page_size=100');
  const user = list.users[index];
  if (!user) throw new Error(`no user ${index}`);
  return user.extension_id;
}

export const settingsPath = (extensionId: string, settingType?: string) =>
  `/phone/extension/${extensionId}/call_handling/settings${settingType ? `/${settingType}` : ''}`;

export interface Target {
  display_name?: string;
  extension_id?: string;
  extension_number?: number;
  extension_type?: string;
  id?: string;
  phone_number?: string;
  description?: string;
}

export interface Routing {
  action: number;
  forward_to?: Target;
  voicemail_greeting?: { id: string; name: string };
  message_greeting?: { id: string; name: string };
  operator?: Target;
  connect_to_operator?: boolean;
  allow_callers_check_voicemail?: boolean;
  voicemail_leaving_instruction?: { id: string; name: string };
  require_press_1_before_connecting?: boolean;
}

export interface Settings {
  type?: number;
  custom_hours_settings?: Array<{ weekday: number; type: number; from?: string; to?: string }>;
  allow_members_to_reset?: boolean;
  routing?: Routing;
  busy_routing?: Routing;
  ring_mode?: string;
  max_wait_time?: number;
  max_call_in_queue?: number;
  call_forwarding_settings?: Array<{ id: string; phone_number: string; description: string; enable: boolean; external_contact?: { external_contact_id: string } }>;
  require_press_1_before_connecting?: boolean;
  name?: string;
  from?: string;
  to?: string;
}

export interface Entry {
  sub_setting_type: string;
  settings: Settings;
}

export interface CallHandlingRead {
  business_hours: Entry[];
  closed_hours: Entry[];
  holiday_hours: Array<{ holiday_id: string; details: Entry[] }>;
}

export const readSettings = (h: Harness, extensionId: string) => h.json<CallHandlingRead>('GET', settingsPath(extensionId));

/** The settings of one sub-setting in a list of entries. */
export function sub(entries: Entry[] | undefined, type: string): Settings | undefined {
  return entries?.find((e) => e.sub_setting_type === type)?.settings;
}

/** A holiday's name, from and to as read back. */
export function holidaysOf(read: CallHandlingRead) {
  return read.holiday_hours.map((h) => ({ id: h.holiday_id, ...sub(h.details, 'holiday') }));
}
