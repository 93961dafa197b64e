// A key's action and destination as short words for the keypad.
import { NO_ACTION_DISCONNECT_LABEL, actionSpec } from '@switchboard/zoom-schema/ivr-actions';
import { describeTarget } from '@switchboard/routing-core/ivr/describe';
import type { KeyAction, Target } from '@switchboard/routing-core/ivr/menu';

export function actionWords(code: number, { noAction = false } = {}): string {
  if (noAction && code === -1) return NO_ACTION_DISCONNECT_LABEL;
  return actionSpec(code)?.label ?? 'An action Switchboard does not recognise';
}

function hasTarget(t: Target | null): boolean {
  return Boolean(t && (t.extensionId || t.phoneNumber || t.name || t.extensionNumber));
}

/** Where the action sends the caller, in words; null when it takes no destination. */
export function targetWords(code: number, target: Target | null): string | null {
  const spec = actionSpec(code);
  if (!spec || spec.target === 'none') return null;
  if (!hasTarget(target)) return 'No destination chosen';
  return describeTarget(target, spec.targetKind);
}

export function keyWords(ka: KeyAction): { action: string; target: string | null } {
  return { action: actionWords(ka.action), target: targetWords(ka.action, ka.target) };
}
