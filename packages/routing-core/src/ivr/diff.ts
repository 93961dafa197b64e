// What differs between two menus, field by field, in words. Used for plan
// previews, 409 conflict explanations ("what changed in Zoom") and, read as
// expected vs actual, for verification after a write.
import { IVR_KEYS, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import {
  describeKeyAction,
  describeNoAction,
  describePromptValue,
  namerFromMenus,
  type TargetNamer,
} from './describe';
import type { Menu } from './menu';
import {
  canonicalKeyAction,
  canonicalNoAction,
  canonicalPrompt,
  sameKeyAction,
  sameNoAction,
  samePrompt,
} from './semantic';

export type MenuField = 'prompt' | 'noAction' | `key:${IvrKey}`;

export interface MenuChange {
  field: MenuField;
  before: string;
  after: string;
}

/**
 * Changes from `a` to `b`, in menu reading order: greeting prompt, no-action
 * behaviour, then keys 1–9, 0, *, #. Display-only fields never count.
 */
export function diffMenus(a: Menu, b: Menu, namer?: TargetNamer): MenuChange[] {
  const names = namerFromMenus([a, b], namer);
  const out: MenuChange[] = [];
  if (!samePrompt(a.prompt, b.prompt)) {
    out.push(
      change('prompt', describePromptValue(a.prompt, names), describePromptValue(b.prompt, names), canonicalPrompt(a.prompt), canonicalPrompt(b.prompt)),
    );
  }
  if (!sameNoAction(a.noAction, b.noAction)) {
    out.push(
      change(
        'noAction',
        describeNoAction(a.noAction, names),
        describeNoAction(b.noAction, names),
        canonicalNoAction(a.noAction),
        canonicalNoAction(b.noAction),
      ),
    );
  }
  for (const key of IVR_KEYS) {
    const [x, y] = [a.keys[key], b.keys[key]];
    if (!sameKeyAction(x, y)) {
      out.push(
        change(`key:${key}`, describeKeyAction(x, names), describeKeyAction(y, names), canonicalKeyAction(x), canonicalKeyAction(y)),
      );
    }
  }
  return out;
}

const ID_WORDS: Record<string, string> = {
  id: 'audio file id',
  extensionId: 'extension id',
  phoneNumber: 'number',
  voicemailGreetingId: 'greeting id',
};

/**
 * Two different things can read the same (two prompts both named
 * "Welcome.mp3", two people called Maria Lopez): then the ids that differ are
 * added, so a change never reads "X instead of X".
 */
function change(field: MenuField, before: string, after: string, a: object, b: object): MenuChange {
  if (before !== after) return { field, before, after };
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const differing = Object.keys(ID_WORDS).filter((k) => ra[k] !== rb[k]);
  const ids = (r: Record<string, unknown>) =>
    ` (${differing.map((k) => `${ID_WORDS[k]} ${r[k] === undefined || r[k] === null ? 'none' : String(r[k])}`).join(', ')})`;
  return { field, before: before + ids(ra), after: after + ids(rb) };
}
