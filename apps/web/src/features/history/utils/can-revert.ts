// Whether a history entry offers "Revert": the reader may make that kind of
// change, the change has finished, it may have written something, and the
// history holds what was there before.
import type { AuditEntry } from '@switchboard/contract/audit';
import type { Permission } from '@switchboard/contract/permissions';
import { REVERT_PERMISSION, REVERTIBLE_OUTCOMES, revertExists } from '@switchboard/contract/revert';

export function canRevert(entry: AuditEntry, can: (p: Permission) => boolean): boolean {
  const permission = REVERT_PERMISSION[entry.kind];
  return permission !== null && revertExists(entry) && can(permission) && entry.finishedAt !== null && REVERTIBLE_OUTCOMES.includes(entry.outcome) && entry.before !== null;
}
