// Background jobs (today: copying an IVR menu to many auto receptionists).
// A job outlives the request that started it and the page that watches it:
// GET /api/jobs/:id reads its persisted state; GET /api/jobs/:id/events
// streams server-sent events (a snapshot first, then progress, target, done).
import { z } from 'zod';
import { IVR_OUTCOMES, mismatchSchema } from './ivr';

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed', 'interrupted'] as const;
export const jobStatusSchema = z.enum(JOB_STATUSES);

/**
 * Per-target result: an apply outcome, `error` when the target could not be
 * written at all, or `interrupted` when the server stopped mid-write.
 */
export const jobTargetResultSchema = z.object({
  arId: z.string(),
  name: z.string().nullable(),
  outcome: z.enum([...IVR_OUTCOMES, 'error', 'interrupted']),
  message: z.string(),
  opsApplied: z.number().int(),
  opsTotal: z.number().int(),
  mismatches: z.array(mismatchSchema),
  auditId: z.string().nullable(),
});
export type JobTargetResult = z.infer<typeof jobTargetResultSchema>;

export const jobProgressSchema = z.object({
  done: z.number().int(),
  total: z.number().int(),
  /** The target(s) being written right now. */
  current: z.array(z.string()),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

export const jobSummarySchema = z.object({
  counts: z.record(z.string(), z.number().int()),
  elapsedMs: z.number().int(),
  /** IVR calls the job made in Zoom: menu reads and writes (directory lookups, cached, not counted). */
  zoomCalls: z.number().int(),
  message: z.string(),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;

export const jobSchema = z.object({
  id: z.string(),
  kind: z.literal('copy-ivr'),
  status: jobStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.object({ id: z.string(), email: z.string().nullable() }),
  input: z.object({
    sourceId: z.string(),
    sourceName: z.string().nullable(),
    hours: z.enum(['business', 'closed']),
    targets: z.array(z.string()),
  }),
  progress: jobProgressSchema,
  results: z.array(jobTargetResultSchema),
  summary: jobSummarySchema.nullable(),
});
export type Job = z.infer<typeof jobSchema>;

export const jobIdParamSchema = z.strictObject({ id: z.uuid({ error: 'That is not a job id.' }) });
export const jobCreatedSchema = z.object({ jobId: z.string() });
export const jobListQuerySchema = z.strictObject({
  limit: z.coerce
    .number({ error: 'limit must be a number.' })
    .int({ error: 'limit must be a whole number.' })
    .min(1, { error: 'limit must be between 1 and 100.' })
    .max(100, { error: 'limit must be between 1 and 100.' })
    .default(20),
});
export const jobListSchema = z.object({ items: z.array(jobSchema) });

/**
 * Server-sent events on GET /api/jobs/:id/events (`event:` name → `data:` JSON).
 * `snapshot` comes first for every subscriber; `done` ends the stream.
 */
export const jobEventSchemas = {
  snapshot: jobSchema,
  progress: jobProgressSchema,
  target: jobTargetResultSchema,
  done: z.object({ status: jobStatusSchema, summary: jobSummarySchema.nullable() }),
} as const;
export type JobEventName = keyof typeof jobEventSchemas;
