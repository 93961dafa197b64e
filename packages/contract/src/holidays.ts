// Holidays of one Zoom Phone extension, entered and shown on the wall clock
// of the extension's zone (Zoom keeps them as UTC instants): list, add,
// change, delete — each write with a `/plan` twin — for admins and managers.
// A new holiday routes calls the way the extension's closed hours do.
import { z } from 'zod';
import { localDateTimeSchema } from '@switchboard/routing-core/schedule/model';
import { sentHolidayShape } from '@switchboard/routing-core/schedule/sent';
import { describedRoutingSchema, extensionParamSchema, extensionSummarySchema } from './hours';
import { writeResultSchema, zoomIdPattern } from './write';

export const holidayParamSchema = extensionParamSchema.extend({
  holidayId: z
    .string()
    .min(1)
    .max(64, { error: 'That holiday id is not a Zoom id.' })
    .regex(zoomIdPattern, { error: 'That holiday id is not a Zoom id.' }),
});

export const holidayItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Wall clock in `timezone`, "YYYY-MM-DDTHH:mm"; an end at 23:59 covers the rest of that day. */
  start: localDateTimeSchema,
  end: localDateTimeSchema,
  timezone: z.string(),
  /** Where calls go on the holiday; null when Zoom's answer has none. */
  routing: describedRoutingSchema.nullable(),
  /** This holiday's version (name and times), the baseVersion of a change to it. */
  version: z.string(),
});
export type HolidayItem = z.infer<typeof holidayItemSchema>;

export const holidayListSchema = z.object({
  items: z.array(holidayItemSchema),
  extension: extensionSummarySchema,
});
export type HolidayList = z.infer<typeof holidayListSchema>;

const endAfterStart = { message: 'The holiday must end after it starts.', path: ['end'] };

export const holidayCreateBodySchema = z.strictObject({ ...sentHolidayShape }).refine((h) => h.end > h.start, endAfterStart);
export type HolidayCreateBody = z.infer<typeof holidayCreateBodySchema>;

export const holidayUpdateBodySchema = z.strictObject({
  baseVersion: z.string().min(1, { error: 'baseVersion is required: load the holidays before changing one.' }),
  ...sentHolidayShape,
}).refine((h) => h.end > h.start, endAfterStart);
export type HolidayUpdateBody = z.infer<typeof holidayUpdateBodySchema>;

/** DELETE takes the holiday's version as a query parameter (optional: without it, no conflict check). */
export const holidayDeleteQuerySchema = z.strictObject({ baseVersion: z.string().min(1).max(64).optional() });

/** The write outcome; a holiday added also names its new id (null when Zoom's answer did not say). */
export const holidayWriteResultSchema = writeResultSchema.extend({ holidayId: z.string().nullable().optional() });
export type HolidayWriteResult = z.infer<typeof holidayWriteResultSchema>;
