// Background jobs: copying an IVR menu to many auto receptionists, and adding
// one holiday to many extensions.
// A job outlives the request that started it and the page that watches it:
// GET /api/jobs/:id reads its persisted state; GET /api/jobs/:id/events
// streams server-sent events (a snapshot first, then progress, target, done).
import { z } from 'zod';
import { sentHolidayShape } from '@switchboard/routing-core/schedule/sent';
import { extensionIdSchema, extensionTypeSchema } from './hours';
import { IVR_OUTCOMES, mismatchSchema } from './ivr';

/**
 * `done`: every target landed (applied or already the same); `incomplete`:
 * the job ran to its end but at least one target did not land; `failed`: the
 * job itself stopped on an error; `interrupted`: the server stopped it.
 */
export const JOB_STATUSES = ['queued', 'running', 'done', 'incomplete', 'failed', 'interrupted'] as const;
export const jobStatusSchema = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const JOB_TARGET_OUTCOMES = [...IVR_OUTCOMES, 'error', 'refused', 'interrupted'] as const;
export type JobTargetOutcome = (typeof JOB_TARGET_OUTCOMES)[number];

/** Only these mean the target has the menu now; every other outcome "did not land". */
export const landed = (outcome: JobTargetOutcome): boolean => outcome === 'applied' || outcome === 'no_change';

/**
 * Per-target result: an apply outcome, `error` when the target could not be
 * written at all, `refused` when the copy would have trapped its callers (a
 * forward to itself or a loop without a way out: nothing written), or
 * `interrupted` when the server stopped mid-write.
 */
export const jobTargetResultSchema = z.object({
  arId: z.string(),
  name: z.string().nullable(),
  outcome: z.enum(JOB_TARGET_OUTCOMES),
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
  /** Zoom calls the job made for its targets: reads and writes (directory lookups, cached, not counted). */
  zoomCalls: z.number().int(),
  message: z.string(),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;

/** A copy of one menu to many auto receptionists. */
export const copyIvrJobSchema = z.object({
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
    /** The source menu's version this job copies (a retry must copy the same). Absent on jobs from before it was kept. */
    sourceVersion: z.string().optional(),
    /** The person confirmed routing targets on other sites to the source site's queues and greeting. */
    confirmCrossSite: z.boolean().optional(),
    /** The job this one retries (its targets that did not land). */
    retryOf: z.string().optional(),
  }),
  progress: jobProgressSchema,
  results: z.array(jobTargetResultSchema),
  summary: jobSummarySchema.nullable(),
});
export type CopyIvrJob = z.infer<typeof copyIvrJobSchema>;

/**
 * One extension of an add-holiday job: the write outcome, `refused` when the
 * holiday could not be added there (it overlaps one the extension has, or is
 * over there already: nothing written), `error` when the extension could not
 * be read, `interrupted` when the server stopped mid-write.
 */
export const holidayJobTargetResultSchema = z.object({
  extensionId: z.string(),
  name: z.string().nullable(),
  type: extensionTypeSchema.nullable(),
  outcome: z.enum(JOB_TARGET_OUTCOMES),
  message: z.string(),
  opsApplied: z.number().int(),
  opsTotal: z.number().int(),
  mismatches: z.array(mismatchSchema),
  auditId: z.string().nullable(),
  /** The holiday's id on this extension, once Zoom created it. */
  holidayId: z.string().nullable(),
});
export type HolidayJobTargetResult = z.infer<typeof holidayJobTargetResultSchema>;

const endAfterStart = { message: 'The holiday must end after it starts.', path: ['end'] };

/** POST /api/jobs/add-holiday: one holiday (wall clock of each extension's own zone) added to many extensions. */
export const addHolidayJobBodySchema = z
  .strictObject({
    extensionIds: z
      .array(extensionIdSchema)
      .min(1, { error: 'Choose at least one extension to add the holiday to.' })
      .max(200, { error: 'Add a holiday to at most 200 extensions at a time.' })
      .refine((ids) => new Set(ids).size === ids.length, { error: 'Each extension may be listed only once.' }),
    ...sentHolidayShape,
  })
  .refine((b) => b.end > b.start, endAfterStart);
export type AddHolidayJobBody = z.infer<typeof addHolidayJobBodySchema>;

export const addHolidayJobSchema = z.object({
  id: z.string(),
  kind: z.literal('add-holiday'),
  status: jobStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.object({ id: z.string(), email: z.string().nullable() }),
  input: z.object({
    extensionIds: z.array(z.string()),
    name: z.string(),
    /** Wall clock, "YYYY-MM-DDTHH:mm", read in each extension's own zone. */
    start: z.string(),
    end: z.string(),
    /** The job this one retries (its extensions that did not land). */
    retryOf: z.string().optional(),
  }),
  progress: jobProgressSchema,
  results: z.array(holidayJobTargetResultSchema),
  summary: jobSummarySchema.nullable(),
});
export type AddHolidayJob = z.infer<typeof addHolidayJobSchema>;

export const jobSchema = z.discriminatedUnion('kind', [copyIvrJobSchema, addHolidayJobSchema]);
export type Job = z.infer<typeof jobSchema>;
export type JobKind = Job['kind'];

export const jobIdParamSchema = z.strictObject({ id: z.uuid({ error: 'That is not a job id.' }) });
export const jobCreatedSchema = z.object({ jobId: z.string() });
/** POST /api/jobs/:id/retry takes no fields (a body, if sent, must be empty). */
export const jobRetryBodySchema = z.strictObject({}).nullish();
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
  target: z.union([jobTargetResultSchema, holidayJobTargetResultSchema]),
  done: z.object({ status: jobStatusSchema, summary: jobSummarySchema.nullable() }),
} as const;
export type JobEventName = keyof typeof jobEventSchemas;
