// Extension hours in words: a day's hours ("09:00–17:00", "Closed", "Open all
// day"), what changed between two states (per weekday, and the closed-hours
// routing), and what a read-back lacks. Field names are words people read
// ("Monday", "Closed-hours routing"), so a history page can show them as they
// are.
import type { TargetNamer } from '../ivr/describe';
import { sameCallRouting, type HoursState } from './call-routing';
import { describeCallRouting } from './call-routing-zoom';
import type { DayHours } from './model';
import { WEEKDAYS, WEEKDAY_NAMES } from './weekdays';

export interface HoursChange {
  field: string;
  before: string;
  after: string;
}

export const CLOSED_ROUTING_FIELD = 'Closed-hours routing';
export const TIME_ZONE_FIELD = 'Time zone';

export function describeDayHours(h: DayHours): string {
  if (h.type === 'closed') return 'Closed';
  if (h.type === 'all_day') return 'Open all day';
  return h.ranges.map((r) => `${r.from}–${r.to}`).join(', ') || 'Closed';
}

const sameDay = (a: DayHours, b: DayHours) => describeDayHours(a) === describeDayHours(b);

/** What differs from `a` to `b`, one entry per weekday and one for the closed-hours routing. */
export function diffHours(a: HoursState, b: HoursState, namer?: TargetNamer): HoursChange[] {
  const out: HoursChange[] = [];
  if (a.schedule.timezone !== b.schedule.timezone) {
    out.push({ field: TIME_ZONE_FIELD, before: a.schedule.timezone, after: b.schedule.timezone });
  }
  for (const d of WEEKDAYS) {
    const before = a.schedule.days[d];
    const after = b.schedule.days[d];
    if (!sameDay(before, after)) out.push({ field: WEEKDAY_NAMES[d], before: describeDayHours(before), after: describeDayHours(after) });
  }
  if (!sameCallRouting(a.closedRouting, b.closedRouting)) {
    out.push({
      field: CLOSED_ROUTING_FIELD,
      before: describeCallRouting(a.closedRouting, 'closed', namer),
      after: describeCallRouting(b.closedRouting, 'closed', namer),
    });
  }
  return out;
}

/** Desired vs read back: what Zoom did not keep (empty when everything landed). */
export function verifyHours(
  desired: HoursState,
  readBack: HoursState,
  namer?: TargetNamer,
): { field: string; expected: string; actual: string }[] {
  // The time zone is the extension's, not something a write sets.
  const back = { ...readBack, schedule: { ...readBack.schedule, timezone: desired.schedule.timezone } };
  return diffHours(back, desired, namer).map((c) => ({ field: c.field, expected: c.after, actual: c.before }));
}
