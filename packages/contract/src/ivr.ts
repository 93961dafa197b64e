// IVR read / plan / apply contract. The menu model itself lives in routing-core.
import { z } from 'zod';
import { desiredMenuSchema, hoursSchema, menuSchema } from '@switchboard/routing-core/ivr/menu';

export const ivrQuerySchema = z.object({
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

export const ivrWriteBodySchema = z.object({
  hours: hoursSchema,
  holidayId: ivrQuerySchema.shape.holidayId,
  baseVersion: z.string().min(1, { error: 'baseVersion is required: load the menu before changing it.' }),
  menu: desiredMenuSchema,
  /**
   * Optional: the menu as loaded (the one baseVersion names). When Zoom has
   * changed since, the 409 conflict then says exactly what changed in Zoom.
   */
  baseMenu: menuSchema.optional(),
});
export type IvrWriteBody = z.infer<typeof ivrWriteBodySchema>;

export const plannedOpSchema = z.object({
  description: z.string(),
  /** Which part of the menu the op writes: "key:1", "prompt", "noAction", "prompt+noAction". */
  field: z.string().optional(),
  request: z.object({ method: z.string(), path: z.string(), body: z.unknown() }),
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

export const opResultSchema = plannedOpSchema.extend({
  status: z.enum(['applied', 'failed', 'skipped']),
  httpStatus: z.number().int().optional(),
  trackingId: z.string().nullable(),
  error: z.string().optional(),
});
export type OpResult = z.infer<typeof opResultSchema>;

export const mismatchSchema = z.object({
  field: z.string(),
  expected: z.string(),
  actual: z.string(),
});
export type Mismatch = z.infer<typeof mismatchSchema>;

export const IVR_OUTCOMES = ['applied', 'no_change', 'not_persisted', 'partial', 'conflict'] as const;

export const ivrApplyResponseSchema = z.object({
  outcome: z.enum(IVR_OUTCOMES),
  ops: z.array(opResultSchema),
  mismatches: z.array(mismatchSchema),
  /** conflict: what changed in Zoom since baseVersion */
  diff: z.array(menuChangeSchema).optional(),
  version: z.string().optional(),
  auditId: z.string().nullable(),
  /** One or two sentences saying what happened, for people. */
  message: z.string().optional(),
});
export type IvrApplyResponse = z.infer<typeof ivrApplyResponseSchema>;
