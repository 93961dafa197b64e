// Background jobs inside the BFF process, of any kind: started by a request,
// not tied to it (closing the page does not cancel a job). A job writes its
// targets through the write pipeline a few at a time, so the rate limiter —
// not the round trips — sets the pace. State is persisted after every target,
// so GET /api/jobs/:id works after a reload; live subscribers get events as
// they happen; a job cut off by a crash is settled from the history its
// targets left (cut-off.ts). With several replicas every event is also
// published (job-events.ts), so a browser can follow the job from any of them.
import type { FastifyBaseLogger } from 'fastify';
import type { Job, JobEventName, JobSummary } from '@switchboard/contract/jobs';
import type { Db } from '../../db/database';
import { toJson } from '../../db/json';
import { HEARTBEAT_MS, ownerGone, ownerText } from '../../lib/process-identity';
import { mapPool } from '../../write-pipeline/pool';
import type { AuditService } from '../audit/service';
import { errorSentence } from '../ivr-write/copy';
import { countOutcomes, settleCutOffJob } from './cut-off';
import type { JobEventBus } from './job-events';
import type { JobResult } from './kinds';
import { finalStatus, summaryMessage, type Noun } from './summary';
import { jobFromRow, jobsDb } from './table';

export type JobListener = (event: JobEventName, data: unknown) => void;

interface LiveJob {
  job: Job;
  listeners: Set<JobListener>;
  persisting: Promise<void>;
}

const TERMINAL = new Set<Job['status']>(['done', 'incomplete', 'failed', 'interrupted']);
export const isTerminal = (status: Job['status']) => TERMINAL.has(status);

/** How one job writes its targets. */
export interface TargetRun {
  targets: readonly string[];
  /** Targets written at the same time. */
  concurrency: number;
  /** Write one target; never throws (a failure is its result). */
  run(id: string): Promise<{ result: JobResult; zoomCalls: number }>;
  /** Zoom calls made besides the targets' own (a copy's source read and safety reads). */
  extraCalls(): number;
  noun: Noun;
}

export class JobRunner {
  private readonly live = new Map<string, LiveJob>();
  private readonly running = new Set<Promise<void>>();
  private closing = false;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly log: FastifyBaseLogger,
    private readonly events: JobEventBus | null = null,
  ) {}

  /** Jobs cut off by a crash (their process gone): marked interrupted, settled from their targets' history. Returns their ids. */
  async recover(): Promise<string[]> {
    await this.audit.recover();
    const rows = await jobsDb(this.db).selectFrom('jobs').selectAll().where('status', 'in', ['queued', 'running']).execute();
    const marked: string[] = [];
    for (const row of rows) {
      if (this.live.has(row.id) || !ownerGone(row.owner, row.heartbeat_at ? new Date(row.heartbeat_at) : null)) continue;
      const job = jobFromRow(row);
      const outcome = settleCutOffJob(job, await this.audit.forJob(job.id));
      const updated = await jobsDb(this.db)
        .updateTable('jobs')
        .set({ status: 'interrupted', results: toJson(outcome.results)!, progress: toJson(outcome.progress)!, summary: toJson(outcome.summary)!, updated_at: new Date() })
        .where('id', '=', job.id)
        .where('status', 'in', ['queued', 'running'])
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) > 0) {
        marked.push(job.id);
        this.events?.publish(job.id, 'done', { status: 'interrupted', summary: outcome.summary });
      }
    }
    return marked;
  }

  /** Persist a new (queued) job and start it. */
  async launch(job: Job, run: TargetRun): Promise<string> {
    await jobsDb(this.db)
      .insertInto('jobs')
      .values({
        id: job.id,
        kind: job.kind,
        status: job.status,
        created_by: job.createdBy.id,
        created_by_email: job.createdBy.email,
        input: toJson(job.input)!,
        progress: toJson(job.progress)!,
        results: toJson(job.results)!,
        summary: null,
        owner: ownerText(),
        heartbeat_at: new Date(),
      })
      .execute();
    const live: LiveJob = { job, listeners: new Set(), persisting: Promise.resolve() };
    this.live.set(job.id, live);
    const done: Promise<void> = this.run(live, run).finally(() => {
      this.running.delete(done);
      this.live.delete(job.id);
    });
    this.running.add(done);
    return job.id;
  }

  /** The job's state now (from memory while it runs here, else from the database). */
  async get(id: string): Promise<Job | null> {
    const live = this.live.get(id);
    if (live) return structuredClone(live.job);
    const row = await jobsDb(this.db).selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? jobFromRow(row) : null;
  }

  async list(limit: number): Promise<Job[]> {
    const rows = await jobsDb(this.db).selectFrom('jobs').selectAll().orderBy('created_at', 'desc').limit(limit).execute();
    return Promise.all(rows.map(async (r) => (this.live.has(r.id) ? (await this.get(r.id))! : jobFromRow(r))));
  }

  /** Subscribe to a job running in this process: the snapshot and later events arrive in order. */
  subscribe(id: string, listener: JobListener): { snapshot: Job; unsubscribe: () => void } | null {
    const live = this.live.get(id);
    if (!live) return null;
    live.listeners.add(listener);
    return { snapshot: structuredClone(live.job), unsubscribe: () => live.listeners.delete(listener) };
  }

  /** Stop starting new targets, let the ones in flight finish, wait for every job to record where it stopped. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.running]);
  }

  private async run(live: LiveJob, run: TargetRun): Promise<void> {
    const { job } = live;
    const results = job.results as JobResult[];
    const started = performance.now();
    let zoomCalls = 0;
    // While the job runs, its heartbeat says this process is alive (a target can wait on the rate limiter).
    const beat = setInterval(() => {
      void jobsDb(this.db).updateTable('jobs').set({ heartbeat_at: new Date() }).where('id', '=', job.id).execute().catch(() => undefined);
    }, HEARTBEAT_MS);
    beat.unref();
    const summary = (message: string): JobSummary => ({
      counts: countOutcomes(results),
      elapsedMs: Math.round(performance.now() - started),
      zoomCalls: zoomCalls + run.extraCalls(),
      message,
    });
    try {
      this.update(live, { status: 'running' });
      await mapPool(run.targets, run.concurrency, async (id) => {
        if (this.closing) return;
        job.progress.current.push(id);
        this.emit(live, 'progress', job.progress);
        const { result, zoomCalls: calls } = await run.run(id);
        zoomCalls += calls;
        job.progress.current = job.progress.current.filter((c) => c !== id);
        results.push(result);
        job.progress.done = results.length;
        this.update(live, {});
        this.emit(live, 'target', result);
        this.emit(live, 'progress', job.progress);
      });
      const interrupted = results.length < run.targets.length;
      this.finish(live, finalStatus(results, interrupted), summary(summaryMessage(run.targets.length, results, interrupted, run.noun)));
    } catch (err) {
      this.log.error({ err, jobId: job.id }, 'job failed');
      this.finish(live, 'failed', summary(`The job stopped after ${results.length} of ${run.targets.length} ${run.noun.many}: ${errorSentence(err)}`));
    }
    clearInterval(beat);
    await live.persisting;
  }

  private finish(live: LiveJob, status: Job['status'], summary: JobSummary) {
    this.update(live, { status, summary });
    this.emit(live, 'done', { status, summary });
  }

  private emit(live: LiveJob, event: JobEventName, data: unknown) {
    const copy = structuredClone(data);
    this.events?.publish(live.job.id, event, copy);
    for (const l of live.listeners) {
      try {
        l(event, copy);
      } catch (err) {
        this.log.warn({ err }, 'job listener failed');
      }
    }
  }

  /** Change the in-memory job and persist a snapshot; writes are chained so they land in order. */
  private update(live: LiveJob, patch: Partial<Pick<Job, 'status' | 'summary'>>) {
    Object.assign(live.job, patch, { updatedAt: new Date().toISOString() });
    const j = structuredClone(live.job);
    live.persisting = live.persisting
      .then(() =>
        jobsDb(this.db)
          .updateTable('jobs')
          .set({
            status: j.status,
            updated_at: j.updatedAt,
            heartbeat_at: new Date(),
            progress: toJson(j.progress)!,
            results: toJson(j.results)!,
            summary: j.summary ? toJson(j.summary)! : null,
          })
          .where('id', '=', j.id)
          .execute(),
      )
      .then(
        () => undefined,
        (err: unknown) => this.log.error({ err, jobId: j.id }, 'could not save job state'),
      );
  }
}
