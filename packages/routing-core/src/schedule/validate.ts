// The rules a week schedule must meet before it is written to Zoom, in
// sentences. Both products: each range starts before it ends ("24:00" may end
// a range), ranges are listed in order and do not overlap. Zoom Phone allows
// one range a day; Contact Center several (`custom_hour_ranges`). Touching
// ranges (09:00–12:00, 12:00–17:00) are allowed: ends are exclusive.
import {
  CLOCK_RE,
  END_OF_DAY,
  clockMinutes,
  weekScheduleSchema,
  type ScheduleIssue,
  type TimeRange,
  type WeekSchedule,
} from './model';
import { WEEKDAYS, WEEKDAY_NAMES } from './weekdays';

export type ScheduleFlavour = 'phone' | 'contactCenter';

const span = (r: TimeRange) => `${r.from}–${r.to}`;
const wellFormed = (r: TimeRange) =>
  CLOCK_RE.test(r.from) && (CLOCK_RE.test(r.to) || r.to === END_OF_DAY);

/** Problems that would make Zoom refuse (or misread) the schedule; empty when it may be written. */
export function scheduleIssues(schedule: WeekSchedule, flavour: ScheduleFlavour): ScheduleIssue[] {
  const out: ScheduleIssue[] = [];
  for (const day of WEEKDAYS) {
    const hours = schedule.days[day];
    if (hours.type !== 'ranges') continue;
    const name = WEEKDAY_NAMES[day];
    const at = (i: number) => ['days', day, 'ranges', i];
    if (flavour === 'phone' && hours.ranges.length > 1) {
      out.push({
        path: ['days', day, 'ranges'],
        message: `${name}: Zoom Phone allows one range of hours a day; ${hours.ranges.length} were given.`,
      });
    }
    // `reach`: the earlier range that ends last, so one long range overlapping several is caught
    let reach: TimeRange | undefined;
    hours.ranges.forEach((r, i) => {
      if (!wellFormed(r)) return;
      const from = clockMinutes(r.from);
      const to = clockMinutes(r.to);
      if (to < from)
        out.push({ path: at(i), message: `${name}: ${span(r)} ends before it starts.` });
      else if (to === from)
        out.push({ path: at(i), message: `${name}: ${span(r)} ends as soon as it starts.` });
      const prev = hours.ranges[i - 1];
      if (prev && wellFormed(prev) && from < clockMinutes(prev.from)) {
        out.push({
          path: at(i),
          message: `${name}: ${span(r)} is listed after ${span(prev)}; list the hours in order.`,
        });
      } else if (reach && from < clockMinutes(reach.to)) {
        out.push({ path: at(i), message: `${name}: ${span(r)} overlaps ${span(reach)}.` });
      }
      if (!reach || to > clockMinutes(reach.to)) reach = r;
    });
  }
  return out;
}

export const phoneScheduleIssues = (s: WeekSchedule) => scheduleIssues(s, 'phone');
export const ccScheduleIssues = (s: WeekSchedule) => scheduleIssues(s, 'contactCenter');

/** A schedule that may be written to a Zoom Phone extension's business hours. */
export const phoneWeekScheduleSchema = weekScheduleSchema.superRefine((s, ctx) => {
  for (const issue of phoneScheduleIssues(s)) ctx.addIssue({ code: 'custom', ...issue });
});

/** A schedule that may be written to Contact Center business hours. */
export const ccWeekScheduleSchema = weekScheduleSchema.superRefine((s, ctx) => {
  for (const issue of ccScheduleIssues(s)) ctx.addIssue({ code: 'custom', ...issue });
});

/** A zod parse result's issues as schedule issues (empty when it parsed). */
export function zodIssues(result: {
  error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
}): ScheduleIssue[] {
  return (result.error?.issues ?? []).map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: i.message,
  }));
}

/** Thrown by the Zoom mappers instead of building a write Zoom would refuse. */
export class ScheduleNotWritableError extends Error {
  constructor(readonly issues: ScheduleIssue[]) {
    super(issues.map((i) => i.message).join(' '));
    this.name = 'ScheduleNotWritableError';
  }
}
