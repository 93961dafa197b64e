// Auto receptionists: list (with sites for the filter), one with its
// holidays, and the IVR menu of its business / closed hours or a holiday,
// normalized by routing-core and versioned for later writes.
import type {
  AutoReceptionistDetail,
  AutoReceptionistList,
} from '@switchboard/contract/auto-receptionists';
import type { IvrQuery, IvrResponse } from '@switchboard/contract/ivr';
import { menuFromZoom } from '@switchboard/routing-core/ivr/from-zoom';
import { menuVersion } from '@switchboard/routing-core/ivr/version';
import {
  zoomAutoReceptionistDetailSchema,
  zoomAutoReceptionistListSchema,
} from '@switchboard/zoom-schema/phone-auto-receptionists';
import { zoomIvrReadSchema } from '@switchboard/zoom-schema/phone-ivr';
import { zoomSiteListSchema } from '@switchboard/zoom-schema/phone-sites';
import { ZOOM_OPERATIONS, operationPath } from '@switchboard/zoom-schema/operations';
import { notFound } from '../../http/app-error';
import type { ZoomClient } from '../../zoom/client';
import { isNotFoundFor } from '../../zoom/zoom-error';
import { autoReceptionistDetail, autoReceptionistSummary, siteRef } from './map';

const HOURS_TYPE = { business: 'business_hours', closed: 'closed_hours' } as const;


export class AutoReceptionistService {
  constructor(private readonly zoom: ZoomClient) {}

  async list(query: { q?: string | undefined; siteId?: string | undefined }): Promise<AutoReceptionistList> {
    const [ars, sites] = await Promise.all([
      this.zoom.paginate(ZOOM_OPERATIONS.listAutoReceptionists, { key: 'auto_receptionists', schema: zoomAutoReceptionistListSchema }),
      this.zoom.paginate(ZOOM_OPERATIONS.listSites, { key: 'sites', schema: zoomSiteListSchema }),
    ]);
    const q = query.q?.trim().toLowerCase();
    const items = ars.items
      .map(autoReceptionistSummary)
      .filter((a) => !query.siteId || a.site?.id === query.siteId)
      .filter(
        (a) =>
          !q ||
          a.name.toLowerCase().includes(q) ||
          a.extensionNumber.includes(q) ||
          a.phoneNumbers.some((n) => n.includes(q)),
      )
      .sort((x, y) => x.name.localeCompare(y.name));
    return { items, sites: sites.items.map(siteRef).sort((x, y) => x.name.localeCompare(y.name)) };
  }

  async get(id: string): Promise<AutoReceptionistDetail> {
    try {
      const op = ZOOM_OPERATIONS.getAutoReceptionist;
      const res = await this.zoom.get(operationPath(op, id), { label: op.label, schema: zoomAutoReceptionistDetailSchema });
      return autoReceptionistDetail(id, res.data);
    } catch (err) {
      if (isNotFoundFor(ZOOM_OPERATIONS.getAutoReceptionist, err)) {
        throw notFound(`There is no auto receptionist with id "${id}". It may have been deleted.`);
      }
      throw err;
    }
  }

  async ivr(id: string, query: IvrQuery): Promise<IvrResponse> {
    try {
      const op = ZOOM_OPERATIONS.getIvr;
      const res = await this.zoom.get(operationPath(op, id), {
        label: op.label,
        schema: zoomIvrReadSchema,
        query: { hours_type: HOURS_TYPE[query.hours], holiday_id: query.holidayId },
      });
      const menu = menuFromZoom(res.data);
      return { menu, version: menuVersion(menu) };
    } catch (err) {
      if (isNotFoundFor(ZOOM_OPERATIONS.getIvr, err)) {
        if (query.holidayId && /holiday/i.test(err.message)) {
          throw notFound(`Auto receptionist "${id}" has no holiday with id "${query.holidayId}".`);
        }
        throw notFound(`There is no auto receptionist with id "${id}". It may have been deleted.`);
      }
      throw err;
    }
  }
}
