// The Zoom Phone half of the routing snapshot: every extension a call can
// reach, as the tracer and the problems report need it. Normalized and
// provider-neutral: weekdays are names, times are wall clock in the object's
// zone (the week schedule's `timezone`), menus are the IVR `Menu`, closed and
// holiday routing the call-handling `CallRouting` (Zoom's codes, words from
// zoom-schema's catalogs). Ids are Zoom's: `id` is the object's own id (the
// auto receptionist, call queue, user… page), `extensionId` is how menus and
// routings point at it.
import { z } from 'zod';
import { menuSchema } from '../ivr/menu';
import { callRoutingSchema } from '../schedule/call-routing';
import { localDateTimeSchema, weekScheduleSchema } from '../schedule/model';

const id = z.string().min(1);

/** What every extension has. `status: inactive` is an extension deactivated in Zoom (calls to it ring nobody). */
export const extensionBaseShape = {
  id,
  extensionId: id,
  name: z.string(),
  extensionNumber: z.string().nullable().default(null),
  siteId: z.string().nullable().default(null),
  status: z.enum(['active', 'inactive']).default('active'),
};

const holidayShape = {
  id,
  name: z.string().trim().min(1),
  start: localDateTimeSchema,
  end: localDateTimeSchema,
  /** Where calls go during the holiday; null: never set (Zoom's default applies). */
  routing: callRoutingSchema.nullable().default(null),
};
const endsAfterStart = (h: { start: string; end: string }) => h.end > h.start;
const endMessage = { message: 'The holiday must end after it starts.', path: ['end'] };

/** A holiday of a call queue, user or shared line group: a wall-clock span in the extension's zone. */
export const phoneHolidaySchema = z.object(holidayShape).refine(endsAfterStart, endMessage);
export type PhoneHoliday = z.infer<typeof phoneHolidaySchema>;

/** An auto receptionist's holiday also has its own menu (Zoom gives every holiday one). */
export const arHolidaySchema = z.object({ ...holidayShape, menu: menuSchema }).refine(endsAfterStart, endMessage);
export type ArHoliday = z.infer<typeof arHolidaySchema>;

/** Call handling: the week (its zone is the extension's), holidays, and where calls go when closed (null: never set). */
const hoursShape = {
  schedule: weekScheduleSchema,
  holidays: z.array(phoneHolidaySchema).default([]),
  closedRouting: callRoutingSchema.nullable().default(null),
};
export const phoneHoursSchema = z.object(hoursShape);
export type PhoneHours = z.infer<typeof phoneHoursSchema>;

export const autoReceptionistSchema = z.object({
  ...extensionBaseShape,
  hours: z.object({ ...hoursShape, holidays: z.array(arHolidaySchema).default([]) }),
  /** Business-hours routing; null (or "play the menu") plays the business-hours menu. */
  businessRouting: callRoutingSchema.nullable().default(null),
  menus: z.object({ business: menuSchema, closed: menuSchema }),
});
export type AutoReceptionist = z.infer<typeof autoReceptionistSchema>;

export const RING_MODES = ['simultaneous', 'sequential', 'rotating', 'longest_idle'] as const;
export type RingMode = (typeof RING_MODES)[number];

const memberSchema = z.object({ extensionId: id, name: z.string() });

export const callQueueSchema = z.object({
  ...extensionBaseShape,
  hours: phoneHoursSchema,
  members: z.array(memberSchema),
  distribution: z.object({
    ringMode: z.enum(RING_MODES),
    /** How long callers wait for a member before the overflow applies. */
    maxWaitSeconds: z.number().int().positive().nullable().default(null),
  }),
  /** Where calls go when no member answers in time (business-hours routing); null: never set. */
  overflow: callRoutingSchema.nullable().default(null),
});
export type CallQueue = z.infer<typeof callQueueSchema>;

/** Users and shared line groups: hours null when the snapshot did not read them (judged always open). */
export const userSchema = z.object({ ...extensionBaseShape, hours: phoneHoursSchema.nullable().default(null) });
export type User = z.infer<typeof userSchema>;

export const sharedLineGroupSchema = z.object({
  ...extensionBaseShape,
  hours: phoneHoursSchema.nullable().default(null),
  members: z.array(memberSchema),
});
export type SharedLineGroup = z.infer<typeof sharedLineGroupSchema>;

export const commonAreaSchema = z.object(extensionBaseShape);
export type CommonArea = z.infer<typeof commonAreaSchema>;

/** Zoom Rooms, Cisco/Polycom rooms and meeting services: menu targets that are none of the above. */
export const otherExtensionSchema = z.object({
  ...extensionBaseShape,
  type: z.enum(['zoomRoom', 'ciscoRoom', 'meetingService']),
});
export type OtherExtension = z.infer<typeof otherExtensionSchema>;

/** An external contact: a name and the numbers a forward to it dials (the first one). */
export const externalContactSchema = z.object({ id, name: z.string(), phoneNumbers: z.array(z.string()) });
export type ExternalContact = z.infer<typeof externalContactSchema>;
