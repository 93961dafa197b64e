// A menu's version: a hash of what the menu does (its canonical form), not of
// how it is spelled. Display-only fields (names, extension numbers, target
// kinds, prompt name), fields an action does not use, and property order do
// not change it; any routing difference does. The BFF hands it out with a
// menu and compares it before writing, to detect changes made in Zoom since.
import type { Menu } from './menu';
import { canonicalMenu, stableStringify } from './semantic';

const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;
const encoder = new TextEncoder();

/** FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let h = FNV64_OFFSET;
  for (const byte of encoder.encode(text)) {
    h ^= BigInt(byte);
    h = (h * FNV64_PRIME) & MASK64;
  }
  return h.toString(16).padStart(16, '0');
}

export function menuVersion(menu: Menu): string {
  return fnv1a64(stableStringify(canonicalMenu(menu)));
}
