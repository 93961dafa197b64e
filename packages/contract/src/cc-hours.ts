// Contact Center operating hours: business-hours sets (a WeekSchedule in the
// set's zone, several ranges a day) and closure sets (closures on the wall
// clock of the set's zone, each never recurring or yearly, monthly, weekly),
// the queues and flows using each, and the closures expanded to occurrences.
// Weekdays are names here; Zoom's numbers (1 = Monday) stay in the BFF.
import { z } from 'zod';
import { recurrenceSchema } from '@switchboard/routing-core/schedule/closures';
import { localDateTimeSchema, weekScheduleSchema } from '@switchboard/routing-core/schedule/model';
import { sentCcWeekScheduleSchema, sentClosureSchema } from '@switchboard/routing-core/schedule/sent';
import { isLocalDate } from '@switchboard/routing-core/schedule/zone-time';
import { baseVersionSchema, usedBySchema } from './cc-common';

const nameSchema = (what: string) =>
  z.string({ error: `Give the ${what} a name.` }).trim().min(1, { error: `Give the ${what} a name.` }).max(100, { error: `A ${what} name is at most 100 characters.` });
const descriptionSchema = z.string().max(256, { error: 'A description is at most 256 characters.' });

// ── business hours ──────────────────────────────────────────────────────────

export const businessHoursSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  timezone: z.string(),
  /** The account's default set: queues that follow the default use it. */
  accountDefault: z.boolean(),
});
export type BusinessHoursSummary = z.infer<typeof businessHoursSummarySchema>;

export const businessHoursListSchema = z.object({ items: z.array(businessHoursSummarySchema) });
export type BusinessHoursList = z.infer<typeof businessHoursListSchema>;

export const businessHoursResponseSchema = z.object({
  businessHours: businessHoursSummarySchema.extend({ schedule: weekScheduleSchema }),
  usedBy: usedBySchema,
  version: z.string(),
});
export type BusinessHoursResponse = z.infer<typeof businessHoursResponseSchema>;

/** PUT /api/cc/business-hours/:id (and …/plan): the whole week in the set's zone (a new zone moves the set). */
export const businessHoursWriteBodySchema = z.strictObject({
  baseVersion: baseVersionSchema,
  name: nameSchema('business hours').optional(),
  description: descriptionSchema.optional(),
  schedule: sentCcWeekScheduleSchema,
});
export type BusinessHoursWriteBody = z.infer<typeof businessHoursWriteBodySchema>;

// ── closure sets ────────────────────────────────────────────────────────────

/** A closure on the wall clock of its set's zone; an all-day closure runs 00:00 to 23:59 of its days. */
export const ccClosureSchema = z.object({
  id: z.string().optional(),
  name: z.string(),
  start: localDateTimeSchema,
  end: localDateTimeSchema,
  allDay: z.boolean(),
  recurrence: recurrenceSchema,
});
export type CcClosure = z.infer<typeof ccClosureSchema>;

export const closureSetSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  timezone: z.string(),
  accountDefault: z.boolean(),
  closuresCount: z.number().int(),
});
export type ClosureSetSummary = z.infer<typeof closureSetSummarySchema>;

export const closureSetListSchema = z.object({ items: z.array(closureSetSummarySchema) });
export type ClosureSetList = z.infer<typeof closureSetListSchema>;

export const closureSetResponseSchema = z.object({
  closureSet: closureSetSummarySchema.omit({ closuresCount: true }).extend({ closures: z.array(ccClosureSchema) }),
  usedBy: usedBySchema,
  version: z.string(),
});
export type ClosureSetResponse = z.infer<typeof closureSetResponseSchema>;

/**
 * PUT /api/cc/closure-sets/:id (and …/plan): the whole list of closures. A
 * closure with an id is rewritten, one without is added, one left out is
 * deleted. Times are on the wall clock of `timezone` (default: the set's).
 */
export const closureSetWriteBodySchema = z.strictObject({
  baseVersion: baseVersionSchema,
  name: nameSchema('closure set').optional(),
  description: descriptionSchema.optional(),
  timezone: z.string().min(1).max(64).optional(),
  closures: z.array(sentClosureSchema).max(100),
});
export type ClosureSetWriteBody = z.infer<typeof closureSetWriteBodySchema>;

// ── occurrences ─────────────────────────────────────────────────────────────

const dateSchema = z.string().refine(isLocalDate, { message: 'Give a date as YYYY-MM-DD, e.g. 2027-12-25.' });

/** Both dates inclusive, at most about three years apart. */
export const occurrencesQuerySchema = z
  .strictObject({ from: dateSchema, to: dateSchema, closureSetId: z.string().min(1).max(64).optional() })
  .refine((q) => q.to >= q.from, { message: 'The end date must not be before the start date.', path: ['to'] })
  .refine((q) => Number(q.to.slice(0, 4)) - Number(q.from.slice(0, 4)) <= 3, {
    message: 'Ask for at most three years of closures at a time.',
    path: ['to'],
  });
export type OccurrencesQuery = z.infer<typeof occurrencesQuerySchema>;

export const occurrenceSchema = z.object({
  closureSetId: z.string(),
  closureSetName: z.string(),
  closureId: z.string().nullable(),
  name: z.string(),
  /** Wall clock in `timezone` (the closure set's zone). */
  start: localDateTimeSchema,
  end: localDateTimeSchema,
  allDay: z.boolean(),
  timezone: z.string(),
});
export type Occurrence = z.infer<typeof occurrenceSchema>;

export const occurrencesResponseSchema = z.object({ items: z.array(occurrenceSchema) });
export type OccurrencesResponse = z.infer<typeof occurrencesResponseSchema>;
