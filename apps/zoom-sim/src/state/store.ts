// One simulated Zoom account: its records, lookups across them, and new ids
// drawn from the seeded generator so that runs are repeatable.
import type { ExtensionKind } from '../phone/ivr/rules';
import type { Prng } from '../seed/prng';
import type { CallHandled, CallHandlingKind } from './call-handling';
import type { AccountState, AudioRecord, AutoReceptionistRecord, SiteRecord, UserRecord } from './records';

/** An extension the call-handling operations apply to. */
export interface CallHandledExtension {
  kind: CallHandlingKind;
  record: CallHandled & { extensionId: string; siteId: string };
  /** The auto receptionist itself, whose holidays also key its IVR's holiday menus. */
  autoReceptionist?: AutoReceptionistRecord;
}

export interface ResolvedExtension {
  kind: ExtensionKind;
  id: string;
  extensionId: string;
  extensionNumber: string;
  displayName: string;
}

export class AccountStore {
  constructor(
    public state: AccountState,
    private readonly prng: Prng,
  ) {}

  newId(): string {
    return this.prng.id();
  }

  site(id: string): SiteRecord | undefined {
    return this.state.sites.find((s) => s.id === id);
  }

  siteRef(id: string) {
    const site = this.site(id);
    return site ? { id: site.id, name: site.name } : undefined;
  }

  /** Zoom accepts a user id or email; `me` is the account owner for S2S apps. */
  user(idOrEmail: string): UserRecord | undefined {
    const key = idOrEmail === 'me' ? this.state.accountOwnerUserId : idOrEmail;
    return this.state.users.find((u) => u.id === key || u.email.toLowerCase() === key.toLowerCase());
  }

  autoReceptionist(id: string): AutoReceptionistRecord | undefined {
    return this.state.autoReceptionists.find((a) => a.id === id);
  }

  /** Audio by id; `removed_<id>` finds a deleted one. */
  audio(id: string): AudioRecord | undefined {
    const removed = id.startsWith('removed_');
    const bare = removed ? id.slice('removed_'.length) : id;
    const audio = this.state.audios.find((a) => a.audioId === bare);
    if (!audio || audio.removed !== removed) return undefined;
    return audio;
  }

  /** How an audio id reads back wherever it is referenced. */
  audioRef(id: string): { id: string; name: string } {
    const audio = this.state.audios.find((a) => a.audioId === id);
    if (!audio) return { id, name: '' };
    return { id: audio.removed ? `removed_${audio.audioId}` : audio.audioId, name: audio.name };
  }

  phoneNumbersOf(extensionId: string) {
    return this.state.phoneNumbers
      .filter((p) => p.assigneeExtensionId === extensionId)
      .map((p) => ({ id: p.id, number: p.number }));
  }

  usedExtensionNumbers(): Set<number> {
    const s = this.state;
    return new Set(
      [...s.users, ...s.callQueues, ...s.autoReceptionists, ...s.sharedLineGroups, ...s.commonAreas, ...s.zoomRooms, ...s.ciscoRooms, ...s.meetingServices].map(
        (e) => e.extensionNumber,
      ),
    );
  }

  /** A user, auto receptionist, call queue or shared line group by extension id. */
  callHandled(extensionId: string): CallHandledExtension | undefined {
    const s = this.state;
    const user = s.users.find((u) => u.extensionId === extensionId);
    if (user) return { kind: 'user', record: user };
    const ar = s.autoReceptionists.find((a) => a.extensionId === extensionId);
    if (ar) return { kind: 'autoReceptionist', record: ar, autoReceptionist: ar };
    const cq = s.callQueues.find((q) => q.extensionId === extensionId);
    if (cq) return { kind: 'callQueue', record: cq };
    const slg = s.sharedLineGroups.find((g) => g.extensionId === extensionId);
    if (slg) return { kind: 'sharedLineGroup', record: slg };
    return undefined;
  }

  resolveExtension(extensionId: string): ResolvedExtension | undefined {
    const s = this.state;
    const user = s.users.find((u) => u.extensionId === extensionId);
    if (user) return ext('user', user.id, user.extensionId, user.extensionNumber, user.name);
    const ar = s.autoReceptionists.find((a) => a.extensionId === extensionId);
    if (ar) return ext('autoReceptionist', ar.id, ar.extensionId, ar.extensionNumber, ar.name);
    const cq = s.callQueues.find((q) => q.extensionId === extensionId);
    if (cq) return ext('callQueue', cq.id, cq.extensionId, cq.extensionNumber, cq.name);
    const slg = s.sharedLineGroups.find((g) => g.extensionId === extensionId);
    if (slg) return ext('sharedLineGroup', slg.id, slg.extensionId, slg.extensionNumber, slg.displayName);
    const ca = s.commonAreas.find((c) => c.extensionId === extensionId);
    if (ca) return ext('commonArea', ca.id, ca.extensionId, ca.extensionNumber, ca.displayName);
    const room = s.zoomRooms.find((r) => r.extensionId === extensionId);
    if (room) return ext('zoomRoom', room.id, room.extensionId, room.extensionNumber, room.name);
    const cisco = s.ciscoRooms.find((r) => r.extensionId === extensionId);
    if (cisco) return ext('ciscoRoom', cisco.id, cisco.extensionId, cisco.extensionNumber, cisco.name);
    const ms = s.meetingServices.find((m) => m.extensionId === extensionId);
    if (ms) return ext('meetingService', ms.id, ms.extensionId, ms.extensionNumber, ms.name);
    const entry = s.contactCenterEntryPoints.find((e) => e.entryId === extensionId);
    if (entry) return { kind: 'contactCenter', id: entry.entryId, extensionId, extensionNumber: '', displayName: entry.name };
    const xc = s.externalContacts.find((c) => c.externalContactId === extensionId);
    if (xc) return { kind: 'externalContact', id: xc.externalContactId, extensionId, extensionNumber: xc.extensionNumber, displayName: xc.name };
    return undefined;
  }
}

function ext(kind: ExtensionKind, id: string, extensionId: string, extensionNumber: number, displayName: string): ResolvedExtension {
  return { kind, id, extensionId, extensionNumber: String(extensionNumber), displayName };
}
