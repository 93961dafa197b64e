// The part of a menu a link picked out (?key=3, ?part=greeting, ?part=no-key):
// the editor opens on it, the menu in words marks it. Anything else is ignored.
import { IVR_KEYS, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';

/** A `MenuPart` (config/paths) whose key is one of the twelve. */
export type ParsedMenuPart = { key: IvrKey } | { part: 'greeting' | 'no-key' };

export function parseMenuPart(search: URLSearchParams): ParsedMenuPart | null {
  const key = search.get('key');
  if (key !== null) return (IVR_KEYS as readonly string[]).includes(key) ? { key: key as IvrKey } : null;
  const part = search.get('part');
  return part === 'greeting' || part === 'no-key' ? { part } : null;
}
