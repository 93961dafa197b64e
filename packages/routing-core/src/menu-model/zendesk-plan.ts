// current Zendesk menu → desired neutral menu → Zendesk's write model: the
// greeting by a PUT of the menu, a changed key by a PUT of its route, a new
// key by a POST, a removed key by a DELETE. Equal menus (by meaning) plan
// nothing. Order: greeting, then keys in reading order (1–9, 0, *, #, default).
import { describeRoute, greetingWords, keyWords, type NeutralField, type NeutralNamer } from './describe';
import { lowerFirst } from '../ivr/describe';
import { MENU_KEYS, type NeutralMenu } from './neutral-menu';
import { sameRoute } from './semantic';
import { routeToZendesk, zendeskToNeutral } from './zendesk-adapter';
import type { ZendeskMenuRead, ZendeskMenuWrite, ZendeskRouteWrite } from './zendesk-payloads';

export interface ZendeskMenuLocation {
  ivrId: string;
  menuId: string;
}

export interface PlannedZendeskOp {
  description: string;
  field: NeutralField;
  request: { method: 'PUT' | 'POST' | 'DELETE'; path: string; body: ZendeskRouteWrite | ZendeskMenuWrite | undefined };
}

export const zendeskMenuPath = (at: ZendeskMenuLocation): string =>
  `/api/v2/channels/voice/ivr/${encodeURIComponent(at.ivrId)}/menus/${encodeURIComponent(at.menuId)}`;

export function planZendeskMenu(current: ZendeskMenuRead, desired: NeutralMenu, at: ZendeskMenuLocation, namer?: NeutralNamer): PlannedZendeskOp[] {
  const now = zendeskToNeutral(current);
  const ops: PlannedZendeskOp[] = [];
  const menuPath = zendeskMenuPath(at);
  if ((now.greeting.id || null) !== (desired.greeting.id || null) && desired.greeting.id) {
    ops.push({
      description: `Play “${greetingWords(desired, namer)}” as the menu's greeting`,
      field: 'greeting',
      request: { method: 'PUT', path: menuPath, body: { ivr_menu: { greeting_id: Number(desired.greeting.id) } } },
    });
  }
  const routeId = new Map(current.routes.map((r) => [r.keypress, r.id]));
  for (const key of MENU_KEYS) {
    const before = now.keys[key];
    const after = desired.keys[key];
    if (sameRoute(before, after)) continue;
    const id = routeId.get(key);
    const field = `key:${key}` as const;
    if (!after) {
      ops.push({ description: `${keyWords(key)}: remove its route (“${describeRoute(before, namer)}”), so it does nothing`, field, request: { method: 'DELETE', path: `${menuPath}/routes/${id}`, body: undefined } });
    } else if (before && id !== undefined) {
      ops.push({ description: `${keyWords(key)}: ${lowerFirst(describeRoute(after, namer))} instead of ${lowerFirst(describeRoute(before, namer))}`, field, request: { method: 'PUT', path: `${menuPath}/routes/${id}`, body: { ivr_route: routeToZendesk(after) } } });
    } else {
      ops.push({ description: `${keyWords(key)}: add a route — ${lowerFirst(describeRoute(after, namer))}`, field, request: { method: 'POST', path: `${menuPath}/routes`, body: { ivr_route: { keypress: key, ...routeToZendesk(after) } } } });
    }
  }
  return ops;
}
