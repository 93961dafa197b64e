// Zoom list items → the contract's directory items. The only place these
// Zoom shapes are turned into what the browser sees.
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { ZoomAudioListItem } from '@switchboard/zoom-schema/phone-audios';
import type { ZoomAutoReceptionist } from '@switchboard/zoom-schema/phone-auto-receptionists';
import type { ZoomCallQueue } from '@switchboard/zoom-schema/phone-call-queues';
import type { ZoomCommonArea } from '@switchboard/zoom-schema/phone-common-areas';
import type { ZoomExternalContact } from '@switchboard/zoom-schema/phone-external-contacts';
import type { ZoomSharedLineGroup } from '@switchboard/zoom-schema/phone-shared-line-groups';
import { isRemovedAudioId } from '@switchboard/zoom-schema/phone-ivr';
import type { ZoomPhoneUser } from '@switchboard/zoom-schema/phone-users';
import type { ZoomPhoneNumber } from '@switchboard/zoom-schema/phone-numbers';
import type { ZoomRoom } from '@switchboard/zoom-schema/phone-rooms';
import type { ZoomEntryPoint } from '@switchboard/zoom-schema/contact-center-entry-points';

const ext = (n: number | string | undefined) => (n === undefined || n === '' ? null : String(n));
const site = (s: { id: string; name?: string | undefined } | undefined) =>
  s ? { id: s.id, name: s.name ?? s.id } : null;

export const userItem = (u: ZoomPhoneUser): DirectoryItem => ({
  type: 'user',
  id: u.id,
  extensionId: u.extension_id ?? null,
  extensionNumber: ext(u.extension_number),
  name: u.name || u.email || u.id,
  site: site(u.site),
});

export const callQueueItem = (q: ZoomCallQueue): DirectoryItem => ({
  type: 'callQueue',
  id: q.id,
  extensionId: q.extension_id ?? null,
  extensionNumber: ext(q.extension_number),
  name: q.name,
  site: site(q.site),
});

export const autoReceptionistItem = (a: ZoomAutoReceptionist): DirectoryItem => ({
  type: 'autoReceptionist',
  id: a.id,
  extensionId: a.extension_id ?? null,
  extensionNumber: ext(a.extension_number),
  name: a.name,
  site: site(a.site),
});

export const sharedLineGroupItem = (g: ZoomSharedLineGroup): DirectoryItem => ({
  type: 'sharedLineGroup',
  id: g.id,
  extensionId: g.extension_id ?? null,
  extensionNumber: ext(g.extension_number),
  name: g.display_name,
  site: site(g.site),
});

/** Common areas have no extension_id in Zoom; their id is the routing target. */
export const commonAreaItem = (c: ZoomCommonArea): DirectoryItem => ({
  type: 'commonArea',
  id: c.id,
  extensionId: c.id,
  extensionNumber: ext(c.extension_number),
  name: c.display_name,
  site: site(c.site),
});

export const externalContactItem = (c: ZoomExternalContact): DirectoryItem => ({
  type: 'externalContact',
  id: c.external_contact_id,
  extensionId: c.external_contact_id,
  extensionNumber: ext(c.extension_number),
  name: c.name,
  site: null,
  phoneNumbers: c.phone_numbers ?? [],
});

export const zoomRoomItem = (r: ZoomRoom): DirectoryItem => ({
  type: 'zoomRoom',
  id: r.id,
  extensionId: r.extension_id ?? null,
  extensionNumber: ext(r.extension_number),
  name: r.name,
  site: site(r.site),
});

/** A Contact Center voice entry point; its id is the IVR target (decision 006). */
export const contactCenterItem = (e: ZoomEntryPoint): DirectoryItem => ({
  type: 'contactCenter',
  id: e.entry_id,
  extensionId: e.entry_id,
  extensionNumber: null,
  name: e.entry_name || e.entry_id,
  site: null,
  phoneNumbers: e.entry_number ? [e.entry_number] : [],
});

/**
 * Meeting services have no list of their own; Zoom shows them as the assignee
 * of their phone number, whose `id` the IVR target uses (decision 006).
 */
export const meetingServiceItems = (numbers: readonly ZoomPhoneNumber[]): DirectoryItem[] => {
  const byId = new Map<string, DirectoryItem>();
  for (const n of numbers) {
    const a = n.assignee;
    if (!a || a.type !== 'meetingService') continue;
    const item = byId.get(a.id) ?? {
      type: 'meetingService' as const,
      id: a.id,
      extensionId: a.id,
      extensionNumber: ext(a.extension_number),
      name: a.name || a.id,
      site: site(n.site),
      phoneNumbers: [],
    };
    item.phoneNumbers?.push(n.number);
    byId.set(a.id, item);
  }
  return [...byId.values()];
};

/**
 * Zoom's audio list gives no play_url; every live item of the library has a
 * file (GET /api/audio-prompts/:id/audio plays it), a deleted one does not.
 */
export const audioPromptItem = (a: ZoomAudioListItem): DirectoryItem => ({
  type: 'audioPrompt',
  id: a.audio_id,
  extensionId: null,
  extensionNumber: null,
  name: a.name,
  site: null,
  hasAudio: !isRemovedAudioId(a.audio_id),
});
