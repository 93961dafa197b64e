// A copy to an auto receptionist on another site brings the source's site
// along: London's main line would send its callers to San Francisco's queues
// and greet them with San Francisco's greeting. Nothing is wrong with the
// menu itself, so this is not refused — it is said, by name, and the person
// copying confirms it. Computed from the menu the target would have (every
// target of a copy gets the same options), so the preview and the job that
// asks for the confirmation agree without reading the targets' menus.
import { IVR_KEYS, actionSpec, type TargetKind } from '@switchboard/zoom-schema/ivr-actions';
import { listWords } from './copy-safety';
import type { Menu, Target } from './menu';

export interface SiteRef {
  id: string;
  name: string;
}

export interface CrossSiteInput {
  /** The menu the target would have. */
  desired: Menu;
  /** True when the target would get the source's greeting (not when the copy keeps its own). */
  greetingFromSource: boolean;
  sourceSite: SiteRef | null;
  target: { name: string; site: SiteRef | null };
  /** A routing target's name and site, from the directory. */
  lookup: (target: Target, kind: TargetKind) => { name: string; site: SiteRef | null } | undefined;
  audioName?: (id: string) => string | undefined;
}

export interface CrossSite {
  sourceSite: SiteRef;
  targetSite: SiteRef;
  /** "key 1 to Sales (San Francisco)", "the greeting “Main greeting (San Francisco)”". */
  items: string[];
  sentence: string;
}

function option(field: string, action: number, target: Target | null, input: CrossSiteInput, site: SiteRef): string | null {
  const spec = actionSpec(action);
  if (!spec?.targetKind || spec.target !== 'extension' || !target?.extensionId) return null;
  const found = input.lookup(target, spec.targetKind);
  if (!found || found.site?.id !== site.id) return null;
  const where = field === 'noAction' ? 'callers who press nothing' : `key ${field.slice(4)}`;
  const what = `${found.name} (${site.name})`;
  return spec.group === 'voicemail' ? `${where} to the voicemail of ${what}` : `${where} to ${what}`;
}

/** What the copy would bring from the source's site to a target on another site; null when nothing (or the same site). */
export function crossSiteChanges(input: CrossSiteInput): CrossSite | null {
  const { sourceSite, target, desired } = input;
  if (!sourceSite || !target.site || target.site.id === sourceSite.id) return null;
  const routes = [
    option('noAction', desired.noAction.action, desired.noAction.target, input, sourceSite),
    ...IVR_KEYS.map((k) => option(`key:${k}`, desired.keys[k].action, desired.keys[k].target, input, sourceSite)),
  ].filter((r): r is string => r !== null);
  // The first route read is a key, then "callers who press nothing".
  if (routes[0]?.startsWith('callers')) routes.push(routes.shift()!);
  const promptId = input.greetingFromSource ? desired.prompt.id : null;
  const greeting = promptId ? `the greeting “${input.audioName?.(promptId) ?? desired.prompt.name ?? `audio file id ${promptId}`}”` : null;
  if (routes.length === 0 && !greeting) return null;
  const route = routes.length ? `route ${listWords(routes)}` : '';
  const play = greeting ? `play ${greeting}` : '';
  const words = route && play ? `${route}${routes.length > 1 ? ',' : ''} and ${play}` : route || play;
  return {
    sourceSite,
    targetSite: target.site,
    items: [...routes, ...(greeting ? [greeting] : [])],
    sentence: `${target.name} would ${words}.`,
  };
}
