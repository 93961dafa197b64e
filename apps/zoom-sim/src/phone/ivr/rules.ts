// The simulator's own reading of Zoom's IVR action codes, written from the
// "Update auto receptionist IVR" operation (PATCH /phone/auto_receptionists/
// {autoReceptionistId}/ivr) and its "Get" twin. It deliberately shares
// nothing with the client's catalog: if the two disagree, a test that drives
// the client against this simulator finds out.
//
// From the PATCH document:
// - keys `0`–`9`: 100 voicemail of the current extension; 200/300/400/500
//   voicemail of a user / auto receptionist / call queue / shared line group;
//   2 user, 3 Zoom Room, 4 common area, 5 Cisco/Polycom room, 6 auto
//   receptionist, 7 call queue, 8 shared line group, 9 external contact,
//   10 phone number, 15 contact center, 16 meeting service, 17 meeting
//   service number; -1 disabled.
// - keys `*` and `#`: 21 repeat greeting, 22 root menu, 23 previous menu, -1.
// - "caller enters no action": -1 disconnect, 2, 4, 5, 6, 7, 8, 15.
// - `target.extension_id` is "the extension ID or contact center setting ID";
//   `target.phone_number` is the number to forward to; the errors name
//   "Voicemail greeting file id is required." and "The phone number to forward
//   to is required." (docs/decisions/006 records how the simulator reads them).

export const KEYS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#'] as const;
export type Key = (typeof KEYS)[number];

/** Kinds of extension a target may be, as the simulator stores them. */
export type ExtensionKind =
  | 'user'
  | 'zoomRoom'
  | 'commonArea'
  | 'ciscoRoom'
  | 'autoReceptionist'
  | 'callQueue'
  | 'sharedLineGroup'
  | 'externalContact'
  | 'contactCenter'
  | 'meetingService';

export interface ActionRule {
  /** What `target` must carry: an extension of a kind, a phone number, or nothing. */
  target: { extension: ExtensionKind } | 'phone_number' | null;
  /** Voicemail actions need a greeting when they name another extension. */
  greeting: 'required' | 'optional' | 'ignored';
}

const forward = (kind: ExtensionKind): ActionRule => ({ target: { extension: kind }, greeting: 'ignored' });
const voicemailOf = (kind: ExtensionKind): ActionRule => ({ target: { extension: kind }, greeting: 'required' });
const plain: ActionRule = { target: null, greeting: 'ignored' };

export const DIGIT_ACTIONS: ReadonlyMap<number, ActionRule> = new Map([
  [100, { target: null, greeting: 'optional' }],
  [200, voicemailOf('user')],
  [300, voicemailOf('autoReceptionist')],
  [400, voicemailOf('callQueue')],
  [500, voicemailOf('sharedLineGroup')],
  [2, forward('user')],
  [3, forward('zoomRoom')],
  [4, forward('commonArea')],
  [5, forward('ciscoRoom')],
  [6, forward('autoReceptionist')],
  [7, forward('callQueue')],
  [8, forward('sharedLineGroup')],
  [9, forward('externalContact')],
  [10, { target: 'phone_number', greeting: 'ignored' }],
  [15, forward('contactCenter')],
  [16, forward('meetingService')],
  [17, { target: 'phone_number', greeting: 'ignored' }],
  [-1, plain],
]);

export const STAR_HASH_ACTIONS: ReadonlyMap<number, ActionRule> = new Map([
  [21, plain],
  [22, plain],
  [23, plain],
  [-1, plain],
]);

export const NO_ACTION_ACTIONS: ReadonlyMap<number, ActionRule> = new Map([
  [-1, plain],
  [2, forward('user')],
  [4, forward('commonArea')],
  [5, forward('ciscoRoom')],
  [6, forward('autoReceptionist')],
  [7, forward('callQueue')],
  [8, forward('sharedLineGroup')],
  [15, forward('contactCenter')],
]);

export function keyActionRule(key: Key, action: number): ActionRule | undefined {
  return (key === '*' || key === '#' ? STAR_HASH_ACTIONS : DIGIT_ACTIONS).get(action);
}

/** Any rule that names an extension target, for reading a stored action back. */
export function ruleOf(action: number): ActionRule | undefined {
  return DIGIT_ACTIONS.get(action) ?? STAR_HASH_ACTIONS.get(action);
}

/** A new auto receptionist's menu, and a holiday's before it has its own (the docs' defaults). */
export function defaultKeyAction(key: Key): number {
  if (key === '0') return 100;
  if (key === '*') return 21;
  return -1;
}

export const DEFAULT_NO_ACTION = { action: -1, repeat: 3 } as const;
