// A history row as the contract's entry, by the object type it changed
// (`kind`): IVR menus, extension hours, holidays. Each entry names its target
// (type, id, name) and says what part changed in words (`subject`).
import type { AuditEntry, HolidayAuditEntry, HoursAuditEntry, PersonAuditEntry } from '@switchboard/contract/audit';
import { PERSON_ACTIONS } from '@switchboard/contract/audit';
import type { ExtensionType } from '@switchboard/contract/hours';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import { CLOSED_ROUTING_FIELD } from '@switchboard/routing-core/schedule/hours-diff';
import type { Change, Mismatch, OpResult, WriteOutcome } from '../../write-pipeline/types';

export interface AuditRow {
  id: string;
  kind: string;
  at: Date;
  finished_at: Date | null;
  provider_calls: number | null;
  actor: string;
  actor_email: string | null;
  action: string;
  target: string;
  target_name: string | null;
  scope: string | null;
  before: unknown;
  after: unknown;
  ops: unknown;
  outcome: string;
  details: unknown;
}

interface Details {
  hours?: 'business' | 'closed';
  holidayId?: string | null;
  mismatches?: Mismatch[];
  diff?: Change[];
  message?: string | null;
  jobId?: string | null;
  /** The entry this one reverts. */
  revertOf?: string | null;
  /** hours and holiday entries: the extension's type. */
  targetType?: ExtensionType;
  /** holiday entries: the holiday written. */
  holiday?: { id: string | null; name: string };
}

function base(row: AuditRow, d: Details) {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    actor: { id: row.actor, email: row.actor_email },
    ops: (row.ops ?? []) as OpResult[],
    outcome: row.outcome as WriteOutcome | 'interrupted',
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
    zoomCalls: row.provider_calls ?? null,
    mismatches: d.mismatches ?? [],
    diff: d.diff ?? [],
    message: d.message ?? null,
    jobId: d.jobId ?? null,
    revertOf: d.revertOf ?? null,
  };
}

/** "business hours", "closed-hours routing", or both, from what the change touched. */
function hoursSubject(diff: readonly Change[]): string {
  const routing = diff.some((c) => c.field === CLOSED_ROUTING_FIELD);
  const week = diff.some((c) => c.field !== CLOSED_ROUTING_FIELD);
  if (routing && !week) return 'closed-hours routing';
  if (routing && week) return 'business hours and closed-hours routing';
  return 'business hours';
}

export function toEntry(row: AuditRow): AuditEntry {
  const d = (row.details ?? {}) as Details;
  const target = { id: row.target, name: row.target_name };
  if (row.kind === 'hours') {
    return {
      ...base(row, d),
      kind: 'hours',
      action: 'hours.apply',
      target: { type: d.targetType ?? 'user', ...target },
      subject: hoursSubject(d.diff ?? []),
      before: (row.before ?? null) as HoursAuditEntry['before'],
      after: (row.after ?? null) as HoursAuditEntry['after'],
    };
  }
  if (row.kind === 'holiday') {
    const holiday = d.holiday ?? { id: null, name: 'a holiday' };
    return {
      ...base(row, d),
      kind: 'holiday',
      action: row.action === 'holiday.update' ? 'holiday.update' : row.action === 'holiday.delete' ? 'holiday.delete' : 'holiday.add',
      target: { type: d.targetType ?? 'user', ...target },
      holiday,
      subject: `holiday “${holiday.name}”`,
      before: (row.before ?? null) as HolidayAuditEntry['before'],
      after: (row.after ?? null) as HolidayAuditEntry['after'],
    };
  }
  if (row.kind === 'person') {
    const action = PERSON_ACTIONS.find((a) => a === row.action) ?? 'person.update';
    return {
      ...base(row, d),
      kind: 'person',
      action,
      target: { type: 'person', ...target },
      subject: action === 'session.revoke' ? 'a session' : action === 'person.reset-password' ? 'password' : 'access',
      before: (row.before ?? null) as PersonAuditEntry['before'],
      after: (row.after ?? null) as PersonAuditEntry['after'],
    };
  }
  const holidayId = row.scope?.startsWith('holiday:') ? row.scope.slice('holiday:'.length) : (d.holidayId ?? null);
  const hours = d.hours ?? (row.scope === 'closed' ? 'closed' : 'business');
  return {
    ...base(row, d),
    kind: 'ivr',
    action: row.action === 'ivr.copy' ? 'ivr.copy' : 'ivr.apply',
    target: { type: 'autoReceptionist', ...target },
    scope: { hours, holidayId },
    subject: holidayId ? 'a holiday menu' : `${hours} hours menu`,
    before: (row.before ?? null) as Menu | null,
    after: (row.after ?? null) as Menu | null,
  };
}
