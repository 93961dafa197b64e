// Reverting changes from the history (desired.ts says what each revert
// writes) through the same services, and so the same plan → apply → verify →
// audit pipeline, as the change itself; the new entry names the one it reverts.
import type { AuditEntry } from '@switchboard/contract/audit';
import { can, whoMay } from '@switchboard/contract/permissions';
import { REVERT_PERMISSION, REVERTIBLE_OUTCOMES, type JobRevertPlan, type JobRevertResult, type RevertPlan } from '@switchboard/contract/revert';
import type { Role } from '@switchboard/contract/session';
import type { WritePlan, WriteResult } from '@switchboard/contract/write';
import { AppError, notFound } from '../../http/app-error';
import { AuditService } from '../audit/service';
import type { HolidayService } from '../holidays/service';
import type { HoursService } from '../hours/service';
import type { Actor, IvrWriteService } from '../ivr-write/service';
import type { CcBusinessHoursService } from '../contact-center/business-hours';
import type { CcQueueService } from '../contact-center/queues';
import type { ZendeskMenuService } from '../zendesk-ivrs/service';
import { revertWords, revertWrite, type RevertWrite } from './desired';

export interface RevertDeps {
  audit: AuditService;
  ivrWrite: IvrWriteService;
  hours: HoursService;
  holidays: HolidayService;
  zendeskMenus: ZendeskMenuService;
  cc: { businessHours: CcBusinessHoursService; queues: CcQueueService };
}

/** Entries of a job that may have written something to Zoom (the others have nothing to put back). */
const WROTE = new Set(REVERTIBLE_OUTCOMES);

export class RevertService {
  constructor(private readonly deps: RevertDeps) {}

  private async entry(id: string, role: Role): Promise<AuditEntry> {
    const entry = await this.deps.audit.get(id, AuditService.readable(role));
    if (!entry) throw notFound('There is no change history entry with that id.');
    const permission = REVERT_PERMISSION[entry.kind];
    if (permission && !can(role, permission)) throw new AppError(403, 'forbidden', whoMay(permission));
    return entry;
  }

  private async planWrite(w: RevertWrite): Promise<WritePlan> {
    switch (w.kind) {
      case 'ivr': {
        const baseVersion = w.baseVersion ?? (await this.deps.ivrWrite.readMenu(w.arId, w)).version;
        return this.deps.ivrWrite.plan(w.arId, { hours: w.hours, holidayId: w.holidayId, baseVersion, menu: w.menu, ...(w.baseMenu ? { baseMenu: w.baseMenu } : {}) });
      }
      case 'hours':
        return this.deps.hours.plan(w.extensionId, { baseVersion: w.baseVersion, schedule: w.schedule, ...(w.closedRouting ? { closedRouting: w.closedRouting } : {}) });
      case 'holiday':
        return this.deps.holidays.plan(w.extensionId, w.write);
      case 'zendesk': {
        const baseVersion = w.baseVersion ?? (await this.deps.zendeskMenus.read(w.ivrId, w.menuId)).version;
        return this.deps.zendeskMenus.plan(w.ivrId, w.menuId, { baseVersion, menu: w.menu });
      }
      case 'ccBusinessHours':
        return this.deps.cc.businessHours.plan(w.id, w.body);
      case 'ccQueue':
        return this.deps.cc.queues.plan(w.id, w.body);
    }
  }

  private async applyWrite(w: RevertWrite, actor: Actor, revertOf: string): Promise<WriteResult> {
    switch (w.kind) {
      case 'ivr': {
        await this.deps.ivrWrite.requireScopes('edit-ivr');
        const baseVersion = w.baseVersion ?? (await this.deps.ivrWrite.readMenu(w.arId, w)).version;
        const { providerCalls: _calls, ...result } = await this.deps.ivrWrite.write({
          arId: w.arId,
          scope: { hours: w.hours, holidayId: w.holidayId },
          desired: w.menu,
          baseVersion,
          baseMenu: w.baseMenu,
          actor,
          action: 'ivr.apply',
          revertOf,
        });
        return result;
      }
      case 'hours':
        return this.deps.hours.apply(
          w.extensionId,
          { baseVersion: w.baseVersion, schedule: w.schedule, ...(w.closedRouting ? { closedRouting: w.closedRouting } : {}) },
          actor,
          undefined,
          { revertOf },
        );
      case 'holiday':
        return this.deps.holidays.write(w.extensionId, w.write, actor, { revertOf });
      case 'zendesk': {
        const baseVersion = w.baseVersion ?? (await this.deps.zendeskMenus.read(w.ivrId, w.menuId)).version;
        return this.deps.zendeskMenus.apply(w.ivrId, w.menuId, { baseVersion, menu: w.menu }, actor, { revertOf });
      }
      case 'ccBusinessHours':
        return this.deps.cc.businessHours.apply(w.id, w.body, actor, { revertOf });
      case 'ccQueue':
        return this.deps.cc.queues.apply(w.id, w.body, actor, { revertOf });
    }
  }

  /** The review of reverting one entry; nothing is written. 409 when the object changed since. */
  async plan(id: string, role: Role): Promise<RevertPlan> {
    const entry = await this.entry(id, role);
    const plan = await this.planWrite(revertWrite(entry));
    return { ...plan, revertOf: entry.id, words: revertWords(entry) };
  }

  async apply(id: string, actor: Actor, role: Role): Promise<WriteResult> {
    const entry = await this.entry(id, role);
    return this.applyWrite(revertWrite(entry), actor, entry.id);
  }

  /** The job's entries that wrote something, one per target (the latest), oldest first. */
  private async jobEntries(jobId: string, role: Role): Promise<AuditEntry[]> {
    const all = await this.deps.audit.forJob(jobId);
    if (all.length === 0) throw notFound('That job left no changes in the history, so there is nothing to revert.');
    for (const e of all) {
      const permission = REVERT_PERMISSION[e.kind];
      if (permission && !can(role, permission)) throw new AppError(403, 'forbidden', whoMay(permission));
    }
    const latest = new Map<string, AuditEntry>();
    for (const e of all) if (WROTE.has(e.outcome)) latest.set(`${e.target.id}|${e.subject}`, e);
    return [...latest.values()];
  }

  private static item(e: AuditEntry) {
    return { auditId: e.id, target: { id: e.target.id, name: e.target.name }, subject: e.subject };
  }

  async planJob(jobId: string, role: Role): Promise<JobRevertPlan> {
    const items: JobRevertPlan['items'] = [];
    for (const e of await this.jobEntries(jobId, role)) {
      try {
        const plan = await this.planWrite(revertWrite(e));
        items.push({ ...RevertService.item(e), plan: { ...plan, revertOf: e.id, words: revertWords(e) }, refusal: null });
      } catch (err) {
        if (!(err instanceof AppError) || err.statusCode >= 500) throw err;
        items.push({ ...RevertService.item(e), plan: null, refusal: err.message });
      }
    }
    return { items };
  }

  /** Each target in turn; a target that cannot be reverted (changed since, nothing to put back) does not stop the others. */
  async applyJob(jobId: string, actor: Actor, role: Role): Promise<JobRevertResult> {
    const items: JobRevertResult['items'] = [];
    for (const e of await this.jobEntries(jobId, role)) {
      try {
        items.push({ ...RevertService.item(e), result: await this.applyWrite(revertWrite(e), actor, e.id), refusal: null });
      } catch (err) {
        if (!(err instanceof AppError) || err.statusCode >= 500) throw err;
        items.push({ ...RevertService.item(e), result: null, refusal: err.message });
      }
    }
    const landed = items.filter((i) => i.result?.outcome === 'applied').length;
    const nothing = items.filter((i) => i.result?.outcome === 'no_change').length;
    const conflicts = items.filter((i) => i.result?.outcome === 'conflict' || i.refusal).length;
    const outcome = landed + nothing === items.length ? (landed > 0 ? 'applied' : 'no_change') : conflicts === items.length ? 'conflict' : 'partial';
    const message =
      outcome === 'applied' || outcome === 'no_change'
        ? `All ${items.length} targets are back as they were before the job${nothing ? ` (${nothing} already were)` : ''}.`
        : `${landed} of ${items.length} targets were put back and verified; ${items.length - landed - nothing} were not — each says why.`;
    return { outcome, message, items };
  }
}
