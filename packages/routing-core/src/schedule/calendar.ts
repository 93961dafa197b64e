// Calendar arithmetic on wall-clock dates, with no zone involved: luxon in UTC
// serves as a plain calendar (every date and time exists there), so adding a
// day to "2026-03-08" gives "2026-03-09" whatever the clocks do that night.
import { DateTime } from 'luxon';
import { fromIsoWeekday, type Weekday } from './weekdays';

const WALL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** A wall-clock "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" as a zone-free calendar value (invalid when it is neither). */
export function wall(text: string): DateTime {
  const m = WALL_RE.exec(text);
  if (!m) return DateTime.invalid(`"${text}" is not a wall-clock date`);
  const [year, month, day, hour = 0, minute = 0] = m
    .slice(1)
    .map((v) => (v === undefined ? undefined : Number(v)));
  return DateTime.fromObject({ year, month, day, hour, minute }, { zone: 'utc' });
}

export const formatWallDate = (dt: DateTime): string => dt.toISODate()!;
export const formatWall = (dt: DateTime): string =>
  (dt.second === 0 && dt.millisecond === 0 ? dt : dt.startOf('minute')).toISO({
    includeOffset: false,
    suppressSeconds: true,
    suppressMilliseconds: true,
  })!;

export function addDays(date: string, days: number): string {
  return formatWallDate(wall(date).plus({ days }));
}

export function weekdayOfDate(date: string): Weekday {
  return fromIsoWeekday(wall(date).weekday);
}

/**
 * The first wall-clock minute after a span that ends at `end`. Zoom writes a
 * whole day as 00:00–23:59, so an end at 23:59 covers the rest of that day
 * (→ next day 00:00); any other end is exclusive as it stands.
 */
export function spanEndExclusive(end: string): string {
  if (!end.endsWith('T23:59')) return end;
  return `${addDays(end.slice(0, 10), 1)}T00:00`;
}

/** Wall-clock minutes from `a` to `b` ("YYYY-MM-DDTHH:mm"), as a calendar counts them (no DST). */
export function wallMinutesBetween(a: string, b: string): number {
  return wall(b).diff(wall(a), 'minutes').minutes;
}

/** `local` moved by `minutes` of wall-clock time. */
export function addWallMinutes(local: string, minutes: number): string {
  return formatWall(wall(local).plus({ minutes }));
}

export type WeekOfMonth = 'first' | 'second' | 'third' | 'fourth' | 'last';
const WEEK_INDEX: Record<WeekOfMonth, number> = {
  first: 0,
  second: 1,
  third: 2,
  fourth: 3,
  last: -1,
};

/** "YYYY-MM-DD" of e.g. the third Tuesday, or the last Friday, of a month. */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  week: WeekOfMonth,
  isoWeekday: number,
): string {
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone: 'utc' });
  if (week === 'last') {
    const last = first.endOf('month').startOf('day');
    return formatWallDate(last.minus({ days: (last.weekday - isoWeekday + 7) % 7 }));
  }
  const firstMatch = first.plus({ days: (isoWeekday - first.weekday + 7) % 7 });
  return formatWallDate(firstMatch.plus({ weeks: WEEK_INDEX[week] }));
}

/** "YYYY-MM-DD" of that day, or null when the month has no such day (31 April, 29 February 2027). */
export function dateIfExists(year: number, month: number, day: number): string | null {
  const dt = DateTime.fromObject({ year, month, day }, { zone: 'utc' });
  return dt.isValid ? formatWallDate(dt) : null;
}

/** The Monday of the (ISO, Monday-first) week holding `date`. */
export function mondayOf(date: string): string {
  return formatWallDate(wall(date).startOf('week'));
}
