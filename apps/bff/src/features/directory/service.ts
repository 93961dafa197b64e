// Routing targets for pickers: every kind of Zoom phone entity a menu can
// point at, normalized, cached briefly per process so pickers don't hammer
// Zoom, and filtered by type and search text.
import type { DirectoryItem, DirectoryQuery, DirectoryType } from '@switchboard/contract/directory';
import { DIRECTORY_TYPES } from '@switchboard/contract/directory';
import { zoomAudioListSchema } from '@switchboard/zoom-schema/phone-audios';
import { zoomAutoReceptionistListSchema } from '@switchboard/zoom-schema/phone-auto-receptionists';
import { zoomCallQueueListSchema } from '@switchboard/zoom-schema/phone-call-queues';
import { zoomCommonAreaListSchema } from '@switchboard/zoom-schema/phone-common-areas';
import { zoomExternalContactListSchema } from '@switchboard/zoom-schema/phone-external-contacts';
import { zoomSharedLineGroupListSchema } from '@switchboard/zoom-schema/phone-shared-line-groups';
import { zoomPhoneUserListSchema } from '@switchboard/zoom-schema/phone-users';
import { zoomEntryPointListSchema } from '@switchboard/zoom-schema/contact-center-entry-points';
import { ZOOM_OPERATIONS, operationPath } from '@switchboard/zoom-schema/operations';
import { zoomPhoneNumberListSchema } from '@switchboard/zoom-schema/phone-numbers';
import { zoomRoomListSchema } from '@switchboard/zoom-schema/phone-rooms';
import type { ZoomClient } from '../../zoom/client';
import { TtlCache } from '../../lib/ttl-cache';
import { ZoomApiError } from '../../zoom/zoom-error';
import * as map from './map';

export const DIRECTORY_TTL_MS = 30_000;

export class DirectoryService {
  private readonly cache: TtlCache<DirectoryType, DirectoryItem[]>;

  constructor(
    private readonly zoom: ZoomClient,
    ttlMs = DIRECTORY_TTL_MS,
  ) {
    this.cache = new TtlCache(ttlMs);
  }

  async list(query: DirectoryQuery): Promise<DirectoryItem[]> {
    const types = query.type ? [query.type] : DIRECTORY_TYPES;
    const lists = await Promise.all(types.map((t) => this.cache.get(t, () => this.load(t))));
    const q = query.q?.trim().toLowerCase();
    const items = lists.flat();
    if (!q) return items;
    return items.filter(
      (i) =>
        i.name.toLowerCase().includes(q) ||
        (i.extensionNumber ?? '').includes(q) ||
        (i.phoneNumbers ?? []).some((n) => n.includes(q)),
    );
  }

  clear(): void {
    this.cache.clear();
  }

  private async load(type: DirectoryType): Promise<DirectoryItem[]> {
    const z = this.zoom;
    const op = ZOOM_OPERATIONS;
    switch (type) {
      case 'user':
        return (await z.paginate(op.listUsers, { key: 'users', schema: zoomPhoneUserListSchema })).items.map(map.userItem);
      case 'callQueue':
        return (await z.paginate(op.listCallQueues, { key: 'call_queues', schema: zoomCallQueueListSchema })).items.map(map.callQueueItem);
      case 'autoReceptionist':
        return (await z.paginate(op.listAutoReceptionists, { key: 'auto_receptionists', schema: zoomAutoReceptionistListSchema })).items.map(
          map.autoReceptionistItem,
        );
      case 'sharedLineGroup':
        return (await z.paginate(op.listSharedLineGroups, { key: 'shared_line_groups', schema: zoomSharedLineGroupListSchema })).items.map(
          map.sharedLineGroupItem,
        );
      case 'commonArea':
        return (await z.paginate(op.listCommonAreas, { key: 'common_areas', schema: zoomCommonAreaListSchema })).items.map(map.commonAreaItem);
      case 'externalContact':
        return (await z.paginate(op.listExternalContacts, { key: 'external_contacts', schema: zoomExternalContactListSchema })).items.map(
          map.externalContactItem,
        );
      case 'zoomRoom':
        return (await z.paginate(op.listRooms, { key: 'rooms', schema: zoomRoomListSchema })).items.map(map.zoomRoomItem);
      case 'contactCenter':
        return (await z.paginate(op.listContactCenterEntryPoints, { key: 'entry_points', schema: zoomEntryPointListSchema })).items
          .filter((e) => !e.channel || e.channel === 'voice')
          .map(map.contactCenterItem);
      case 'meetingService': {
        const query = { type: 'assigned', extension_type: 'meetingService' };
        return map.meetingServiceItems((await z.paginate(op.listNumbers, { key: 'phone_numbers', schema: zoomPhoneNumberListSchema, query })).items);
      }
      case 'audioPrompt':
        return this.loadAudioPrompts();
    }
  }

  /** Zoom keeps audio per user and has no account-wide list: read each phone user's library. */
  private async loadAudioPrompts(): Promise<DirectoryItem[]> {
    const users = await this.cache.get('user', () => this.load('user'));
    const lists = await Promise.all(
      users.map(async (u) => {
        try {
          const res = await this.zoom.get(operationPath(ZOOM_OPERATIONS.listUserAudios, u.id), {
            label: ZOOM_OPERATIONS.listUserAudios.label,
            schema: zoomAudioListSchema,
          });
          return res.data.audios.map(map.audioPromptItem);
        } catch (err) {
          // A user without a phone licence has no library: skip, don't fail the list.
          if (err instanceof ZoomApiError && err.isNotFound) return [];
          throw err;
        }
      }),
    );
    return lists.flat();
  }
}
