// Schedules and holidays as a browser sends them: strict objects (an unknown
// field is refused, never silently dropped), with the rules a Zoom Phone
// week must meet (one range a day, in order, from before to) as sentences.
import { z } from 'zod';
import { localDateTimeSchema, timeRangeSchema, timezoneSchema, wellFormedIssues, type DayHours } from './model';
import { phoneScheduleIssues } from './validate';
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
