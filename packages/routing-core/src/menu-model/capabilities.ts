// What each provider's menus can hold: which keys, which kinds on each key,
// which targets each kind takes and how many, whether there is a "when the
// caller presses nothing" setting. The editor, validation and adapters read
// this table instead of asking which provider they serve. Zoom's row is
// computed from its action catalog (zoom-schema/ivr-actions.ts); Zendesk's from
// the route actions its documents name (decision 017).
import {
  IVR_ACTIONS,
  IVR_KEYS,
  actionsForKey,
  noActionActions,
  type IvrActionSpec,
} from '@switchboard/zoom-schema/ivr-actions';
import { MENU_KEYS, type MenuKey, type RouteKind } from './neutral-menu';

export const PROVIDERS = ['zoom', 'zendesk'] as const;
export type Provider = (typeof PROVIDERS)[number];

export interface KindCapability {
  kind: RouteKind;
  /** Words for choosing the kind ("Forward to a group"). */
  label: string;
  /** Kinds of target it takes (the provider's types); empty: none. */
  targetTypes: readonly string[];
  minTargets: number;
  maxTargets: number;
  /** A voicemail greeting: required, optional, only with a target, or none. */
  greeting: 'required' | 'optional' | 'withTarget' | 'none';
}

export interface ProviderCapabilities {
  provider: Provider;
  /** The provider's name in sentences. */
  name: string;
  /** Keys its menus offer, in reading order. */
  keys: readonly MenuKey[];
  /** Kinds allowed on each offered key, in the order the editor lists them. */
  kindsByKey: Partial<Record<MenuKey, readonly RouteKind[]>>;
  kinds: Partial<Record<RouteKind, KindCapability>>;
  /** The "caller presses nothing" setting: its kinds, or null when the provider has none. */
  noAction: { kinds: Partial<Record<RouteKind, KindCapability>> } | null;
  /** Whether a menu may be left without a greeting. */
  greetingRemovable: boolean;
}

const KIND_LABEL: Record<RouteKind, string> = {
  forward: 'Forward the call',
  voicemail: 'Voicemail',
  menu: 'Go to another menu',
  repeat: 'Repeat the greeting',
  rootMenu: 'Return to the root menu',
  previousMenu: 'Return to the previous menu',
  external: 'Forward to a phone number',
  meetingNumber: 'Forward to a meeting service number',
  textback: 'Send a text message',
  disconnect: 'Disconnect the call',
};

export const kindLabel = (kind: RouteKind): string => KIND_LABEL[kind];

/** A catalog kind as a route kind (a disabled key is a key with no route). */
function routeKindOf(spec: IvrActionSpec, noAction: boolean): RouteKind | null {
  if (spec.kind === 'disabled') return noAction ? 'disconnect' : null;
  return spec.kind;
}

/** The capabilities of Zoom's catalog codes, grouped by kind. */
function zoomKinds(specs: readonly IvrActionSpec[], noAction: boolean): Partial<Record<RouteKind, KindCapability>> {
  const byKind = new Map<RouteKind, IvrActionSpec[]>();
  for (const spec of specs) {
    const kind = routeKindOf(spec, noAction);
    if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), spec]);
  }
  const out: Partial<Record<RouteKind, KindCapability>> = {};
  for (const [kind, group] of byKind) {
    const targeted = group.filter((s) => s.target === 'extension' && s.targetKind);
    const untargeted = group.length > targeted.length;
    const required = group.some((s) => s.voicemailGreeting === 'required');
    const optional = group.some((s) => s.voicemailGreeting === 'optional');
    out[kind] = {
      kind,
      label: KIND_LABEL[kind],
      targetTypes: targeted.map((s) => s.targetKind!),
      minTargets: untargeted ? 0 : 1,
      maxTargets: targeted.length > 0 ? 1 : 0,
      greeting: required ? (untargeted ? 'withTarget' : 'required') : optional ? 'optional' : 'none',
    };
  }
  return out;
}

function zoomCapabilities(): ProviderCapabilities {
  const kindsByKey: Partial<Record<MenuKey, RouteKind[]>> = {};
  for (const key of IVR_KEYS) {
    kindsByKey[key] = [...new Set(actionsForKey(key).flatMap((s) => routeKindOf(s, false) ?? []))];
  }
  return {
    provider: 'zoom',
    name: 'Zoom',
    keys: [...IVR_KEYS],
    kindsByKey,
    kinds: zoomKinds(IVR_ACTIONS, false),
    noAction: { kinds: zoomKinds(noActionActions(), true) },
    greetingRemovable: false,
  };
}

const GROUP = ['group'] as const;
const many = { minTargets: 1, maxTargets: 20 };

function zendeskCapabilities(): ProviderCapabilities {
  const kinds: Partial<Record<RouteKind, KindCapability>> = {
    forward: { kind: 'forward', label: 'Forward to a group', targetTypes: GROUP, ...many, greeting: 'none' },
    voicemail: { kind: 'voicemail', label: 'Voicemail of a group', targetTypes: GROUP, ...many, greeting: 'none' },
    menu: { kind: 'menu', label: KIND_LABEL.menu, targetTypes: [], minTargets: 0, maxTargets: 0, greeting: 'none' },
    external: { kind: 'external', label: KIND_LABEL.external, targetTypes: [], minTargets: 0, maxTargets: 0, greeting: 'none' },
    textback: { kind: 'textback', label: KIND_LABEL.textback, targetTypes: [], minTargets: 0, maxTargets: 0, greeting: 'none' },
  };
  const order = Object.keys(kinds) as RouteKind[];
  return {
    provider: 'zendesk',
    name: 'Zendesk Talk',
    keys: [...MENU_KEYS],
    kindsByKey: Object.fromEntries(MENU_KEYS.map((k) => [k, order])),
    kinds,
    noAction: null,
    greetingRemovable: false,
  };
}

export const CAPABILITIES: Record<Provider, ProviderCapabilities> = {
  zoom: zoomCapabilities(),
  zendesk: zendeskCapabilities(),
};

/** The kinds a key takes under `cap` (none when the provider does not offer the key). */
export function kindsForKey(cap: ProviderCapabilities, key: MenuKey): readonly RouteKind[] {
  return cap.kindsByKey[key] ?? [];
}
