// Every place in a snapshot that sends calls somewhere, as one list the
// problems checks walk: the keys and "no key pressed" of every menu that can
// play, and every call-handling routing that can apply (business, closed,
// holiday, a queue's overflow). A menu that can play: the business-hours menu
// when business hours play it, the closed-hours menu when the auto
// receptionist can close and its closed hours play it, a holiday's menu when
// the holiday plays it. Routings of hours that never close are not listed.
import { IVR_KEYS } from '@switchboard/zoom-schema/ivr-actions';
import type { Menu } from '../ivr/menu';
import type { CallRouting } from '../schedule/call-routing';
import { hopFromKeyAction, hopFromNoAction, hopFromRouting, type Hop } from './hops';
import type { AnyExtension, SnapshotIndex } from './snapshot-index';
import { allExtensions } from './snapshot-index';
import type { AutoReceptionist, PhoneHours } from './snapshot-phone';
import type { HrefHint, ProblemObject, ProblemObjectType } from './problem-types';
import { routingOrDefault } from './trace-context';
import { alwaysOpen } from './trace-time';

export interface PlayableMenu {
  ar: AutoReceptionist;
  menu: Menu;
  /** "the business-hours menu", "the holiday menu 'Christmas Day'". */
  words: string;
  hint: HrefHint;
}

export interface Route {
  owner: ProblemObject;
  /** "Key 2 of the business-hours menu of 'Main'", "The closed-hours routing of call queue 'Support'". */
  where: string;
  hint: HrefHint;
  hop: Hop;
}

export const objectOf = (e: AnyExtension): ProblemObject => ({ type: objectType(e), id: e.ext.id, name: e.ext.name });

function objectType(e: AnyExtension): ProblemObjectType {
  return e.kind === 'zoomRoom' || e.kind === 'ciscoRoom' || e.kind === 'meetingService' ? 'commonArea' : e.kind;
}

export const hintOf = (e: AnyExtension, part: HrefHint['part'], more: Partial<HrefHint> = {}): HrefHint => ({
  objectType: objectType(e),
  id: e.ext.id,
  extensionId: e.ext.extensionId,
  part,
  ...more,
});

const playsMenu = (r: CallRouting | null, selfExtensionId: string) =>
  hopFromRouting(routingOrDefault(r, true).routing, selfExtensionId).kind === 'menu';

export function playableMenus(ar: AutoReceptionist): PlayableMenu[] {
  const e: AnyExtension = { kind: 'autoReceptionist', ext: ar };
  const out: PlayableMenu[] = [];
  if (playsMenu(ar.businessRouting, ar.extensionId)) {
    out.push({ ar, menu: ar.menus.business, words: 'the business-hours menu', hint: hintOf(e, 'menu', { hours: 'business' }) });
  }
  if (!alwaysOpen(ar.hours.schedule) && playsMenu(ar.hours.closedRouting, ar.extensionId)) {
    out.push({ ar, menu: ar.menus.closed, words: 'the closed-hours menu', hint: hintOf(e, 'menu', { hours: 'closed' }) });
  }
  for (const h of ar.hours.holidays) {
    if (playsMenu(h.routing, ar.extensionId)) {
      out.push({ ar, menu: h.menu, words: `the holiday menu '${h.name}'`, hint: hintOf(e, 'menu', { holidayId: h.id }) });
    }
  }
  return out;
}

function menuRoutes(m: PlayableMenu): Route[] {
  const owner = objectOf({ kind: 'autoReceptionist', ext: m.ar });
  const of = `${m.words} of '${m.ar.name}'`;
  const routes: Route[] = IVR_KEYS.map((k) => ({
    owner,
    where: `Key ${k} of ${of}`,
    hint: { ...m.hint, field: `key:${k}` },
    hop: hopFromKeyAction(m.menu.keys[k], m.ar.extensionId),
  }));
  routes.push({ owner, where: `"No key pressed" at ${of}`, hint: { ...m.hint, field: 'noAction' }, hop: hopFromNoAction(m.menu.noAction) });
  return routes;
}

function hoursRoutes(e: AnyExtension, hours: PhoneHours | null, words: string): Route[] {
  if (!hours) return [];
  const owner = objectOf(e);
  const out: Route[] = [];
  const self = e.ext.extensionId;
  const add = (r: CallRouting | null, where: string, hint: HrefHint) => {
    // "play the menu" is the menus' business; a routing never set is its own problem
    if (r && !(e.kind === 'autoReceptionist' && playsMenu(r, self))) out.push({ owner, where, hint, hop: hopFromRouting(r, self) });
  };
  if (!alwaysOpen(hours.schedule)) add(hours.closedRouting, `The closed-hours routing of ${words}`, hintOf(e, 'closedRouting'));
  for (const h of hours.holidays) add(h.routing, `The routing of ${words} on the holiday '${h.name}'`, hintOf(e, 'holidayRouting', { holidayId: h.id }));
  return out;
}

/** Every route of the snapshot, in a stable order (extensions as listed, keys in keypad order). */
export function routesOf(index: SnapshotIndex, words: (e: AnyExtension) => string): Route[] {
  const out: Route[] = [];
  for (const e of allExtensions(index.snapshot)) {
    const w = words(e);
    if (e.kind === 'autoReceptionist') {
      for (const m of playableMenus(e.ext)) out.push(...menuRoutes(m));
      const br = e.ext.businessRouting;
      if (br && !playsMenu(br, e.ext.extensionId)) {
        out.push({ owner: objectOf(e), where: `The business-hours routing of ${w}`, hint: hintOf(e, 'businessRouting'), hop: hopFromRouting(br, e.ext.extensionId) });
      }
      out.push(...hoursRoutes(e, e.ext.hours, w));
    } else if (e.kind === 'callQueue') {
      out.push(...hoursRoutes(e, e.ext.hours, w));
      if (e.ext.overflow) out.push({ owner: objectOf(e), where: `The overflow of ${w}`, hint: hintOf(e, 'overflow'), hop: hopFromRouting(e.ext.overflow, e.ext.extensionId) });
    } else if (e.kind === 'user' || e.kind === 'sharedLineGroup') {
      out.push(...hoursRoutes(e, e.ext.hours, w));
    }
  }
  return out;
}
