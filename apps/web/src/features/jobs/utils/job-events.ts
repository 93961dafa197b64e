// A job's state as the page sees it: the snapshot every subscriber gets first,
// then progress, one verified outcome per target, and done. Each event's data
// is parsed with the contract (a target with the schema of the job's kind);
// one that does not parse is ignored rather than shown half-understood.
import {
  holidayJobTargetResultSchema,
  jobEventSchemas,
  jobSchema,
  jobTargetResultSchema,
  type Job,
  type JobEventName,
} from '@switchboard/contract/jobs';

export const JOB_EVENT_NAMES = Object.keys(jobEventSchemas) as JobEventName[];

/** One target's result into the job: replaces an earlier one for the same target. */
function withResult(job: Job, data: unknown): Job {
  if (job.kind === 'copy-ivr') {
    const parsed = jobTargetResultSchema.safeParse(data);
    if (!parsed.success) return job;
    const results = [...job.results.filter((r) => r.arId !== parsed.data.arId), parsed.data];
    return { ...job, results, progress: { ...job.progress, done: Math.max(job.progress.done, results.length) } };
  }
  const parsed = holidayJobTargetResultSchema.safeParse(data);
  if (!parsed.success) return job;
  const results = [...job.results.filter((r) => r.extensionId !== parsed.data.extensionId), parsed.data];
  return { ...job, results, progress: { ...job.progress, done: Math.max(job.progress.done, results.length) } };
}

export function applyJobEvent(job: Job | null, name: string, data: unknown): Job | null {
  switch (name) {
    case 'snapshot': {
      const parsed = jobSchema.safeParse(data);
      return parsed.success ? parsed.data : job;
    }
    case 'progress': {
      const parsed = jobEventSchemas.progress.safeParse(data);
      if (!job || !parsed.success) return job;
      // Events may interleave with a newer snapshot; progress never goes backwards.
      const done = Math.max(job.progress.done, parsed.data.done);
      return { ...job, status: job.status === 'queued' ? 'running' : job.status, progress: { ...parsed.data, done } };
    }
    case 'target':
      return job ? withResult(job, data) : job;
    case 'done': {
      const parsed = jobEventSchemas.done.safeParse(data);
      if (!job || !parsed.success) return job;
      return { ...job, status: parsed.data.status, summary: parsed.data.summary, progress: { ...job.progress, current: [] } };
    }
    default:
      return job;
  }
}
