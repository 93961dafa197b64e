// The simulator's reading of the call-handling routing actions, written from
// "Update a call handling setting" (PATCH /phone/extension/{extensionId}/
// call_handling/settings/{settingType}), `call_not_answer_action` and
// `busy_on_another_call_action`:
// - 1 voicemail (an auto receptionist or call queue may name whose mailbox
//   with forward_to_extension_id); 2 user, 3 Zoom Room, 4 common area,
//   5 Cisco/Polycom room, 6 auto receptionist, 7 call queue, 8 shared line
//   group, 9 external contact (forward_to_extension_id); 10 phone number
//   (phone_number, E.164); 11 disconnect (not an auto receptionist); 12 play a
//   message then disconnect; 14 the IVR (auto receptionists only); 15 a
//   partner contact center (auto receptionists); 18 a Microsoft Teams
//   resource account and 19 a Zoom Contact Center number (not users).
// - busy on another call (users only): 1, 2, 4, 6, 7, 8, 9, 10, 12, 21 call
//   waiting, 22 busy signal.
import type { ExtensionKind } from '../ivr/rules';
import type { CallHandlingKind } from '../../state/call-handling';

const ALL: readonly CallHandlingKind[] = ['user', 'autoReceptionist', 'callQueue', 'sharedLineGroup'];

export interface RoutingRule {
  /** Which extensions may use the action. */
  kinds: readonly CallHandlingKind[];
  /** What the action forwards to. */
  target: { extension: ExtensionKind } | 'phone_number' | 'zcc_phone_number' | 'voicemail' | null;
  /** The account has none of these (partner contact centers, Teams apps): refused. */
  unavailable?: true;
}

const to = (extension: ExtensionKind): RoutingRule => ({ kinds: ALL, target: { extension } });

export const NOT_ANSWERED_ACTIONS: ReadonlyMap<number, RoutingRule> = new Map<number, RoutingRule>([
  [1, { kinds: ALL, target: 'voicemail' }],
  [2, to('user')],
  [3, to('zoomRoom')],
  [4, to('commonArea')],
  [5, to('ciscoRoom')],
  [6, to('autoReceptionist')],
  [7, to('callQueue')],
  [8, to('sharedLineGroup')],
  [9, to('externalContact')],
  [10, { kinds: ALL, target: 'phone_number' }],
  [11, { kinds: ['user', 'callQueue', 'sharedLineGroup'], target: null }],
  [12, { kinds: ALL, target: null }],
  [14, { kinds: ['autoReceptionist'], target: null }],
  [15, { kinds: ['autoReceptionist'], target: null, unavailable: true }],
  [18, { kinds: ['autoReceptionist', 'callQueue', 'sharedLineGroup'], target: null, unavailable: true }],
  [19, { kinds: ['autoReceptionist', 'callQueue', 'sharedLineGroup'], target: 'zcc_phone_number' }],
]);

const USER: readonly CallHandlingKind[] = ['user'];

export const BUSY_ACTIONS: ReadonlyMap<number, RoutingRule> = new Map<number, RoutingRule>([
  [1, { kinds: USER, target: null }],
  ...[2, 4, 6, 7, 8, 9].map((a): [number, RoutingRule] => [a, { ...(NOT_ANSWERED_ACTIONS.get(a) as RoutingRule), kinds: USER }]),
  [10, { kinds: USER, target: 'phone_number' }],
  [12, { kinds: USER, target: null }],
  [21, { kinds: USER, target: null }],
  [22, { kinds: USER, target: null }],
]);

/** Kinds a voicemail (action 1) of an auto receptionist or call queue may be left with. */
export const MAILBOX_KINDS: readonly ExtensionKind[] = ['user', 'callQueue', 'sharedLineGroup', 'autoReceptionist'];

/** Kinds the documents allow as the operator of a voicemail. */
export const OPERATOR_KINDS: readonly ExtensionKind[] = ['user', 'commonArea', 'sharedLineGroup', 'callQueue'];

/** `forward_to.extension_type` values the GET document lists; other kinds are read without one. */
export const READ_EXTENSION_TYPES: readonly ExtensionKind[] = ['user', 'autoReceptionist', 'callQueue', 'commonArea'];

/** Audio-like options of call queue prompts: '' default, '0' disabled (and 'ring_tone' while connecting). */
export const PROMPT_OPTIONS: Readonly<Record<string, string>> = { '': 'Default', '0': 'Disable', ring_tone: 'Ring Tone' };

export const E164 = /^\+[1-9]\d{6,14}$/;
export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
/** The documented holiday format, `yyyy-MM-dd'T'HH:mm:ss'Z'`. */
export const ZOOM_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** max_wait_time values the closed- and holiday-hours reads allow; longer waits are a call queue's business hours only. */
export const SHORT_WAITS = [10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60];
