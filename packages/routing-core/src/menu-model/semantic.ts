// The meaning of a provider-neutral menu, without what is only for display
// (names, extension numbers, the greeting's name). plan, diff, verify and
// version compare here, so "changed", "landed" and "same version" agree.
import { fnv1a64 } from '../ivr/version';
import { stableStringify } from '../ivr/semantic';
import { MENU_KEYS, type NeutralMenu, type Route } from './neutral-menu';

export function canonicalRoute(route: Route | undefined): unknown {
  if (!route) return null;
  switch (route.kind) {
    case 'forward':
      return { kind: route.kind, targets: route.targets.map((t) => `${t.type}:${t.id}`) };
    case 'voicemail':
      return { kind: route.kind, targets: route.targets.map((t) => `${t.type}:${t.id}`), ...(route.greetingId ? { greetingId: route.greetingId } : {}) };
    case 'menu':
      return { kind: route.kind, menu: route.menu.id };
    default:
      return route;
  }
}

export const sameRoute = (a: Route | undefined, b: Route | undefined): boolean =>
  stableStringify(canonicalRoute(a)) === stableStringify(canonicalRoute(b));

export function canonicalNeutralMenu(menu: NeutralMenu): unknown {
  return {
    greeting: menu.greeting.id || null,
    noAction: menu.noAction ? { repeat: menu.noAction.repeat, route: canonicalRoute(menu.noAction.route) } : null,
    keys: Object.fromEntries(MENU_KEYS.map((k) => [k, canonicalRoute(menu.keys[k])])),
  };
}

export const sameNeutralMenu = (a: NeutralMenu, b: NeutralMenu): boolean =>
  stableStringify(canonicalNeutralMenu(a)) === stableStringify(canonicalNeutralMenu(b));

export function neutralMenuVersion(menu: NeutralMenu): string {
  return fnv1a64(stableStringify(canonicalNeutralMenu(menu)));
}

/** The menu less its display names: what a browser sends is never believed for words (the BFF names from its own reads). */
export function withoutNeutralNames(menu: NeutralMenu): NeutralMenu {
  const route = (r: Route): Route => {
    if (r.kind === 'forward' || r.kind === 'voicemail') return { ...r, targets: r.targets.map(({ type, id }) => ({ type, id })) };
    if (r.kind === 'menu') return { kind: 'menu', menu: { id: r.menu.id } };
    return r;
  };
  const keys: NeutralMenu['keys'] = {};
  for (const k of MENU_KEYS) {
    const r = menu.keys[k];
    if (r) keys[k] = route(r);
  }
  return { greeting: { id: menu.greeting.id }, noAction: menu.noAction ? { repeat: menu.noAction.repeat, route: route(menu.noAction.route) } : null, keys };
}
