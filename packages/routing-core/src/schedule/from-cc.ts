// Zoom Contact Center business hours and closure sets → the normalized week
// schedule and closures. Days count from Monday here (`day_of_week`,
// `recurring_days_of_week`); closures' instants carry `Z` or an offset and are
// shown on the wall clock of the closure set's zone.
import {
  CC_CLOSURE_HOUR_TYPE,
  CC_DAY_TYPE,
  CC_HOUR_TYPE,
  CC_RECURRING_FREQUENCY,
  CC_RECURRING_FREQUENCY_TYPE,
} from '@switchboard/zoom-schema/contact-center-hours';
import type {
  CcBusinessHoursRead,
  CcClosureRead,
  CcClosureSetRead,
  CcCustomHoursDayRead,
} from '@switchboard/zoom-schema/contact-center-hours';
import { addDays } from './calendar';
import { WEEKS_OF_MONTH, startWeekday, type Closure, type Recurrence } from './closures';
import type { DayHours, WeekSchedule } from './model';
import { WEEKDAYS, WEEKDAY_NAMES, fromCcWeekday, type Weekday } from './weekdays';
import { endFromZoom } from './zoom-clock';
import { offsetTimeToLocal } from './zone-time';

const allWeek = (hours: DayHours): Record<Weekday, DayHours> =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, hours])) as Record<Weekday, DayHours>;

function dayFromCc(d: CcCustomHoursDayRead, day: Weekday): DayHours {
  if (d.custom_hour_type === CC_DAY_TYPE.closed) return { type: 'closed' };
  if (d.custom_hour_type === CC_DAY_TYPE.allDay) return { type: 'all_day' };
  if (d.custom_hour_type === CC_DAY_TYPE.custom) {
    const ranges = (d.custom_hour_ranges ?? []).map((r) => ({
      from: r.start_time,
      to: endFromZoom(r.end_time),
    }));
    return ranges.length > 0 ? { type: 'ranges', ranges } : { type: 'closed' };
  }
  throw new Error(
    `Zoom's Contact Center hours for ${WEEKDAY_NAMES[day]} cannot be read (type ${d.custom_hour_type}).`,
  );
}

/** hour_type 1 is open 24 hours, 7 days a week; with hour_type 2 a day Zoom leaves out is closed. */
export function weekScheduleFromCc(read: CcBusinessHoursRead): WeekSchedule {
  const timezone = read.timezone;
  if (!timezone)
    throw new Error(
      `Zoom did not say which time zone business hours ${read.business_hour_id} use.`,
    );
  const hours = read.hours;
  if (!hours || hours.hour_type === CC_HOUR_TYPE.always)
    return { timezone, days: allWeek({ type: 'all_day' }) };
  if (hours.hour_type !== CC_HOUR_TYPE.custom) {
    throw new Error(
      `Business hours ${read.business_hour_id} are of a kind Switchboard does not know (hour_type ${hours.hour_type}).`,
    );
  }
  const days = allWeek({ type: 'closed' });
  for (const d of hours.custom_hours ?? []) {
    const day = fromCcWeekday(d.day_of_week);
    days[day] = dayFromCc(d, day);
  }
  return { timezone, days };
}

export function businessHoursFromCc(read: CcBusinessHoursRead) {
  return {
    id: read.business_hour_id,
    name: read.business_hour_name ?? '',
    description: read.business_hour_description ?? '',
    schedule: weekScheduleFromCc(read),
  };
}

const weekdaysOf = (c: CcClosureRead): Weekday[] =>
  [...new Set((c.recurring_days_of_week ?? []).map((n) => fromCcWeekday(Number(n))))].sort(
    (a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b),
  );

function weekOfMonth(c: CcClosureRead) {
  const n = c.recurring_week_interval;
  if (n === undefined || n < 1 || n > 5)
    throw new Error(`Closure "${c.closure_name}": the week of the month is missing or not 1–5.`);
  // Zoom's 5 is read as "last": see docs/decisions/008
  return WEEKS_OF_MONTH[n - 1]!;
}

function recurrenceFromCc(c: CcClosureRead, start: string): Recurrence {
  const custom = c.recurring_frequency_type === CC_RECURRING_FREQUENCY_TYPE.customized;
  const only = (what: string): Weekday => {
    const [day] = weekdaysOf(c);
    if (!day) throw new Error(`Closure "${c.closure_name}": ${what} has no day of the week.`);
    return day;
  };
  switch (c.recurring_frequency) {
    case CC_RECURRING_FREQUENCY.never:
      return { frequency: 'never' };
    case CC_RECURRING_FREQUENCY.annually:
      if (!custom) return { frequency: 'yearly', pattern: 'as_start' };
      return {
        frequency: 'yearly',
        pattern: 'nth_weekday',
        month: c.recurring_month ?? Number(start.slice(5, 7)),
        week: weekOfMonth(c),
        weekday: only('the yearly recurrence'),
      };
    case CC_RECURRING_FREQUENCY.monthly:
      if (!custom) return { frequency: 'monthly', pattern: 'as_start' };
      return {
        frequency: 'monthly',
        pattern: 'nth_weekday',
        week: weekOfMonth(c),
        weekday: only('the monthly recurrence'),
      };
    case CC_RECURRING_FREQUENCY.weekly: {
      const days = weekdaysOf(c);
      const weekdays = days.length > 0 ? days : [startWeekday({ start })];
      return {
        frequency: 'weekly',
        everyWeeks: custom ? (c.recurring_week_interval ?? 1) : 1,
        weekdays,
      };
    }
    default:
      throw new Error(
        `Closure "${c.closure_name}" recurs in a way Switchboard does not know (${c.recurring_frequency}).`,
      );
  }
}

/** One closure, on the wall clock of its set's `timezone`; an all-day closure runs 00:00 to 23:59. */
export function closureFromCc(c: CcClosureRead, timezone: string): Closure {
  const allDay = c.closure_hour_type === CC_CLOSURE_HOUR_TYPE.allDay;
  let start = offsetTimeToLocal(c.start_time, timezone);
  let end = offsetTimeToLocal(c.end_time, timezone);
  if (allDay) {
    // whole days: an end at midnight closes the day before it (…T00:00 of the 26th ends the 25th)
    const lastDay =
      end.endsWith('T00:00') && end.slice(0, 10) > start.slice(0, 10)
        ? addDays(end.slice(0, 10), -1)
        : end.slice(0, 10);
    start = `${start.slice(0, 10)}T00:00`;
    end = `${lastDay}T23:59`;
  }
  const closure: Closure = {
    name: c.closure_name,
    start,
    end,
    allDay,
    timezone,
    recurrence: recurrenceFromCc(c, start),
  };
  return c.closure_id ? { id: c.closure_id, ...closure } : closure;
}

export function closureSetFromCc(read: CcClosureSetRead) {
  return {
    id: read.closure_set_id,
    name: read.closure_set_name,
    description: read.closure_set_description ?? '',
    timezone: read.timezone,
    closures: read.closures.map((c) => closureFromCc(c, read.timezone)),
  };
}
