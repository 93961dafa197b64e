// Answers as the documents show them: an IVR with its menus, a menu with its
// routes, a route with the read-only greeting and option_text. option_text
// describes the options (decision 013): the group names, the phone number,
// the text sent, the menu's name.
import type { IvrRecord, MenuRecord, RouteRecord } from '../state/records';
import type { TalkStore } from '../state/store';

export function routeJson(store: TalkStore, ivr: IvrRecord, route: RouteRecord) {
  return {
    id: route.id,
    keypress: route.keypress,
    action: route.action,
    options: structuredClone(route.options),
    ...(route.overflowOptions !== undefined ? { overflow_options: structuredClone(route.overflowOptions) } : {}),
    greeting: null,
    option_text: optionText(store, ivr, route),
  };
}

export function menuJson(store: TalkStore, ivr: IvrRecord, menu: MenuRecord) {
  return {
    id: menu.id,
    name: menu.name,
    default: menu.isDefault,
    greeting_id: menu.greetingId,
    routes: menu.routes.map((r) => routeJson(store, ivr, r)),
  };
}

export function ivrJson(store: TalkStore, ivr: IvrRecord) {
  return {
    id: ivr.id,
    name: ivr.name,
    menus: ivr.menus.map((m) => menuJson(store, ivr, m)),
    phone_number_ids: [...ivr.phoneNumberIds],
    phone_number_names: ivr.phoneNumberIds.map((id) => store.phoneNumber(id)?.name ?? ''),
  };
}

function optionText(store: TalkStore, ivr: IvrRecord, route: RouteRecord): string {
  const o = route.options;
  switch (route.action) {
    case 'group':
    case 'voicemail':
      return ((o.group_ids as number[] | undefined) ?? []).map((id) => store.group(id)?.name ?? String(id)).join(', ');
    case 'phone_number':
      return String(o.phone_number ?? '');
    case 'textback':
      return String(o.sms_text ?? '');
    case 'menu':
      return ivr.menus.find((m) => m.id === o.menu_id)?.name ?? '';
    default:
      return '';
  }
}
