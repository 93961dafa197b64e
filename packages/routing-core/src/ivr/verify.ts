// After a write: did Zoom keep what we asked for? Compares the desired menu
// with the menu read back, by meaning (display-only fields ignored), and
// names each field that differs with what was expected and what Zoom has.
// Empty means every change landed.
import type { TargetNamer } from './describe';
import { diffMenus, type MenuField } from './diff';
import type { Menu } from './menu';

export interface Mismatch {
  field: MenuField;
  expected: string;
  actual: string;
}

export function verifyIvr(desired: Menu, readBack: Menu, namer?: TargetNamer): Mismatch[] {
  return diffMenus(desired, readBack, namer).map((c) => ({ field: c.field, expected: c.before, actual: c.after }));
}
