// The normalized schedule model, one for Zoom Phone and Contact Center.
// Weekdays are names (mon … sun), never numbers; times are wall-clock times in
// the schedule's own zone. `weekScheduleSchema` accepts any well-formed
// schedule (what Zoom may hold); the Phone and Contact Center schemas in
// ./validate add the rules a schedule must meet before it is written.
import { z } from 'zod';
import { WEEKDAYS, WEEKDAY_NAMES, type Weekday } from './weekdays';
import { isLocalDateTime, isValidZone } from './zone-time';

/** "HH:mm", 00:00–23:59. */
export const CLOCK_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
/** The end of the day, allowed as the end of a range only. */
export const END_OF_DAY = '24:00';

/** Minutes since midnight of "HH:mm" (or "24:00" → 1440). */
export function clockMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

export const timezoneSchema = z
  .string()
  .refine(isValidZone, { message: 'Choose a time zone by its IANA name, e.g. Europe/London.' });

export const timeRangeSchema = z.object({ from: z.string(), to: z.string() });
export type TimeRange = z.infer<typeof timeRangeSchema>;

export const dayHoursSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('closed') }),
  z.object({ type: z.literal('all_day') }),
  z.object({ type: z.literal('ranges'), ranges: z.array(timeRangeSchema) }),
]);
export type DayHours = z.infer<typeof dayHoursSchema>;

const daysShape = Object.fromEntries(WEEKDAYS.map((d) => [d, dayHoursSchema])) as Record<
  Weekday,
  typeof dayHoursSchema
>;

export interface ScheduleIssue {
  path: (string | number)[];
  message: string;
}

/** Shape-level problems: times that are not HH:mm, a start at 24:00, a day of ranges with none. */
export function wellFormedIssues(days: Record<Weekday, DayHours>): ScheduleIssue[] {
  const out: ScheduleIssue[] = [];
  for (const day of WEEKDAYS) {
    const hours = days[day];
    if (hours.type !== 'ranges') continue;
    const name = WEEKDAY_NAMES[day];
    if (hours.ranges.length === 0) {
      out.push({
        path: ['days', day, 'ranges'],
        message: `${name}: add opening hours, or mark the day closed.`,
      });
    }
    hours.ranges.forEach((r, i) => {
      if (!CLOCK_RE.test(r.from)) {
        const why =
          r.from === END_OF_DAY
            ? 'cannot start at 24:00'
            : `"${r.from}" is not a time (HH:mm, e.g. 09:00)`;
        out.push({ path: ['days', day, 'ranges', i, 'from'], message: `${name}: ${why}.` });
      }
      if (!CLOCK_RE.test(r.to) && r.to !== END_OF_DAY) {
        out.push({
          path: ['days', day, 'ranges', i, 'to'],
          message: `${name}: "${r.to}" is not a time (HH:mm, e.g. 17:00, or 24:00 for midnight).`,
        });
      }
    });
  }
  return out;
}

export const weekScheduleSchema = z
  .object({ timezone: timezoneSchema, days: z.object(daysShape) })
  .superRefine((s, ctx) => {
    for (const issue of wellFormedIssues(s.days)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type WeekSchedule = z.infer<typeof weekScheduleSchema>;

export const localDateTimeSchema = z
  .string()
  .refine(isLocalDateTime, {
    message: 'Enter a date and time as YYYY-MM-DDTHH:mm, e.g. 2026-12-25T09:00.',
  });

/** A span of wall-clock time in the zone of the object it belongs to. */
export const localSpanSchema = z
  .object({ start: localDateTimeSchema, end: localDateTimeSchema })
  .refine((s) => s.end > s.start, { message: 'The end must come after the start.', path: ['end'] });
export type LocalSpan = z.infer<typeof localSpanSchema>;

export const holidaySchema = z
  .object({
    id: z.string().min(1).optional(),
    name: z.string().trim().min(1, { message: 'Give the holiday a name.' }),
    start: localDateTimeSchema,
    end: localDateTimeSchema,
  })
  .refine((h) => h.end > h.start, {
    message: 'The holiday must end after it starts.',
    path: ['end'],
  });
export type Holiday = z.infer<typeof holidaySchema>;

/** Every day closed: a starting point for editors and tests. */
export function closedWeek(timezone: string): WeekSchedule {
  const days = Object.fromEntries(WEEKDAYS.map((d) => [d, { type: 'closed' }])) as Record<
    Weekday,
    DayHours
  >;
  return { timezone, days };
}
