// The simulator's account, kept close to Zoom's own shapes. Routing targets
// are stored by extension id and resolved when read, like Zoom does.
import type { Key } from '../phone/ivr/rules';
import type { CallHandled } from './call-handling';
import type { ContactCenterState } from './contact-center';

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

export interface UserRecord extends ExtensionBase, CallHandled {
  name: string;
  /** Zoom's user `status`; absent: `activate`. A deactivated user takes no calls. */
  status?: 'activate' | 'deactivate';
  email: string;
  department: string;
  timezone: string;
}

export interface CallQueueRecord extends ExtensionBase, CallHandled {
  name: string;
  memberUserIds: string[];
  timezone: string;
}

export interface SharedLineGroupRecord extends ExtensionBase, CallHandled {
  displayName: string;
  memberUserIds: string[];
  timezone: string;
}

/** Zoom uses the common area's id as its extension id (see its call-queue membership). */
export interface CommonAreaRecord extends ExtensionBase {
  displayName: string;
}

/** A Zoom Room under a Zoom Phone license (`GET /phone/rooms`). */
export interface ZoomRoomRecord extends ExtensionBase {
  name: string;
}

/**
 * A Cisco/Polycom room. Zoom's Phone API names the kind (IVR action 5,
 * `extension_type: ciscoRoom/polycomRoom`) but documents no list of them.
 */
export interface CiscoRoomRecord extends ExtensionBase {
  name: string;
}

/** A Contact Center voice entry point (`GET /contact_center/flows_entry_points`); its id is the IVR target. */
export interface ContactCenterEntryPointRecord {
  entryId: string;
  name: string;
  number: string;
  language: string;
}

/** A meeting service, seen through the phone number assigned to it (`assignee.type: meetingService`). */
export interface MeetingServiceRecord extends ExtensionBase {
  name: string;
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
  keys: Record<Key, KeyActionState>;
}

export interface AutoReceptionistRecord extends ExtensionBase, CallHandled {
  name: string;
  timezone: string;
  audioPromptLanguage: string;
  department: string | null;
  costCenter: string | null;
  primary: boolean;
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
  zoomRooms: ZoomRoomRecord[];
  ciscoRooms: CiscoRoomRecord[];
  contactCenterEntryPoints: ContactCenterEntryPointRecord[];
  meetingServices: MeetingServiceRecord[];
  contactCenter: ContactCenterState;
}
