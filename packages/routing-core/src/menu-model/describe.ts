// Provider-neutral menus in words: what a key does, what changed between two
// menus (plan previews, 409 explanations, and, read as expected vs actual,
// verification). Names come from the menu itself or a namer; ids are shown
// only when no name is known.
import { formatPhoneNumber } from '../format/phone';
import { kindNoun } from '../ivr/describe';
import type { TargetKind } from '@switchboard/zoom-schema/ivr-actions';
import { TARGET_KINDS } from '@switchboard/zoom-schema/ivr-actions';
import { MENU_KEYS, type MenuKey, type NeutralMenu, type Route, type TargetRef } from './neutral-menu';
import { canonicalRoute, sameRoute } from './semantic';
import { stableStringify } from '../ivr/semantic';

export interface NeutralNamer {
  target?(t: TargetRef): string | undefined;
  menu?(id: string): string | undefined;
  greeting?(id: string): string | undefined;
}

const noun = (type: string): string => ((TARGET_KINDS as readonly string[]).includes(type) ? kindNoun(type as TargetKind) : type);

function targetWords(t: TargetRef, namer?: NeutralNamer): string {
  const name = t.name ?? namer?.target?.(t);
  return name ? `${name} (${noun(t.type)})` : `${noun(t.type)} ${t.id}`;
}

const list = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export function describeRoute(route: Route | undefined, namer?: NeutralNamer): string {
  if (!route) return 'Does nothing';
  switch (route.kind) {
    case 'forward':
      return `Forward to ${list(route.targets.map((t) => targetWords(t, namer))) || 'nobody chosen'}`;
    case 'voicemail':
      return route.targets.length === 0 ? 'Voicemail of this menu’s owner' : `Voicemail of ${list(route.targets.map((t) => targetWords(t, namer)))}`;
    case 'menu': {
      const name = route.menu.name ?? namer?.menu?.(route.menu.id);
      return name ? `Go to the menu “${name}”` : `Go to menu ${route.menu.id}`;
    }
    case 'repeat':
      return 'Repeat the greeting';
    case 'rootMenu':
      return 'Return to the root menu';
    case 'previousMenu':
      return 'Return to the previous menu';
    case 'external':
      return `Forward to ${formatPhoneNumber(route.phoneNumber)}`;
    case 'meetingNumber':
      return `Forward to the meeting service number ${formatPhoneNumber(route.phoneNumber)}`;
    case 'textback':
      return `Send the text “${route.text}”`;
    case 'disconnect':
      return 'Disconnect the call';
  }
}

export const keyWords = (key: MenuKey): string => (key === 'default' ? 'Any other key' : `Key ${key}`);

export type NeutralField = 'greeting' | 'noAction' | `key:${MenuKey}`;

export interface NeutralChange {
  field: NeutralField;
  before: string;
  after: string;
}

export function greetingWords(menu: NeutralMenu, namer?: NeutralNamer): string {
  const id = menu.greeting.id;
  if (!id) return 'No greeting';
  return menu.greeting.name ?? namer?.greeting?.(id) ?? `greeting ${id}`;
}

/** What differs from `a` to `b`, in reading order: greeting, no-action, then the keys. */
export function diffNeutralMenus(a: NeutralMenu, b: NeutralMenu, namer?: NeutralNamer): NeutralChange[] {
  const out: NeutralChange[] = [];
  if ((a.greeting.id || null) !== (b.greeting.id || null)) out.push({ field: 'greeting', before: greetingWords(a, namer), after: greetingWords(b, namer) });
  const na = (m: NeutralMenu) => (m.noAction ? stableStringify({ r: m.noAction.repeat, c: canonicalRoute(m.noAction.route) }) : 'null');
  if (na(a) !== na(b)) {
    const words = (m: NeutralMenu) => (m.noAction ? `${describeRoute(m.noAction.route, namer)} after ${m.noAction.repeat} repeat(s)` : 'Nothing set');
    out.push({ field: 'noAction', before: words(a), after: words(b) });
  }
  for (const key of MENU_KEYS) {
    if (!sameRoute(a.keys[key], b.keys[key])) {
      out.push({ field: `key:${key}`, before: describeRoute(a.keys[key], namer), after: describeRoute(b.keys[key], namer) });
    }
  }
  return out;
}

/** Desired vs read back: each field that differs, with what was expected and what the provider has. */
export function verifyNeutral(desired: NeutralMenu, readBack: NeutralMenu, namer?: NeutralNamer) {
  return diffNeutralMenus(desired, readBack, namer).map((c) => ({ field: c.field, expected: c.before, actual: c.after }));
}
