// fast-check arbitraries for schedules, holidays and closures, for any
// package's tests. Schedules are valid by construction (sorted, non-overlapping
// ranges) and favour the small hours, where DST changes happen.
import fc from 'fast-check';
import type { Closure, Recurrence } from '../schedule/closures';
import { WEEKS_OF_MONTH } from '../schedule/closures';
import type { DayHours, Holiday, TimeRange, WeekSchedule } from '../schedule/model';
import { WEEKDAYS, type Weekday } from '../schedule/weekdays';

export const ZONES_WITH_DST = [
  'America/Los_Angeles',
  'Australia/Sydney',
  'Europe/London',
  'America/New_York',
] as const;
/** Zones whose changes are not a whole hour, or that have none, or sit far from UTC. */
export const ODD_ZONES = [
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'Asia/Tokyo',
  'UTC',
  'America/St_Johns',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');
export const clock = (minutes: number) =>
  minutes === 1440 ? '24:00' : `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** A minute of the day, 0–1440, often on the hour or half hour and often between 00:00 and 04:00. */
const minuteArb = fc.oneof(
  fc.integer({ min: 0, max: 1440 }),
  fc.integer({ min: 0, max: 48 }).map((h) => h * 30),
  fc.integer({ min: 0, max: 240 }),
  fc.constantFrom(0, 1440),
);

/**
 * Up to `max` sorted, non-overlapping ranges. An end of 23:59 is avoided: Zoom
 * reads it back as 24:00, so it would not round-trip (docs/decisions/008).
 */
export const rangesArb = (max: number): fc.Arbitrary<TimeRange[]> =>
  fc
    .uniqueArray(minuteArb, { minLength: 2, maxLength: max * 2 })
    .map((ms) => [...ms].sort((a, b) => a - b))
    .map((ms) => (ms.length % 2 === 0 ? ms : ms.slice(0, -1)))
    .filter((ms) => ms.length >= 2)
    .map((ms) => {
      const out: TimeRange[] = [];
      for (let i = 0; i < ms.length; i += 2)
        out.push({ from: clock(ms[i]!), to: clock(ms[i + 1]!) });
      return out;
    })
    .filter((rs) => rs.every((r) => r.to !== '23:59'));

export const dayHoursArb = (maxRanges: number): fc.Arbitrary<DayHours> =>
  fc.oneof(
    { arbitrary: fc.constant<DayHours>({ type: 'closed' }), weight: 1 },
    { arbitrary: fc.constant<DayHours>({ type: 'all_day' }), weight: 1 },
    {
      arbitrary: rangesArb(maxRanges).map((ranges): DayHours => ({ type: 'ranges', ranges })),
      weight: 3,
    },
  );

export function weekScheduleArb(
  opts: { zones?: readonly string[]; maxRanges?: number } = {},
): fc.Arbitrary<WeekSchedule> {
  const zones = opts.zones ?? [...ZONES_WITH_DST, ...ODD_ZONES];
  const day = dayHoursArb(opts.maxRanges ?? 3);
  const days = fc.record(
    Object.fromEntries(WEEKDAYS.map((d) => [d, day])) as Record<Weekday, typeof day>,
  );
  return fc.record({ timezone: fc.constantFrom(...zones), days });
}

/** "YYYY-MM-DDTHH:mm" between two instants (ms since epoch), read as a wall clock. */
export const localArb = (fromMs: number, toMs: number): fc.Arbitrary<string> =>
  fc
    .integer({ min: Math.floor(fromMs / 60_000), max: Math.floor(toMs / 60_000) })
    .map((m) => new Date(m * 60_000).toISOString().slice(0, 16));

/** A holiday (wall clock) whose start lies between `fromMs` and `toMs` read as wall clocks, up to three days long. */
export const holidayArb = (fromMs: number, toMs: number): fc.Arbitrary<Holiday> =>
  fc
    .record({
      name: fc.constantFrom('Christmas Day', 'Staff training', 'Inventory', 'Office move'),
      startMinute: fc.integer({ min: Math.floor(fromMs / 60_000), max: Math.floor(toMs / 60_000) }),
      length: fc.oneof(fc.integer({ min: 1, max: 3 * 1440 }), fc.constantFrom(1439, 60, 2879)),
    })
    .map(({ name, startMinute, length }) => ({
      name,
      start: new Date(startMinute * 60_000).toISOString().slice(0, 16),
      end: new Date((startMinute + length) * 60_000).toISOString().slice(0, 16),
    }));

const weekdayArb = fc.constantFrom(...WEEKDAYS);

export const recurrenceArb: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.constant<Recurrence>({ frequency: 'never' }),
  fc.constant<Recurrence>({ frequency: 'yearly', pattern: 'as_start' }),
  fc
    .record({
      month: fc.integer({ min: 1, max: 12 }),
      week: fc.constantFrom(...WEEKS_OF_MONTH),
      weekday: weekdayArb,
    })
    .map((r): Recurrence => ({ frequency: 'yearly', pattern: 'nth_weekday', ...r })),
  fc.constant<Recurrence>({ frequency: 'monthly', pattern: 'as_start' }),
  fc
    .record({ week: fc.constantFrom(...WEEKS_OF_MONTH), weekday: weekdayArb })
    .map((r): Recurrence => ({ frequency: 'monthly', pattern: 'nth_weekday', ...r })),
  fc
    .record({
      everyWeeks: fc.integer({ min: 1, max: 12 }),
      weekdays: fc.uniqueArray(weekdayArb, { minLength: 1, maxLength: 7 }),
    })
    .map((r): Recurrence => ({
      frequency: 'weekly',
      everyWeeks: r.everyWeeks,
      weekdays: WEEKDAYS.filter((d) => r.weekdays.includes(d)),
    })),
);

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2026, 0, 1) / DAY_MS;

/**
 * A closure Zoom would accept: it starts and ends in the same week (so also in
 * the same month and year unless the week straddles one; those are filtered to
 * fit the recurrence). All-day closures run 00:00 to 23:59.
 */
export const closureArb = (timezone: string): fc.Arbitrary<Closure> =>
  fc
    .record({
      name: fc.constantFrom('New Year', 'Christmas Day', 'Stocktake', 'Team day'),
      day: fc.integer({ min: FIRST_DAY, max: FIRST_DAY + 4 * 366 }),
      allDay: fc.boolean(),
      startMinute: fc.integer({ min: 0, max: 1439 }),
      length: fc.integer({ min: 1, max: 6 * 1440 }),
      recurrence: recurrenceArb,
    })
    .map(({ name, day, allDay, startMinute, length, recurrence }) => {
      const startMs = day * DAY_MS + (allDay ? 0 : startMinute * 60_000);
      const endMs = allDay
        ? startMs + Math.floor(length / 1440) * DAY_MS + 1439 * 60_000
        : startMs + length * 60_000;
      const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);
      return { name, start: iso(startMs), end: iso(endMs), allDay, timezone, recurrence };
    })
    .filter((c) => {
      const monday = (d: string) => {
        const date = new Date(`${d.slice(0, 10)}T00:00:00Z`);
        return date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY_MS;
      };
      if (monday(c.start) !== monday(c.end)) return false;
      if (c.recurrence.frequency === 'yearly') return c.start.slice(0, 4) === c.end.slice(0, 4);
      if (c.recurrence.frequency === 'monthly') return c.start.slice(0, 7) === c.end.slice(0, 7);
      return true;
    });
