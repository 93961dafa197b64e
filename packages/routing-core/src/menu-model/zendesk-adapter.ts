// Zendesk Talk's routes ↔ the provider-neutral menu. A menu's keys are its
// routes (one per keypress; a keypress with no route does nothing); actions
// map to kinds: group → forward, voicemail → voicemail (of groups),
// phone_number → external, textback → textback, menu → menu. Ids are
// Zendesk's integers, strings in the neutral menu.
import type { Route, NeutralMenu, MenuKey } from './neutral-menu';
import { MENU_KEYS } from './neutral-menu';
import type { ZendeskMenuRead, ZendeskRouteAction, ZendeskRouteOptions, ZendeskRouteRead } from './zendesk-payloads';
import { NotRepresentableError } from './zoom-adapter';

/** Names the answers do not carry reliably (option_text joins names with commas). */
export interface ZendeskNamer {
  group?(id: string): string | undefined;
  menu?(id: string): string | undefined;
  greeting?(id: string): string | undefined;
}

const named = (name: string | undefined) => (name !== undefined ? { name } : {});

function groupRefs(ids: readonly number[] | undefined, namer?: ZendeskNamer) {
  return (ids ?? []).map((n) => ({ type: 'group', id: String(n), ...named(namer?.group?.(String(n))) }));
}

export function routeFromZendesk(r: ZendeskRouteRead, namer?: ZendeskNamer): Route {
  const o = r.options ?? {};
  switch (r.action) {
    case 'group':
      return { kind: 'forward', targets: groupRefs(o.group_ids, namer) };
    case 'voicemail':
      return { kind: 'voicemail', targets: groupRefs(o.group_ids, namer) };
    case 'phone_number':
      return { kind: 'external', phoneNumber: o.phone_number ?? '' };
    case 'textback':
      return { kind: 'textback', text: o.sms_text ?? '' };
    case 'menu': {
      const id = String(o.menu_id ?? '');
      return { kind: 'menu', menu: { id, ...named(namer?.menu?.(id)) } };
    }
    default:
      throw new NotRepresentableError(`Zendesk route action "${r.action}" is not one the documents name.`);
  }
}

const isMenuKey = (k: string): k is MenuKey => (MENU_KEYS as readonly string[]).includes(k);

/** A Zendesk menu in provider-neutral words. */
export function zendeskToNeutral(menu: ZendeskMenuRead, namer?: ZendeskNamer): NeutralMenu {
  const keys: NeutralMenu['keys'] = {};
  for (const r of menu.routes) {
    if (!isMenuKey(r.keypress)) throw new NotRepresentableError(`Zendesk keypress "${r.keypress}" is not one the documents name.`);
    keys[r.keypress] = routeFromZendesk(r, namer);
  }
  const greetingId = menu.greeting_id == null ? null : String(menu.greeting_id);
  return { greeting: { id: greetingId, ...named(greetingId ? namer?.greeting?.(greetingId) : undefined) }, noAction: null, keys };
}

const ids = (targets: readonly { id: string }[]) => targets.map((t) => Number(t.id));

/** A neutral route in Zendesk's write shape: its action and exactly the options it takes. */
export function routeToZendesk(route: Route): { action: ZendeskRouteAction; options: ZendeskRouteOptions } {
  switch (route.kind) {
    case 'forward':
      return { action: 'group', options: { group_ids: ids(route.targets) } };
    case 'voicemail':
      return { action: 'voicemail', options: { group_ids: ids(route.targets) } };
    case 'external':
      return { action: 'phone_number', options: { phone_number: route.phoneNumber } };
    case 'textback':
      return { action: 'textback', options: { sms_text: route.text } };
    case 'menu':
      return { action: 'menu', options: { menu_id: Number(route.menu.id) } };
    default:
      throw new NotRepresentableError(`Zendesk Talk menus cannot "${route.kind}".`);
  }
}
