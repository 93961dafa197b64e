// Test support: small builders for routing snapshots — menus, key actions and
// call-handling routings named by what they do, with every action code taken
// from zoom-schema's catalogs by its label (no code is written here).
import { IVR_ACTIONS, IVR_KEYS, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import {
  CALL_ROUTING_ACTIONS,
  PLAY_MENU_ACTION,
  VOICEMAIL_ACTION,
} from '@switchboard/zoom-schema/call-handling-actions';
import { defaultMenu } from '../ivr/default-menu';
import type { KeyAction, Menu, NoAction } from '../ivr/menu';
import type { CallRouting } from '../schedule/call-routing';
import type { WeekSchedule } from '../schedule/model';
import { WEEKDAYS } from '../schedule/weekdays';

export function ivrCode(label: string): number {
  const spec = IVR_ACTIONS.find((a) => a.label === label);
  if (!spec) throw new Error(`No IVR action is labelled "${label}".`);
  return spec.code;
}

export function routingCode(label: string): number {
  const spec = CALL_ROUTING_ACTIONS.find((a) => a.label === label);
  if (!spec) throw new Error(`No call-routing option is labelled "${label}".`);
  return spec.code;
}

const ext = (action: number, extensionId: string): KeyAction => ({ action, target: { extensionId }, voicemailGreetingId: null });

/** Key actions by what they do. */
export const key = {
  user: (id: string) => ext(ivrCode('Forward to user'), id),
  autoReceptionist: (id: string) => ext(ivrCode('Forward to auto receptionist'), id),
  callQueue: (id: string) => ext(ivrCode('Forward to call queue'), id),
  sharedLineGroup: (id: string) => ext(ivrCode('Forward to shared line group'), id),
  commonArea: (id: string) => ext(ivrCode('Forward to common area'), id),
  zoomRoom: (id: string) => ext(ivrCode('Forward to Zoom Room'), id),
  meetingService: (id: string) => ext(ivrCode('Forward to meeting service'), id),
  externalContact: (id: string) => ext(ivrCode('Forward to external contact'), id),
  contactCenter: (entryPointId: string) => ext(ivrCode('Forward to contact center'), entryPointId),
  phoneNumber: (phoneNumber: string): KeyAction => ({ action: ivrCode('Forward to phone number'), target: { phoneNumber }, voicemailGreetingId: null }),
  ownVoicemail: (greetingId: string | null = null): KeyAction => ({ action: ivrCode('Voicemail of this auto receptionist'), target: null, voicemailGreetingId: greetingId }),
  userVoicemail: (id: string, greetingId = 'greeting-1'): KeyAction => ({ ...ext(ivrCode('Voicemail of user'), id), voicemailGreetingId: greetingId }),
  queueVoicemail: (id: string, greetingId = 'greeting-1'): KeyAction => ({ ...ext(ivrCode('Voicemail of call queue'), id), voicemailGreetingId: greetingId }),
  repeat: (): KeyAction => ({ action: ivrCode('Repeat menu greeting'), target: null, voicemailGreetingId: null }),
  root: (): KeyAction => ({ action: ivrCode('Return to root menu'), target: null, voicemailGreetingId: null }),
  previous: (): KeyAction => ({ action: ivrCode('Return to previous menu'), target: null, voicemailGreetingId: null }),
  disabled: (): KeyAction => ({ action: ivrCode('Disabled'), target: null, voicemailGreetingId: null }),
};

/** "No key pressed": disconnect (Zoom's default) or forward. */
export const noKey = {
  disconnect: (repeat: NoAction['repeat'] = 3): NoAction => ({ repeat, action: ivrCode('Disabled'), target: null }),
  forward: (k: KeyAction, repeat: NoAction['repeat'] = 1): NoAction => ({ repeat, action: k.action, target: k.target }),
};

/** Zoom's default menu with these keys, "no key pressed" and greeting. */
export function menu(keys: Partial<Record<IvrKey, KeyAction>>, noAction?: NoAction, promptId: string | null = null): Menu {
  const base = defaultMenu();
  return { prompt: { id: promptId }, noAction: noAction ?? base.noAction, keys: { ...base.keys, ...keys } };
}

/** A menu where every key is disabled. */
export function deadMenu(noAction?: NoAction): Menu {
  return menu(Object.fromEntries(IVR_KEYS.map((k) => [k, key.disabled()])), noAction);
}

/** Call-handling routings by what they do. */
export const route = {
  menu: (): CallRouting => ({ action: PLAY_MENU_ACTION, target: null }),
  voicemail: (extensionId?: string): CallRouting => ({ action: VOICEMAIL_ACTION, target: extensionId ? { extensionId } : null }),
  user: (extensionId: string): CallRouting => ({ action: routingCode('Forward to a user'), target: { extensionId } }),
  callQueue: (extensionId: string): CallRouting => ({ action: routingCode('Forward to a call queue'), target: { extensionId } }),
  autoReceptionist: (extensionId: string): CallRouting => ({ action: routingCode('Forward to an auto receptionist'), target: { extensionId } }),
  phoneNumber: (phoneNumber: string): CallRouting => ({ action: routingCode('Forward to a phone number'), target: { phoneNumber } }),
  contactCenter: (phoneNumber: string): CallRouting => ({ action: routingCode('Forward to Zoom Contact Center'), target: { phoneNumber } }),
  disconnect: (): CallRouting => ({ action: routingCode('Disconnect'), target: null }),
};

/** Monday–Friday `from`–`to`, the weekend closed. */
export function officeWeek(timezone: string, from = '09:00', to = '17:00'): WeekSchedule {
  const days = Object.fromEntries(
    WEEKDAYS.map((d) => [d, d === 'sat' || d === 'sun' ? { type: 'closed' as const } : { type: 'ranges' as const, ranges: [{ from, to }] }]),
  ) as WeekSchedule['days'];
  return { timezone, days };
}

export function allDayWeek(timezone: string): WeekSchedule {
  return { timezone, days: Object.fromEntries(WEEKDAYS.map((d) => [d, { type: 'all_day' as const }])) as WeekSchedule['days'] };
}
