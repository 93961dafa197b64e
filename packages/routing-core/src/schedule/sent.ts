// Schedules and holidays as a browser sends them: strict objects (an unknown
// field is refused, never silently dropped), with the rules a Zoom Phone
// week must meet (one range a day, in order, from before to) as sentences.
import { z } from 'zod';
import { localDateTimeSchema, timeRangeSchema, timezoneSchema, wellFormedIssues, type DayHours } from './model';
import { WEEKS_OF_MONTH } from './closures';
import { ccScheduleIssues, phoneScheduleIssues } from './validate';
import { WEEKDAYS, type Weekday } from './weekdays';

const sentRangeSchema = z.strictObject(timeRangeSchema.shape);

export const sentDayHoursSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('closed') }),
  z.strictObject({ type: z.literal('all_day') }),
  z.strictObject({ type: z.literal('ranges'), ranges: z.array(sentRangeSchema).max(8) }),
]);

const sentDays = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((d) => [d, sentDayHoursSchema])) as Record<Weekday, typeof sentDayHoursSchema>,
);

/** A Zoom Phone week as sent: all seven days, well formed, one range a day. */
export const sentPhoneWeekScheduleSchema = z
  .strictObject({ timezone: timezoneSchema, days: sentDays })
  .superRefine((s, ctx) => {
    const shape = wellFormedIssues(s.days as Record<Weekday, DayHours>);
    const issues = shape.length > 0 ? shape : phoneScheduleIssues(s);
    for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
  });

/** A Contact Center week as sent: all seven days, well formed, several ranges a day in order. */
export const sentCcWeekScheduleSchema = z
  .strictObject({ timezone: timezoneSchema, days: sentDays })
  .superRefine((s, ctx) => {
    const shape = wellFormedIssues(s.days as Record<Weekday, DayHours>);
    const issues = shape.length > 0 ? shape : ccScheduleIssues(s);
    for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
  });

const weekday = z.enum(WEEKDAYS);
const week = z.enum(WEEKS_OF_MONTH);

/** A closure's recurrence as sent (closures.ts's recurrenceSchema, strict). */
export const sentRecurrenceSchema = z.union([
  z.strictObject({ frequency: z.literal('never') }),
  z.strictObject({ frequency: z.literal('yearly'), pattern: z.literal('as_start') }),
  z.strictObject({
    frequency: z.literal('yearly'),
    pattern: z.literal('nth_weekday'),
    month: z.number().int().min(1).max(12),
    week,
    weekday,
  }),
  z.strictObject({ frequency: z.literal('monthly'), pattern: z.literal('as_start') }),
  z.strictObject({ frequency: z.literal('monthly'), pattern: z.literal('nth_weekday'), week, weekday }),
  z.strictObject({
    frequency: z.literal('weekly'),
    everyWeeks: z.number().int().min(1).max(12),
    weekdays: z.array(weekday).min(1, { message: 'Choose at least one day of the week.' }).max(7),
  }),
], { error: 'Choose how the closure recurs: never, yearly, monthly or weekly (with its pattern).' });

/** A closure as sent, on the wall clock of its closure set's zone (the set's zone is added by the BFF). */
export const sentClosureSchema = z.strictObject({
  id: z.string().min(1).max(64).optional(),
  name: z
    .string({ error: 'Give the closure a name.' })
    .trim()
    .min(1, { error: 'Give the closure a name.' })
    .max(100, { error: 'A closure name is at most 100 characters.' }),
  start: localDateTimeSchema,
  end: localDateTimeSchema,
  allDay: z.boolean(),
  recurrence: sentRecurrenceSchema,
});

/** A holiday's name as people type it: trimmed, not blank, at most 100 characters. */
export const holidayNameSchema = z
  .string({ error: 'Give the holiday a name.' })
  .trim()
  .min(1, { error: 'Give the holiday a name.' })
  .max(100, { error: 'A holiday name is at most 100 characters.' });

/** A holiday as sent: a name and a wall-clock start and end in the extension's zone. */
export const sentHolidayShape = {
  name: holidayNameSchema,
  start: localDateTimeSchema,
  end: localDateTimeSchema,
};
