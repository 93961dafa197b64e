// The change history: one entry per write Switchboard made (or refused to
// make because Zoom had changed), with what was there before, what Zoom
// read back afterwards and each operation with Zoom's tracking id.
import { z } from 'zod';
import { menuSchema } from '@switchboard/routing-core/ivr/menu';
import { IVR_OUTCOMES, menuChangeSchema, mismatchSchema, opResultSchema } from './ivr';

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

/** Future writes (call handling, holidays, contact center) join this union. */
export const auditEntrySchema = z.discriminatedUnion('kind', [ivrAuditEntrySchema]);
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.strictObject({
  /** The changed object's id, e.g. an auto receptionist id. */
  target: z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'target must be a Zoom id (letters, digits, - and _).' })
    .optional(),
  /** Who made the change: the person's email (exact, any case). */
  actor: z.string().trim().min(1).max(254, { error: 'actor is an email address (at most 254 characters).' }).optional(),
  outcome: z.enum([...IVR_OUTCOMES, 'interrupted'], { error: 'outcome must be one of the write outcomes.' }).optional(),
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
