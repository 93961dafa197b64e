// The Contact Center side of the account, kept close to Zoom's shapes.
// Weekdays here count from Monday (1 = Monday … 7 = Sunday) as the Contact
// Center documents do, unlike Zoom Phone's call handling (1 = Sunday).

/** A from–to range of one day, `HH:mm` on a 24-hour clock. */
export interface CcTimeRange {
  start: string;
  end: string;
}

/** One weekday of a business-hours set: 0 disabled, 1 24 hours, 2 customized ranges. */
export interface CcDayHours {
  type: 0 | 1 | 2;
  ranges: CcTimeRange[];
}

export interface CcBusinessHoursRecord {
  id: string;
  name: string;
  description: string;
  timezone: string;
  accountDefault: boolean;
  /** 1: 24 hours, 7 days a week; 2: custom hours (the week below). */
  hourType: 1 | 2;
  /** Seven days, Monday (day_of_week 1) first; kept aside while hourType is 1. */
  week: CcDayHours[];
}

export interface CcClosureRecord {
  id: string;
  name: string;
  /** 1: all day; 2: customized time. */
  hourType: 1 | 2;
  /** Wall-clock time in the set's zone, `yyyy-MM-ddTHH:mm:ss`; read back with the zone's offset. */
  start: string;
  end: string;
  /** 0 never, 1 annually, 2 monthly, 3 weekly. */
  frequency: 0 | 1 | 2 | 3;
  /** 1 specific, 2 customized; absent for never. */
  frequencyType?: 1 | 2;
  month?: number;
  weekInterval?: number;
  /** "1" (Monday) … "7" (Sunday), as the documents give them: strings. */
  daysOfWeek?: string[];
}

export interface CcClosureSetRecord {
  id: string;
  name: string;
  description: string;
  timezone: string;
  accountDefault: boolean;
  closures: CcClosureRecord[];
}

/** Which set a queue uses: the account default (following it when it changes) or a chosen one. */
export interface CcSetChoice {
  followDefault: boolean;
  /** The chosen set; null: none (closure sets only). */
  id: string | null;
}

/** Where a queue's engagements go while it is closed; at most one target at a time. */
export interface CcOverflow {
  enabled: boolean;
  defaultGoodbye: boolean;
  goodbyeAssetId: string | null;
  queueId: string | null;
  flowId: string | null;
  inboxId: string | null;
}

export interface CcQueueRecord {
  /** The task queue's id. */
  queueId: string;
  /** The Contact Center queue's id; the path takes either (decisions.ts). */
  ccQueueId: string;
  name: string;
  description: string;
  channel: 'voice' | 'messaging';
  channelTypes: string[];
  agentsCount: number;
  supervisorsCount: number;
  maxWaitTime: number;
  wrapUpTime: number;
  businessHours: CcSetChoice;
  closureSet: CcSetChoice;
  overflow: CcOverflow;
  modifiedBy: string;
  lastModified: string;
}

/** A messaging entry point (web chat); voice entry points are the account's `contactCenterEntryPoints`. */
export interface CcMessagingEntryPoint {
  entryId: string;
  name: string;
  channelSource: 'web_chat';
  language: string;
}

export interface CcFlowVersion {
  id: string;
  version: number;
  description: string;
  status: 'draft' | 'published' | 'archived';
  modifiedBy: string;
  lastModified: string;
}

export interface CcFlowRecord {
  id: string;
  name: string;
  description: string;
  channel: 'voice' | 'messaging';
  channelSource?: 'web_chat';
  status: 'draft' | 'published';
  entryPointIds: string[];
  /** What the flow's widgets use (they show in the sets' `/flows` lists). */
  businessHourIds: string[];
  closureSetIds: string[];
  queueIds: string[];
  greetingAssetId: string | null;
  versions: CcFlowVersion[];
  modifiedBy: string;
  lastModified: string;
}

export interface CcAssetCategoryRecord {
  id: string;
  name: string;
  scope: 'system' | 'agent';
}

/** The bytes behind an item: generated on demand (seeded and text-to-speech items) or uploaded. */
export type CcFile =
  | { kind: 'tone'; text: string }
  | { kind: 'png'; seed: number }
  | { kind: 'bytes'; data: Buffer; ext: string; mime: string; fileName: string };

export interface CcAssetItemRecord {
  id: string;
  name: string;
  language: string;
  isDefault: boolean;
  content?: string;
  voice?: string;
  file?: CcFile;
}

export type CcAssetType = 'audio' | 'image' | 'slides' | 'text' | 'video' | 'saved_reply';

export interface CcAssetRecord {
  id: string;
  name: string;
  description: string;
  type: CcAssetType;
  categoryId: string | null;
  items: CcAssetItemRecord[];
  /** When DELETE archived it; a second DELETE removes it. */
  archivedAt: string | null;
  modifiedBy: string;
  lastModified: string;
}

export interface ContactCenterState {
  businessHours: CcBusinessHoursRecord[];
  closureSets: CcClosureSetRecord[];
  queues: CcQueueRecord[];
  flows: CcFlowRecord[];
  messagingEntryPoints: CcMessagingEntryPoint[];
  /** Voicemail inboxes a queue may overflow to (no inbox operations are simulated). */
  inboxes: Array<{ id: string; name: string }>;
  categories: CcAssetCategoryRecord[];
  assets: CcAssetRecord[];
  /** The user id written as `modified_by` for changes made through the API (the account owner). */
  apiUserId: string;
}

export function emptyContactCenter(apiUserId: string): ContactCenterState {
  return { businessHours: [], closureSets: [], queues: [], flows: [], messagingEntryPoints: [], inboxes: [], categories: [], assets: [], apiUserId };
}
