// After a crash: history entries whose run was cut off (finished_at null and
// their process gone, see lib/process-identity.ts) are marked `interrupted`,
// saying which requests were answered, which was sent with its answer lost,
// and which were never sent. Run at start-up and then every half minute (a
// replica may die while others live).
import type { Db } from '../../db/database';
import { toJson } from '../../db/json';
import { ownerGone } from '../../lib/process-identity';
import type { OpResult } from '../../write-pipeline/types';
import { auditDb } from './table';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The statuses an interrupted run's requests end with: pending → skipped (never sent), sending → unknown. */
export function settleOps(ops: OpResult[]): OpResult[] {
  return ops.map((op) =>
    op.status === 'pending' ? { ...op, status: 'skipped' } : op.status === 'sending' ? { ...op, status: 'unknown' } : op,
  );
}

export function interruptedMessage(ops: OpResult[]): string {
  const answered = ops.filter((o) => o.status === 'applied' || o.status === 'failed');
  const accepted = answered.filter((o) => o.status === 'applied').length;
  const unknown = ops.filter((o) => o.status === 'unknown').length;
  const unsent = ops.filter((o) => o.status === 'skipped').length;
  const parts = [
    `${accepted} of ${plural(ops.length, 'request')} ${accepted === 1 ? 'was' : 'were'} accepted by Zoom`,
    ...(answered.length > accepted ? [`${answered.length - accepted} refused`] : []),
    ...(unknown ? [`${unknown} ${unknown === 1 ? 'was' : 'were'} on the way to Zoom, which may or may not have applied ${unknown === 1 ? 'it' : 'them'}`] : []),
    `${unsent} ${unsent === 1 ? 'was' : 'were'} not sent`,
  ];
  return `Switchboard stopped while applying this change: ${parts.join(', ')}. Review what Zoom holds now before changing it again.`;
}

/** Mark every cut-off run interrupted; returns the ids marked. */
export async function recoverInterrupted(db: Db, now: Date = new Date()): Promise<string[]> {
  const table = auditDb(db);
  const open = await table
    .selectFrom('audit_log')
    .select(['id', 'owner', 'heartbeat_at', 'ops', 'details'])
    .where('finished_at', 'is', null)
    .execute();
  const marked: string[] = [];
  for (const row of open) {
    if (!ownerGone(row.owner, row.heartbeat_at ? new Date(row.heartbeat_at) : null, now.getTime())) continue;
    const ops = settleOps((row.ops ?? []) as OpResult[]);
    const details = { ...((row.details ?? {}) as Record<string, unknown>), message: interruptedMessage(ops) };
    const sent = ops.filter((o) => o.status !== 'skipped').length;
    const updated = await table
      .updateTable('audit_log')
      .set({ ops: toJson(ops)!, outcome: 'interrupted', details: toJson(details)!, finished_at: now, provider_calls: 1 + sent })
      .where('id', '=', row.id)
      .where('finished_at', 'is', null) // another process may have settled it meanwhile
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) > 0) marked.push(row.id);
  }
  return marked;
}
