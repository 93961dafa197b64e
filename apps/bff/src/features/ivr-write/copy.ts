// Copy one auto receptionist's business- or closed-hours menu to others:
// check the request once (targets exist, the source's targets are real),
// preview each target's plan with routing-core's planCopy — refusing targets
// whose callers the copy would trap and naming what a copy to another site
// brings from the source's site (copy-checks.ts) — and write one target
// through the same pipeline as the editor (its own audit entry and verified
// outcome). Holiday menus are refused by the contract: holiday ids belong to
// one auto receptionist.
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { IvrCopyPlanResponse, IvrCopyTargetPlan } from '@switchboard/contract/ivr-copy';
import type { CrossSite, SiteRef } from '@switchboard/routing-core/ivr/cross-site';
import type { TargetNamer } from '@switchboard/routing-core/ivr/describe';
import type { Hours, Menu } from '@switchboard/routing-core/ivr/menu';
import { planCopy } from '@switchboard/routing-core/ivr/copy';
import { MenuNotWritableError } from '@switchboard/routing-core/ivr/plan';
import { AppError, badRequest } from '../../http/app-error';
import { ZoomApiError } from '../../zoom/zoom-error';
import { mapPool } from '../../write-pipeline/pool';
import type { DirectoryService } from '../directory/service';
import type { Actor, IvrWriteService, MenuWriteResult } from './service';
import { ArMenus, crossSiteFor, judgeTarget, siteLookup } from './copy-checks';
import { ALL_FIELDS, checkTargets } from './targets';

export interface CopyTarget {
  arId: string;
  name: string | null;
  extensionId: string | null;
  site: SiteRef | null;
  /** What the copy brings from the source's site (null: same site, or nothing of it). */
  crossSite: CrossSite | null;
}

export interface PreparedCopy {
  source: { arId: string; name: string | null; menu: Menu; version: string; site: SiteRef | null };
  hours: Hours;
  targets: CopyTarget[];
  namer: TargetNamer;
  /** Every auto receptionist of the account (the directory's list), for the safety check. */
  ars: DirectoryItem[];
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
    const sourceSite = source.site ?? null;
    const sites = { sourceMenu: read.menu, sourceSite, lookup: await siteLookup(this.directory, read.menu), namer };
    return {
      source: { arId: sourceId, name: source.name, menu: read.menu, version: read.version, site: sourceSite },
      hours,
      namer,
      ars,
      targets: targetIds.map((id) => {
        const ar = byId.get(id)!;
        const t = { arId: id, name: ar.name, extensionId: ar.extensionId, site: ar.site ?? null };
        return { ...t, crossSite: crossSiteFor(sites, t) };
      }),
    };
  }

  /** Menus of other auto receptionists for one copy's safety checks; the source's is known already. */
  menusFor(prep: PreparedCopy): ArMenus {
    return new ArMenus(this.ivr, prep.hours, [[prep.source.arId, { menu: prep.source.menu, version: prep.source.version }]]);
  }

  /** Would the copy trap this target's callers? The sentence when it would. */
  async refusal(prep: PreparedCopy, target: CopyTarget, menus: ArMenus): Promise<string | null> {
    const verdict = await judgeTarget(prep.source.menu, target, prep.ars, menus);
    return verdict.verdict === 'refused' ? verdict.sentence : null;
  }

  /** Each target's plan, nothing written: one GET per target and per other menu the safety checks need, each once. */
  async plan(sourceId: string, hours: Hours, targetIds: readonly string[]): Promise<IvrCopyPlanResponse> {
    const prep = await this.prepare(sourceId, hours, targetIds);
    const menus = this.menusFor(prep);
    const targets = await mapPool(prep.targets, PREVIEW_CONCURRENCY, async (t): Promise<IvrCopyTargetPlan> => {
      const { arId, name, crossSite } = t;
      try {
        const [current, refusal] = await Promise.all([menus.read(arId), this.refusal(prep, t, menus)]);
        const plan = planCopy(prep.source.menu, current.menu, { hours }, arId, { namer: prep.namer });
        const ops = plan.ops.map(({ description, field, request }) => ({ description, field, request }));
        return { arId, name, version: current.version, ops, diff: plan.diff, warnings: plan.warnings, error: null, refusal, crossSite };
      } catch (err) {
        return { arId, name, version: null, ops: [], diff: [], warnings: [], error: errorSentence(err), refusal: null, crossSite };
      }
    });
    const { arId, name, version, site } = prep.source;
    return { source: { arId, name, version, site }, hours, targets };
  }

  /** Write the source menu to one target through the pipeline (one audit entry, verified outcome). */
  copyTo(prep: PreparedCopy, target: CopyTarget, actor: Actor, jobId: string): Promise<MenuWriteResult> {
    const scope = { hours: prep.hours };
    return this.ivr.write({
      arId: target.arId,
      scope,
      desired: (current) => planCopy(prep.source.menu, current, scope, target.arId).desired,
      actor,
      action: 'ivr.copy',
      jobId,
      arName: target.name,
    });
  }
}
