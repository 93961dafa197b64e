// Building blocks for IVR menus: Zoom's default menu and readable helpers for
// the seeded ones.
import { DEFAULT_NO_ACTION, KEYS, defaultKeyAction } from '../phone/ivr/rules';
import type { Key } from '../phone/ivr/rules';
import type { IvrMenuState, KeyActionState } from '../state/records';

/** Zoom's menu for a new auto receptionist or a new holiday. */
export function defaultMenu(): IvrMenuState {
  const keys = {} as Record<Key, KeyActionState>;
  for (const key of KEYS) keys[key] = { action: defaultKeyAction(key) };
  return {
    audioPromptId: null,
    noAction: { action: DEFAULT_NO_ACTION.action, repeat: DEFAULT_NO_ACTION.repeat, forwardToExtensionId: null },
    keys,
  };
}

export function menu(
  audioPromptId: string | null,
  keys: Partial<Record<Key, KeyActionState>>,
  noAction?: { action: number; repeat: number; forwardToExtensionId?: string },
): IvrMenuState {
  const base = defaultMenu();
  return {
    audioPromptId,
    noAction: noAction
      ? { action: noAction.action, repeat: noAction.repeat, forwardToExtensionId: noAction.forwardToExtensionId ?? null }
      : base.noAction,
    keys: { ...base.keys, ...keys },
  };
}

type HasExt = { extensionId: string };

export const to = {
  user: (u: HasExt): KeyActionState => ({ action: 2, extensionId: u.extensionId }),
  commonArea: (c: HasExt): KeyActionState => ({ action: 4, extensionId: c.extensionId }),
  autoReceptionist: (a: HasExt): KeyActionState => ({ action: 6, extensionId: a.extensionId }),
  callQueue: (q: HasExt): KeyActionState => ({ action: 7, extensionId: q.extensionId }),
  sharedLineGroup: (g: HasExt): KeyActionState => ({ action: 8, extensionId: g.extensionId }),
  externalContact: (c: { externalContactId: string }): KeyActionState => ({ action: 9, extensionId: c.externalContactId }),
  phoneNumber: (phoneNumber: string): KeyActionState => ({ action: 10, phoneNumber }),
  zoomRoom: (r: HasExt): KeyActionState => ({ action: 3, extensionId: r.extensionId }),
  ciscoRoom: (r: HasExt): KeyActionState => ({ action: 5, extensionId: r.extensionId }),
  contactCenter: (e: { entryId: string }): KeyActionState => ({ action: 15, extensionId: e.entryId }),
  meetingService: (m: HasExt): KeyActionState => ({ action: 16, extensionId: m.extensionId }),
  meetingServiceNumber: (phoneNumber: string): KeyActionState => ({ action: 17, phoneNumber }),
  ownVoicemail: (greetingId?: string): KeyActionState => (greetingId ? { action: 100, voicemailGreetingId: greetingId } : { action: 100 }),
  userVoicemail: (u: HasExt, greetingId: string): KeyActionState => ({ action: 200, extensionId: u.extensionId, voicemailGreetingId: greetingId }),
  queueVoicemail: (q: HasExt, greetingId: string): KeyActionState => ({ action: 400, extensionId: q.extensionId, voicemailGreetingId: greetingId }),
  repeat: (): KeyActionState => ({ action: 21 }),
  root: (): KeyActionState => ({ action: 22 }),
  previous: (): KeyActionState => ({ action: 23 }),
  disabled: (): KeyActionState => ({ action: -1 }),
};
