// Whether a provider-neutral menu may be written to a provider, by its
// capability table alone: keys it offers, kinds each key takes, target types
// and counts, greetings, E.164 numbers, texts. One sentence per problem.
import { E164 } from '../ivr/menu';
import { kindsForKey, type KindCapability, type ProviderCapabilities } from './capabilities';
import { lowerFirst } from '../ivr/describe';
import { describeRoute, keyWords } from './describe';
import { MENU_KEYS, type NeutralMenu, type Route } from './neutral-menu';

export interface MenuIssue {
  path: (string | number)[];
  message: string;
}

function routeIssues(where: string, route: Route, cap: KindCapability | undefined, providerName: string): MenuIssue[] {
  if (!cap) return [{ path: ['kind'], message: `${where}: ${providerName} cannot “${lowerFirst(describeRoute(route))}” here.` }];
  const out: MenuIssue[] = [];
  if (route.kind === 'forward' || route.kind === 'voicemail') {
    const n = route.targets.length;
    if (n < cap.minTargets) out.push({ path: ['targets'], message: `${where}: choose where “${cap.label}” should go.` });
    if (n > cap.maxTargets) out.push({ path: ['targets'], message: `${where}: “${cap.label}” takes at most ${cap.maxTargets} target${cap.maxTargets === 1 ? '' : 's'}.` });
    route.targets.forEach((t, i) => {
      if (!cap.targetTypes.includes(t.type)) out.push({ path: ['targets', i, 'type'], message: `${where}: “${cap.label}” cannot go to a ${t.type}.` });
    });
    if (new Set(route.targets.map((t) => t.id)).size < n) out.push({ path: ['targets'], message: `${where}: the same target is chosen twice.` });
    if (route.kind === 'voicemail') {
      const needs = cap.greeting === 'required' || (cap.greeting === 'withTarget' && n > 0);
      if (needs && !route.greetingId) out.push({ path: ['greetingId'], message: `${where}: choose the voicemail greeting to play.` });
      if (cap.greeting === 'none' && route.greetingId) out.push({ path: ['greetingId'], message: `${where}: ${providerName} voicemail takes no greeting here.` });
    }
  }
  if ((route.kind === 'external' || route.kind === 'meetingNumber') && !E164.test(route.phoneNumber)) {
    out.push({
      path: ['phoneNumber'],
      message: route.phoneNumber
        ? `${where}: "${route.phoneNumber}" is not a phone number in international format, e.g. +14155550123.`
        : `${where}: enter the phone number to forward to.`,
    });
  }
  if (route.kind === 'textback' && route.text.trim() === '') out.push({ path: ['text'], message: `${where}: write the text to send.` });
  return out;
}

/** Problems that keep `menu` from being written to the provider of `cap`; empty when it may be. */
export function neutralMenuIssues(cap: ProviderCapabilities, menu: NeutralMenu): MenuIssue[] {
  const out: MenuIssue[] = [];
  for (const key of MENU_KEYS) {
    const route = menu.keys[key];
    if (!route) continue;
    const where = keyWords(key);
    if (!cap.keys.includes(key)) {
      out.push({ path: ['keys', key], message: `${where}: ${cap.name} menus have no such key.` });
      continue;
    }
    const allowed = kindsForKey(cap, key).includes(route.kind) ? cap.kinds[route.kind] : undefined;
    for (const i of routeIssues(where, route, allowed, cap.name)) out.push({ ...i, path: ['keys', key, ...i.path] });
  }
  if (menu.noAction && !cap.noAction) out.push({ path: ['noAction'], message: `${cap.name} menus have no setting for when the caller presses nothing.` });
  if (menu.noAction && cap.noAction) {
    for (const i of routeIssues('When the caller presses nothing', menu.noAction.route, cap.noAction.kinds[menu.noAction.route.kind], cap.name)) {
      out.push({ ...i, path: ['noAction', 'route', ...i.path] });
    }
  }
  if (!menu.greeting.id && !cap.greetingRemovable) out.push({ path: ['greeting', 'id'], message: `${cap.name} menus always play a greeting; choose one.` });
  return out;
}
