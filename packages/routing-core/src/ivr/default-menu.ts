// Zoom's default menu (new auto receptionist, new holiday): key 0 to this
// auto receptionist's voicemail, * repeats the greeting, every other key
// disabled, no prompt, and when nothing is pressed: three repeats, then hang up.
import { DEFAULT_NO_ACTION, IVR_KEYS, defaultKeyAction, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import type { KeyAction, Menu } from './menu';

export function defaultMenu(): Menu {
  const keys = {} as Record<IvrKey, KeyAction>;
  for (const key of IVR_KEYS) keys[key] = { action: defaultKeyAction(key), target: null, voicemailGreetingId: null };
  return {
    prompt: { id: null },
    noAction: { repeat: DEFAULT_NO_ACTION.audioPromptRepeat, action: DEFAULT_NO_ACTION.action, target: null },
    keys,
  };
}
