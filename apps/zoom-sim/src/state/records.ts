// The simulator's account, kept close to Zoom's own shapes. Routing targets
// are stored by extension id and resolved when read, like Zoom does.
import type { IvrKey } from '@switchboard/zoom-schema/ivr-actions';

export interface PhoneNumberRecord {
  id: string;
  number: string;
  siteId: string;
  /** The extension the number is assigned to, if any. */
  assigneeExtensionId: string | null;
  numberType: 'toll' | 'tollfree';
}

export interface SiteRecord {
  id: string;
  name: string;
  siteCode: number;
  country: { code: string; name: string };
  /** Zoom's site object has no time zone; seeded members of the site use this one. */
  timezone: string;
  mainAutoReceptionistId: string;
}

interface ExtensionBase {
  id: string;
  extensionId: string;
  extensionNumber: number;
  siteId: string;
}

export interface UserRecord extends ExtensionBase {
  name: string;
  email: string;
  department: string;
  timezone: string;
}

export interface CallQueueRecord extends ExtensionBase {
  name: string;
  memberUserIds: string[];
  timezone: string;
}

export interface SharedLineGroupRecord extends ExtensionBase {
  displayName: string;
  memberUserIds: string[];
  timezone: string;
}

/** Zoom uses the common area's id as its extension id (see its call-queue membership). */
export interface CommonAreaRecord extends ExtensionBase {
  displayName: string;
}

export interface ExternalContactRecord {
  externalContactId: string;
  id: string;
  name: string;
  email: string;
  description: string;
  extensionNumber: string;
  phoneNumbers: string[];
}

export interface AudioRecord {
  audioId: string;
  name: string;
  text: string;
  voiceLanguage: string;
  voiceAccent: string;
  ownerUserId: string;
  removed: boolean;
}

export interface KeyActionState {
  action: number;
  extensionId?: string;
  phoneNumber?: string;
  voicemailGreetingId?: string;
}

export interface IvrMenuState {
  audioPromptId: string | null;
  noAction: { action: number; repeat: number; forwardToExtensionId: string | null };
  keys: Record<IvrKey, KeyActionState>;
}

export interface HolidayRecord {
  id: string;
  name: string;
  from: string;
  to: string;
}

export interface AutoReceptionistRecord extends ExtensionBase {
  name: string;
  timezone: string;
  audioPromptLanguage: string;
  department: string | null;
  costCenter: string | null;
  primary: boolean;
  holidays: HolidayRecord[];
  businessMenu: IvrMenuState;
  closedMenu: IvrMenuState;
  /** Holiday menus by holiday id; a holiday without an entry has Zoom's default menu. */
  holidayMenus: Record<string, IvrMenuState>;
}

export interface AccountState {
  accountOwnerUserId: string;
  sites: SiteRecord[];
  users: UserRecord[];
  callQueues: CallQueueRecord[];
  autoReceptionists: AutoReceptionistRecord[];
  sharedLineGroups: SharedLineGroupRecord[];
  commonAreas: CommonAreaRecord[];
  externalContacts: ExternalContactRecord[];
  phoneNumbers: PhoneNumberRecord[];
  audios: AudioRecord[];
}
