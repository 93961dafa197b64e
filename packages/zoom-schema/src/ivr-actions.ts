// The one catalog of Zoom's IVR action codes: words, which keys accept each
// code, which target it needs and whether it takes a voicemail greeting. The
// simulator validates with it, routing-core plans with it, the SPA renders it.
// Source: Zoom Phone API "Update auto receptionist IVR" (PATCH …/ivr). Where
// the docs are silent (greeting for voicemail actions) the stricter reading is
// taken; see docs/decisions/002-ivr-action-catalog.md.

export const IVR_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const;
export type IvrKey = (typeof IVR_KEYS)[number];
export const DIGIT_KEYS = IVR_KEYS.filter((k) => k !== '*' && k !== '#');

/** What kind of Zoom object an action routes to; also the directory's `type`. */
export const TARGET_KINDS = [
  'user',
  'zoomRoom',
  'commonArea',
  'ciscoRoom',
  'autoReceptionist',
  'callQueue',
  'sharedLineGroup',
  'externalContact',
  'contactCenter',
  'meetingService',
  'phoneNumber',
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const ACTION_GROUPS = [
  'forward',
  'voicemail',
  'menu',
  'disabled',
] as const;
export type ActionGroup = (typeof ACTION_GROUPS)[number];

/**
 * What an action does, in routing-core's provider-neutral words (its menu
 * model's route kinds): the one place a Zoom code gets its meaning.
 */
export type IvrActionKind =
  | 'forward'
  | 'external'
  | 'meetingNumber'
  | 'voicemail'
  | 'repeat'
  | 'rootMenu'
  | 'previousMenu'
  | 'disabled';

export interface IvrActionSpec {
  code: number;
  /** What the action does, provider-neutral (see IvrActionKind). */
  kind: IvrActionKind;
  /** Words shown to people; never show the raw code. */
  label: string;
  /** Short label for compact lists ("Forward to user"). */
  group: ActionGroup;
  /** Which keys accept the code: digits 0–9, the `*`/`#` keys, or both. */
  keys: 'digits' | 'starHash' | 'all';
  /** Allowed as "caller enters no action" action. */
  noAction: boolean;
  /** Which PATCH target field is required: `extension_id`, `phone_number`, or none. */
  target: 'extension' | 'phoneNumber' | 'none';
  /** The kind of object the target must be (for pickers and validation). */
  targetKind: TargetKind | null;
  /** Whether `voicemail_greeting_id` is required, allowed, or not accepted. */
  voicemailGreeting: 'required' | 'optional' | 'none';
}

const fwd = (code: number, label: string, targetKind: TargetKind, noAction: boolean, kind: IvrActionKind = 'forward'): IvrActionSpec => ({
  code,
  kind,
  label,
  group: 'forward',
  keys: 'digits',
  noAction,
  target: targetKind === 'phoneNumber' ? 'phoneNumber' : 'extension',
  targetKind,
  voicemailGreeting: 'none',
});

const vm = (code: number, label: string, targetKind: TargetKind | null): IvrActionSpec => ({
  code,
  kind: 'voicemail',
  label,
  group: 'voicemail',
  keys: 'digits',
  noAction: false,
  target: targetKind ? 'extension' : 'none',
  targetKind,
  voicemailGreeting: targetKind ? 'required' : 'optional',
});

const menu = (code: number, label: string, kind: IvrActionKind): IvrActionSpec => ({
  code,
  kind,
  label,
  group: 'menu',
  keys: 'starHash',
  noAction: false,
  target: 'none',
  targetKind: null,
  voicemailGreeting: 'none',
});

export const IVR_ACTIONS: readonly IvrActionSpec[] = [
  fwd(2, 'Forward to user', 'user', true),
  fwd(3, 'Forward to Zoom Room', 'zoomRoom', false),
  fwd(4, 'Forward to common area', 'commonArea', true),
  fwd(5, 'Forward to Cisco/Polycom room', 'ciscoRoom', true),
  fwd(6, 'Forward to auto receptionist', 'autoReceptionist', true),
  fwd(7, 'Forward to call queue', 'callQueue', true),
  fwd(8, 'Forward to shared line group', 'sharedLineGroup', true),
  fwd(9, 'Forward to external contact', 'externalContact', false),
  fwd(10, 'Forward to phone number', 'phoneNumber', false, 'external'),
  fwd(15, 'Forward to contact center', 'contactCenter', true),
  fwd(16, 'Forward to meeting service', 'meetingService', false),
  fwd(17, 'Forward to meeting service number', 'phoneNumber', false, 'meetingNumber'),
  vm(100, 'Voicemail of this auto receptionist', null),
  vm(200, 'Voicemail of user', 'user'),
  vm(300, 'Voicemail of auto receptionist', 'autoReceptionist'),
  vm(400, 'Voicemail of call queue', 'callQueue'),
  vm(500, 'Voicemail of shared line group', 'sharedLineGroup'),
  menu(21, 'Repeat menu greeting', 'repeat'),
  menu(22, 'Return to root menu', 'rootMenu'),
  menu(23, 'Return to previous menu', 'previousMenu'),
  {
    code: -1,
    kind: 'disabled',
    label: 'Disabled',
    group: 'disabled',
    keys: 'all',
    noAction: true,
    target: 'none',
    targetKind: null,
    voicemailGreeting: 'none',
  },
];

/** Label of the no-action code -1 differs: there it hangs up. */
export const NO_ACTION_DISCONNECT_LABEL = 'Disconnect the call';

const byCode = new Map(IVR_ACTIONS.map((a) => [a.code, a]));

export function actionSpec(code: number): IvrActionSpec | undefined {
  return byCode.get(code);
}

export function isStarOrHash(key: string): boolean {
  return key === '*' || key === '#';
}

/** Codes a key accepts, in catalog order. */
export function actionsForKey(key: IvrKey): IvrActionSpec[] {
  const starHash = isStarOrHash(key);
  return IVR_ACTIONS.filter((a) => a.keys === 'all' || (starHash ? a.keys === 'starHash' : a.keys === 'digits'));
}

export function isActionAllowedForKey(key: IvrKey, code: number): boolean {
  return actionsForKey(key).some((a) => a.code === code);
}

export function noActionActions(): IvrActionSpec[] {
  return IVR_ACTIONS.filter((a) => a.noAction);
}

/** Zoom's default menu for a new auto receptionist (and for a new holiday menu). */
export function defaultKeyAction(key: IvrKey): number {
  if (key === '0') return 100;
  if (key === '*') return 21;
  return -1;
}

export const DEFAULT_NO_ACTION = { action: -1, audioPromptRepeat: 3 } as const;
