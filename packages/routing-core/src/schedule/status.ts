// Open, closed or holiday at a given instant, why, and until when. Pure and
// clock-free: the instant is an argument (the BFF passes `?at=` or its own
// now). Holidays win over the week schedule. `until` is the next instant at
// which the state changes; back-to-back or overlapping holidays are one
// closed stretch, and an always-open or never-open week with no holiday ahead
// never changes (null).
import { DateTime } from 'luxon';
import { spanEndExclusive } from './calendar';
import type { Holiday, WeekSchedule } from './model';
import { nextWeeklyChange, weeklyStateAt } from './weekly';
import { formatInstant, parseInstant, requireZone, zonedFromLocal } from './zone-time';

export type ScheduleState = 'open' | 'closed' | 'holiday';

export interface ScheduleStatus {
  state: ScheduleState;
  /** A sentence, e.g. "Open: Monday 09:00–17:00 (America/Los_Angeles)" or "Closed — Christmas Day". */
  reason: string;
  /** ISO instant ("…Z") of the next change of state, or null when it never changes. */
  until: string | null;
}

interface HolidaySpan {
  name: string;
  start: number;
  end: number;
  order: number;
}

/** Holidays as instants, [start, end): an end at 23:59 covers the rest of that day. */
function holidaySpans(holidays: readonly Holiday[], zone: string): HolidaySpan[] {
  return holidays
    .map((h, order) => ({
      name: h.name,
      start: zonedFromLocal(h.start, zone).toMillis(),
      end: zonedFromLocal(spanEndExclusive(h.end), zone).toMillis(),
      order,
    }))
    .filter((s) => s.end > s.start);
}

const covers = (s: HolidaySpan, t: number) => s.start <= t && t < s.end;

/** The first holiday end after `t` that no other holiday covers. */
function endOfHolidays(spans: readonly HolidaySpan[], t: number): number {
  const ends = spans
    .map((s) => s.end)
    .filter((e) => e > t)
    .sort((a, b) => a - b);
  return ends.find((e) => !spans.some((s) => covers(s, e)))!;
}

const iso = (ms: number): string => formatInstant(DateTime.fromMillis(ms, { zone: 'utc' }));

export function statusAt(
  schedule: WeekSchedule,
  holidays: readonly Holiday[],
  instant: string,
): ScheduleStatus {
  const zone = schedule.timezone;
  requireZone(zone);
  // state is constant within a wall-clock minute, so the walk starts on one
  const parsed = parseInstant(instant).setZone(zone);
  const at = parsed.second === 0 && parsed.millisecond === 0 ? parsed : parsed.startOf('minute');
  const t = at.toMillis();
  const spans = holidaySpans(holidays, zone);
  const current = spans
    .filter((s) => covers(s, t))
    .sort((a, b) => a.start - b.start || a.order - b.order)[0];
  if (current) {
    return {
      state: 'holiday',
      reason: `Closed — ${current.name}`,
      until: iso(endOfHolidays(spans, t)),
    };
  }
  const weekly = weeklyStateAt(schedule, at);
  const change = nextWeeklyChange(schedule, at)?.toMillis() ?? null;
  const nextHoliday = spans.reduce<number | null>(
    (min, s) => (s.start > t && (min === null || s.start < min) ? s.start : min),
    null,
  );
  const until =
    change === null ? nextHoliday : nextHoliday === null ? change : Math.min(change, nextHoliday);
  return {
    state: weekly.open ? 'open' : 'closed',
    reason: weekly.reason,
    until: until === null ? null : iso(until),
  };
}

// Zone abbreviations are locale data in CLDR: "AEDT" is known to en-AU, "BST"
// to en-GB, "PDT" to en-US. The first English locale that has a name for the
// zone wins; otherwise the offset ("GMT+9") is the honest answer.
const ABBREVIATION_LOCALES = [
  'en-US',
  'en-GB',
  'en-AU',
  'en-NZ',
  'en-CA',
  'en-IE',
  'en-IN',
  'en-ZA',
  'en-SG',
  'en-HK',
];
const OFFSET_ONLY = /^(GMT|UTC)[+\-−]/;

export function zoneAbbreviation(dt: DateTime): string {
  for (const locale of ABBREVIATION_LOCALES) {
    const name = dt.setLocale(locale).toFormat('ZZZZ');
    if (!OFFSET_ONLY.test(name)) return name;
  }
  return dt.setLocale('en-US').toFormat('ZZZZ');
}

/** "until Sat 26 Dec 00:00 AEDT": the next change in the zone's own wall clock. */
export function nextChangeWords(until: string | null, zone: string): string {
  requireZone(zone);
  if (until === null) return 'with no change ahead';
  const dt = parseInstant(until).setZone(zone).setLocale('en-US');
  return `until ${dt.toFormat('ccc d LLL HH:mm')} ${zoneAbbreviation(dt)}`;
}
