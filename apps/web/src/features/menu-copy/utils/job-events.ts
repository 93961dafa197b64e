// A job's state as the page sees it: the snapshot every subscriber gets first,
// then progress, one verified outcome per target, and done. Each event's data
// is parsed with the contract; one that does not parse is ignored rather than
// shown half-understood.
import { copyIvrJobSchema, jobEventSchemas, jobTargetResultSchema, type CopyIvrJob, type JobEventName } from '@switchboard/contract/jobs';

export const JOB_EVENT_NAMES = Object.keys(jobEventSchemas) as JobEventName[];

/** Copy jobs only: events of another kind of job do not parse here and are ignored. */
export function applyJobEvent(job: CopyIvrJob | null, name: string, data: unknown): CopyIvrJob | null {
  switch (name) {
    case 'snapshot': {
      const parsed = copyIvrJobSchema.safeParse(data);
      return parsed.success ? parsed.data : job;
    }
    case 'progress': {
      const parsed = jobEventSchemas.progress.safeParse(data);
      if (!job || !parsed.success) return job;
      // Events may interleave with a newer snapshot; progress never goes backwards.
      const done = Math.max(job.progress.done, parsed.data.done);
      return { ...job, status: job.status === 'queued' ? 'running' : job.status, progress: { ...parsed.data, done } };
    }
    case 'target': {
      const parsed = jobTargetResultSchema.safeParse(data);
      if (!job || !parsed.success) return job;
      const results = [...job.results.filter((r) => r.arId !== parsed.data.arId), parsed.data];
      return { ...job, results, progress: { ...job.progress, done: Math.max(job.progress.done, results.length) } };
    }
    case 'done': {
      const parsed = jobEventSchemas.done.safeParse(data);
      if (!job || !parsed.success) return job;
      return { ...job, status: parsed.data.status, summary: parsed.data.summary, progress: { ...job.progress, current: [] } };
    }
    default:
      return job;
  }
}
