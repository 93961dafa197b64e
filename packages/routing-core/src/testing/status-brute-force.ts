// A second, deliberately naive way to know a schedule's status, to check
// status.ts against: every minute of a window is converted to the wall clock
// with luxon and the day's hours are looked up; `until` is found by stepping
// minute by minute to the next minute whose state differs. It shares no code
// with src/schedule (only the types), so a mistake there is not repeated here.
import { DateTime } from 'luxon';
import type { Holiday, WeekSchedule } from '../schedule/model';

export interface BruteStatus {
  state: 'open' | 'closed' | 'holiday';
  reason: string;
  until: string | null;
}

const NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** Earliest instant (ms) showing this wall clock; a wall clock that never shows: luxon's shift forward. */
function instantOf(local: string, zone: string): number {
  const dt = DateTime.fromISO(local, { zone });
  return Math.min(...dt.getPossibleOffsets().map((d) => d.toMillis()), dt.toMillis());
}

function holidayIntervals(holidays: readonly Holiday[], zone: string) {
  return holidays.map((h, i) => {
    let end = h.end;
    if (end.endsWith('T23:59'))
      end =
        DateTime.fromISO(end.slice(0, 10), { zone: 'utc' }).plus({ days: 1 }).toISODate() +
        'T00:00';
    return { name: h.name, from: instantOf(h.start, zone), to: instantOf(end, zone), i };
  });
}

/** Status (without `until`) of each minute from `fromMs` for `minutes` minutes. */
export function bruteStates(
  schedule: WeekSchedule,
  holidays: readonly Holiday[],
  fromMs: number,
  minutes: number,
) {
  const spans = holidayIntervals(holidays, schedule.timezone).filter((s) => s.to > s.from);
  const out: { state: BruteStatus['state']; reason: string }[] = [];
  for (let k = 0; k < minutes; k++) {
    const ms = fromMs + k * 60_000;
    const hits = spans
      .filter((s) => s.from <= ms && ms < s.to)
      .sort((a, b) => a.from - b.from || a.i - b.i);
    if (hits[0]) {
      out.push({ state: 'holiday', reason: `Closed — ${hits[0].name}` });
      continue;
    }
    const local = DateTime.fromMillis(ms, { zone: schedule.timezone });
    const idx = local.weekday - 1;
    const hours = schedule.days[KEYS[idx]!];
    const name = NAMES[idx]!;
    const m = local.hour * 60 + local.minute;
    if (hours.type === 'all_day')
      out.push({ state: 'open', reason: `Open: ${name} all day (${schedule.timezone})` });
    else if (hours.type === 'closed')
      out.push({ state: 'closed', reason: `Closed: no opening hours on ${name}` });
    else {
      const r = hours.ranges.find((x) => toMinutes(x.from) <= m && m < toMinutes(x.to));
      out.push(
        r
          ? { state: 'open', reason: `Open: ${name} ${r.from}–${r.to} (${schedule.timezone})` }
          : { state: 'closed', reason: `Closed: outside ${name}'s hours` },
      );
    }
  }
  return out;
}

/**
 * Statuses of the first `check` minutes from `fromMs`. To find each `until`
 * the window is stepped on, a day at a time, until the last checked minute's
 * state has changed or `lookAhead` minutes are used (null: no change seen).
 */
export function bruteStatuses(
  schedule: WeekSchedule,
  holidays: readonly Holiday[],
  fromMs: number,
  check: number,
  lookAhead: number,
): BruteStatus[] {
  const states = bruteStates(schedule, holidays, fromMs, check);
  const last = states[check - 1]!.state;
  for (let more = 0; more < lookAhead && states.at(-1)!.state === last; more += 1440) {
    states.push(
      ...bruteStates(
        schedule,
        holidays,
        fromMs + states.length * 60_000,
        Math.min(1440, lookAhead - more),
      ),
    );
  }
  const next: (number | null)[] = new Array(states.length).fill(null);
  for (let k = states.length - 2; k >= 0; k--) {
    next[k] = states[k + 1]!.state !== states[k]!.state ? k + 1 : next[k + 1]!;
  }
  return states.slice(0, check).map((s, k) => ({
    ...s,
    until:
      next[k] === null
        ? null
        : new Date(fromMs + next[k]! * 60_000).toISOString().replace('.000Z', 'Z'),
  }));
}
