// The normalized week schedule and closures → Zoom Contact Center's documented
// write bodies. A week open all day every day is hour_type 1; otherwise
// hour_type 2 with the days: all day is custom_hour_type 1, ranges type 2 with
// `custom_hour_ranges`; a closed day is type 0 on PATCH, and is left out on
// POST (whose documents allow only 1 and 2; a day Zoom is not given is read as
// closed). Closures are written with the zone's offset at each instant, which
// is what Zoom checks against the set's `timezone` (3712).
import {
  CC_CLOSURE_HOUR_TYPE,
  CC_DAY_TYPE,
  CC_RECURRING_FREQUENCY,
  CC_RECURRING_FREQUENCY_TYPE,
} from '@switchboard/zoom-schema/contact-center-hours';
import type {
  CcBusinessHoursPatch,
  CcBusinessHoursPost,
  CcClosurePatchItem,
  CcClosurePostItem,
  CcClosureSetPatch,
  CcClosureSetPost,
} from '@switchboard/zoom-schema/contact-center-hours';
import {
  WEEKS_OF_MONTH,
  closureIssues,
  closureSchema,
  startWeekday,
  type Closure,
} from './closures';
import { weekScheduleSchema, type WeekSchedule } from './model';
import { ScheduleNotWritableError, ccScheduleIssues, zodIssues } from './validate';
import { WEEKDAYS, ccWeekday, type Weekday } from './weekdays';
import { endToZoom } from './zoom-clock';
import { localToOffsetTime } from './zone-time';

type Hours = NonNullable<CcBusinessHoursPatch['hours']>;

function checked(schedule: WeekSchedule): void {
  const shape = zodIssues(weekScheduleSchema.safeParse(schedule));
  const issues = shape.length > 0 ? shape : ccScheduleIssues(schedule);
  if (issues.length > 0) throw new ScheduleNotWritableError(issues);
}

function hoursWrite(schedule: WeekSchedule, closedDays: 'send' | 'omit'): Hours {
  if (WEEKDAYS.every((d) => schedule.days[d].type === 'all_day')) return { hour_type: 1 };
  const custom_hours: NonNullable<Hours['custom_hours']> = [];
  for (const day of WEEKDAYS) {
    const hours = schedule.days[day];
    const day_of_week = ccWeekday(day);
    if (hours.type === 'closed') {
      if (closedDays === 'send')
        custom_hours.push({ day_of_week, custom_hour_type: CC_DAY_TYPE.closed });
    } else if (hours.type === 'all_day') {
      custom_hours.push({ day_of_week, custom_hour_type: CC_DAY_TYPE.allDay });
    } else {
      const custom_hour_ranges = hours.ranges.map((r) => ({
        start_time: r.from,
        end_time: endToZoom(r.to),
      }));
      custom_hours.push({ day_of_week, custom_hour_type: CC_DAY_TYPE.custom, custom_hour_ranges });
    }
  }
  return { hour_type: 2, custom_hours };
}

export interface CcNaming {
  name?: string;
  description?: string;
}

/** PATCH /contact_center/business_hours/{id}: the week, its zone, and a new name or description when given. */
export function ccBusinessHoursPatch(
  schedule: WeekSchedule,
  naming: CcNaming = {},
): CcBusinessHoursPatch {
  checked(schedule);
  const body: CcBusinessHoursPatch = {
    timezone: schedule.timezone,
    hours: hoursWrite(schedule, 'send'),
  };
  if (naming.name !== undefined) body.business_hour_name = naming.name;
  if (naming.description !== undefined) body.business_hour_description = naming.description;
  return body;
}

/** POST /contact_center/business_hours. */
export function ccBusinessHoursPost(
  schedule: WeekSchedule,
  naming: CcNaming & { name: string },
): CcBusinessHoursPost {
  checked(schedule);
  const hours = hoursWrite(schedule, 'omit') as CcBusinessHoursPost['hours'];
  if (hours?.hour_type === 2 && (hours.custom_hours ?? []).length === 0) {
    // Zoom refuses custom hours with no day (3604), and a new set cannot say "closed" (no type 0 on POST)
    throw new ScheduleNotWritableError([
      { path: ['days'], message: 'New business hours need at least one open day.' },
    ]);
  }
  const body: CcBusinessHoursPost = {
    business_hour_name: naming.name,
    timezone: schedule.timezone,
    hours,
  };
  if (naming.description !== undefined) body.business_hour_description = naming.description;
  return body;
}

const days = (weekdays: readonly Weekday[]) =>
  weekdays.map(
    (d) => String(ccWeekday(d)) as NonNullable<CcClosurePostItem['recurring_days_of_week']>[number],
  );

function recurrenceWrite(
  c: Closure,
): Pick<
  CcClosurePostItem,
  | 'recurring_frequency'
  | 'recurring_frequency_type'
  | 'recurring_month'
  | 'recurring_week_interval'
  | 'recurring_days_of_week'
> {
  const r = c.recurrence;
  const { specific, customized } = CC_RECURRING_FREQUENCY_TYPE;
  const { never, annually, monthly, weekly } = CC_RECURRING_FREQUENCY;
  const startMonth = Number(c.start.slice(5, 7));
  switch (r.frequency) {
    case 'never':
      return { recurring_frequency: never };
    case 'yearly':
      if (r.pattern === 'as_start')
        return {
          recurring_frequency: annually,
          recurring_frequency_type: specific,
          recurring_month: startMonth,
        };
      return {
        recurring_frequency: annually,
        recurring_frequency_type: customized,
        recurring_month: r.month,
        recurring_week_interval: WEEKS_OF_MONTH.indexOf(r.week) + 1,
        recurring_days_of_week: days([r.weekday]),
      };
    case 'monthly':
      if (r.pattern === 'as_start')
        return { recurring_frequency: monthly, recurring_frequency_type: specific };
      return {
        recurring_frequency: monthly,
        recurring_frequency_type: customized,
        recurring_week_interval: WEEKS_OF_MONTH.indexOf(r.week) + 1,
        recurring_days_of_week: days([r.weekday]),
      };
    case 'weekly':
      // "specific" is every week on the start's own weekday; anything else is "customized"
      if (r.everyWeeks === 1 && r.weekdays.length === 1 && r.weekdays[0] === startWeekday(c))
        return {
          recurring_frequency: weekly,
          recurring_frequency_type: specific,
          recurring_days_of_week: days(r.weekdays),
        };
      return {
        recurring_frequency: weekly,
        recurring_frequency_type: customized,
        recurring_week_interval: r.everyWeeks,
        recurring_days_of_week: days(r.weekdays),
      };
  }
}

/** One closure as Zoom writes it, instants carrying the closure's zone offset. */
export function ccClosureWrite(closure: Closure): CcClosurePostItem {
  const shape = zodIssues(closureSchema.safeParse(closure));
  const issues = shape.length > 0 ? shape : closureIssues(closure);
  if (issues.length > 0) throw new ScheduleNotWritableError(issues);
  return {
    closure_name: closure.name.trim(),
    closure_hour_type: closure.allDay ? CC_CLOSURE_HOUR_TYPE.allDay : CC_CLOSURE_HOUR_TYPE.custom,
    start_time: localToOffsetTime(closure.start, closure.timezone),
    end_time: localToOffsetTime(closure.end, closure.timezone),
    ...recurrenceWrite(closure),
  };
}

export interface ClosureSetDraft {
  name: string;
  description?: string;
  timezone: string;
  closures: Closure[];
}

/** The set's closures, refused when Zoom would refuse them: none (3908), a duplicate name (3702), another zone. */
function setClosures(set: ClosureSetDraft): Closure[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (set.closures.length === 0)
    issues.push({ path: ['closures'], message: 'A closure set needs at least one closure.' });
  const seen = new Set<string>();
  set.closures.forEach((c, i) => {
    const name = c.name.trim();
    if (seen.has(name))
      issues.push({
        path: ['closures', i, 'name'],
        message: `Two closures are called "${name}"; give each its own name.`,
      });
    seen.add(name);
    if (c.timezone !== set.timezone) {
      issues.push({
        path: ['closures', i, 'timezone'],
        message: `"${name}" is in ${c.timezone}, not the set's ${set.timezone}.`,
      });
    }
  });
  if (issues.length > 0) throw new ScheduleNotWritableError(issues);
  return set.closures;
}

/** POST /contact_center/closures. */
export function ccClosureSetPost(set: ClosureSetDraft): CcClosureSetPost {
  const closures = setClosures(set).map(ccClosureWrite);
  const body: CcClosureSetPost = { closure_set_name: set.name, timezone: set.timezone, closures };
  if (set.description !== undefined) body.closure_set_description = set.description;
  return body;
}

/**
 * PATCH /contact_center/closures/{id}: closures with an id are rewritten in
 * full, closures without one are added, and ids Zoom holds that the draft no
 * longer has are sent with `to_delete`.
 */
export function ccClosureSetPatch(
  set: ClosureSetDraft,
  currentIds: readonly string[],
): CcClosureSetPatch {
  const kept = new Set(
    set.closures.map((c) => c.id).filter((id): id is string => id !== undefined),
  );
  const closures: CcClosurePatchItem[] = setClosures(set).map((c) =>
    c.id ? { closure_id: c.id, ...ccClosureWrite(c) } : ccClosureWrite(c),
  );
  for (const id of currentIds)
    if (!kept.has(id)) closures.push({ closure_id: id, to_delete: true });
  const body: CcClosureSetPatch = { closure_set_name: set.name, timezone: set.timezone, closures };
  if (set.description !== undefined) body.closure_set_description = set.description;
  return body;
}
