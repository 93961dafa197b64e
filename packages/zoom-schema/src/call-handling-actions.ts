// The catalog of Zoom Phone's call-handling routing codes: where a call goes
// when nobody answers (business hours), the line is closed, or it is a
// holiday — `call_not_answer_action` in PATCH …/call_handling/settings/
// {settingType} (sub_setting_type `call_handling`), `routing.action` in the
// GET. Words, which kinds of extension may use each code (the PATCH document
// lists them per code), and which write field carries the target. Encoded
// once, as data; see docs/decisions/009-call-handling-writes.md.
import type { TargetKind } from './ivr-actions';

/** The extensions call handling applies to ("user, call queue, auto receptionist, or shared line group"). */
export const CALL_HANDLING_EXTENSION_TYPES = ['user', 'callQueue', 'autoReceptionist', 'sharedLineGroup'] as const;
export type CallHandlingExtensionType = (typeof CALL_HANDLING_EXTENSION_TYPES)[number];

export interface CallRoutingActionSpec {
  code: number;
  /** Words shown to people; never the raw code. */
  label: string;
  /**
   * What the write needs: `extension` → forward_to_extension_id (required);
   * `mailbox` → forward_to_extension_id (optional: whose voicemail, for auto
   * receptionists and call queues); `phoneNumber` → phone_number (E.164);
   * `contactCenterNumber` → forward_to_zcc_phone_number; `none` → nothing.
   */
  target: 'extension' | 'mailbox' | 'phoneNumber' | 'contactCenterNumber' | 'none';
  /** The kind of object an `extension` target must be. */
  targetKind: TargetKind | null;
  /** Which extensions may use the code, as the PATCH document lists them. */
  appliesTo: readonly CallHandlingExtensionType[];
  /**
   * Whether Switchboard writes it: a partner contact center (15) and a
   * Microsoft Teams resource account (18) are named by ids Switchboard does
   * not list, so they are shown as Zoom has them but not offered.
   */
  writable: boolean;
}

const ALL = CALL_HANDLING_EXTENSION_TYPES;

const forward = (code: number, label: string, targetKind: TargetKind): CallRoutingActionSpec => ({
  code,
  label,
  target: 'extension',
  targetKind,
  appliesTo: ALL,
  writable: true,
});

export const CALL_ROUTING_ACTIONS: readonly CallRoutingActionSpec[] = [
  { code: 1, label: 'Send to voicemail', target: 'mailbox', targetKind: null, appliesTo: ALL, writable: true },
  forward(2, 'Forward to a user', 'user'),
  forward(3, 'Forward to a Zoom Room', 'zoomRoom'),
  forward(4, 'Forward to a common area', 'commonArea'),
  forward(5, 'Forward to a Cisco/Polycom room', 'ciscoRoom'),
  forward(6, 'Forward to an auto receptionist', 'autoReceptionist'),
  forward(7, 'Forward to a call queue', 'callQueue'),
  forward(8, 'Forward to a shared line group', 'sharedLineGroup'),
  forward(9, 'Forward to an external contact', 'externalContact'),
  { code: 10, label: 'Forward to a phone number', target: 'phoneNumber', targetKind: 'phoneNumber', appliesTo: ALL, writable: true },
  { code: 11, label: 'Disconnect', target: 'none', targetKind: null, appliesTo: ['user', 'callQueue', 'sharedLineGroup'], writable: true },
  { code: 12, label: 'Play a message, then disconnect', target: 'none', targetKind: null, appliesTo: ALL, writable: true },
  { code: 14, label: "Play the auto receptionist's menu", target: 'none', targetKind: null, appliesTo: ['autoReceptionist'], writable: true },
  { code: 15, label: 'Forward to a partner contact center', target: 'none', targetKind: null, appliesTo: ['autoReceptionist'], writable: false },
  {
    code: 18,
    label: 'Forward to a Microsoft Teams resource account',
    target: 'none',
    targetKind: null,
    appliesTo: ['autoReceptionist', 'callQueue', 'sharedLineGroup'],
    writable: false,
  },
  {
    code: 19,
    label: 'Forward to Zoom Contact Center',
    target: 'contactCenterNumber',
    targetKind: 'contactCenter',
    appliesTo: ['autoReceptionist', 'callQueue', 'sharedLineGroup'],
    writable: true,
  },
];

const BY_CODE = new Map(CALL_ROUTING_ACTIONS.map((a) => [a.code, a]));

export function callRoutingAction(code: number): CallRoutingActionSpec | undefined {
  return BY_CODE.get(code);
}

/** The IVR code (14): for an auto receptionist's closed hours it plays the closed-hours menu, on a holiday the holiday's menu. */
export const PLAY_MENU_ACTION = 14;
/** Voicemail (1). */
export const VOICEMAIL_ACTION = 1;
