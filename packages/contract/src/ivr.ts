// IVR read / plan / apply contract. The menu model itself lives in routing-core.
import { z } from 'zod';
import { desiredMenuSchema, hoursSchema, menuSchema, sentMenuSchema } from '@switchboard/routing-core/ivr/menu';
import { apiErrorSchema } from './errors';

export const ivrQuerySchema = z.strictObject({
  hours: hoursSchema.default('business'),
  holidayId: z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'That holiday id is not a Zoom id.' })
    .optional(),
});
export type IvrQuery = z.infer<typeof ivrQuerySchema>;

export const ivrResponseSchema = z.object({ menu: menuSchema, version: z.string() });
export type IvrResponse = z.infer<typeof ivrResponseSchema>;

export const ivrWriteBodySchema = z.strictObject({
  hours: hoursSchema,
  holidayId: ivrQuerySchema.shape.holidayId,
  baseVersion: z.string().min(1, { error: 'baseVersion is required: load the menu before changing it.' }),
  menu: desiredMenuSchema,
  /**
   * Optional: the menu as loaded (the one baseVersion names). When Zoom has
   * changed since, the 409 conflict then says exactly what changed in Zoom.
   */
  baseMenu: sentMenuSchema.optional(),
});
export type IvrWriteBody = z.infer<typeof ivrWriteBodySchema>;

export const plannedOpSchema = z.object({
  description: z.string(),
  /** Which part of the menu the op writes: "key:1", "prompt", "noAction", "prompt+noAction". */
  field: z.string().optional(),
  /** The request as Zoom receives it; `body` is absent for a request without one (a DELETE). */
  request: z.object({ method: z.string(), path: z.string(), body: z.unknown().optional() }),
});
export type PlannedOp = z.infer<typeof plannedOpSchema>;

export const menuChangeSchema = z.object({
  /** "key:1", "prompt", "noAction" */
  field: z.string(),
  before: z.string(),
  after: z.string(),
});
export type MenuChange = z.infer<typeof menuChangeSchema>;

export const ivrPlanResponseSchema = z.object({
  ops: z.array(plannedOpSchema),
  diff: z.array(menuChangeSchema),
  /** The version of Zoom's menu the plan was made against (equals baseVersion). */
  version: z.string().optional(),
});
export type IvrPlanResponse = z.infer<typeof ivrPlanResponseSchema>;

/**
 * applied / failed: Zoom's answer; skipped: not sent. Only in the history:
 * pending and sending while a run goes on, unknown when it was cut off after
 * sending and the answer was lost.
 */
export const OP_STATUSES = ['applied', 'failed', 'skipped', 'pending', 'sending', 'unknown'] as const;

export const opResultSchema = plannedOpSchema.extend({
  status: z.enum(OP_STATUSES),
  httpStatus: z.number().int().optional(),
  trackingId: z.string().nullable(),
  error: z.string().optional(),
  /**
   * Answers Zoom gave before the one recorded, each of which Switchboard
   * retried (HTTP status; null when no answer came). Absent: sent once.
   */
  retries: z.array(z.number().int().nullable()).optional(),
  /**
   * Zoom's answer was lost (no answer, or a 5xx to a request not sent again)
   * and Switchboard read Zoom back instead of sending it twice: what it found,
   * in words ("…showed it had landed, so it was not sent again").
   */
  settled: z.string().optional(),
});
export type OpResult = z.infer<typeof opResultSchema>;

export const mismatchSchema = z.object({
  field: z.string(),
  expected: z.string(),
  actual: z.string(),
});
export type Mismatch = z.infer<typeof mismatchSchema>;

/**
 * `unverified`: Zoom accepted every write but the read-back failed, so nobody
 * knows whether it kept them — distinct from `not_persisted` (read back, and
 * Zoom did not keep them).
 */
export const IVR_OUTCOMES = ['applied', 'no_change', 'not_persisted', 'unverified', 'partial', 'conflict'] as const;

/**
 * Who left Zoom's menu the way it is now, when Switchboard's history knows: the
 * last change made through Switchboard, if what it read back is exactly what
 * Zoom has. null: no change in the history explains it, so it was made outside
 * Switchboard (Zoom's admin portal, another tool).
 */
export const changedBySchema = z
  .object({
    auditId: z.string(),
    email: z.string().nullable(),
    at: z.string(),
  })
  .nullable();
export type ChangedBy = z.infer<typeof changedBySchema>;

export const ivrApplyResponseSchema = z.object({
  outcome: z.enum(IVR_OUTCOMES),
  ops: z.array(opResultSchema),
  mismatches: z.array(mismatchSchema),
  /** conflict: what changed in Zoom since baseVersion */
  diff: z.array(menuChangeSchema).optional(),
  /** conflict: who made the change in Switchboard, or null when it came from outside (absent: not looked up). */
  changedBy: changedBySchema.optional(),
  version: z.string().optional(),
  auditId: z.string().nullable(),
  /** One or two sentences saying what happened, for people. */
  message: z.string().optional(),
});
export type IvrApplyResponse = z.infer<typeof ivrApplyResponseSchema>;

/** The media type that asks PUT …/ivr for live progress instead of one JSON answer. */
export const EVENT_STREAM = 'text/event-stream';

/** One op answered (or skipped) while applying: its place in the plan and Zoom's answer. */
export const ivrApplyOpEventSchema = opResultSchema
  .pick({ status: true, httpStatus: true, trackingId: true, error: true, retries: true })
  .extend({ index: z.number().int().min(0) });
export type IvrApplyOpEvent = z.infer<typeof ivrApplyOpEventSchema>;

/**
 * Server-sent events of PUT …/ivr with `Accept: text/event-stream`
 * (`event:` name → `data:` JSON), in this order: `planned` (the ops, once),
 * `op` (one per planned op, in order), `verifying` (reading back), then
 * `outcome` — exactly the JSON body the plain PUT answers (conflict included),
 * which ends the stream. A conflict sends only `outcome`; nothing to change
 * sends `planned` with no ops, then `outcome`. `error` (the usual error body)
 * ends a stream that broke on the server before its outcome: the result is then
 * unknown. Validation, role and CSRF errors come before any stream, as JSON.
 */
export const ivrApplyEventSchemas = {
  planned: z.object({ ops: z.array(plannedOpSchema) }),
  op: ivrApplyOpEventSchema,
  verifying: z.object({}),
  outcome: ivrApplyResponseSchema,
  error: apiErrorSchema,
} as const;
export type IvrApplyEventName = keyof typeof ivrApplyEventSchemas;
export type IvrApplyEvent = {
  [K in IvrApplyEventName]: { event: K; data: z.infer<(typeof ivrApplyEventSchemas)[K]> };
}[IvrApplyEventName];
