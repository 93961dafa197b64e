// Zoom's code-based Menu ↔ the provider-neutral menu. Codes are found in the
// action catalog (zoom-schema/ivr-actions.ts) by kind and target type, never
// written here: a disabled key is a key with no route, "no action" −1 is
// "disconnect", forward codes differ by the kind of object they reach.
import {
  DEFAULT_NO_ACTION,
  IVR_ACTIONS,
  IVR_KEYS,
  actionSpec,
  actionsForKey,
  noActionActions,
  type IvrActionSpec,
  type IvrKey,
} from '@switchboard/zoom-schema/ivr-actions';
import type { KeyAction, Menu, Target } from '../ivr/menu';
import type { MenuKey, NeutralMenu, Route, TargetRef } from './neutral-menu';

export class NotRepresentableError extends Error {
  override name = 'NotRepresentableError';
}

function ref(t: Target | null, type: string): TargetRef[] {
  if (!t?.extensionId) return [];
  return [{ type, id: t.extensionId, ...(t.name !== undefined ? { name: t.name } : {}), ...(t.extensionNumber !== undefined ? { extensionNumber: t.extensionNumber } : {}) }];
}

function routeFromZoom(spec: IvrActionSpec, target: Target | null, greeting: string | null | undefined, noAction: boolean): Route | null {
  switch (spec.kind) {
    case 'disabled':
      return noAction ? { kind: 'disconnect' } : null;
    case 'forward':
      return { kind: 'forward', targets: ref(target, spec.targetKind!) };
    case 'voicemail':
      return { kind: 'voicemail', targets: spec.targetKind ? ref(target, spec.targetKind) : [], greetingId: greeting ?? null };
    case 'external':
    case 'meetingNumber':
      return { kind: spec.kind, phoneNumber: target?.phoneNumber ?? '' };
    case 'repeat':
    case 'rootMenu':
    case 'previousMenu':
      return { kind: spec.kind };
  }
}

function known(code: number): IvrActionSpec {
  const spec = actionSpec(code);
  if (!spec) throw new NotRepresentableError(`Zoom action ${code} is not in the action catalog.`);
  return spec;
}

/** Zoom's menu in provider-neutral words (throws for a code the catalog does not know). */
export function zoomToNeutral(menu: Menu): NeutralMenu {
  const keys: NeutralMenu['keys'] = {};
  for (const key of IVR_KEYS) {
    const ka = menu.keys[key];
    const route = routeFromZoom(known(ka.action), ka.target, ka.voicemailGreetingId, false);
    if (route) keys[key] = route;
  }
  const na = menu.noAction;
  return {
    greeting: { id: menu.prompt.id, ...(menu.prompt.name !== undefined ? { name: menu.prompt.name } : {}) },
    noAction: { repeat: na.repeat, route: routeFromZoom(known(na.action), na.target, null, true)! },
    keys,
  };
}

const firstTargetType = (route: Route): string | undefined =>
  route.kind === 'forward' || route.kind === 'voicemail' ? route.targets[0]?.type : undefined;

/** The catalog entry among `specs` that does what `route` does. */
function specFor(specs: readonly IvrActionSpec[], route: Route, noAction: boolean): IvrActionSpec | undefined {
  const kind = route.kind === 'disconnect' ? (noAction ? 'disabled' : null) : route.kind;
  const type = firstTargetType(route);
  return specs.find(
    (s) => s.kind === kind && (route.kind === 'forward' || route.kind === 'voicemail' ? (type ? s.targetKind === type && s.target === 'extension' : s.target === 'none') : true),
  );
}

function targetToZoom(spec: IvrActionSpec, route: Route): Target | null {
  if (route.kind === 'external' || route.kind === 'meetingNumber') {
    return route.phoneNumber ? { phoneNumber: route.phoneNumber, ...(spec.targetKind ? { type: spec.targetKind } : {}) } : null;
  }
  const t = route.kind === 'forward' || route.kind === 'voicemail' ? route.targets[0] : undefined;
  if (!t || spec.target !== 'extension') return null;
  return {
    extensionId: t.id,
    ...(t.name !== undefined ? { name: t.name } : {}),
    ...(t.extensionNumber !== undefined ? { extensionNumber: t.extensionNumber } : {}),
    ...(spec.targetKind ? { type: spec.targetKind } : {}),
  };
}

const DISABLED = IVR_ACTIONS.find((s) => s.kind === 'disabled')!;

function keyToZoom(key: IvrKey, route: Route | undefined): KeyAction {
  if (!route) return { action: DISABLED.code, target: null, voicemailGreetingId: null };
  const spec = specFor(actionsForKey(key), route, false);
  if (!spec) throw new NotRepresentableError(`Zoom's key ${key} cannot ${route.kind === 'forward' ? `forward to a ${firstTargetType(route) ?? 'target'}` : `do "${route.kind}"`}.`);
  return { action: spec.code, target: targetToZoom(spec, route), voicemailGreetingId: route.kind === 'voicemail' ? (route.greetingId ?? null) : null };
}

/** The provider-neutral menu as Zoom's; throws NotRepresentableError for what Zoom's menus cannot hold. */
export function neutralToZoom(menu: NeutralMenu): Menu {
  const extra = (Object.keys(menu.keys) as MenuKey[]).filter((k) => menu.keys[k] !== undefined && !(IVR_KEYS as readonly string[]).includes(k));
  if (extra.length > 0) throw new NotRepresentableError(`Zoom's menus have no "${extra[0]}" key.`);
  const keys = Object.fromEntries(IVR_KEYS.map((k) => [k, keyToZoom(k, menu.keys[k])])) as Menu['keys'];
  let noAction: Menu['noAction'] = { repeat: DEFAULT_NO_ACTION.audioPromptRepeat, action: DEFAULT_NO_ACTION.action, target: null };
  if (menu.noAction) {
    const spec = specFor(noActionActions(), menu.noAction.route, true);
    if (!spec) throw new NotRepresentableError(`Zoom cannot "${menu.noAction.route.kind}" when the caller presses nothing.`);
    noAction = { repeat: menu.noAction.repeat, action: spec.code, target: targetToZoom(spec, menu.noAction.route) };
  }
  return { prompt: { id: menu.greeting.id, ...(menu.greeting.name !== undefined ? { name: menu.greeting.name } : {}) }, noAction, keys };
}
