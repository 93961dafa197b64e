// Zoom auto receptionists → the contract's summaries and details.
import type {
  AutoReceptionistDetail,
  AutoReceptionistSummary,
} from '@switchboard/contract/auto-receptionists';
import type { ZoomAutoReceptionist, ZoomAutoReceptionistDetail } from '@switchboard/zoom-schema/phone-auto-receptionists';
import type { ZoomSite } from '@switchboard/zoom-schema/phone-sites';

export function autoReceptionistSummary(a: ZoomAutoReceptionist): AutoReceptionistSummary {
  return {
    id: a.id,
    name: a.name,
    extensionId: a.extension_id ?? '',
    extensionNumber: a.extension_number === undefined ? '' : String(a.extension_number),
    site: a.site ? { id: a.site.id, name: a.site.name ?? a.site.id } : null,
    timezone: a.timezone ?? null,
    phoneNumbers: (a.phone_numbers ?? []).map((n) => n.number),
  };
}

/** `id` is the one asked for: Zoom's detail answer does not document one. */
export function autoReceptionistDetail(id: string, a: ZoomAutoReceptionistDetail): AutoReceptionistDetail {
  return {
    ...autoReceptionistSummary({ ...a, id }),
    holidays: (a.holiday_hours ?? [])
      .map((h) => ({ id: h.id, name: h.name, from: h.from, to: h.to }))
      .sort((x, y) => x.from.localeCompare(y.from)),
  };
}

export const siteRef = (s: ZoomSite) => ({ id: s.id, name: s.name });
