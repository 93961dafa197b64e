// A provider-neutral key in the keypad's words: what it does (the capability
// table's label for its kind) and where it goes (names, a number, a text, a
// menu). Never an id when a name is known.
import type { ProviderCapabilities } from '@switchboard/routing-core/menu-model/capabilities';
import { kindLabel } from '@switchboard/routing-core/menu-model/capabilities';
import type { Route } from '@switchboard/routing-core/menu-model/neutral-menu';
import { formatPhoneNumber } from '@switchboard/routing-core/format/phone';

export interface Choice {
  id: string;
  name: string;
}

/** Names to show for ids the menu carries without one (a target just chosen). */
export interface ChoiceNames {
  target(type: string, id: string): string | undefined;
  menu(id: string): string | undefined;
}

export function routeWords(cap: ProviderCapabilities, route: Route | undefined, names?: ChoiceNames): { action: string; target?: string } {
  if (!route) return { action: 'Does nothing' };
  const action = cap.kinds[route.kind]?.label ?? kindLabel(route.kind);
  switch (route.kind) {
    case 'forward':
    case 'voicemail': {
      const list = route.targets.map((t) => t.name ?? names?.target(t.type, t.id) ?? 'a target no longer in the account');
      return list.length ? { action, target: list.join(', ') } : { action, ...(route.kind === 'forward' ? { target: 'Nobody chosen yet' } : {}) };
    }
    case 'menu':
      return { action, target: route.menu.name ?? names?.menu(route.menu.id) ?? 'a menu no longer in this IVR' };
    case 'external':
    case 'meetingNumber':
      return { action, target: route.phoneNumber ? formatPhoneNumber(route.phoneNumber) : 'No number yet' };
    case 'textback':
      return { action, target: route.text ? `“${route.text}”` : 'No text yet' };
    default:
      return { action };
  }
}

/** A fresh route of `kind`: what choosing the kind starts from (targets, numbers and texts to fill in). */
export function emptyRoute(kind: Route['kind'], menus: readonly Choice[]): Route {
  switch (kind) {
    case 'forward':
      return { kind, targets: [] };
    case 'voicemail':
      return { kind, targets: [] };
    case 'menu':
      return { kind, menu: { id: menus[0]?.id ?? '' } };
    case 'external':
    case 'meetingNumber':
      return { kind, phoneNumber: '' };
    case 'textback':
      return { kind, text: '' };
    default:
      return { kind } as Route;
  }
}
