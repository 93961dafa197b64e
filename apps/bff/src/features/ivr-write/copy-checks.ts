// What a copy must know beyond the source menu, found out with as few Zoom
// calls as possible:
// - would a target's callers be trapped (routing-core's judgeCopySafety)? It
//   names the other auto receptionists whose menus it needs; they are read as
//   Zoom holds them now, each at most once per copy (ArMenus), and only until
//   a way out is found;
// - what a copy to another site brings from the source's site (routing-core's
//   crossSiteChanges), from the directory's names and sites (cached lists).
import { DIRECTORY_TYPE_FOR_TARGET, type DirectoryItem } from '@switchboard/contract/directory';
import { judgeCopySafety, type CopySafetyVerdict, type OtherAr } from '@switchboard/routing-core/ivr/copy-safety';
import { crossSiteChanges, type CrossSite, type SiteRef } from '@switchboard/routing-core/ivr/cross-site';
import type { TargetNamer } from '@switchboard/routing-core/ivr/describe';
import type { Hours, Menu } from '@switchboard/routing-core/ivr/menu';
import { IVR_KEYS, actionSpec } from '@switchboard/zoom-schema/ivr-actions';
import type { DirectoryService } from '../directory/service';
import type { IvrWriteService } from './service';

/**
 * The menus of auto receptionists read for one copy, each read once: the
 * safety checks' reads of other auto receptionists, and in a preview the
 * targets' own reads too (one target's menu is another's neighbour).
 */
export class ArMenus {
  private readonly menus = new Map<string, Promise<{ menu: Menu; version: string }>>();
  /** Zoom calls made (for the job's count of IVR calls). */
  reads = 0;

  constructor(
    private readonly ivr: IvrWriteService,
    private readonly hours: Hours,
    known: readonly [arId: string, read: { menu: Menu; version: string }][] = [],
  ) {
    for (const [id, read] of known) this.menus.set(id, Promise.resolve(read));
  }

  read(arId: string): Promise<{ menu: Menu; version: string }> {
    let read = this.menus.get(arId);
    if (!read) {
      this.reads += 1;
      read = this.ivr.readMenu(arId, { hours: this.hours });
      read.catch(() => undefined); // a failure is answered to whoever asks, never unhandled
      this.menus.set(arId, read);
    }
    return read;
  }

  /** The menu, or null when it cannot be read: not a reason to refuse, the check counts it as a possible way out. */
  get(arId: string): Promise<Menu | null> {
    return this.read(arId).then(
      (r) => r.menu,
      () => null,
    );
  }
}

export interface SafetySubject {
  arId: string;
  name: string | null;
  extensionId: string | null;
}

/** safe or refused: reads the menus judgeCopySafety asks for until it can say. */
export async function judgeTarget(
  desired: Menu,
  target: SafetySubject,
  ars: readonly DirectoryItem[],
  menus: ArMenus,
): Promise<Exclude<CopySafetyVerdict, { verdict: 'needs' }>> {
  const byExtension = new Map(ars.filter((a) => a.extensionId && a.id !== target.arId).map((a) => [a.extensionId!, a]));
  const others = new Map<string, OtherAr>([...byExtension].map(([ext, a]) => [ext, { name: a.name }]));
  for (;;) {
    const verdict = judgeCopySafety({ target: { name: target.name ?? target.arId, extensionId: target.extensionId }, desired, others });
    if (verdict.verdict !== 'needs') return verdict;
    await Promise.all(
      verdict.extensionIds.map(async (ext) => {
        const ar = byExtension.get(ext)!;
        others.set(ext, { name: ar.name, menu: await menus.get(ar.id) });
      }),
    );
  }
}

/** The directory's name and site for each routing target of the menu (its lists are cached). */
export async function siteLookup(directory: DirectoryService, menu: Menu): Promise<Parameters<typeof crossSiteChanges>[0]['lookup']> {
  const kinds = [menu.noAction.action, ...IVR_KEYS.map((k) => menu.keys[k].action)].map((a) => actionSpec(a)?.targetKind);
  const types = [...new Set(kinds.map((k) => (k ? DIRECTORY_TYPE_FOR_TARGET[k] : undefined)).filter((t) => t !== undefined))];
  const items = (await Promise.all(types.map((type) => directory.list({ type })))).flat();
  const byKey = new Map(items.filter((i) => i.extensionId).map((i) => [`${i.type}:${i.extensionId}`, i]));
  return (target, kind) => {
    const type = DIRECTORY_TYPE_FOR_TARGET[kind];
    const item = type && target.extensionId ? byKey.get(`${type}:${target.extensionId}`) : undefined;
    return item ? { name: item.name, site: item.site ?? null } : undefined;
  };
}

export interface CrossSiteContext {
  sourceMenu: Menu;
  sourceSite: SiteRef | null;
  lookup: Parameters<typeof crossSiteChanges>[0]['lookup'];
  namer: TargetNamer;
}

/** What copying the source to this target brings from the source's site, or null. */
export function crossSiteFor(ctx: CrossSiteContext, target: { name: string | null; arId: string; site: SiteRef | null }): CrossSite | null {
  return crossSiteChanges({
    desired: ctx.sourceMenu,
    // The copy keeps a target's own greeting only when the source has none.
    greetingFromSource: ctx.sourceMenu.prompt.id !== null,
    sourceSite: ctx.sourceSite,
    target: { name: target.name ?? target.arId, site: target.site },
    lookup: ctx.lookup,
    ...(ctx.namer.audio ? { audioName: ctx.namer.audio } : {}),
  });
}
