// Which keys of a menu take the caller somewhere: a forward or a voicemail.
// Disabled keys and menu navigation (repeat, root, previous) do not; a key
// whose target is gone still counts here (that is a problem of its own).
import { IVR_KEYS, actionSpec, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import type { Menu } from '../ivr/menu';

export function usableKeys(menu: Menu): IvrKey[] {
  return IVR_KEYS.filter((k) => {
    const group = actionSpec(menu.keys[k].action)?.group;
    return group === 'forward' || group === 'voicemail';
  });
}
