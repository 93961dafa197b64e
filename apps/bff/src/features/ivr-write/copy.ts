// Copy one auto receptionist's business- or closed-hours menu to others:
// check the request once (targets exist, the source's targets are real),
// preview each target's plan with routing-core's planCopy, and write one
// target through the same pipeline as the editor (its own audit entry and
// verified outcome). Holiday menus are refused by the contract: holiday ids
// belong to one auto receptionist.
import type { IvrCopyPlanResponse, IvrCopyTargetPlan } from '@switchboard/contract/ivr-copy';
import type { TargetNamer } from '@switchboard/routing-core/ivr/describe';
import type { Hours, Menu } from '@switchboard/routing-core/ivr/menu';
import { planCopy } from '@switchboard/routing-core/ivr/copy';
import { MenuNotWritableError } from '@switchboard/routing-core/ivr/plan';
import { AppError, badRequest } from '../../http/app-error';
import { ZoomApiError } from '../../zoom/zoom-error';
import { mapPool } from '../../write-pipeline/pool';
import type { DirectoryService } from '../directory/service';
import type { Actor, IvrWriteService, MenuWriteResult } from './service';
import { ALL_FIELDS, checkTargets } from './targets';

export interface CopyTarget {
  arId: string;
  name: string | null;
  extensionId: string | null;
}

export interface PreparedCopy {
  source: { arId: string; name: string | null; menu: Menu; version: string };
  hours: Hours;
  targets: CopyTarget[];
  namer: TargetNamer;
}

/** Reads of target menus for previews run this many at a time (the limiter paces them). */
const PREVIEW_CONCURRENCY = 4;

export const errorSentence = (err: unknown): string =>
  err instanceof AppError || err instanceof ZoomApiError || err instanceof MenuNotWritableError
    ? err.message
    : 'Something went wrong on our side with this auto receptionist.';

export class IvrCopyService {
  constructor(
    private readonly ivr: IvrWriteService,
    private readonly directory: DirectoryService,
  ) {}

  /** Validate a copy request and read the source menu (one GET). */
  async prepare(sourceId: string, hours: Hours, targetIds: readonly string[]): Promise<PreparedCopy> {
    const ars = await this.directory.list({ type: 'autoReceptionist' });
    const byId = new Map(ars.map((a) => [a.id, a]));
    const source = byId.get(sourceId);
    if (!source) throw new AppError(404, 'not_found', `There is no auto receptionist with id "${sourceId}". It may have been deleted.`);
    if (targetIds.includes(sourceId)) {
      throw badRequest(`"${source.name}" is the menu being copied; remove it from the auto receptionists to copy to.`);
    }
    const unknown = targetIds.filter((id) => !byId.has(id));
    if (unknown.length > 0) {
      throw badRequest(
        `There is no auto receptionist with id ${unknown.map((id) => `"${id}"`).join(', ')}. Choose the targets from the list.`,
      );
    }
    const read = await this.ivr.readMenu(sourceId, { hours });
    const { namer, issues } = await checkTargets(this.directory, read.menu, ALL_FIELDS);
    if (issues.length > 0) {
      throw badRequest(`The ${hours}-hours menu of "${source.name}" cannot be copied: ${issues.map((i) => i.message).join(' ')}`, { issues });
    }
    return {
      source: { arId: sourceId, name: source.name, menu: read.menu, version: read.version },
      hours,
      namer,
      targets: targetIds.map((id) => ({ arId: id, name: byId.get(id)!.name, extensionId: byId.get(id)!.extensionId })),
    };
  }

  /** Each target's plan, nothing written: one GET per target. */
  async plan(sourceId: string, hours: Hours, targetIds: readonly string[]): Promise<IvrCopyPlanResponse> {
    const prep = await this.prepare(sourceId, hours, targetIds);
    const targets = await mapPool(prep.targets, PREVIEW_CONCURRENCY, async (t): Promise<IvrCopyTargetPlan> => {
      try {
        const current = await this.ivr.readMenu(t.arId, { hours });
        const plan = planCopy(prep.source.menu, current.menu, { hours }, t.arId, {
          ...(t.extensionId ? { targetExtensionId: t.extensionId } : {}),
          namer: prep.namer,
        });
        return {
          arId: t.arId,
          name: t.name,
          version: current.version,
          ops: plan.ops.map(({ description, field, request }) => ({ description, field, request })),
          diff: plan.diff,
          warnings: plan.warnings,
          error: null,
        };
      } catch (err) {
        return { arId: t.arId, name: t.name, version: null, ops: [], diff: [], warnings: [], error: errorSentence(err) };
      }
    });
    return { source: { arId: prep.source.arId, name: prep.source.name, version: prep.source.version }, hours, targets };
  }

  /** Write the source menu to one target through the pipeline (one audit entry, verified outcome). */
  copyTo(prep: PreparedCopy, target: CopyTarget, actor: Actor, jobId: string): Promise<MenuWriteResult> {
    const scope = { hours: prep.hours };
    return this.ivr.write({
      arId: target.arId,
      scope,
      desired: (current) =>
        planCopy(prep.source.menu, current, scope, target.arId, {
          ...(target.extensionId ? { targetExtensionId: target.extensionId } : {}),
        }).desired,
      actor,
      action: 'ivr.copy',
      jobId,
      arName: target.name,
    });
  }
}
