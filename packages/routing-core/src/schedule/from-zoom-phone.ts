// Zoom Phone call handling (GET …/call_handling/settings) → the normalized
// week schedule and holidays. Zoom Phone's answer carries no time zone: the
// caller passes the extension's (its site's or the auto receptionist's), in
// which holidays — UTC instants at Zoom — are shown as wall-clock spans.
import {
  ZOOM_PHONE_DAY_TYPE,
  ZOOM_PHONE_HOURS_TYPE,
} from '@switchboard/zoom-schema/phone-call-handling';
import type {
  ZoomCallHandlingEntryRead,
  ZoomCallHandlingRead,
  ZoomCustomHoursDayRead,
} from '@switchboard/zoom-schema/phone-call-handling';
import type { DayHours, Holiday, WeekSchedule } from './model';
import { WEEKDAYS, WEEKDAY_NAMES, fromPhoneWeekday, type Weekday } from './weekdays';
import { endFromZoom } from './zoom-clock';
import { fromZoomUtc, instantToLocal } from './zone-time';

const allWeek = (hours: DayHours): Record<Weekday, DayHours> =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, hours])) as Record<Weekday, DayHours>;

function dayFromZoom(d: ZoomCustomHoursDayRead, day: Weekday): DayHours {
  if (d.type === ZOOM_PHONE_DAY_TYPE.closed) return { type: 'closed' };
  if (d.type === ZOOM_PHONE_DAY_TYPE.allDay) return { type: 'all_day' };
  if (d.type === ZOOM_PHONE_DAY_TYPE.custom && d.from && d.to) {
    return { type: 'ranges', ranges: [{ from: d.from, to: endFromZoom(d.to) }] };
  }
  // an unknown type or missing times: refuse rather than show hours Zoom may not apply
  throw new Error(
    `Zoom's business hours for ${WEEKDAY_NAMES[day]} cannot be read (type ${d.type}).`,
  );
}

const customHoursEntry = (read: ZoomCallHandlingRead): ZoomCallHandlingEntryRead | undefined =>
  read.business_hours.find((e) => e.sub_setting_type === 'custom_hours') ??
  read.business_hours.find((e) => e.settings?.custom_hours_settings !== undefined);

/**
 * The extension's business hours. No custom_hours sub-setting, or `type` 1,
 * means open 24 hours, 7 days a week; with `type` 2, a weekday Zoom leaves
 * out of `custom_hours_settings` is closed.
 */
export function weekScheduleFromZoomPhone(
  read: ZoomCallHandlingRead,
  timezone: string,
): WeekSchedule {
  const settings = customHoursEntry(read)?.settings;
  const custom =
    settings !== undefined &&
    (settings.type === ZOOM_PHONE_HOURS_TYPE.custom ||
      (settings.type === undefined && settings.custom_hours_settings !== undefined));
  if (!custom) {
    if (settings?.type !== undefined && settings.type !== ZOOM_PHONE_HOURS_TYPE.always) {
      throw new Error(
        `Zoom's business hours are of a kind Switchboard does not know (type ${settings.type}).`,
      );
    }
    return { timezone, days: allWeek({ type: 'all_day' }) };
  }
  const days = allWeek({ type: 'closed' });
  for (const d of settings.custom_hours_settings ?? []) {
    const day = fromPhoneWeekday(d.weekday);
    days[day] = dayFromZoom(d, day);
  }
  return { timezone, days };
}

/**
 * The extension's holidays as wall-clock spans in `timezone`. Zoom's example
 * puts a holiday's `name`/`from`/`to` in a detail whose sub_setting_type is not
 * `holiday`, so the detail that carries `from` and `to` is the one read.
 */
export function holidaysFromZoomPhone(read: ZoomCallHandlingRead, timezone: string): Holiday[] {
  const out: Holiday[] = [];
  for (const h of read.holiday_hours) {
    const details = h.details.filter((d) => d.settings?.from && d.settings?.to);
    const detail = details.find((d) => d.sub_setting_type === 'holiday') ?? details[0];
    const s = detail?.settings;
    if (!s?.from || !s.to) continue;
    const holiday: Holiday = {
      name: s.name?.trim() || 'Holiday',
      start: instantToLocal(fromZoomUtc(s.from), timezone),
      end: instantToLocal(fromZoomUtc(s.to), timezone),
    };
    out.push(h.holiday_id ? { id: h.holiday_id, ...holiday } : holiday);
  }
  return out;
}
