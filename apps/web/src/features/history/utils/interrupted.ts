import type { AuditEntry, IvrAuditEntry } from '@switchboard/contract/audit';

/**
 * The menus (IVR entries only) whose latest change was cut off mid-write (the server stopped):
 * the newest finished entry per menu scope, when it reads `interrupted`.
 * A later change to the same menu settles it.
 */
export function interruptedChanges(entries: AuditEntry[]): IvrAuditEntry[] {
  const newest = new Map<string, IvrAuditEntry>();
  for (const e of entries) {
    if (e.kind !== 'ivr' || !e.finishedAt) continue; // menus only; still running somewhere
    const scope = `${e.scope.holidayId ?? e.scope.hours}`;
    const seen = newest.get(scope);
    if (!seen || e.at > seen.at) newest.set(scope, e);
  }
  return [...newest.values()].filter((e) => e.outcome === 'interrupted');
}
