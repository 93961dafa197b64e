// The form's validation messages (from desiredMenuSchema via zodResolver) as
// one ordered list for the summary: greeting, no-action, then the keypad.
import type { FieldErrors } from 'react-hook-form';
import type { IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import { KEYPAD_ORDER } from './keypad-order';

export interface ErrorLine {
  /** Where to go to fix it: a key, the greeting or the no-action section. */
  at: { kind: 'key'; key: IvrKey } | { kind: 'prompt' } | { kind: 'noAction' };
  message: string;
}

function messages(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  const out: string[] = [];
  const msg = (node as { message?: unknown }).message;
  if (typeof msg === 'string' && msg) out.push(msg);
  for (const [k, v] of Object.entries(node)) {
    if (k === 'ref' || k === 'message' || k === 'type' || k === 'types') continue;
    out.push(...messages(v));
  }
  return [...new Set(out)];
}

export function errorLines(errors: FieldErrors<Menu>): ErrorLine[] {
  const lines: ErrorLine[] = [];
  for (const message of messages(errors.prompt)) lines.push({ at: { kind: 'prompt' }, message });
  for (const message of messages(errors.noAction))
    lines.push({ at: { kind: 'noAction' }, message });
  for (const key of KEYPAD_ORDER) {
    for (const message of messages(errors.keys?.[key]))
      lines.push({ at: { kind: 'key', key }, message });
  }
  return lines;
}

/** Keys that have at least one message. */
export function keysWithErrors(errors: FieldErrors<Menu>): Set<IvrKey> {
  return new Set(KEYPAD_ORDER.filter((k) => messages(errors.keys?.[k]).length > 0));
}

/**
 * A key's message next to its field, where the panel's heading already says
 * "Key 7": without the "Key 7: " the summary needs. "Key 7: enter the phone
 * number…" → "Enter the phone number…".
 */
export function inlineMessage(message: string | undefined, key: IvrKey): string | undefined {
  const prefix = `Key ${key}: `;
  if (!message?.startsWith(prefix)) return message;
  const rest = message.slice(prefix.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
