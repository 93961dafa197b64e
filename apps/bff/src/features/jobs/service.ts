// Background jobs inside the BFF process: started by a request, not tied to
// it (closing the page does not cancel a job). Today: copy an IVR menu to
// many auto receptionists, target by target through the write pipeline, a few
// targets at a time so the rate limiter — not the round trips — sets the pace.
// State is persisted after every target, so GET /api/jobs/:id works after a
// reload; live subscribers get events as they happen.
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { CopyIvrJobBody } from '@switchboard/contract/ivr-copy';
import type { Job, JobEventName, JobSummary } from '@switchboard/contract/jobs';
import type { Db } from '../../db/database';
import { toJson } from '../../db/json';
import { notFound } from '../../http/app-error';
import { mapPool } from '../../write-pipeline/pool';
import type { IvrCopyService, PreparedCopy } from '../ivr-write/copy';
import { errorSentence } from '../ivr-write/copy';
import type { Actor, IvrWriteService } from '../ivr-write/service';
import { HEARTBEAT_MS, ownerGone, ownerText } from '../../lib/process-identity';
import type { AuditService } from '../audit/service';
import { copyTarget } from './copy-target';
import { countOutcomes, settleCutOffJob } from './cut-off';
import { requireCrossSiteConfirmation, requireSourceVersion, retryTargets } from './start-checks';
import { finalStatus, summaryMessage } from './summary';
import { jobFromRow, jobsDb } from './table';

export type JobListener = (event: JobEventName, data: unknown) => void;

interface LiveJob {
  job: Job;
  listeners: Set<JobListener>;
  persisting: Promise<void>;
}

const TERMINAL = new Set<Job['status']>(['done', 'incomplete', 'failed', 'interrupted']);
export const isTerminal = (status: Job['status']) => TERMINAL.has(status);

const CHANGED_SINCE_REVIEW =
  'The menu being copied was changed in Zoom after you reviewed the copy, so nothing was started. Review the copy again.';
const CHANGED_SINCE_JOB =
  'The menu being copied was changed in Zoom after this job copied it, so a retry would copy a different menu. Nothing was started; review the copy again.';

export interface JobServiceOptions {
  /** Targets written at the same time. */
  concurrency: number;
  log: FastifyBaseLogger;
}

export class JobService {
  private readonly live = new Map<string, LiveJob>();
  private readonly running = new Set<Promise<void>>();
  private closing = false;

  constructor(
    private readonly db: Db,
    private readonly ivr: IvrWriteService,
    private readonly copy: IvrCopyService,
    private readonly audit: AuditService,
    private readonly opts: JobServiceOptions,
  ) {}

  /**
   * Jobs cut off by a crash (their process gone): marked interrupted, with a
   * summary of what really happened, read from the history entries their
   * targets left (written ahead of every request to Zoom). Returns their ids.
   */
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
        .set({
          status: 'interrupted',
          results: toJson(outcome.results)!,
          progress: toJson(outcome.progress)!,
          summary: toJson(outcome.summary)!,
          updated_at: new Date(),
        })
        .where('id', '=', job.id)
        .where('status', 'in', ['queued', 'running'])
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) > 0) marked.push(job.id);
    }
    return marked;
  }

  /** Validate, check the source version (409 if it changed) and the cross-site confirmation (400), persist the job and start it. */
  async startCopy(body: CopyIvrJobBody, actor: Actor): Promise<string> {
    await this.ivr.requireScopes('copy-ivr');
    const prep = await this.copy.prepare(body.sourceId, body.hours, body.targets);
    await requireSourceVersion(prep, body.sourceVersion, CHANGED_SINCE_REVIEW, (v, m) => this.ivr.conflictDiff(v, undefined, m));
    requireCrossSiteConfirmation(prep, body.confirmCrossSite);
    return this.launch(prep, actor, { sourceVersion: body.sourceVersion, confirmCrossSite: body.confirmCrossSite ?? false });
  }

  /**
   * A new job for exactly the targets of a finished job that did not land:
   * same source and hours, and only while the source menu is still the version
   * that job copied (409 otherwise, as for a job still running; 400 when
   * everything landed).
   */
  async retry(id: string, actor: Actor): Promise<string> {
    await this.ivr.requireScopes('copy-ivr');
    const old = await this.get(id);
    if (!old) throw notFound('There is no job with that id.');
    const targets = retryTargets(old);
    const prep = await this.copy.prepare(old.input.sourceId, old.input.hours, targets);
    await requireSourceVersion(prep, old.input.sourceVersion!, CHANGED_SINCE_JOB, (v, m) => this.ivr.conflictDiff(v, undefined, m));
    requireCrossSiteConfirmation(prep, old.input.confirmCrossSite);
    return this.launch(prep, actor, { sourceVersion: prep.source.version, confirmCrossSite: old.input.confirmCrossSite ?? false, retryOf: old.id });
  }

  private async launch(prep: PreparedCopy, actor: Actor, extra: Pick<Job['input'], 'sourceVersion' | 'confirmCrossSite' | 'retryOf'>): Promise<string> {
    const now = new Date().toISOString();
    const job: Job = {
      id: randomUUID(),
      kind: 'copy-ivr',
      status: 'queued',
      createdAt: now,
      updatedAt: now,
      createdBy: actor,
      input: { sourceId: prep.source.arId, sourceName: prep.source.name, hours: prep.hours, targets: prep.targets.map((t) => t.arId), ...extra },
      progress: { done: 0, total: prep.targets.length, current: [] },
      results: [],
      summary: null,
    };
    await jobsDb(this.db)
      .insertInto('jobs')
      .values({
        id: job.id,
        kind: job.kind,
        status: job.status,
        created_by: actor.id,
        created_by_email: actor.email,
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
    const run: Promise<void> = this.run(live, prep, actor).finally(() => {
      this.running.delete(run);
      this.live.delete(job.id);
    });
    this.running.add(run);
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

  private async run(live: LiveJob, prep: PreparedCopy, actor: Actor): Promise<void> {
    const { job } = live;
    const started = performance.now();
    let zoomCalls = 1; // the source read in prepare()
    // While the job runs, its heartbeat says this process is alive (a target can wait on the rate limiter).
    const beat = setInterval(() => {
      void jobsDb(this.db).updateTable('jobs').set({ heartbeat_at: new Date() }).where('id', '=', job.id).execute().catch(() => undefined);
    }, HEARTBEAT_MS);
    beat.unref();
    // Other auto receptionists' menus the safety checks read, each once for the whole job.
    const menus = this.copy.menusFor(prep);
    try {
      this.update(live, { status: 'running' });
      await mapPool(prep.targets, this.opts.concurrency, async (target) => {
        if (this.closing) return;
        job.progress.current.push(target.arId);
        this.emit(live, 'progress', job.progress);
        const { result, zoomCalls: calls } = await copyTarget({ copy: this.copy, prep, menus, actor, jobId: job.id, log: this.opts.log }, target);
        zoomCalls += calls;
        job.progress.current = job.progress.current.filter((id) => id !== target.arId);
        job.results.push(result);
        job.progress.done = job.results.length;
        this.update(live, {});
        this.emit(live, 'target', result);
        this.emit(live, 'progress', job.progress);
      });
      const interrupted = job.results.length < prep.targets.length;
      this.finish(live, finalStatus(job.results, interrupted), {
        counts: countOutcomes(job.results),
        elapsedMs: Math.round(performance.now() - started),
        zoomCalls: zoomCalls + menus.reads,
        message: summaryMessage(prep.targets.length, job.results, interrupted),
      });
    } catch (err) {
      this.opts.log.error({ err, jobId: job.id }, 'job failed');
      this.finish(live, 'failed', {
        counts: countOutcomes(job.results),
        elapsedMs: Math.round(performance.now() - started),
        zoomCalls: zoomCalls + menus.reads,
        message: `The job stopped after ${job.results.length} of ${prep.targets.length} auto receptionists: ${errorSentence(err)}`,
      });
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
    for (const l of live.listeners) {
      try {
        l(event, copy);
      } catch (err) {
        this.opts.log.warn({ err }, 'job listener failed');
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
        (err: unknown) => this.opts.log.error({ err, jobId: j.id }, 'could not save job state'),
      );
  }
}


