// Which parts of the menu the person changed, and how to carry those changes
// over onto a newer copy of the menu from Zoom ("reload and re-apply my changes").
import { IVR_KEYS, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import { sameKeyAction, sameNoAction, samePrompt } from '@switchboard/routing-core/ivr/semantic';

export interface MenuChanges {
  prompt: boolean;
  noAction: boolean;
  keys: IvrKey[];
  count: number;
}

/** What differs between the loaded menu and the edited one, by meaning (names don't count). */
export function menuChanges(base: Menu, edited: Menu): MenuChanges {
  const prompt = !samePrompt(base.prompt, edited.prompt);
  const noAction = !sameNoAction(base.noAction, edited.noAction);
  const keys = IVR_KEYS.filter((k) => !sameKeyAction(base.keys[k], edited.keys[k]));
  return { prompt, noAction, keys, count: keys.length + (prompt ? 1 : 0) + (noAction ? 1 : 0) };
}

/**
 * The person's edits (edited vs base) laid over `latest`: what they changed
 * keeps their value, everything else takes Zoom's current value.
 */
export function rebaseEdits(base: Menu, edited: Menu, latest: Menu): Menu {
  const changes = menuChanges(base, edited);
  const keys = { ...latest.keys };
  for (const k of changes.keys) keys[k] = edited.keys[k];
  return {
    prompt: changes.prompt ? edited.prompt : latest.prompt,
    noAction: changes.noAction ? edited.noAction : latest.noAction,
    keys,
  };
}
