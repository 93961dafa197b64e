// Call handling of an extension (user, call queue, auto receptionist, shared
// line group), stored close to Zoom's write shape: business hours by weekday
// (1 = Sunday … 7 = Saturday), what happens to calls in business, closed and
// holiday hours, and forwarding to external numbers. The holidays themselves
// are the extension's `holidays` (an auto receptionist's are the ones its IVR
// and record show); their handling is kept here by holiday id.

/** Kinds of extension the call-handling operations apply to. */
export type CallHandlingKind = 'user' | 'autoReceptionist' | 'callQueue' | 'sharedLineGroup';

export type SettingType = 'business_hours' | 'closed_hours' | 'holiday_hours';

/** One weekday of custom hours: 0 closed, 1 all day, 2 from–to (HH:mm). */
export interface CustomDay {
  weekday: number;
  type: 0 | 1 | 2;
  from?: string;
  to?: string;
}

/** Where an unanswered (or, for users, busy) call goes, with its options. */
export interface RoutingState {
  action: number;
  /** Target of actions 2–9; for voicemail (1) of an auto receptionist or call queue, whose mailbox. */
  forwardToExtensionId?: string;
  phoneNumber?: string;
  description?: string;
  /** Action 19: a Zoom Contact Center number. */
  zccPhoneNumber?: string;
  voicemailGreetingId?: string;
  messageGreetingId?: string;
  connectToOperator?: boolean;
  operatorExtensionId?: string;
  allowCallersCheckVoicemail?: boolean;
  voicemailLeavingInstructionId?: string;
  requirePress1?: boolean;
  playCalleeVoicemailGreeting?: boolean;
  overflowPlayCalleeVoicemailGreeting?: boolean;
}

export interface ForwardingEntry {
  id: string;
  phoneNumber: string;
  description: string;
  enable: boolean;
  externalContactId?: string;
}

/** Call queue options of the business-hours call_handling sub-setting. */
export interface QueueSettings {
  maxCallInQueue: number;
  wrapUpTime: number;
  receiveCall: boolean;
  musicOnHoldId: string;
  audioWhileConnectingId: string;
  distribution: { ringMode: string; handleMultipleCalls: boolean; ringDuration: number; skipOffline: boolean };
}

/** One period's handling: business hours, closed hours, or one holiday. */
export interface HandlingState {
  routing: RoutingState;
  /** Zoom holds no routing for this period (an extension whose routing was never set, e.g. migrated from another system): the read leaves `routing` out. Only scenarios set it. */
  routingNeverSet?: true;
  /** Users only: a call while the user is on another call. */
  busyRouting?: RoutingState;
  ringMode?: 'simultaneous' | 'sequential';
  maxWaitTime?: number;
  /** Call queues and auto receptionists: '' default, '0' disabled, or an audio id. */
  greetingPromptId?: string;
  queue?: QueueSettings;
  /** Users only: external numbers that ring too. */
  forwarding: ForwardingEntry[];
  forwardingRequirePress1: boolean;
}

export interface CallHandlingState {
  /** 1: 24 hours, 7 days a week; 2: the custom days apply. */
  hoursType: 1 | 2;
  /** All seven weekdays, kept while hoursType is 1 so switching back restores them. */
  days: CustomDay[];
  allowMembersToReset: boolean;
  business: HandlingState;
  closed: HandlingState;
  /** By holiday id; a holiday without an entry has the kind's default handling. */
  holidays: Record<string, HandlingState>;
}

export interface HolidayRecord {
  id: string;
  name: string;
  /** UTC instants, `yyyy-MM-dd'T'HH:mm:ss'Z'`. */
  from: string;
  to: string;
}

/** What every extension with call handling carries. */
export interface CallHandled {
  holidays: HolidayRecord[];
  callHandling: CallHandlingState;
}
