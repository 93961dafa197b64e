// The normalized week schedule and holidays → Zoom Phone's documented write
// requests on /phone/extension/{extensionId}/call_handling/settings/{settingType}.
// The week goes in ONE PATCH of business_hours with sub_setting_type
// custom_hours: a closed day is type 0, an all-day day type 1, a day with its
// (single) range type 2 with `from`/`to`; a week open all day every day is the
// whole-week type 1 with no days listed. Holidays are POSTed / PATCHed on
// holiday_hours with sub_setting_type holiday and UTC `from`/`to`, and deleted
// by `holiday_id` in the query. Nothing Zoom would refuse is built: a schedule
// or holiday that breaks the rules throws ScheduleNotWritableError.
import { ZOOM_PHONE_DAY_TYPE } from '@switchboard/zoom-schema/phone-call-handling';
import type { ZoomCallHandlingSettingType } from '@switchboard/zoom-schema/phone-call-handling';
import type {
  ZoomCallHandlingDeleteQuery,
  ZoomCustomHoursDayWrite,
  ZoomCustomHoursPatch,
  ZoomHolidayPatch,
  ZoomHolidayPost,
} from '@switchboard/zoom-schema/phone-call-handling-write';
import {
  holidaySchema,
  weekScheduleSchema,
  type DayHours,
  type Holiday,
  type WeekSchedule,
} from './model';
import { ScheduleNotWritableError, phoneScheduleIssues, zodIssues } from './validate';
import { WEEKDAYS, phoneWeekday, type Weekday } from './weekdays';
import { endToZoom } from './zoom-clock';
import { localToInstant, toZoomUtc } from './zone-time';

export function callHandlingPath(
  extensionId: string,
  settingType: ZoomCallHandlingSettingType,
): string {
  return `/phone/extension/${encodeURIComponent(extensionId)}/call_handling/settings/${settingType}`;
}

function dayWrite(day: Weekday, hours: DayHours): ZoomCustomHoursDayWrite {
  const weekday = phoneWeekday(day);
  if (hours.type === 'closed') return { weekday, type: ZOOM_PHONE_DAY_TYPE.closed };
  if (hours.type === 'all_day') return { weekday, type: ZOOM_PHONE_DAY_TYPE.allDay };
  const range = hours.ranges[0]!;
  return { weekday, type: ZOOM_PHONE_DAY_TYPE.custom, from: range.from, to: endToZoom(range.to) };
}

/** PATCH …/business_hours body for the week (sub_setting_type custom_hours). */
export function customHoursPatch(schedule: WeekSchedule): ZoomCustomHoursPatch {
  const shape = zodIssues(weekScheduleSchema.safeParse(schedule));
  const issues = shape.length > 0 ? shape : phoneScheduleIssues(schedule);
  if (issues.length > 0) throw new ScheduleNotWritableError(issues);
  if (WEEKDAYS.every((d) => schedule.days[d].type === 'all_day')) {
    return { sub_setting_type: 'custom_hours', settings: { type: 1 } };
  }
  const days = WEEKDAYS.map((d) => dayWrite(d, schedule.days[d])).sort(
    (a, b) => a.weekday - b.weekday,
  );
  return { sub_setting_type: 'custom_hours', settings: { type: 2, custom_hours_settings: days } };
}

function holidayTimes(holiday: Holiday, timezone: string) {
  const issues = zodIssues(holidaySchema.safeParse(holiday));
  if (issues.length > 0) throw new ScheduleNotWritableError(issues);
  const from = toZoomUtc(localToInstant(holiday.start, timezone));
  const to = toZoomUtc(localToInstant(holiday.end, timezone));
  // a span inside a spring-forward gap collapses to one instant
  if (to <= from) {
    throw new ScheduleNotWritableError([
      { path: ['end'], message: `"${holiday.name}" ends before it starts once the clocks change.` },
    ]);
  }
  return { name: holiday.name.trim(), from, to };
}

/** POST …/holiday_hours body for a new holiday entered on the wall clock of `timezone`. */
export function holidayPost(holiday: Holiday, timezone: string): ZoomHolidayPost {
  return { sub_setting_type: 'holiday', settings: holidayTimes(holiday, timezone) };
}

/** PATCH …/holiday_hours body that renames or moves the holiday `holidayId`. */
export function holidayPatch(
  holidayId: string,
  holiday: Holiday,
  timezone: string,
): ZoomHolidayPatch {
  return {
    sub_setting_type: 'holiday',
    settings: { holiday_id: holidayId, ...holidayTimes(holiday, timezone) },
  };
}

/** DELETE …/holiday_hours?holiday_id= */
export function holidayDeleteQuery(holidayId: string): ZoomCallHandlingDeleteQuery {
  return { holiday_id: holidayId };
}
