// Undoing a change from the history: the entry's "before" is the desired
// state and the version its "after" had is the base, so a revert of something
// changed since is a conflict. A job's entries revert together.
import { z } from 'zod';
import type { AuditEntry } from './audit';
import type { Permission } from './permissions';
import { writePlanSchema, writeResultSchema } from './write';

/**
 * Who may revert a change: who may make it. null: not from the history —
 * changes to people are undone on the People page. Of Contact Center
 * changes, business hours and queues' operating hours revert (REVERTIBLE_CC_ACTIONS);
 * assets, categories and closure sets are changed back in their editors.
 */
export const REVERT_PERMISSION: Record<AuditEntry['kind'], Permission | null> = {
  ivr: 'editMenus',
  hours: 'editHours',
  holiday: 'editHolidays',
  person: null,
  cc: 'editContactCenter',
  zendeskMenu: 'editMenus',
};

export const REVERTIBLE_CC_ACTIONS: readonly AuditEntry['action'][] = ['cc.businessHours.update', 'cc.queue.operatingHours'];

/** Whether an entry is of a kind and action a revert exists for (who may do it is REVERT_PERMISSION). */
export const revertExists = (entry: Pick<AuditEntry, 'kind' | 'action'>): boolean =>
  REVERT_PERMISSION[entry.kind] !== null && (entry.kind !== 'cc' || REVERTIBLE_CC_ACTIONS.includes(entry.action));

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
