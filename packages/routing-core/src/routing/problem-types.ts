// The problems report's items, as `GET /api/routing/problems` lists them less
// the `href`: routing-core says which page fixes a problem (`hrefHint`: the
// object, its part, and where in it) and the BFF turns that into a URL.

export const PROBLEM_KINDS = [
  'target_deleted',
  'target_disabled',
  'audio_deleted',
  'voicemail_of_nobody',
  'loop_without_exit',
  'menu_without_usable_key',
  'queue_without_members',
  'closed_routing_not_set',
  'holiday_missing',
  'external_not_e164',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export type ProblemSeverity = 'error' | 'warning';

/** Errors lose calls; warnings may. */
export const PROBLEM_SEVERITY: Record<ProblemKind, ProblemSeverity> = {
  target_deleted: 'error',
  target_disabled: 'error',
  audio_deleted: 'warning',
  voicemail_of_nobody: 'error',
  loop_without_exit: 'error',
  menu_without_usable_key: 'warning',
  queue_without_members: 'warning',
  closed_routing_not_set: 'warning',
  holiday_missing: 'warning',
  external_not_e164: 'error',
};

export type ProblemObjectType =
  | 'autoReceptionist'
  | 'callQueue'
  | 'user'
  | 'sharedLineGroup'
  | 'commonArea'
  | 'phoneNumber'
  | 'externalContact'
  | 'ccEntryPoint'
  | 'ccFlow'
  | 'ccQueue';

export interface ProblemObject {
  type: ProblemObjectType;
  id: string;
  name: string;
}

/** The part of the object's pages that fixes it. */
export type ProblemPart =
  | 'menu'
  | 'businessRouting'
  | 'closedRouting'
  | 'holidayRouting'
  | 'holidays'
  | 'overflow'
  | 'members'
  | 'assignment'
  | 'contact'
  | 'flow'
  | 'operatingHours';

export interface HrefHint {
  objectType: ProblemObjectType;
  /** The object's own id (auto receptionist, call queue, user… or Contact Center id; the number for a phone number). */
  id: string;
  /** Phone extensions: the extension id (the hours and holidays pages use it). */
  extensionId?: string;
  part: ProblemPart;
  /** Menus: which hours' menu; a holiday's menu also has `holidayId`. */
  hours?: 'business' | 'closed';
  holidayId?: string;
  /** Menus: "key:2", "noAction" or "prompt". */
  field?: string;
}

export interface Problem {
  kind: ProblemKind;
  severity: ProblemSeverity;
  object: ProblemObject;
  /** A sentence a person understands. */
  message: string;
  hrefHint: HrefHint;
}

export function problem(kind: ProblemKind, object: ProblemObject, message: string, hrefHint: HrefHint): Problem {
  return { kind, severity: PROBLEM_SEVERITY[kind], object, message, hrefHint };
}
