// What the tracer needs to know about an action code beyond its group and
// target, read from zoom-schema's catalogs (never a code written here): which
// menu-navigation action repeats, returns to the root or to the previous menu,
// and whether a call-routing option with no target disconnects the call or
// hands it to something outside Zoom Phone (a partner contact center, a
// Microsoft Teams resource account). The catalogs carry that only in their
// labels, so it is derived from the labels once, and a test pins the result.
import { IVR_ACTIONS } from '@switchboard/zoom-schema/ivr-actions';
import { CALL_ROUTING_ACTIONS, type CallRoutingActionSpec } from '@switchboard/zoom-schema/call-handling-actions';

export type MenuNavigation = 'repeat' | 'root' | 'previous';

const navigationByCode = new Map<number, MenuNavigation>();
for (const a of IVR_ACTIONS) {
  if (a.group !== 'menu') continue;
  const label = a.label.toLowerCase();
  if (label.includes('repeat')) navigationByCode.set(a.code, 'repeat');
  else if (label.includes('root')) navigationByCode.set(a.code, 'root');
  else if (label.includes('previous')) navigationByCode.set(a.code, 'previous');
}

/** The menu navigation an IVR action performs, or null when it is not one. */
export function menuNavigation(code: number): MenuNavigation | null {
  return navigationByCode.get(code) ?? null;
}

/** For a call-routing option without a target: does it end the call here, or pass it outside Zoom Phone? */
export function targetlessRoutingEnd(spec: CallRoutingActionSpec): 'disconnect' | 'outside' {
  return /disconnect/i.test(spec.label) ? 'disconnect' : 'outside';
}

/** The targetless routing options, for the test that pins their reading. */
export const TARGETLESS_ROUTING = CALL_ROUTING_ACTIONS.filter((a) => a.target === 'none');
