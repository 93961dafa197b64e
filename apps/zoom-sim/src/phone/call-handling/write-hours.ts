// PATCH …/business_hours with sub_setting_type `custom_hours`: `type` 1 (24
// hours, 7 days) or 2 (custom), and `custom_hours_settings` by weekday (1 =
// Sunday … 7 = Saturday) with day `type` 0 closed, 1 all day, 2 from–to in
// HH:mm. The days sent replace those weekdays; the others keep theirs. A
// custom day needs from < to, else "Invalid customer hours from/to time for
// weekday: {weekday}." (what the documents leave open: platform/decisions.ts).
import type { FastifyRequest } from 'fastify';
import type { CallHandlingState, CustomDay } from '../../state/call-handling';
import type { CallHandledExtension } from '../../state/store';
import { chError, validationFailed } from './request';
import { HH_MM } from './rules';

export interface CustomHoursSettings {
  type?: number;
  allow_members_to_reset?: boolean;
  custom_hours_settings?: Array<{ weekday?: number; type?: number; from?: string; to?: string }>;
}

export type HoursChange = (ch: CallHandlingState) => void;

function dayOf(request: FastifyRequest, d: NonNullable<CustomHoursSettings['custom_hours_settings']>[number]): CustomDay {
  // weekday and type are required to know what the entry means (the documents say nothing more).
  if (d.weekday === undefined || d.type === undefined) throw validationFailed();
  const weekday = d.weekday;
  if (d.type !== 2) return { weekday, type: d.type as 0 | 1 };
  const { from, to } = d;
  if (!from || !to || !HH_MM.test(from) || !HH_MM.test(to) || from >= to) throw chError(request, 'customHours', String(weekday));
  return { weekday, type: 2, from, to };
}

/** Validates the whole sub-setting first; the change applies it. */
export function customHoursChange(request: FastifyRequest, ext: CallHandledExtension, settings: CustomHoursSettings): HoursChange {
  const days = (settings.custom_hours_settings ?? []).map((d) => dayOf(request, d));
  const type = settings.type as 1 | 2 | undefined;
  // allow_members_to_reset is a call queue's; other extensions ignore it.
  const reset = ext.kind === 'callQueue' ? settings.allow_members_to_reset : undefined;
  return (ch) => {
    // Without `type` the kind of hours stays as it is: days sent to a 24/7 extension are kept, not applied.
    if (type !== undefined) ch.hoursType = type;
    for (const day of days) ch.days = [...ch.days.filter((x) => x.weekday !== day.weekday), day];
    ch.days.sort((a, b) => a.weekday - b.weekday);
    if (reset !== undefined) ch.allowMembersToReset = reset;
  };
}
