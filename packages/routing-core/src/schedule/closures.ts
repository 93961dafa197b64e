// Contact Center closures: a span of wall-clock time in the closure set's zone,
// all day or not, that may recur. The recurrence follows what Zoom's closure
// documents allow (`recurring_frequency` never / annually / monthly / weekly,
// each "specific" or "customized"):
//   yearly  as_start      every year on the start's month and day
//   yearly  nth_weekday   e.g. the last Monday of May
//   monthly as_start      every month on the start's day of the month
//   monthly nth_weekday   e.g. the first Friday of every month
//   weekly                every N weeks (1–12) on the chosen weekdays
// Occurrences keep the start's time of day and the span's wall-clock length,
// so DST never stretches or shortens a closure. A date a month or year lacks
// (31 April, 29 February) has no occurrence there.
import { z } from 'zod';
import {
  addDays,
  addWallMinutes,
  dateIfExists,
  mondayOf,
  nthWeekdayOfMonth,
  spanEndExclusive,
  wall,
  wallMinutesBetween,
  weekdayOfDate,
  type WeekOfMonth,
} from './calendar';
import { localDateTimeSchema, timezoneSchema, type LocalSpan, type ScheduleIssue } from './model';
import { WEEKDAYS, ccWeekday } from './weekdays';
import { isLocalDate } from './zone-time';

export const WEEKS_OF_MONTH = [
  'first',
  'second',
  'third',
  'fourth',
  'last',
] as const satisfies readonly WeekOfMonth[];

const weekday = z.enum(WEEKDAYS);
const week = z.enum(WEEKS_OF_MONTH);

export const recurrenceSchema = z.discriminatedUnion('frequency', [
  z.object({ frequency: z.literal('never') }),
  z.discriminatedUnion('pattern', [
    z.object({ frequency: z.literal('yearly'), pattern: z.literal('as_start') }),
    z.object({
      frequency: z.literal('yearly'),
      pattern: z.literal('nth_weekday'),
      month: z.number().int().min(1).max(12),
      week,
      weekday,
    }),
  ]),
  z.discriminatedUnion('pattern', [
    z.object({ frequency: z.literal('monthly'), pattern: z.literal('as_start') }),
    z.object({ frequency: z.literal('monthly'), pattern: z.literal('nth_weekday'), week, weekday }),
  ]),
  z.object({
    frequency: z.literal('weekly'),
    everyWeeks: z.number().int().min(1).max(12),
    weekdays: z.array(weekday).min(1, { message: 'Choose at least one day of the week.' }),
  }),
]);
export type Recurrence = z.infer<typeof recurrenceSchema>;

export const closureSchema = z.object({
  id: z.string().min(1).optional(),
  name: z.string().trim().min(1, { message: 'Give the closure a name.' }),
  start: localDateTimeSchema,
  end: localDateTimeSchema,
  allDay: z.boolean(),
  timezone: timezoneSchema,
  recurrence: recurrenceSchema,
});
export type Closure = z.infer<typeof closureSchema>;

/** Problems Zoom would refuse the closure for (3703, 3705–3707), in sentences. */
export function closureIssues(c: Closure): ScheduleIssue[] {
  const out: ScheduleIssue[] = [];
  const say = (message: string) => out.push({ path: ['end'], message: `"${c.name}": ${message}` });
  if (c.end <= c.start) say('the end must come after the start.');
  else if (c.recurrence.frequency === 'yearly' && c.start.slice(0, 4) !== c.end.slice(0, 4)) {
    say('a closure that recurs every year must start and end in the same year.');
  } else if (c.recurrence.frequency === 'monthly' && c.start.slice(0, 7) !== c.end.slice(0, 7)) {
    say('a closure that recurs every month must start and end in the same month.');
  } else if (
    c.recurrence.frequency === 'weekly' &&
    mondayOf(c.start.slice(0, 10)) !== mondayOf(c.end.slice(0, 10))
  ) {
    say('a closure that recurs every week must start and end in the same week (Monday to Sunday).');
  }
  return out;
}

const yearOf = (date: string) => Number(date.slice(0, 4));
const monthOf = (date: string) => Number(date.slice(5, 7));

function* months(from: string, to: string): Generator<[number, number]> {
  const last = yearOf(to) * 12 + monthOf(to) - 1;
  for (let i = yearOf(from) * 12 + monthOf(from) - 1; i <= last; i++)
    yield [Math.floor(i / 12), (i % 12) + 1];
}

/** Dates (ascending, within [from, to]) on which an occurrence starts. */
function* occurrenceDates(c: Closure, from: string, to: string): Generator<string> {
  const first = c.start.slice(0, 10);
  const r = c.recurrence;
  const day = Number(first.slice(8, 10));
  const inRange = (d: string | null): d is string =>
    d !== null && d >= from && d <= to && d >= first;
  if (r.frequency === 'never') {
    if (inRange(first)) yield first;
  } else if (r.frequency === 'yearly') {
    for (let y = yearOf(from); y <= yearOf(to); y++) {
      const d =
        r.pattern === 'as_start'
          ? dateIfExists(y, monthOf(first), day)
          : nthWeekdayOfMonth(y, r.month, r.week, ccWeekday(r.weekday));
      if (inRange(d)) yield d;
    }
  } else if (r.frequency === 'monthly') {
    for (const [y, m] of months(from, to)) {
      const d =
        r.pattern === 'as_start'
          ? dateIfExists(y, m, day)
          : nthWeekdayOfMonth(y, m, r.week, ccWeekday(r.weekday));
      if (inRange(d)) yield d;
    }
  } else {
    const anchor = mondayOf(first);
    const weeksIn = Math.max(0, Math.floor(wall(mondayOf(from)).diff(wall(anchor), 'weeks').weeks));
    const offsets = [...new Set(r.weekdays.map((w) => ccWeekday(w) - 1))].sort((a, b) => a - b);
    for (let w = weeksIn - (weeksIn % r.everyWeeks); ; w += r.everyWeeks) {
      const monday = addDays(anchor, w * 7);
      if (monday > to) break;
      for (const o of offsets) {
        const d = addDays(monday, o);
        if (inRange(d)) yield d;
      }
    }
  }
}

/**
 * The closure's occurrences that overlap the dates `fromDate`–`toDate`
 * (both inclusive, "YYYY-MM-DD"), as wall-clock spans in the closure's zone,
 * in order. An occurrence that began before `fromDate` and is still running
 * counts; the series starts at the closure's own start and never ends.
 */
export function expandClosure(closure: Closure, fromDate: string, toDate: string): LocalSpan[] {
  if (!isLocalDate(fromDate) || !isLocalDate(toDate))
    throw new RangeError('Dates must be given as YYYY-MM-DD.');
  if (toDate < fromDate) throw new RangeError(`${toDate} is before ${fromDate}.`);
  const length = wallMinutesBetween(closure.start, closure.end);
  if (length <= 0) return [];
  const time = closure.start.slice(11);
  const windowStart = `${fromDate}T00:00`;
  // an occurrence starting this many days before the window may still reach into it
  const lookBack = Math.ceil(length / 1440) + 1;
  const out: LocalSpan[] = [];
  for (const date of occurrenceDates(closure, addDays(fromDate, -lookBack), toDate)) {
    const start = `${date}T${time}`;
    const end = addWallMinutes(start, length);
    if (spanEndExclusive(end) > windowStart) out.push({ start, end });
  }
  return out;
}

/** The weekday of a closure's start: what a weekly "specific" recurrence repeats on. */
export const startWeekday = (c: Pick<Closure, 'start'>) => weekdayOfDate(c.start.slice(0, 10));
