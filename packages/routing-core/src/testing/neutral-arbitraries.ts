// Test support: random provider-neutral menus a provider's capability table
// allows (Zendesk), and Zoom menus as Zoom's read mapping gives them (each
// target typed by its action), for the adapters' round-trip properties.
// `pools` draws targets from real ids (a simulator's groups and menus).
import fc from 'fast-check';
import { actionSpec, IVR_KEYS } from '@switchboard/zoom-schema/ivr-actions';
import type { Menu } from '../ivr/menu';
import { CAPABILITIES } from '../menu-model/capabilities';
import type { MenuKey, NeutralMenu, Route } from '../menu-model/neutral-menu';
import { e164Arb, validMenuArb } from './arbitraries';

/** A Zoom menu as menuFromZoom reads it: every target carries its action's kind. */
export const zoomReadMenuArb: fc.Arbitrary<Menu> = validMenuArb.map((m) => {
  const typed = <T extends { action: number; target: Menu['noAction']['target'] }>(ka: T): T => {
    const kind = actionSpec(ka.action)?.targetKind;
    return ka.target && kind ? { ...ka, target: { ...ka.target, type: kind } } : ka;
  };
  return {
    prompt: m.prompt,
    noAction: typed(m.noAction),
    keys: Object.fromEntries(IVR_KEYS.map((k) => [k, typed(m.keys[k])])) as Menu['keys'],
  };
});

export interface ZendeskPools {
  groups: readonly string[];
  /** Other menus of the same IVR (a menu route may not lead to its own menu). */
  menus: readonly string[];
  greetings: readonly string[];
}

const textArb = fc.constantFrom('Thanks for calling — we will text you a link.', 'Reply with your order number', 'Ω support: see https://example.com/help');

function zendeskRouteArb(p: ZendeskPools): fc.Arbitrary<Route> {
  const groups = fc.uniqueArray(fc.constantFrom(...p.groups), { minLength: 1, maxLength: Math.min(3, p.groups.length) }).map((ids) => ids.map((id) => ({ type: 'group', id })));
  const options: fc.Arbitrary<Route>[] = [
    groups.map((targets): Route => ({ kind: 'forward', targets })),
    groups.map((targets): Route => ({ kind: 'voicemail', targets })),
    e164Arb.map((phoneNumber): Route => ({ kind: 'external', phoneNumber })),
    textArb.map((text): Route => ({ kind: 'textback', text })),
  ];
  if (p.menus.length > 0) options.push(fc.constantFrom(...p.menus).map((id): Route => ({ kind: 'menu', menu: { id } })));
  return fc.oneof(...options);
}

/** A Zendesk menu the capability table allows: any subset of its keys, each with an allowed route. */
export function zendeskMenuArb(p: ZendeskPools): fc.Arbitrary<NeutralMenu> {
  const keys = CAPABILITIES.zendesk.keys;
  return fc
    .record({
      greeting: fc.constantFrom(...p.greetings),
      keys: fc.record(Object.fromEntries(keys.map((k) => [k, zendeskRouteArb(p)])) as Record<MenuKey, fc.Arbitrary<Route>>, { requiredKeys: [] }),
    })
    .map(({ greeting, keys: k }) => ({ greeting: { id: greeting }, noAction: null, keys: k }));
}

export const DEFAULT_ZENDESK_POOLS: ZendeskPools = {
  groups: ['360000100001', '360000100002', '360000100003', '360000100006'],
  menus: ['20002', '20003'],
  greetings: ['40001', '40002'],
};
