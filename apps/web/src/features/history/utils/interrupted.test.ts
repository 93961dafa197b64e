import { describe, expect, it } from 'vitest';
import type { AuditEntry, IvrAuditEntry } from '@switchboard/contract/audit';
import { interruptedChanges } from './interrupted';

const entry = (id: string, at: string, outcome: AuditEntry['outcome'], scope: IvrAuditEntry['scope'], finishedAt: string | null = at): AuditEntry => ({
  kind: 'ivr',
  subject: 'business hours menu',
  id,
  at,
  finishedAt,
  zoomCalls: 2,
  actor: { id: 'u', email: 'admin@example.com' },
  action: 'ivr.apply',
  target: { type: 'autoReceptionist', id: 'ar', name: 'Main' },
  scope,
  before: null,
  after: null,
  ops: [],
  outcome,
  mismatches: [],
  diff: [],
  message: null,
  jobId: null,
  revertOf: null,
});

const business = { hours: 'business' as const, holidayId: null };
const closed = { hours: 'closed' as const, holidayId: null };

describe('interruptedChanges', () => {
  it('names a menu whose latest finished change was interrupted', () => {
    const e = [entry('1', '2026-11-30T10:00:00Z', 'applied', business), entry('2', '2026-11-30T11:00:00Z', 'interrupted', business)];
    expect(interruptedChanges(e).map((x) => x.id)).toEqual(['2']);
  });

  it('a later change to the same menu settles it; other menus are judged on their own', () => {
    const e = [
      entry('1', '2026-11-30T10:00:00Z', 'interrupted', business),
      entry('2', '2026-11-30T11:00:00Z', 'applied', business),
      entry('3', '2026-11-30T12:00:00Z', 'interrupted', closed),
    ];
    expect(interruptedChanges(e).map((x) => x.id)).toEqual(['3']);
  });

  it('a change still running (not finished) is not called interrupted', () => {
    expect(interruptedChanges([entry('1', '2026-11-30T10:00:00Z', 'interrupted', business, null)])).toEqual([]);
  });
});
