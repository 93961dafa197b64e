import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@switchboard/contract/audit';
import type { Permission } from '@switchboard/contract/permissions';
import { canRevert } from './can-revert';

const entry = (over: Partial<AuditEntry>): AuditEntry =>
  ({ kind: 'cc', action: 'cc.businessHours.update', outcome: 'applied', finishedAt: '2026-11-30T10:00:00Z', before: {}, ...over }) as AuditEntry;
const admin = (_p: Permission) => true;
const manager = (p: Permission) => p === 'editHolidays';

describe('canRevert', () => {
  it('offers Revert only where a revert exists and the role may make that change', () => {
    expect(canRevert(entry({}), admin)).toBe(true);
    expect(canRevert(entry({ action: 'cc.asset.create' } as Partial<AuditEntry>), admin)).toBe(false);
    expect(canRevert(entry({}), manager)).toBe(false);
    expect(canRevert(entry({ kind: 'person', action: 'person.update' } as Partial<AuditEntry>), admin)).toBe(false);
    expect(canRevert(entry({ outcome: 'conflict' }), admin)).toBe(false);
    expect(canRevert(entry({ finishedAt: null }), admin)).toBe(false);
    expect(canRevert(entry({ kind: 'holiday', action: 'holiday.add' } as Partial<AuditEntry>), manager)).toBe(true);
  });
});
