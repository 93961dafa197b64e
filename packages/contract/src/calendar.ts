// The holiday calendar across extensions: for each date (both ends
// inclusive), who is closed for a holiday and who is not, each judged on the
// wall clock of its own zone; sites where siblings differ are named. Also
// served as iCalendar (RFC 5545) and CSV.
import { z } from 'zod';
import { isLocalDate } from '@switchboard/routing-core/schedule/zone-time';
import { siteRefSchema } from './auto-receptionists';
import { extensionTypeSchema } from './hours';
import { zoomIdPattern } from './write';

/** The longest range one request may ask for (a year view, leap years included). */
export const CALENDAR_MAX_DAYS = 366;

const dateSchema = (what: string) =>
  z.string({ error: `${what} is required, as YYYY-MM-DD.` }).refine(isLocalDate, { error: `${what} must be a date as YYYY-MM-DD, e.g. 2026-12-01.` });

const dayNumber = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;

export const calendarQuerySchema = z
  .strictObject({
    from: dateSchema('from'),
    to: dateSchema('to'),
    /** Only extensions on this site (a site id). */
    site: z.string().max(64).regex(zoomIdPattern, { error: 'site must be a Zoom site id.' }).optional(),
    /** Only this kind of extension. Default: auto receptionists, call queues and shared line groups (users only when asked for). */
    type: extensionTypeSchema.optional(),
  })
  .refine((q) => !isLocalDate(q.from) || !isLocalDate(q.to) || q.to >= q.from, { error: 'to must be on or after from.', path: ['to'] })
  .refine((q) => !isLocalDate(q.from) || !isLocalDate(q.to) || dayNumber(q.to) - dayNumber(q.from) < CALENDAR_MAX_DAYS, {
    error: `Ask for at most ${CALENDAR_MAX_DAYS} days at a time.`,
    path: ['to'],
  });
export type CalendarQuery = z.infer<typeof calendarQuerySchema>;

const calendarExtensionSchema = z.object({ extensionId: z.string(), name: z.string(), type: extensionTypeSchema });

export const calendarDaySchema = z.object({
  date: z.string(),
  closed: z.array(calendarExtensionSchema.extend({ holiday: z.string() })),
  open: z.array(calendarExtensionSchema),
  /** Sites where on this date some extensions are closed and others open (siblings differ). */
  sitesSplit: z.array(siteRefSchema),
  /** Contact Center closures that touch this date on their closure set's own clock (recurrences expanded). */
  ccClosures: z
    .array(z.object({ closureSetId: z.string(), closureSetName: z.string(), name: z.string(), timezone: z.string(), allDay: z.boolean(), start: z.string(), end: z.string() }))
    .optional(),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

export const calendarResponseSchema = z.object({
  from: z.string(),
  to: z.string(),
  days: z.array(calendarDaySchema),
  /** The extensions the calendar covers, with their sites and zones. */
  extensions: z.array(calendarExtensionSchema.extend({ site: siteRefSchema.nullable(), timezone: z.string() })),
});
export type CalendarResponse = z.infer<typeof calendarResponseSchema>;
