// Zendesk Talk menu writes through the one write pipeline: read the menu (one
// GET), check baseVersion, plan Zendesk's write model with routing-core (PUT
// a changed route, POST a new key, DELETE a removed one, PUT the menu for its
// greeting), send each through the client, read the menu back, verify, one
// history entry written ahead. Names come from Zendesk's own lists.
import type { IvrApplyResponse, IvrPlanResponse } from '@switchboard/contract/ivr';
import type { ZendeskMenuWriteBody } from '@switchboard/contract/zendesk';
import { diffNeutralMenus, verifyNeutral, type NeutralNamer } from '@switchboard/routing-core/menu-model/describe';
import type { MenuKey, NeutralMenu } from '@switchboard/routing-core/menu-model/neutral-menu';
import { neutralMenuVersion, sameRoute, withoutNeutralNames } from '@switchboard/routing-core/menu-model/semantic';
import { NotRepresentableError } from '@switchboard/routing-core/menu-model/zoom-adapter';
import { planZendeskMenu } from '@switchboard/routing-core/menu-model/zendesk-plan';
import { AppError, badRequest } from '../../http/app-error';
import { KeyedLock } from '../../write-pipeline/keyed-lock';
import { JournalUnavailableError, runWrite } from '../../write-pipeline/run-write';
import type { Change, PlannedWrite, Settlement, WriteJournal, WriteSteps } from '../../write-pipeline/types';
import { zendeskExecutor } from '../../write-pipeline/zendesk-executor';
import type { AuditService } from '../audit/service';
import { zendeskMenuIssues } from './checks';
import type { ZendeskMenuState, ZendeskReads } from './reads';

export interface Actor {
  id: string;
  email: string | null;
}

const CONFLICT_MESSAGE =
  'This menu was changed in Zendesk Talk after you loaded it, so nothing was written. Reload to see the current menu, then apply your change again.';

/** The history keeps the neutral menus, not Zendesk's raw answers. */
function menusOnly(journal: WriteJournal<NeutralMenu>): WriteJournal<ZendeskMenuState> {
  return {
    begin: (e) => journal.begin({ ...e, before: e.before.menu }),
    op: (id, i, op) => journal.op(id, i, op),
    finish: (id, r) => journal.finish(id, { ...r, before: r.before.menu, after: r.after ? r.after.menu : null }),
  };
}

interface Context {
  ivrName: string;
  menuName: string | null;
  menuIds: string[];
  namer: NeutralNamer;
}

export class ZendeskMenuService {
  private readonly lock = new KeyedLock();
  private readonly versions = new Map<string, NeutralMenu>();

  constructor(private readonly deps: { reads: ZendeskReads; audit: AuditService }) {}

  /** A menu handed out, remembered by version so a 409 can say what changed since. */
  remember(menu: NeutralMenu, version: string): void {
    this.versions.delete(version);
    this.versions.set(version, menu);
    if (this.versions.size > 500) this.versions.delete(this.versions.keys().next().value!);
  }

  async read(ivrId: string, menuId: string): Promise<{ menu: NeutralMenu; version: string }> {
    const res = await this.deps.reads.menu(ivrId, menuId);
    this.remember(res.menu, res.version);
    return res;
  }

  private async context(ivrId: string, menuId: string): Promise<Context> {
    const ivr = await this.deps.reads.ivrRead(ivrId);
    return {
      ivrName: ivr.name,
      menuName: ivr.menus.find((m) => String(m.id) === menuId)?.name ?? null,
      menuIds: ivr.menus.map((m) => String(m.id)),
      namer: await this.deps.reads.namer(ivr),
    };
  }

  private async state(ivrId: string, menuId: string, namer: NeutralNamer): Promise<ZendeskMenuState> {
    const raw = await this.deps.reads.menuRaw(ivrId, menuId);
    return { raw, menu: this.deps.reads.named(raw, namer) };
  }

  private async planFrom(current: ZendeskMenuState, desired: NeutralMenu, ivrId: string, menuId: string, ctx: Context) {
    const issues = zendeskMenuIssues(current.menu, desired, { choices: await this.deps.reads.choices(), menuIds: ctx.menuIds, menuId });
    if (issues.length > 0) throw badRequest(issues.map((i) => i.message).join(' '), { issues });
    try {
      const ops = planZendeskMenu(current.raw, desired, { ivrId, menuId }, ctx.namer);
      return { ops, diff: diffNeutralMenus(current.menu, desired, ctx.namer) as Change[] };
    } catch (err) {
      if (err instanceof NotRepresentableError) throw badRequest(err.message);
      throw err;
    }
  }

  private conflictDiff(baseVersion: string, current: NeutralMenu, namer: NeutralNamer): Change[] {
    const base = this.versions.get(baseVersion);
    return base ? diffNeutralMenus(base, current, namer) : [];
  }

  async plan(ivrId: string, menuId: string, body: ZendeskMenuWriteBody): Promise<IvrPlanResponse> {
    const ctx = await this.context(ivrId, menuId);
    const current = await this.state(ivrId, menuId, ctx.namer);
    const version = neutralMenuVersion(current.menu);
    if (version !== body.baseVersion) {
      throw new AppError(409, 'conflict', CONFLICT_MESSAGE, { diff: this.conflictDiff(body.baseVersion, current.menu, ctx.namer), version });
    }
    const { ops, diff } = await this.planFrom(current, withoutNeutralNames(body.menu), ivrId, menuId, ctx);
    return { ops: ops.map(({ description, field, request }) => ({ description, field, request })), diff, version };
  }

  async apply(ivrId: string, menuId: string, body: ZendeskMenuWriteBody, actor: Actor, opts: { revertOf?: string } = {}): Promise<IvrApplyResponse> {
    const ctx = await this.context(ivrId, menuId);
    // Names a browser sends are never believed: the words come from Zendesk's own lists.
    const desired = withoutNeutralNames(body.menu);
    const steps: WriteSteps<ZendeskMenuState> = {
      provider: 'Zendesk Talk',
      read: () => this.state(ivrId, menuId, ctx.namer),
      version: (s) => neutralMenuVersion(s.menu),
      baseVersion: body.baseVersion,
      conflictDiff: (current) => this.conflictDiff(body.baseVersion, current.menu, ctx.namer),
      plan: (current) => this.planFrom(current, desired, ivrId, menuId, ctx),
      execute: zendeskExecutor(this.deps.reads.zendesk),
      readBack: () => this.state(ivrId, menuId, ctx.namer),
      verify: (readBack) => verifyNeutral(desired, readBack.menu, ctx.namer),
      settle: (op, _index, state) => settleZendesk(op, state.menu, desired),
      journal: menusOnly(
        this.deps.audit.journal<NeutralMenu>({
          kind: 'zendeskMenu',
          action: 'zendesk.menu.apply',
          actor,
          target: { id: menuId, name: ctx.menuName },
          scope: ivrId,
          details: { ivr: { id: ivrId, name: ctx.ivrName } },
          jobId: null,
          revertOf: opts.revertOf ?? null,
        }),
      ),
    };
    const result = await this.lock.run(`${ivrId}|${menuId}`, () => runWrite(steps)).catch((err: unknown) => {
      if (err instanceof JournalUnavailableError) throw new AppError(503, 'internal', err.message);
      throw err;
    });
    if (result.after) this.remember(result.after.menu, neutralMenuVersion(result.after.menu));
    return {
      outcome: result.outcome,
      ops: result.ops,
      mismatches: result.mismatches,
      ...(result.outcome === 'conflict' ? { diff: result.diff } : {}),
      ...(result.version ? { version: result.version } : {}),
      auditId: result.auditId,
      message: result.outcome === 'conflict' ? CONFLICT_MESSAGE : result.message,
    };
  }
}

/**
 * A write whose answer was lost, judged from a fresh read instead of sending
 * it again (a POST sent twice would add the key twice — Zendesk refuses the
 * second, but the outcome would then read as a failure): it landed when the
 * part it writes now reads as desired.
 */
export function settleZendesk(op: Pick<PlannedWrite, 'field'>, now: NeutralMenu, desired: NeutralMenu): Settlement {
  if (op.field === 'greeting') return { landed: (now.greeting.id ?? null) === (desired.greeting.id ?? null) };
  if (!op.field?.startsWith('key:')) return { landed: null };
  const key = op.field.slice('key:'.length) as MenuKey;
  return { landed: sameRoute(now.keys[key], desired.keys[key]) };
}
