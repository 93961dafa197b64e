// The change history: one row per write the pipeline ran (see
// write-pipeline/run-write.ts), read back in the contract's shape.
import { randomUUID } from 'node:crypto';
import type { AuditEntry, AuditQuery } from '@switchboard/contract/audit';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import type { Db } from '../../db/database';
import { toJson } from '../../db/json';
import type { Change, Mismatch, OpResult, WriteOutcome } from '../../write-pipeline/run-write';
import { auditDb } from './table';

export interface IvrAuditInput {
  action: 'ivr.apply' | 'ivr.copy';
  actor: { id: string; email: string | null };
  target: { id: string; name: string | null };
  scope: { hours: 'business' | 'closed'; holidayId: string | null };
  before: Menu | null;
  after: Menu | null;
  ops: OpResult[];
  outcome: WriteOutcome;
  mismatches: Mismatch[];
  diff: Change[];
  message: string;
  jobId: string | null;
}

interface Details {
  hours?: 'business' | 'closed';
  holidayId?: string | null;
  mismatches?: Mismatch[];
  diff?: Change[];
  message?: string;
  jobId?: string | null;
}

export class AuditService {
  constructor(private readonly db: Db) {}

  async recordIvr(input: IvrAuditInput): Promise<string> {
    const id = randomUUID();
    const details: Details = {
      hours: input.scope.hours,
      holidayId: input.scope.holidayId,
      mismatches: input.mismatches,
      diff: input.diff,
      message: input.message,
      jobId: input.jobId,
    };
    await auditDb(this.db)
      .insertInto('audit_log')
      .values({
        id,
        actor: input.actor.id,
        actor_email: input.actor.email,
        action: input.action,
        target: input.target.id,
        target_name: input.target.name,
        scope: input.scope.holidayId ? `holiday:${input.scope.holidayId}` : input.scope.hours,
        before: toJson(input.before)!,
        after: toJson(input.after)!,
        ops: toJson(input.ops)!,
        outcome: input.outcome,
        details: toJson(details)!,
      })
      .execute();
    return id;
  }

  async list(query: AuditQuery): Promise<AuditEntry[]> {
    let q = auditDb(this.db).selectFrom('audit_log').selectAll();
    if (query.target) q = q.where('target', '=', query.target);
    const rows = await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(query.limit).execute();
    return rows.map(toEntry);
  }

  async get(id: string): Promise<AuditEntry | null> {
    const row = await auditDb(this.db).selectFrom('audit_log').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toEntry(row) : null;
  }
}

type Row = {
  id: string;
  at: Date;
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
};

function toEntry(row: Row): AuditEntry {
  const d = (row.details ?? {}) as Details;
  const holidayId = row.scope?.startsWith('holiday:') ? row.scope.slice('holiday:'.length) : (d.holidayId ?? null);
  return {
    kind: 'ivr',
    id: row.id,
    at: new Date(row.at).toISOString(),
    actor: { id: row.actor, email: row.actor_email },
    action: row.action === 'ivr.copy' ? 'ivr.copy' : 'ivr.apply',
    target: { type: 'autoReceptionist', id: row.target, name: row.target_name },
    scope: { hours: d.hours ?? (row.scope === 'closed' ? 'closed' : 'business'), holidayId },
    before: (row.before ?? null) as Menu | null,
    after: (row.after ?? null) as Menu | null,
    ops: (row.ops ?? []) as OpResult[],
    outcome: row.outcome as WriteOutcome,
    mismatches: d.mismatches ?? [],
    diff: d.diff ?? [],
    message: d.message ?? null,
    jobId: d.jobId ?? null,
  };
}
