// The meaning of a menu, without what is only for display. Two menus that
// route every call the same way have the same canonical form, whatever names,
// extension numbers, target kinds or prompt names they carry, and whatever
// fields an action does not use (a phone number on a "forward to user" key, a
// target on a disabled key). plan, diff, verify and version all compare here,
// so "changed", "landed" and "same version" always agree.
import { IVR_KEYS, actionSpec, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import type { KeyAction, Menu, NoAction, Prompt } from './menu';

export interface CanonicalKeyAction {
  action: number;
  extensionId?: string;
  phoneNumber?: string;
  voicemailGreetingId?: string;
}
export interface CanonicalNoAction {
  repeat: number;
  action: number;
  extensionId?: string;
}
export interface CanonicalPrompt {
  id: string | null;
}
export interface CanonicalMenu {
  prompt: CanonicalPrompt;
  noAction: CanonicalNoAction;
  keys: Record<IvrKey, CanonicalKeyAction>;
}

const present = (s: string | null | undefined): s is string => typeof s === 'string' && s.length > 0;

/** Fields an action uses; an action unknown to the catalog keeps them all. */
function uses(action: number) {
  const spec = actionSpec(action);
  return {
    extension: spec ? spec.target === 'extension' : true,
    phoneNumber: spec ? spec.target === 'phoneNumber' : true,
    greeting: spec ? spec.voicemailGreeting !== 'none' : true,
  };
}

export function canonicalKeyAction(ka: KeyAction): CanonicalKeyAction {
  const use = uses(ka.action);
  const out: CanonicalKeyAction = { action: ka.action };
  if (use.extension && present(ka.target?.extensionId)) out.extensionId = ka.target.extensionId;
  if (use.phoneNumber && present(ka.target?.phoneNumber)) out.phoneNumber = ka.target.phoneNumber;
  if (use.greeting && present(ka.voicemailGreetingId)) out.voicemailGreetingId = ka.voicemailGreetingId;
  return out;
}

export function canonicalNoAction(na: NoAction): CanonicalNoAction {
  const out: CanonicalNoAction = { repeat: na.repeat, action: na.action };
  if (uses(na.action).extension && present(na.target?.extensionId)) out.extensionId = na.target.extensionId;
  return out;
}

export function canonicalPrompt(p: Prompt): CanonicalPrompt {
  return { id: present(p.id) ? p.id : null };
}

export function canonicalMenu(menu: Menu): CanonicalMenu {
  const keys = {} as Record<IvrKey, CanonicalKeyAction>;
  for (const key of IVR_KEYS) keys[key] = canonicalKeyAction(menu.keys[key]);
  return { prompt: canonicalPrompt(menu.prompt), noAction: canonicalNoAction(menu.noAction), keys };
}

/** JSON with object keys sorted, so property order never matters. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

export const sameKeyAction = (a: KeyAction, b: KeyAction): boolean =>
  stableStringify(canonicalKeyAction(a)) === stableStringify(canonicalKeyAction(b));
export const sameNoAction = (a: NoAction, b: NoAction): boolean =>
  stableStringify(canonicalNoAction(a)) === stableStringify(canonicalNoAction(b));
export const samePrompt = (a: Prompt, b: Prompt): boolean => canonicalPrompt(a).id === canonicalPrompt(b).id;
export const sameMenu = (a: Menu, b: Menu): boolean =>
  stableStringify(canonicalMenu(a)) === stableStringify(canonicalMenu(b));
