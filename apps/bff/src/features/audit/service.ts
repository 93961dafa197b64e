// The change history: one row per write the pipeline ran (see
// write-pipeline/run-write.ts), of every kind of object (IVR menus, hours,
// holidays), read back in the contract's shape (entry.ts).
import { sql } from 'kysely';
import type { AuditEntry, AuditQuery } from '@switchboard/contract/audit';
import { can } from '@switchboard/contract/permissions';
import type { Role } from '@switchboard/contract/session';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import type { Db } from '../../db/database';
import type { WriteJournal } from '../../write-pipeline/types';
import { toEntry } from './entry';
import { journalFor, type EntryMeta } from './journal';
import { recoverInterrupted } from './recovery';
import { auditDb } from './table';

/** Told when a write that sent something to Zoom is recorded as finished (the routing snapshot is then stale). */
export type WriteLandedListener = (entry: { kind: string; targetId: string }) => void;

export class AuditService {
  private readonly landed = new Set<WriteLandedListener>();

  constructor(private readonly db: Db) {}

  /** Hear of every write that sent something to Zoom, once its history entry is finished; returns the unsubscribe. */
  onWriteLanded(listener: WriteLandedListener): () => void {
    this.landed.add(listener);
    return () => this.landed.delete(listener);
  }

  /** The journal, telling the listeners when a run that sent something to Zoom finishes (whatever its outcome). */
  private watched<S>(journal: WriteJournal<S>, kind: string, targetId: string): WriteJournal<S> {
    return {
      begin: (entry) => journal.begin(entry),
      op: (id, index, op) => journal.op(id, index, op),
      finish: async (id, record) => {
        const out = await journal.finish(id, record);
        if (record.ops.length > 0) for (const l of this.landed) l({ kind, targetId });
        return out;
      },
    };
  }

  /** The write-ahead journal of one IVR menu write (see journal.ts). */
  ivrJournal(input: {
    action: 'ivr.apply' | 'ivr.copy';
    actor: { id: string; email: string | null };
    target: { id: string; name: string | null };
    scope: { hours: 'business' | 'closed'; holidayId: string | null };
    jobId: string | null;
    revertOf?: string | null;
  }): WriteJournal<Menu> {
    const journal = journalFor<Menu>(this.db, {
      kind: 'ivr',
      action: input.action,
      actor: input.actor,
      target: input.target,
      scope: input.scope.holidayId ? `holiday:${input.scope.holidayId}` : input.scope.hours,
      details: { hours: input.scope.hours, holidayId: input.scope.holidayId },
      jobId: input.jobId,
      revertOf: input.revertOf ?? null,
    });
    return this.watched(journal, 'ivr', input.target.id);
  }

  /** The write-ahead journal of any other write (hours, holidays): the feature names its kind, target and details. */
  journal<S>(meta: EntryMeta<S>): WriteJournal<S> {
    return this.watched(journalFor<S>(this.db, meta), meta.kind, meta.target.id);
  }

  /** Mark runs cut off by a crash as interrupted (recovery.ts); returns their ids. */
  recover(): Promise<string[]> {
    return recoverInterrupted(this.db);
  }

  /** The entries a job's targets left, oldest first (for the job's true summary after a crash). */
  async forJob(jobId: string): Promise<AuditEntry[]> {
    const rows = await auditDb(this.db)
      .selectFrom('audit_log')
      .selectAll()
      .where(sql<boolean>`details->>'jobId' = ${jobId}`)
      .orderBy('at', 'asc')
      .execute();
    return rows.map(toEntry);
  }

  /** What `role` may read: changes to who signs in only for those who manage people. */
  static readable(role: Role): { people: boolean } {
    return { people: can(role, 'managePeople') };
  }

  /** `people: false` leaves out changes to who signs in (see `readable`). */
  async list(query: AuditQuery, opts: { people: boolean } = { people: true }): Promise<AuditEntry[]> {
    let q = auditDb(this.db).selectFrom('audit_log').selectAll();
    if (!opts.people) q = q.where('kind', '!=', 'person');
    if (query.target) q = q.where('target', '=', query.target);
    if (query.actor) q = q.where(sql<string>`lower(actor_email)`, '=', query.actor.toLowerCase());
    if (query.outcome) q = q.where('outcome', '=', query.outcome);
    if (query.kind) q = q.where('kind', '=', query.kind);
    if (query.before) q = q.where('at', '<', new Date(query.before));
    const rows = await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(query.limit).execute();
    return rows.map(toEntry);
  }

  /**
   * The last change made through Switchboard to one menu, if what it read back
   * is what Zoom has now (`isCurrent`): that person left the menu this way.
   * null when the history has no such change, so it was made outside
   * Switchboard; undefined when the history cannot tell (the last run was
   * interrupted, is still going, or could not read the menu back).
   */
  async lastChangeLeaving(
    target: string,
    scope: string,
    isCurrent: (menu: Menu) => boolean,
  ): Promise<{ auditId: string; email: string | null; at: string } | null | undefined> {
    const last = await auditDb(this.db)
      .selectFrom('audit_log')
      .select(['id', 'actor_email', 'at', 'after', 'finished_at'])
      .where('kind', '=', 'ivr')
      .where('target', '=', target)
      .where('scope', '=', scope)
      // Runs that wrote nothing do not explain a change.
      .where('outcome', 'not in', ['conflict', 'no_change'])
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!last) return null;
    if (!last.after) return undefined; // it may have written, and nobody read back what it left
    if (!isCurrent(last.after as Menu)) return null;
    return { auditId: last.id, email: last.actor_email, at: new Date(last.finished_at ?? last.at).toISOString() };
  }

  /** One entry; null when there is none, or it is a change to people and `people` is false. */
  async get(id: string, opts: { people: boolean } = { people: true }): Promise<AuditEntry | null> {
    let q = auditDb(this.db).selectFrom('audit_log').selectAll().where('id', '=', id);
    if (!opts.people) q = q.where('kind', '!=', 'person');
    const row = await q.executeTakeFirst();
    return row ? toEntry(row) : null;
  }
}
