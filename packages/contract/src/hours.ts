// Business hours and closed-hours routing of one Zoom Phone extension (auto
// receptionist, call queue, user or shared line group), addressed by the
// directory item's extensionId: read, plan, apply (admins), and the "Open
// now?" status. Schedules are routing-core's WeekSchedule (weekdays as names,
// wall-clock times in the extension's zone).
import { z } from 'zod';
import { CALL_HANDLING_EXTENSION_TYPES } from '@switchboard/zoom-schema/call-handling-actions';
import { callRoutingSchema, sentCallRoutingSchema } from '@switchboard/routing-core/schedule/call-routing';
import { weekScheduleSchema } from '@switchboard/routing-core/schedule/model';
import { sentPhoneWeekScheduleSchema } from '@switchboard/routing-core/schedule/sent';
import { siteRefSchema } from './auto-receptionists';
import { zoomIdPattern } from './write';

export const extensionTypeSchema = z.enum(CALL_HANDLING_EXTENSION_TYPES);
export type ExtensionType = z.infer<typeof extensionTypeSchema>;

export const extensionIdSchema = z
  .string()
  .min(1)
  .max(64, { error: 'That extension id is not a Zoom id.' })
  .regex(zoomIdPattern, { error: 'That extension id is not a Zoom id.' });

export const extensionParamSchema = z.strictObject({ extensionId: extensionIdSchema });

/** The extension as Zoom names it (the directory), with the zone its hours and holidays are read in. */
export const extensionSummarySchema = z.object({
  /** The extension id (the directory item's `extensionId`). */
  id: z.string(),
  type: extensionTypeSchema,
  name: z.string(),
  extensionNumber: z.string().nullable(),
  /** IANA zone: the auto receptionist's, call queue's or shared line group's own, a user's site's. */
  timezone: z.string(),
  site: siteRefSchema.nullable(),
});
export type ExtensionSummary = z.infer<typeof extensionSummarySchema>;

/** Where calls go, with the words for it ("Forward to call queue Technical Support (ext 6002)"). */
export const describedRoutingSchema = callRoutingSchema.extend({ words: z.string() });
export type DescribedRouting = z.infer<typeof describedRoutingSchema>;

export const hoursResponseSchema = z.object({
  extension: extensionSummarySchema,
  schedule: weekScheduleSchema,
  /** Where calls go when the extension is closed; null when Zoom has none. */
  closedRouting: describedRoutingSchema.nullable(),
  version: z.string(),
});
export type HoursResponse = z.infer<typeof hoursResponseSchema>;

export const hoursWriteBodySchema = z.strictObject({
  baseVersion: z.string().min(1, { error: 'baseVersion is required: load the hours before changing them.' }),
  /** The whole week, in the extension's zone; absent: the week stays as it is. */
  schedule: sentPhoneWeekScheduleSchema.optional(),
  /** Where calls go when closed; absent: stays as it is. */
  closedRouting: sentCallRoutingSchema.optional(),
});
export type HoursWriteBody = z.infer<typeof hoursWriteBodySchema>;

export const statusQuerySchema = z.strictObject({
  /** The instant to judge (default: now), e.g. 2026-12-25T01:00:00Z. */
  at: z.iso.datetime({ offset: true, error: 'at must be an ISO instant with Z or an offset, e.g. 2026-12-25T09:00:00Z.' }).optional(),
});

export const statusResponseSchema = z.object({
  state: z.enum(['open', 'closed', 'holiday']),
  /** "Open: Monday 09:00–17:00 (Australia/Sydney)", "Closed — Christmas Day". */
  reason: z.string(),
  /** ISO instant of the next change of state; null when it never changes. */
  until: z.string().nullable(),
  /** "until Sat 26 Dec 00:00 AEDT", on the extension's wall clock. */
  untilWords: z.string(),
  timezone: z.string(),
});
export type StatusResponse = z.infer<typeof statusResponseSchema>;
