// A menu laid out for reading: "Key 1 → Forward to user → Maria Lopez (ext 1012)".
// The words come from routing-core's describe helpers (shared with plans, diffs
// and verify results) and the action catalog; raw codes are never shown.
import { actionSpec, type IvrKey, type TargetKind } from '@switchboard/zoom-schema/ivr-actions';
import { isRemovedAudioId } from '@switchboard/zoom-schema/phone-ivr';
import type { KeyAction, NoAction, Prompt, Target } from '@switchboard/routing-core/ivr/menu';
import { describeNoAction as noActionWords, describeTarget, lowerFirst } from '@switchboard/routing-core/ivr/describe';

/** Telephone keypad order, row by row: 1 2 3 / 4 5 6 / 7 8 9 / * 0 #. */
export const KEYPAD_ORDER = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const satisfies readonly IvrKey[];

export function actionLabel(code: number): string {
  return actionSpec(code)?.label ?? 'An action Switchboard does not recognise';
}

function hasTarget(target: Target | null): boolean {
  return Boolean(target && (target.extensionId || target.phoneNumber || target.name || target.extensionNumber));
}

export interface KeyLine {
  key: IvrKey;
  action: string;
  /** Where the key sends the caller, in words; null when the action takes no target or none is set. */
  target: string | null;
  disabled: boolean;
  /** The action needs a target but Zoom returned none. */
  missingTarget: boolean;
  /** The voicemail greeting was deleted from the audio library. */
  deletedGreeting: boolean;
  /** The extension the key sends the caller to (for a link to its page); null for numbers and actions without one. */
  destination: Destination | null;
}

/** An extension a menu sends callers to, with the kind the action names. */
export interface Destination {
  kind: TargetKind;
  extensionId: string;
}

function destinationOf(action: number, target: Target | null): Destination | null {
  const spec = actionSpec(action);
  if (!spec || spec.target === 'none' || !spec.targetKind || !target?.extensionId) return null;
  return { kind: spec.targetKind, extensionId: target.extensionId };
}

/** Where "no key pressed" sends the caller, when it is an extension. */
export const noActionDestination = (na: NoAction): Destination | null => destinationOf(na.action, na.target);

export function describeKey(key: IvrKey, ka: KeyAction): KeyLine {
  const spec = actionSpec(ka.action);
  const needsTarget = Boolean(spec && spec.target !== 'none');
  const present = hasTarget(ka.target);
  return {
    key,
    action: actionLabel(ka.action),
    target: needsTarget && present ? describeTarget(ka.target, spec?.targetKind ?? null) : null,
    disabled: ka.action === -1,
    missingTarget: needsTarget && !present,
    deletedGreeting: isRemovedAudioId(ka.voicemailGreetingId),
    destination: needsTarget && present ? destinationOf(ka.action, ka.target) : null,
  };
}

export function describeKeys(keys: Record<IvrKey, KeyAction>): KeyLine[] {
  return KEYPAD_ORDER.map((k) => describeKey(k, keys[k]));
}

/** "If the caller presses nothing: repeat the greeting 3 times, then disconnect the call." */
export function describeNoAction(na: NoAction): string {
  return `If the caller presses nothing: ${lowerFirst(noActionWords(na))}.`;
}

export interface PromptLine {
  /** What to show for the greeting: its name, or a sentence when there is none. */
  text: string;
  deleted: boolean;
  none: boolean;
}

export function describePrompt(prompt: Prompt): PromptLine {
  if (!prompt.id) return { text: 'No greeting prompt set', deleted: false, none: true };
  const deleted = isRemovedAudioId(prompt.id);
  const name = prompt.name?.trim();
  return { text: name || (deleted ? 'A prompt that was deleted' : 'An unnamed prompt'), deleted, none: false };
}
