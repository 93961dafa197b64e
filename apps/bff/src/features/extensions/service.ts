// The extensions call handling applies to — auto receptionists, call queues,
// users and shared line groups — found by their extension id in the
// directory (names always from Zoom, never from the browser), each with the
// time zone its hours and holidays are read in: an auto receptionist's own
// (the list carries it), a call queue's or shared line group's own (its
// detail, Light), a user's site's (the site's main auto receptionist's zone:
// Zoom documents no zone for a phone user). Zones are cached for minutes.
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { ExtensionSummary, ExtensionType } from '@switchboard/contract/hours';
import { CALL_HANDLING_EXTENSION_TYPES } from '@switchboard/zoom-schema/call-handling-actions';
import { ZOOM_OPERATIONS, operationPath } from '@switchboard/zoom-schema/operations';
import { zoomAutoReceptionistListSchema } from '@switchboard/zoom-schema/phone-auto-receptionists';
import { zoomCallQueueDetailSchema } from '@switchboard/zoom-schema/phone-call-queues';
import { zoomSharedLineGroupDetailSchema } from '@switchboard/zoom-schema/phone-shared-line-groups';
import { zoomSiteListSchema } from '@switchboard/zoom-schema/phone-sites';
import { notFound } from '../../http/app-error';
import { TtlCache } from '../../lib/ttl-cache';
import type { ZoomClient } from '../../zoom/client';
import type { DirectoryService } from '../directory/service';

export const ZONE_TTL_MS = 10 * 60_000;
/** When Zoom names no zone anywhere for an extension (no site, no main auto receptionist). */
export const FALLBACK_ZONE = 'UTC';

export interface Extension extends ExtensionSummary {
  /** The object's own id (user id, call queue id…), beside its extension id. */
  zoomId: string;
}

interface AccountZones {
  /** Auto receptionist extension id → its zone. */
  byArExtension: Map<string, string>;
  /** Site id → its main auto receptionist's zone. */
  bySite: Map<string, string>;
  /** The only zone the account's main auto receptionists use, if there is exactly one. */
  only: string | null;
}

export class ExtensionService {
  private readonly zones = new TtlCache<string, string>(ZONE_TTL_MS);
  private readonly account = new TtlCache<'account', AccountZones>(ZONE_TTL_MS);

  constructor(
    private readonly zoom: ZoomClient,
    private readonly directory: DirectoryService,
  ) {}

  /** The directory items of the call-handling types (cached by the directory). */
  async items(types: readonly ExtensionType[] = CALL_HANDLING_EXTENSION_TYPES): Promise<DirectoryItem[]> {
    const lists = await Promise.all(types.map((type) => this.directory.list({ type })));
    return lists.flat().filter((i) => i.extensionId);
  }

  /** One extension by its extension id, with its zone; 404 with a sentence when there is none. */
  async get(extensionId: string): Promise<Extension> {
    const item = (await this.items()).find((i) => i.extensionId === extensionId);
    if (!item) {
      throw notFound(
        `There is no auto receptionist, call queue, user or shared line group with extension id "${extensionId}". It may have been deleted.`,
      );
    }
    return this.withZone(item);
  }

  /** Several extensions with their zones (unknown ids are left out). */
  async many(items: readonly DirectoryItem[]): Promise<Extension[]> {
    return Promise.all(items.map((i) => this.withZone(i)));
  }

  async withZone(item: DirectoryItem): Promise<Extension> {
    const type = item.type as ExtensionType;
    const timezone = await this.zones.get(item.extensionId!, () => this.zoneOf(item));
    return {
      id: item.extensionId!,
      zoomId: item.id,
      type,
      name: item.name,
      extensionNumber: item.extensionNumber,
      timezone,
      site: item.site ?? null,
    };
  }

  private async zoneOf(item: DirectoryItem): Promise<string> {
    const account = await this.account.get('account', () => this.loadAccountZones());
    const siteZone = (item.site && account.bySite.get(item.site.id)) || account.only || FALLBACK_ZONE;
    if (item.type === 'autoReceptionist') return account.byArExtension.get(item.extensionId!) ?? siteZone;
    if (item.type === 'callQueue') {
      const op = ZOOM_OPERATIONS.getCallQueue;
      const res = await this.zoom.get(operationPath(op, item.id), { label: op.label, schema: zoomCallQueueDetailSchema });
      return res.data.timezone || siteZone;
    }
    if (item.type === 'sharedLineGroup') {
      const op = ZOOM_OPERATIONS.getSharedLineGroup;
      const res = await this.zoom.get(operationPath(op, item.id), { label: op.label, schema: zoomSharedLineGroupDetailSchema });
      return res.data.timezone || siteZone;
    }
    return siteZone;
  }

  private async loadAccountZones(): Promise<AccountZones> {
    const [ars, sites] = await Promise.all([
      this.zoom.paginate(ZOOM_OPERATIONS.listAutoReceptionists, { key: 'auto_receptionists', schema: zoomAutoReceptionistListSchema }),
      this.zoom.paginate(ZOOM_OPERATIONS.listSites, { key: 'sites', schema: zoomSiteListSchema }),
    ]);
    const byArExtension = new Map<string, string>();
    const byArId = new Map<string, string>();
    for (const a of ars.items) {
      if (!a.timezone) continue;
      byArId.set(a.id, a.timezone);
      if (a.extension_id) byArExtension.set(a.extension_id, a.timezone);
    }
    const bySite = new Map<string, string>();
    for (const s of sites.items) {
      const zone = s.main_auto_receptionist ? byArId.get(s.main_auto_receptionist.id) : undefined;
      if (zone) bySite.set(s.id, zone);
    }
    const distinct = new Set(bySite.values());
    return { byArExtension, bySite, only: distinct.size === 1 ? [...distinct][0]! : null };
  }
}
