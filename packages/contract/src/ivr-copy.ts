// Copying one auto receptionist's business- or closed-hours menu to others:
// the per-target preview (nothing written) and the background job's request.
import { z } from 'zod';
import { hoursSchema } from '@switchboard/routing-core/ivr/menu';
import { menuChangeSchema, plannedOpSchema } from './ivr';

const zoomId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'That auto receptionist id is not a Zoom id.' });

const HOLIDAY_REFUSAL =
  'Holiday menus cannot be copied to other auto receptionists: each auto receptionist has its own holidays with their own ids. Copy business or closed hours instead.';

/** Refuses a holidayId with a sentence instead of silently ignoring it. */
const noHoliday = z
  .unknown()
  .optional()
  .refine((v) => v === undefined, { error: HOLIDAY_REFUSAL });

const targetsSchema = z
  .array(zoomId)
  .min(1, { error: 'Choose at least one auto receptionist to copy to.' })
  .max(100, { error: 'Copy to at most 100 auto receptionists at a time.' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'Each auto receptionist may be listed only once.' });

export const ivrCopyPlanBodySchema = z.strictObject({
  hours: hoursSchema,
  holidayId: noHoliday,
  targets: targetsSchema,
});
export type IvrCopyPlanBody = z.infer<typeof ivrCopyPlanBodySchema>;

export const ivrCopyTargetPlanSchema = z.object({
  arId: z.string(),
  name: z.string().nullable(),
  /** The target's current menu version (what the plan was made against). */
  version: z.string().nullable(),
  ops: z.array(plannedOpSchema),
  diff: z.array(menuChangeSchema),
  warnings: z.array(z.string()),
  /** Set when this target cannot be planned (it does not exist, its menu could not be read…). */
  error: z.string().nullable(),
  /**
   * Set when the copy would trap this target's callers (forward to itself, or a
   * loop of auto receptionists with no way out): the job refuses to write it.
   */
  refusal: z.string().nullable(),
  /**
   * Set when the target is on another site and the copy would route it to the
   * source site's queues, groups, users or common areas, or play its greeting:
   * the job then needs `confirmCrossSite`.
   */
  crossSite: z
    .object({
      sourceSite: z.object({ id: z.string(), name: z.string() }),
      targetSite: z.object({ id: z.string(), name: z.string() }),
      items: z.array(z.string()),
      sentence: z.string(),
    })
    .nullable(),
});
export type IvrCopyTargetPlan = z.infer<typeof ivrCopyTargetPlanSchema>;

export const ivrCopyPlanResponseSchema = z.object({
  source: z.object({
    arId: z.string(),
    name: z.string().nullable(),
    version: z.string(),
    site: z.object({ id: z.string(), name: z.string() }).nullable(),
  }),
  hours: hoursSchema,
  targets: z.array(ivrCopyTargetPlanSchema),
});
export type IvrCopyPlanResponse = z.infer<typeof ivrCopyPlanResponseSchema>;

export const copyIvrJobBodySchema = z.strictObject({
  sourceId: zoomId,
  hours: hoursSchema,
  holidayId: noHoliday,
  targets: targetsSchema,
  /** The source menu's version when the copy was reviewed; 409 if it changed since. */
  sourceVersion: z.string().min(1, { error: 'sourceVersion is required: review the copy before starting it.' }),
  /**
   * The person saw that targets on other sites would route to the source site's
   * queues and greeting, and wants that. Without it such a copy is refused (400).
   */
  confirmCrossSite: z.boolean().optional(),
});
export type CopyIvrJobBody = z.infer<typeof copyIvrJobBodySchema>;
