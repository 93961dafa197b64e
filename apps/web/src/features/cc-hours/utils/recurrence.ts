// A closure's recurrence in words and the editor's moves between kinds:
// never, yearly, monthly, weekly; yearly and monthly either "specific" (the
// start's own date: `as_start`) or "customised" (e.g. the last Monday of May:
// `nth_weekday`). Switching kind starts from the closure's own start, so a
// closure on Friday 25 December becomes "every week on Friday" or "the fourth
// Friday", never an arbitrary day.
import type { Recurrence } from '@switchboard/routing-core/schedule/closures';
import { weekdayOfDate } from '@switchboard/routing-core/schedule/calendar';
import { WEEKDAYS, WEEKDAY_NAMES, type Weekday } from '@switchboard/routing-core/schedule/weekdays';

export type Frequency = Recurrence['frequency'];
export type Pattern = 'as_start' | 'nth_weekday';
export type WeekOfMonth = 'first' | 'second' | 'third' | 'fourth' | 'last';

export const FREQUENCIES: { value: Frequency; label: string }[] = [
  { value: 'never', label: 'Never (once)' },
  { value: 'yearly', label: 'Every year' },
  { value: 'monthly', label: 'Every month' },
  { value: 'weekly', label: 'Every week' },
];
export const WEEKS: { value: WeekOfMonth; label: string }[] = [
  { value: 'first', label: 'First' },
  { value: 'second', label: 'Second' },
  { value: 'third', label: 'Third' },
  { value: 'fourth', label: 'Fourth' },
  { value: 'last', label: 'Last' },
];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ORDINAL_WORD: Record<WeekOfMonth, string> = { first: 'first', second: 'second', third: 'third', fourth: 'fourth', last: 'last' };

/** "1st", "22nd", "25th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

const dateOf = (start: string) => start.slice(0, 10);
const dayOf = (start: string) => Number(start.slice(8, 10));
const monthOf = (start: string) => Number(start.slice(5, 7));

/** The start's week of the month as Zoom's pattern names it (the fifth is the last). */
export function weekOfMonth(start: string): WeekOfMonth {
  return (['first', 'second', 'third', 'fourth', 'last'] as const)[Math.min(4, Math.ceil(dayOf(start) / 7) - 1)] ?? 'first';
}

const startWeekday = (start: string): Weekday => weekdayOfDate(dateOf(start));

/** "Monday, Wednesday and Friday" in week order. */
export function dayList(days: readonly Weekday[]): string {
  const names = WEEKDAYS.filter((d) => days.includes(d)).map((d) => WEEKDAY_NAMES[d]);
  return names.length <= 1 ? (names[0] ?? 'no day') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The recurrence as a sentence, from the closure's start ("YYYY-MM-DDTHH:mm"). */
export function recurrenceWords(r: Recurrence, start: string): string {
  switch (r.frequency) {
    case 'never':
      return 'Once, not repeated';
    case 'yearly':
      return r.pattern === 'as_start'
        ? `Every year on ${dayOf(start)} ${MONTHS[monthOf(start) - 1]}`
        : `Every year on the ${ORDINAL_WORD[r.week]} ${WEEKDAY_NAMES[r.weekday]} of ${MONTHS[r.month - 1]}`;
    case 'monthly':
      return r.pattern === 'as_start'
        ? `Every month on the ${ordinal(dayOf(start))}`
        : `Every month on the ${ORDINAL_WORD[r.week]} ${WEEKDAY_NAMES[r.weekday]}`;
    case 'weekly':
      return `${r.everyWeeks === 1 ? 'Every week' : `Every ${r.everyWeeks} weeks`} on ${dayList(r.weekdays)}`;
  }
}

/** The recurrence turned to another kind, starting from the closure's start; the same kind is left as it is. */
export function withFrequency(r: Recurrence, frequency: Frequency, start: string): Recurrence {
  if (frequency === r.frequency) return r;
  switch (frequency) {
    case 'never':
      return { frequency: 'never' };
    case 'yearly':
      return { frequency: 'yearly', pattern: 'as_start' };
    case 'monthly':
      return { frequency: 'monthly', pattern: 'as_start' };
    case 'weekly':
      return { frequency: 'weekly', everyWeeks: 1, weekdays: [startWeekday(start)] };
  }
}

/** Yearly or monthly as the start's own date ("specific") or a weekday of the month ("customised"). */
export function withPattern(r: Recurrence, pattern: Pattern, start: string): Recurrence {
  if (r.frequency !== 'yearly' && r.frequency !== 'monthly') return r;
  if (pattern === 'as_start') return { frequency: r.frequency, pattern };
  if (r.pattern === 'nth_weekday') return r;
  const nth = { pattern, week: weekOfMonth(start), weekday: startWeekday(start) } as const;
  return r.frequency === 'yearly' ? { frequency: 'yearly', ...nth, month: monthOf(start) } : { frequency: 'monthly', ...nth };
}
