// Starting background jobs and retrying their targets that did not land:
// copying an IVR menu to many auto receptionists (admins), adding one holiday
// to many extensions (admins and managers). The lifecycle — persistence,
// live events, shutdown, crash recovery — is the runner's (runner.ts).
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { CopyIvrJobBody } from '@switchboard/contract/ivr-copy';
import type { AddHolidayJob, AddHolidayJobBody, CopyIvrJob, Job } from '@switchboard/contract/jobs';
import type { Role } from '@switchboard/contract/session';
import { listWords } from '@switchboard/routing-core/ivr/copy-safety';
import type { Db } from '../../db/database';
import { AppError, badRequest, notFound } from '../../http/app-error';
import type { AuditService } from '../audit/service';
import type { ExtensionService } from '../extensions/service';
import type { HolidayService } from '../holidays/service';
import type { IvrCopyService, PreparedCopy } from '../ivr-write/copy';
import type { Actor, IvrWriteService } from '../ivr-write/service';
import type { SetupService } from '../setup/service';
import { copyTarget } from './copy-target';
import { holidayTarget } from './holiday-target';
import type { JobEventBus, JobEventListener } from './job-events';
import { JobRunner, type JobListener } from './runner';
import { requireCrossSiteConfirmation, requireSourceVersion, retryTargets } from './start-checks';

const CHANGED_SINCE_REVIEW =
  'The menu being copied was changed in Zoom after you reviewed the copy, so nothing was started. Review the copy again.';
const CHANGED_SINCE_JOB =
  'The menu being copied was changed in Zoom after this job copied it, so a retry would copy a different menu. Nothing was started; review the copy again.';

export interface JobServiceDeps {
  db: Db;
  ivr: IvrWriteService;
  copy: IvrCopyService;
  audit: AuditService;
  holidays: HolidayService;
  extensions: ExtensionService;
  setup: Pick<SetupService, 'require'>;
  /** Several replicas (REDIS_URL): where job events are published for the others. */
  events?: JobEventBus | null;
}

export interface JobServiceOptions {
  /** Targets written at the same time. */
  concurrency: number;
  log: FastifyBaseLogger;
}

export class JobService {
  private readonly runner: JobRunner;

  constructor(
    private readonly deps: JobServiceDeps,
    private readonly opts: JobServiceOptions,
  ) {
    this.runner = new JobRunner(deps.db, deps.audit, opts.log, deps.events ?? null);
  }

  recover = (): Promise<string[]> => this.runner.recover();
  get = (id: string): Promise<Job | null> => this.runner.get(id);
  list = (limit: number): Promise<Job[]> => this.runner.list(limit);
  subscribe = (id: string, listener: JobListener) => this.runner.subscribe(id, listener);
  /** Follow a job another replica runs (its published events); null with one process. */
  follow = (id: string, listener: JobEventListener): Promise<() => void> | null => this.deps.events?.subscribe(id, listener) ?? null;
  close = (): Promise<void> => this.runner.close();

  /** Validate, check the source version (409 if it changed) and the cross-site confirmation (400), persist the job and start it. */
  async startCopy(body: CopyIvrJobBody, actor: Actor): Promise<string> {
    await this.deps.ivr.requireScopes('copy-ivr');
    const prep = await this.deps.copy.prepare(body.sourceId, body.hours, body.targets);
    await requireSourceVersion(prep, body.sourceVersion, CHANGED_SINCE_REVIEW, (v, m) => this.deps.ivr.conflictDiff(v, undefined, m));
    requireCrossSiteConfirmation(prep, body.confirmCrossSite);
    return this.launchCopy(prep, actor, { sourceVersion: body.sourceVersion, confirmCrossSite: body.confirmCrossSite ?? false });
  }

  /** Add one holiday to many extensions; unknown extension ids are a 400 naming them, before anything starts. */
  async startAddHoliday(body: AddHolidayJobBody, actor: Actor, retryOf?: string): Promise<string> {
    await this.deps.setup.require('edit-holidays');
    const items = new Map((await this.deps.extensions.items()).map((i) => [i.extensionId!, i]));
    const unknown = body.extensionIds.filter((id) => !items.has(id));
    if (unknown.length > 0) {
      throw badRequest(
        `There is no auto receptionist, call queue, user or shared line group with extension id ${listWords(unknown.map((id) => `"${id}"`))}. Nothing was started.`,
        { extensionIds: unknown },
      );
    }
    const holiday = { name: body.name.trim(), start: body.start, end: body.end };
    const job: AddHolidayJob = {
      ...this.newJob(actor),
      kind: 'add-holiday',
      input: { extensionIds: body.extensionIds, ...holiday, ...(retryOf ? { retryOf } : {}) },
      progress: { done: 0, total: body.extensionIds.length, current: [] },
      results: [],
    };
    const run = { holidays: this.deps.holidays, extensions: this.deps.extensions, holiday, actor, jobId: job.id, log: this.opts.log };
    return this.runner.launch(job, {
      targets: body.extensionIds,
      concurrency: this.opts.concurrency,
      run: (id) => holidayTarget(run, items.get(id)!),
      extraCalls: () => 0,
      noun: { one: 'extension', many: 'extensions', refused: 'refused (nothing written)' },
    });
  }

  /**
   * A new job for exactly the targets of a finished job that did not land:
   * the same menu (while it is still the version that job copied: 409
   * otherwise) or the same holiday. Copies are admins' only.
   */
  async retry(id: string, actor: Actor, role: Role): Promise<string> {
    const old = await this.get(id);
    if (!old) throw notFound('There is no job with that id.');
    if (old.kind === 'add-holiday') {
      const extensionIds = retryTargets(old);
      const { name, start, end } = old.input;
      return this.startAddHoliday({ extensionIds, name, start, end }, actor, old.id);
    }
    if (role !== 'admin') throw new AppError(403, 'forbidden', 'Only administrators copy menus, so only they can retry a menu copy.');
    await this.deps.ivr.requireScopes('copy-ivr');
    const targets = retryTargets(old);
    const prep = await this.deps.copy.prepare(old.input.sourceId, old.input.hours, targets);
    await requireSourceVersion(prep, old.input.sourceVersion!, CHANGED_SINCE_JOB, (v, m) => this.deps.ivr.conflictDiff(v, undefined, m));
    requireCrossSiteConfirmation(prep, old.input.confirmCrossSite);
    return this.launchCopy(prep, actor, { sourceVersion: prep.source.version, confirmCrossSite: old.input.confirmCrossSite ?? false, retryOf: old.id });
  }

  private newJob(actor: Actor) {
    const now = new Date().toISOString();
    return { id: randomUUID(), status: 'queued' as const, createdAt: now, updatedAt: now, createdBy: actor, summary: null };
  }

  private launchCopy(prep: PreparedCopy, actor: Actor, extra: Pick<CopyIvrJob['input'], 'sourceVersion' | 'confirmCrossSite' | 'retryOf'>): Promise<string> {
    const job: CopyIvrJob = {
      ...this.newJob(actor),
      kind: 'copy-ivr',
      input: { sourceId: prep.source.arId, sourceName: prep.source.name, hours: prep.hours, targets: prep.targets.map((t) => t.arId), ...extra },
      progress: { done: 0, total: prep.targets.length, current: [] },
      results: [],
    };
    // Other auto receptionists' menus the safety checks read, each once for the whole job.
    const menus = this.deps.copy.menusFor(prep);
    const byId = new Map(prep.targets.map((t) => [t.arId, t]));
    const ctx = { copy: this.deps.copy, prep, menus, actor, jobId: job.id, log: this.opts.log };
    return this.runner.launch(job, {
      targets: job.input.targets,
      concurrency: this.opts.concurrency,
      run: (arId) => copyTarget(ctx, byId.get(arId)!),
      extraCalls: () => 1 + menus.reads, // the source read in prepare(), and the safety reads
      noun: { one: 'auto receptionist', many: 'auto receptionists' },
    });
  }
}
