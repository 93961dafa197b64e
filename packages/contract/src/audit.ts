// The change history: one entry per write Switchboard made (or refused to
// make because Zoom had changed), with what was there before, what Zoom
// read back afterwards and each operation with Zoom's tracking id.
import { z } from 'zod';
import { menuSchema } from '@switchboard/routing-core/ivr/menu';
import { callRoutingSchema } from '@switchboard/routing-core/schedule/call-routing';
import { weekScheduleSchema } from '@switchboard/routing-core/schedule/model';
import { extensionTypeSchema } from './hours';
import { IVR_OUTCOMES, menuChangeSchema, mismatchSchema, opResultSchema } from './ivr';
import { USER_STATUSES } from './people';
import { roleSchema } from './session';

export const auditActorSchema = z.object({ id: z.string(), email: z.string().nullable() });

const auditBase = {
  id: z.string(),
  at: z.string(),
  actor: auditActorSchema,
  /**
   * The run's outcome; `interrupted` while it goes on (the entry is written
   * ahead of every request to Zoom, finishedAt null) and for good when the
   * process running it stopped mid-way (its ops then say what was sent).
   */
  outcome: z.enum([...IVR_OUTCOMES, 'interrupted']),
  /** null while the run goes on. */
  finishedAt: z.string().nullable(),
  /** Zoom calls the run made (reads and sent requests), when known. */
  zoomCalls: z.number().int().nullable(),
  ops: z.array(opResultSchema),
  mismatches: z.array(mismatchSchema),
  /** conflict: what changed in Zoom; otherwise the planned changes. */
  diff: z.array(menuChangeSchema),
  message: z.string().nullable(),
  /** Set when the write was one target of a background job. */
  jobId: z.string().nullable(),
  /** Set when this write reverted an earlier entry (its id). */
  revertOf: z.string().nullable(),
  /** What part of the object changed, in words: "business hours menu", "hours", "holiday “Christmas Day”". */
  subject: z.string(),
};

/** An IVR menu write (the editor's apply, or one target of a copy job). */
export const ivrAuditEntrySchema = z.object({
  ...auditBase,
  kind: z.literal('ivr'),
  action: z.enum(['ivr.apply', 'ivr.copy']),
  target: z.object({ type: z.literal('autoReceptionist'), id: z.string(), name: z.string().nullable() }),
  scope: z.object({ hours: z.enum(['business', 'closed']), holidayId: z.string().nullable() }),
  before: menuSchema.nullable(),
  /** The menu read back from Zoom after the write; for no_change the menu as read (nothing was written); null for conflict or when the read-back failed. */
  after: menuSchema.nullable(),
});
export type IvrAuditEntry = z.infer<typeof ivrAuditEntrySchema>;

/** An extension (the directory item's extensionId) as the history names it. */
const extensionTargetSchema = z.object({ type: extensionTypeSchema, id: z.string(), name: z.string().nullable() });

/** An extension's hours as written and read back: the week and where calls go when closed. */
export const hoursStateSchema = z.object({ schedule: weekScheduleSchema, closedRouting: callRoutingSchema.nullable() });

/** A change to an extension's business hours and closed-hours routing. */
export const hoursAuditEntrySchema = z.object({
  ...auditBase,
  kind: z.literal('hours'),
  action: z.literal('hours.apply'),
  target: extensionTargetSchema,
  before: hoursStateSchema.nullable(),
  after: hoursStateSchema.nullable(),
});
export type HoursAuditEntry = z.infer<typeof hoursAuditEntrySchema>;

/** An extension's holidays as Zoom held them (wall clock in `timezone`), before and after. */
export const holidaysStateSchema = z.object({
  timezone: z.string(),
  holidays: z.array(
    z.object({ id: z.string().optional(), name: z.string(), start: z.string(), end: z.string(), routing: callRoutingSchema.nullable() }),
  ),
});

export const HOLIDAY_ACTIONS = ['holiday.add', 'holiday.update', 'holiday.delete'] as const;

/** A holiday added, changed or deleted on one extension (also one target of an add-holiday job). */
export const holidayAuditEntrySchema = z.object({
  ...auditBase,
  kind: z.literal('holiday'),
  action: z.enum(HOLIDAY_ACTIONS),
  target: extensionTargetSchema,
  /** The holiday written: its id (null until Zoom created it) and name. */
  holiday: z.object({ id: z.string().nullable(), name: z.string() }),
  before: holidaysStateSchema.nullable(),
  after: holidaysStateSchema.nullable(),
});
export type HolidayAuditEntry = z.infer<typeof holidayAuditEntrySchema>;

/** A person as the history keeps them, before and after a change to who signs in. */
export const personStateSchema = z.object({ email: z.string(), role: roleSchema, status: z.enum(USER_STATUSES) });

export const PERSON_ACTIONS = ['person.invite', 'person.update', 'person.reset-password', 'session.revoke'] as const;

/** A change to the people who sign in (admins only; nothing is sent to Zoom). */
export const personAuditEntrySchema = z.object({
  ...auditBase,
  kind: z.literal('person'),
  action: z.enum(PERSON_ACTIONS),
  target: z.object({ type: z.literal('person'), id: z.string(), name: z.string().nullable() }),
  before: personStateSchema.nullable(),
  after: personStateSchema.nullable(),
});
export type PersonAuditEntry = z.infer<typeof personAuditEntrySchema>;

/** Every kind of write in one history; `kind` says which object type it changed. */
export const auditEntrySchema = z.discriminatedUnion('kind', [
  ivrAuditEntrySchema,
  hoursAuditEntrySchema,
  holidayAuditEntrySchema,
  personAuditEntrySchema,
]);
export const AUDIT_KINDS = ['ivr', 'hours', 'holiday', 'person'] as const;
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.strictObject({
  /** The changed object's id, e.g. an auto receptionist id or an extension id. */
  target: z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'target must be a Zoom id (letters, digits, - and _).' })
    .optional(),
  /** Who made the change: the person's email (exact, any case). */
  actor: z.string().trim().min(1).max(254, { error: 'actor is an email address (at most 254 characters).' }).optional(),
  outcome: z.enum([...IVR_OUTCOMES, 'interrupted'], { error: 'outcome must be one of the write outcomes.' }).optional(),
  /** Only changes to this kind of object. */
  kind: z.enum(AUDIT_KINDS, { error: `kind must be one of: ${AUDIT_KINDS.join(', ')}.` }).optional(),
  /** Only entries older than this instant (the `at` of the last entry of the previous page). */
  before: z.iso.datetime({ error: 'before must be an ISO date and time, e.g. 2026-11-30T14:00:00.000Z.' }).optional(),
  limit: z.coerce
    .number({ error: 'limit must be a number.' })
    .int({ error: 'limit must be a whole number.' })
    .min(1, { error: 'limit must be between 1 and 200.' })
    .max(200, { error: 'limit must be between 1 and 200.' })
    .default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditIdParamSchema = z.strictObject({
  id: z.uuid({ error: 'That is not an audit entry id.' }),
});

/** Newest first. */
export const auditListSchema = z.object({ items: z.array(auditEntrySchema) });
export type AuditList = z.infer<typeof auditListSchema>;
