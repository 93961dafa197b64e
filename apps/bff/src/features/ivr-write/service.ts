// IVR menu writes: the steps the write pipeline (write-pipeline/run-write.ts)
// needs for one auto receptionist's business, closed or holiday menu — read
// with one GET, plan with routing-core, targets checked against the directory,
// PATCHes through the rate-limited client, one GET to read back, verify with
// routing-core, one audit entry.
import type { ChangedBy, IvrApplyResponse, IvrPlanResponse, IvrWriteBody } from '@switchboard/contract/ivr';
import type { TargetNamer } from '@switchboard/routing-core/ivr/describe';
import { diffMenus } from '@switchboard/routing-core/ivr/diff';
import { withoutNames, type Hours, type Menu } from '@switchboard/routing-core/ivr/menu';
import { MenuNotWritableError, planIvr, type PlannedIvrOp } from '@switchboard/routing-core/ivr/plan';
import { verifyIvr } from '@switchboard/routing-core/ivr/verify';
import { menuVersion } from '@switchboard/routing-core/ivr/version';
import { AppError, badRequest } from '../../http/app-error';
import type { ZoomClient } from '../../zoom/client';
import { KeyedLock } from '../../write-pipeline/keyed-lock';
import type { WriteLock } from '../../write-pipeline/keyed-lock';
import { JournalUnavailableError, runWrite } from '../../write-pipeline/run-write';
import type { Change, WriteProgress, WriteSteps } from '../../write-pipeline/types';
import { zoomExecutor } from '../../write-pipeline/zoom-executor';
import { withZoomPriority } from '../../zoom/priority';
import type { AuditService } from '../audit/service';
import type { AutoReceptionistService } from '../auto-receptionists/service';
import type { DirectoryService } from '../directory/service';
import type { SetupService } from '../setup/service';
import type { FeatureId } from '../setup/feature-scopes';
import { ALL_FIELDS, checkTargets } from './targets';
import { VersionMemory } from './version-memory';

export interface Actor {
  id: string;
  email: string | null;
}

export interface IvrScopeInput {
  hours: Hours;
  holidayId?: string | undefined;
}

export interface MenuWrite {
  arId: string;
  scope: IvrScopeInput;
  /** The desired menu, given, or derived from Zoom's current one (copies keep an unremovable prompt). */
  desired: Menu | ((current: Menu) => Menu);
  baseVersion?: string | undefined;
  baseMenu?: Menu | undefined;
  actor: Actor;
  action: 'ivr.apply' | 'ivr.copy';
  jobId?: string | null;
  /** Known already (jobs look names up once). */
  arName?: string | null;
  /** The history entry this write reverts. */
  revertOf?: string | null;
  /** Live progress of the run (write-pipeline's WriteProgress). */
  onProgress?: ((event: WriteProgress) => void) | undefined;
}

export type MenuWriteResult = IvrApplyResponse & { providerCalls: number };

export interface IvrWriteDeps {
  zoom: ZoomClient;
  directory: DirectoryService;
  autoReceptionists: AutoReceptionistService;
  audit: AuditService;
  /** Refuses a write the Zoom app has no scope for, before anything is sent. */
  setup: Pick<SetupService, 'require'>;
  /** Shared by the replicas when REDIS_URL is set; this process's own otherwise. */
  lock?: WriteLock;
  versions?: VersionMemory;
}

/** What the browser sent, less the names it may carry: names come from Zoom (the directory), never from the browser. */
function believable(body: IvrWriteBody): IvrWriteBody {
  return { ...body, menu: withoutNames(body.menu), ...(body.baseMenu ? { baseMenu: withoutNames(body.baseMenu) } : {}) };
}

const CONFLICT_MESSAGE =
  'This menu was changed in Zoom after you loaded it, so nothing was written. Reload to see the current menu, then apply your change again.';

export class IvrWriteService {
  readonly versions: VersionMemory;
  /** One write at a time per menu (across replicas with Redis): a second apply on the same menu sees the first one's result. */
  private readonly lock: WriteLock;

  constructor(private readonly deps: IvrWriteDeps) {
    this.versions = deps.versions ?? new VersionMemory();
    this.lock = deps.lock ?? new KeyedLock();
  }

  /** One GET of the menu (the auto receptionists service's read, with its 404 sentences). */
  async readMenu(arId: string, scope: IvrScopeInput): Promise<{ menu: Menu; version: string }> {
    const res = await this.deps.autoReceptionists.ivr(arId, {
      hours: scope.hours,
      ...(scope.holidayId ? { holidayId: scope.holidayId } : {}),
    });
    this.versions.remember(res.menu, res.version);
    return res;
  }

  /** Name and extension id of an auto receptionist from the (cached) directory; nulls if unknown. */
  async arInfo(arId: string): Promise<{ name: string | null; extensionId: string | null; exists: boolean }> {
    const items = await this.deps.directory.list({ type: 'autoReceptionist' });
    const ar = items.find((i) => i.id === arId);
    return { name: ar?.name ?? null, extensionId: ar?.extensionId ?? null, exists: !!ar };
  }

  /** Plan current → desired; 400 with sentences for unknown targets or unwritable parts. */
  async planMenu(arId: string, scope: IvrScopeInput, current: Menu, desired: Menu): Promise<{ ops: PlannedIvrOp[]; diff: Change[]; namer: TargetNamer }> {
    const fields = diffMenus(current, desired).map((c) => c.field);
    const { namer, issues } = await checkTargets(this.deps.directory, desired, fields);
    if (issues.length > 0) throw badRequest(issues.map((i) => i.message).join(' '), { issues });
    try {
      const ops = planIvr(current, desired, { arId, hours: scope.hours, ...(scope.holidayId ? { holidayId: scope.holidayId } : {}) }, namer);
      return { ops, diff: diffMenus(current, desired, namer), namer };
    } catch (err) {
      if (err instanceof MenuNotWritableError) throw badRequest(err.message, { issues: err.issues });
      throw err;
    }
  }

  /** What changed in Zoom since `baseVersion`, when the base menu is known, named from the directory; otherwise nothing to show. */
  async conflictDiff(baseVersion: string, baseMenu: Menu | undefined, current: Menu): Promise<Change[]> {
    const base = baseMenu && menuVersion(baseMenu) === baseVersion ? baseMenu : await this.versions.get(baseVersion);
    if (!base) return [];
    const { namer } = await checkTargets(this.deps.directory, base, ALL_FIELDS).catch(() => ({ namer: undefined }));
    return diffMenus(base, current, namer);
  }

  /** Who left the menu as Zoom has it now, when the history knows (contract's changedBySchema); absent when it cannot tell. */
  private async changedBy(arId: string, scope: IvrScopeInput, current: Menu): Promise<{ changedBy?: ChangedBy }> {
    const version = menuVersion(current);
    const key = scope.holidayId ? `holiday:${scope.holidayId}` : scope.hours;
    const found = await this.deps.audit
      .lastChangeLeaving(arId, key, (menu) => menuVersion(menu) === version)
      .catch(() => undefined); // the history unreadable: say nothing rather than guess
    return found === undefined ? {} : { changedBy: found };
  }

  /** The review of a change: a person waits for it, so its Zoom calls go ahead of the reads (priority.ts). */
  plan(arId: string, input: IvrWriteBody): Promise<IvrPlanResponse> {
    return withZoomPriority('write', () => this.planNow(arId, input));
  }

  private async planNow(arId: string, input: IvrWriteBody): Promise<IvrPlanResponse> {
    const body = believable(input);
    const scope = { hours: body.hours, holidayId: body.holidayId };
    // The review also loads the auto receptionist's name (directory, cached
    // 30 s) that the apply's audit entry records, so the apply that follows
    // costs Zoom exactly its GET, PATCHes and read-back GET.
    const [current] = await Promise.all([this.readMenu(arId, scope), this.arInfo(arId).catch(() => null)]);
    if (current.version !== body.baseVersion) {
      throw new AppError(409, 'conflict', CONFLICT_MESSAGE, {
        diff: await this.conflictDiff(body.baseVersion, body.baseMenu, current.menu),
        version: current.version,
        ...(await this.changedBy(arId, scope, current.menu)),
      });
    }
    const { ops, diff } = await this.planMenu(arId, scope, current.menu, body.menu);
    return { ops: ops.map(({ description, field, request }) => ({ description, field, request })), diff, version: current.version };
  }

  /** 403 naming the missing scope when the Zoom app may not make this kind of write. */
  requireScopes(feature: Extract<FeatureId, 'edit-ivr' | 'copy-ivr'>): Promise<void> {
    return this.deps.setup.require(feature);
  }

  async apply(arId: string, input: IvrWriteBody, actor: Actor, onProgress?: (event: WriteProgress) => void): Promise<MenuWriteResult> {
    await this.requireScopes('edit-ivr');
    const body = believable(input);
    return this.write({
      onProgress,
      arId,
      scope: { hours: body.hours, holidayId: body.holidayId },
      desired: body.menu,
      baseVersion: body.baseVersion,
      baseMenu: body.baseMenu,
      actor,
      action: 'ivr.apply',
    });
  }

  /** Run one menu write through the pipeline; every run that read the menu leaves one audit entry. */
  async write(w: MenuWrite): Promise<MenuWriteResult> {
    const arName =
      w.arName !== undefined ? w.arName : ((await withZoomPriority(w.jobId ? 'bulk' : 'write', () => this.arInfo(w.arId)).catch(() => null))?.name ?? null);
    let desired: Menu | null = typeof w.desired === 'function' ? null : w.desired;
    let namer: TargetNamer | undefined;
    const menuKey = `${w.arId}|${w.scope.holidayId ? `holiday:${w.scope.holidayId}` : w.scope.hours}`;
    const steps: WriteSteps<Menu> = {
      read: async () => (await this.readMenu(w.arId, w.scope)).menu,
      version: menuVersion,
      baseVersion: w.baseVersion,
      conflictDiff: (current) => this.conflictDiff(w.baseVersion ?? '', w.baseMenu, current),
      plan: async (current) => {
        desired = typeof w.desired === 'function' ? w.desired(current) : w.desired;
        const planned = await this.planMenu(w.arId, w.scope, current, desired);
        namer = planned.namer;
        return planned;
      },
      execute: zoomExecutor(this.deps.zoom, 'light'),
      readBack: async () => (await this.readMenu(w.arId, w.scope)).menu,
      verify: (readBack) => verifyIvr(desired!, readBack, namer),
      journal: this.deps.audit.ivrJournal({
        action: w.action,
        actor: w.actor,
        target: { id: w.arId, name: arName },
        scope: { hours: w.scope.hours, holidayId: w.scope.holidayId ?? null },
        jobId: w.jobId ?? null,
        revertOf: w.revertOf ?? null,
      }),
      ...(w.onProgress ? { onProgress: w.onProgress } : {}),
    };
    // A person's write waits in the limiter's write queue, ahead of any crowd of reads; a job's, behind them.
    const priority = w.jobId ? 'bulk' : 'write';
    const result = await this.lock.run(menuKey, () => withZoomPriority(priority, () => runWrite(steps))).catch((err: unknown) => {
      if (err instanceof JournalUnavailableError) throw new AppError(503, 'internal', err.message);
      throw err;
    });
    return {
      outcome: result.outcome,
      ops: result.ops,
      mismatches: result.mismatches,
      ...(result.outcome === 'conflict' ? { diff: result.diff, ...(await this.changedBy(w.arId, w.scope, result.before)) } : {}),
      ...(result.version ? { version: result.version } : {}),
      auditId: result.auditId,
      message: result.outcome === 'conflict' ? CONFLICT_MESSAGE : result.message,
      providerCalls: result.providerCalls,
    };
  }
}
