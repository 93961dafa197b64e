// The week strip's days: what each day is (closed, open all day, ranges of
// hours), changing a day's kind without losing its hours, and which days
// differ from what Zoom has. Weekdays are names (routing-core), never numbers.
import { describeDayHours } from '@switchboard/routing-core/schedule/hours-diff';
import { END_OF_DAY, clockMinutes, type DayHours, type TimeRange, type WeekSchedule } from '@switchboard/routing-core/schedule/model';
import { WEEKDAYS, type Weekday } from '@switchboard/routing-core/schedule/weekdays';

export type DayChoice = DayHours['type'];

/** Short: seven of them sit side by side; the day's name labels each ("Monday: Hours"). */
export const DAY_CHOICES: { value: DayChoice; label: string }[] = [
  { value: 'closed', label: 'Closed' },
  { value: 'all_day', label: 'All day' },
  { value: 'ranges', label: 'Hours' },
];

export const DAY_SHORT: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

const OFFICE = { from: '09:00', to: '17:00' };

/** The day as `choice`; a day turned back to hours gets office hours (Zoom Phone: one range a day). */
export function withChoice(day: DayHours, choice: DayChoice): DayHours {
  if (choice === day.type) return day;
  if (choice === 'ranges') return { type: 'ranges', ranges: [{ ...OFFICE }] };
  return { type: choice };
}

/** Days whose hours differ between two weeks (the zone is the extension's, never edited here). */
export function changedDays(before: WeekSchedule, after: WeekSchedule): Weekday[] {
  return WEEKDAYS.filter((d) => describeDayHours(before.days[d]) !== describeDayHours(after.days[d]));
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The range an "Add hours" adds after `ranges`: an hour's gap after the last
 * one closes, then two hours (cut at the end of the day); none when the last
 * one closes so late that nothing fits after it.
 */
export function nextRange(ranges: readonly TimeRange[]): TimeRange | null {
  const last = ranges.at(-1);
  if (!last) return { ...OFFICE };
  if (!/^\d\d:\d\d$/.test(last.to) || last.to === END_OF_DAY) return null;
  const from = clockMinutes(last.to) + 60;
  if (from > 23 * 60) return null;
  return { from: clock(from), to: clock(Math.min(from + 120, 23 * 60 + 59)) };
}
