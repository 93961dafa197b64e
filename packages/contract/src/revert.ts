// Undoing a change from the history: the entry's "before" is the desired
// state and the version its "after" had is the base, so a revert of something
// changed since is a conflict. A job's entries revert together.
import { z } from 'zod';
import type { AuditEntry } from './audit';
import type { Permission } from './permissions';
import { writePlanSchema, writeResultSchema } from './write';

/**
 * Who may revert a change: who may make it. null: not from the history —
 * changes to people are undone on the People page; Contact Center changes
 * are changed back in their editors (their revert is not built yet).
 */
export const REVERT_PERMISSION: Record<AuditEntry['kind'], Permission | null> = {
  ivr: 'editMenus',
  hours: 'editHours',
  holiday: 'editHolidays',
  person: null,
  cc: null,
  zendeskMenu: 'editMenus',
};

/** Entries that may have written something to Zoom, and so have something to put back. */
export const REVERTIBLE_OUTCOMES: readonly AuditEntry['outcome'][] = ['applied', 'partial', 'not_persisted', 'unverified', 'interrupted'];

/** The review of a revert: the requests and the change in words; nothing is written. */
export const revertPlanSchema = writePlanSchema.extend({
  revertOf: z.string(),
  /** What the revert does, in a sentence: "Put back the business hours menu of Main Line as it was before …". */
  words: z.string(),
});
export type RevertPlan = z.infer<typeof revertPlanSchema>;

const jobTargetSchema = z.object({ auditId: z.string(), target: z.object({ id: z.string(), name: z.string().nullable() }), subject: z.string() });

export const jobRevertPlanSchema = z.object({
  items: z.array(jobTargetSchema.extend({ plan: revertPlanSchema.nullable(), refusal: z.string().nullable() })),
});
export type JobRevertPlan = z.infer<typeof jobRevertPlanSchema>;

export const jobRevertResultSchema = z.object({
  /** applied when every target's revert was applied and verified; partial when some were not. */
  outcome: z.enum(['applied', 'partial', 'conflict', 'no_change']),
  message: z.string(),
  items: z.array(jobTargetSchema.extend({ result: writeResultSchema.nullable(), refusal: z.string().nullable() })),
});
export type JobRevertResult = z.infer<typeof jobRevertResultSchema>;

export const revertIdParamSchema = z.strictObject({ id: z.uuid({ error: 'That is not a history entry id.' }) });
export const jobRevertParamSchema = z.strictObject({ id: z.uuid({ error: 'That is not a job id.' }) });
