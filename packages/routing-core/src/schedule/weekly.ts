// The week schedule on its own (no holidays): is it open at an instant, and
// when does that next change? Every evaluation reads the instant's wall clock
// in the schedule's zone through luxon, so DST is whatever the zone says: on a
// spring-forward night 02:00–02:59 never happens, on a fall-back night
// 01:00–01:59 happens twice and is judged by the clock both times.
import { DateTime, IANAZone } from 'luxon';
import { WEEKDAY_NAMES, fromIsoWeekday } from './weekdays';
import { END_OF_DAY, clockMinutes, type DayHours, type WeekSchedule } from './model';

export interface WeeklyState {
  open: boolean;
  reason: string;
}

const DAY_MINUTES = 1440;
const MINUTE_MS = 60_000;
/** A weekly pattern that changes at all changes within 7 days (plus a DST hour); 9 leaves room. */
const HORIZON_MS = 9 * 24 * 60 * MINUTE_MS;

const minuteOfDay = (dt: DateTime) => dt.hour * 60 + dt.minute;

export function weeklyStateAt(schedule: WeekSchedule, at: DateTime): WeeklyState {
  const day = fromIsoWeekday(at.weekday);
  const name = WEEKDAY_NAMES[day];
  const hours = schedule.days[day];
  if (hours.type === 'all_day')
    return { open: true, reason: `Open: ${name} all day (${schedule.timezone})` };
  if (hours.type === 'closed')
    return { open: false, reason: `Closed: no opening hours on ${name}` };
  const m = minuteOfDay(at);
  const range = hours.ranges.find((r) => clockMinutes(r.from) <= m && m < clockMinutes(r.to));
  if (range)
    return { open: true, reason: `Open: ${name} ${range.from}–${range.to} (${schedule.timezone})` };
  return { open: false, reason: `Closed: outside ${name}'s hours` };
}

/** The next minute of the day, after `m`, at which this day's answer may change (midnight at the latest). */
function nextBoundary(hours: DayHours, m: number): number {
  let next = DAY_MINUTES;
  if (hours.type !== 'ranges') return next;
  for (const r of hours.ranges) {
    for (const edge of [r.from, r.to]) {
      const b = edge === END_OF_DAY ? DAY_MINUTES : clockMinutes(edge);
      if (b > m && b < next) next = b;
    }
  }
  return next;
}

// Where a zone's clocks change never moves (for a given time-zone database),
// and statuses near a change keep looking for the same one: remember them.
const knownChanges = new Map<string, number[]>();
const KNOWN_MAX = 256;

/** The first whole minute in (from, to] whose UTC offset is `to`'s: where the clocks changed. */
function offsetChange(zone: IANAZone, from: DateTime, to: DateTime): DateTime {
  let lo = from.toMillis();
  let hi = to.toMillis();
  const known = knownChanges.get(zone.name) ?? [];
  // at most one change fits between two boundaries of a day, so a known one in range is it
  const hit = known.find((ms) => ms > lo && ms <= hi);
  if (hit !== undefined) return DateTime.fromMillis(hit, { zone: to.zone });
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (zone.offset(mid) === to.offset) hi = mid;
    else lo = mid;
  }
  knownChanges.set(zone.name, [...(known.length >= KNOWN_MAX ? [] : known), hi]);
  return DateTime.fromMillis(hi, { zone: to.zone });
}

/**
 * The first instant after `from` at which the week schedule's open/closed
 * answer differs from the one at `from`, or null when it never does (every
 * day open all day, or every day closed). `from` must be on a whole minute.
 *
 * It walks from boundary to boundary (range edges, midnights) in wall-clock
 * minutes; when the offset differs at the landing point, the clocks changed on
 * the way, and the walk stops at the change instead (the wall clock jumped,
 * possibly across or back over a boundary) and re-reads the clock there.
 */
export function nextWeeklyChange(schedule: WeekSchedule, from: DateTime): DateTime | null {
  const zone = IANAZone.create(schedule.timezone);
  const open = weeklyStateAt(schedule, from).open;
  const limit = from.toMillis() + HORIZON_MS;
  let p = from;
  while (p.toMillis() < limit) {
    const m = minuteOfDay(p);
    const hours = schedule.days[fromIsoWeekday(p.weekday)];
    // elapsed minutes, not wall-clock ones: where the offset then differs, the clocks changed on the way
    let q = DateTime.fromMillis(p.toMillis() + (nextBoundary(hours, m) - m) * MINUTE_MS, { zone });
    if (q.offset !== p.offset) q = offsetChange(zone, p, q);
    if (weeklyStateAt(schedule, q).open !== open) return q;
    p = q;
  }
  return null;
}
