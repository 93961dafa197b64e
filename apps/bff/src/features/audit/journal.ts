// The write pipeline's journal (write-pipeline/run-write.ts WriteJournal) on
// the audit_log table: the entry is inserted with the plan before anything is
// sent (outcome `interrupted`, finished_at null, owned by this process), each
// request is recorded as it is sent and answered, and the final record fills
// in the outcome. While the run goes on a heartbeat says its owner is alive.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database';
import { toJson } from '../../db/json';
import { HEARTBEAT_MS, ownerText } from '../../lib/process-identity';
import type { Change, OpResult, PlannedWrite, WriteJournal, WriteRecord } from '../../write-pipeline/types';
import { auditDb, type AuditKind } from './table';

/** What an entry is about, known before the run starts. */
export interface EntryMeta<S = unknown> {
  /** The object type written: 'ivr' (a menu), 'hours', 'holiday'. */
  kind: AuditKind;
  action: string;
  actor: { id: string; email: string | null };
  target: { id: string; name: string | null };
  /** e.g. "business", "closed" or "holiday:<id>" */
  scope: string;
  /** Stored as details beside the run's own (hours, holidayId…). */
  details: Record<string, unknown>;
  /** Details known only when the run finished (e.g. the id Zoom gave a new holiday). */
  finishDetails?: (record: WriteRecord<S>) => Record<string, unknown>;
  jobId: string | null;
  /** The history entry this write reverts (features/revert), if it is a revert. */
  revertOf?: string | null;
}

export function journalFor<S>(db: Db, meta: EntryMeta<S>): WriteJournal<S> {
  const table = () => auditDb(db);
  let ops: OpResult[] = [];
  let beat: NodeJS.Timeout | null = null;
  const stopBeat = () => {
    if (beat) clearInterval(beat);
    beat = null;
  };
  const details = (extra: Record<string, unknown>) => toJson({ ...meta.details, jobId: meta.jobId, revertOf: meta.revertOf ?? null, ...extra })!;

  return {
    async begin({ before, ops: planned, diff }: { before: S; ops: PlannedWrite[]; diff: Change[] }) {
      const id = randomUUID();
      ops = planned.map((op) => ({ ...op, status: 'pending', trackingId: null }));
      await table()
        .insertInto('audit_log')
        .values({
          id,
          kind: meta.kind,
          actor: meta.actor.id,
          actor_email: meta.actor.email,
          action: meta.action,
          target: meta.target.id,
          target_name: meta.target.name,
          scope: meta.scope,
          before: toJson(before)!,
          after: toJson(null)!,
          ops: toJson(ops)!,
          outcome: 'interrupted',
          details: details({ diff, mismatches: [], message: null }),
          finished_at: null,
          owner: ownerText(),
          heartbeat_at: new Date(),
        })
        .execute();
      beat = setInterval(() => {
        void table().updateTable('audit_log').set({ heartbeat_at: new Date() }).where('id', '=', id).execute().catch(() => undefined);
      }, HEARTBEAT_MS);
      beat.unref();
      return id;
    },

    async op(id, index, op) {
      ops[index] = op;
      await table()
        .updateTable('audit_log')
        .set({ ops: toJson(ops)!, heartbeat_at: new Date() })
        .where('id', '=', id)
        .execute();
    },

    async finish(id, record: WriteRecord<S>) {
      stopBeat();
      const values = {
        after: toJson(record.after)!,
        ops: toJson(record.ops)!,
        outcome: record.outcome,
        details: details({ ...meta.finishDetails?.(record), diff: record.diff, mismatches: record.mismatches, message: record.message }),
        finished_at: new Date(),
        heartbeat_at: new Date(),
        provider_calls: record.providerCalls,
      };
      if (id) {
        await table().updateTable('audit_log').set(values).where('id', '=', id).execute();
        return id;
      }
      // Nothing was sent (conflict, nothing to change): one insert, finished.
      const fresh = randomUUID();
      await table()
        .insertInto('audit_log')
        .values({
          id: fresh,
          kind: meta.kind,
          actor: meta.actor.id,
          actor_email: meta.actor.email,
          action: meta.action,
          target: meta.target.id,
          target_name: meta.target.name,
          scope: meta.scope,
          before: toJson(record.before)!,
          owner: ownerText(),
          ...values,
        })
        .execute();
      return fresh;
    },
  };
}
