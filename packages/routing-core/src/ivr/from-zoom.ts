// Zoom's IVR read shape → the normalized Menu. Every one of the twelve keys is
// present: a key Zoom leaves out of `key_actions` has Zoom's default for that
// key. Fields an action does not use are dropped (a target on a disabled key,
// a greeting on a forward), so the result passes `menuSchema` and, when Zoom's
// data is sound, `desiredMenuSchema` too.
import {
  DEFAULT_NO_ACTION,
  IVR_KEYS,
  actionSpec,
  type IvrKey,
  type TargetKind,
} from '@switchboard/zoom-schema/ivr-actions';
import type { ZoomIvrRead, ZoomIvrTargetRead } from '@switchboard/zoom-schema/phone-ivr';
import { defaultMenu } from './default-menu';
import type { KeyAction, Menu, NoAction, Prompt, Target } from './menu';

const nonEmpty = (s: string | undefined): string | undefined => (s ? s : undefined);

function targetFromZoom(
  t: ZoomIvrTargetRead | undefined,
  kind: TargetKind | null,
  uses: 'extension' | 'phoneNumber' | 'none' | 'unknown',
): Target | null {
  if (!t || uses === 'none') return null;
  const out: Target = {};
  if (uses !== 'phoneNumber' && nonEmpty(t.extension_id)) out.extensionId = t.extension_id;
  if (uses !== 'extension' && nonEmpty(t.phone_number)) out.phoneNumber = t.phone_number;
  if (!out.extensionId && !out.phoneNumber) return null;
  if (nonEmpty(t.display_name)) out.name = t.display_name;
  if (t.extension_number !== undefined && String(t.extension_number) !== '') {
    out.extensionNumber = String(t.extension_number);
  }
  if (kind) out.type = kind;
  return out;
}

function keyActionFromZoom(ka: ZoomIvrRead['key_actions'][number]): KeyAction {
  const spec = actionSpec(ka.action);
  const greeting = nonEmpty(ka.voicemail_greeting?.id);
  return {
    action: ka.action,
    target: targetFromZoom(ka.target, spec?.targetKind ?? null, spec ? spec.target : 'unknown'),
    voicemailGreetingId: greeting && (!spec || spec.voicemailGreeting !== 'none') ? greeting : null,
  };
}

const clampRepeat = (n: number | undefined): 1 | 2 | 3 =>
  n === undefined ? DEFAULT_NO_ACTION.audioPromptRepeat : n <= 1 ? 1 : n >= 3 ? 3 : 2;

function noActionFromZoom(na: ZoomIvrRead['caller_enters_no_action']): NoAction {
  if (!na) return { repeat: clampRepeat(undefined), action: DEFAULT_NO_ACTION.action, target: null };
  const spec = actionSpec(na.action);
  return {
    repeat: clampRepeat(na.audio_prompt_repeat),
    action: na.action,
    target: targetFromZoom(na.forward_to, spec?.targetKind ?? null, spec ? spec.target : 'extension'),
  };
}

function promptFromZoom(p: ZoomIvrRead['audio_prompt']): Prompt {
  const id = nonEmpty(p?.id);
  if (!id) return { id: null };
  const name = nonEmpty(p?.name);
  return name ? { id, name } : { id };
}

/** The normalized menu of one hours type (or holiday) from Zoom's GET …/ivr answer. */
export function menuFromZoom(read: ZoomIvrRead): Menu {
  const given = new Map<string, KeyAction>();
  for (const ka of read.key_actions ?? []) given.set(ka.key, keyActionFromZoom(ka));
  const fallback = defaultMenu();
  const keys = {} as Record<IvrKey, KeyAction>;
  for (const key of IVR_KEYS) {
    keys[key] = given.get(key) ?? fallback.keys[key];
  }
  return {
    prompt: promptFromZoom(read.audio_prompt),
    noAction: noActionFromZoom(read.caller_enters_no_action),
    keys,
  };
}
