// The change history: one row per write the pipeline ran (see
// write-pipeline/run-write.ts), of every kind of object (IVR menus, hours,
// holidays), read back in the contract's shape (entry.ts).
import { sql } from 'kysely';
import type { AuditEntry, AuditQuery } from '@switchboard/contract/audit';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import type { Db } from '../../db/database';
import type { WriteJournal } from '../../write-pipeline/types';
import { toEntry } from './entry';
import { journalFor, type EntryMeta } from './journal';
import { recoverInterrupted } from './recovery';
import { auditDb } from './table';

export class AuditService {
  constructor(private readonly db: Db) {}

  /** The write-ahead journal of one IVR menu write (see journal.ts). */
  ivrJournal(input: {
    action: 'ivr.apply' | 'ivr.copy';
    actor: { id: string; email: string | null };
    target: { id: string; name: string | null };
    scope: { hours: 'business' | 'closed'; holidayId: string | null };
    jobId: string | null;
    revertOf?: string | null;
  }): WriteJournal<Menu> {
    return journalFor<Menu>(this.db, {
      kind: 'ivr',
      action: input.action,
      actor: input.actor,
      target: input.target,
      scope: input.scope.holidayId ? `holiday:${input.scope.holidayId}` : input.scope.hours,
      details: { hours: input.scope.hours, holidayId: input.scope.holidayId },
      jobId: input.jobId,
      revertOf: input.revertOf ?? null,
    });
  }

  /** The write-ahead journal of any other write (hours, holidays): the feature names its kind, target and details. */
  journal<S>(meta: EntryMeta<S>): WriteJournal<S> {
    return journalFor<S>(this.db, meta);
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

  /** `people: false` leaves out changes to who signs in (only those who manage people see them). */
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

  async get(id: string): Promise<AuditEntry | null> {
    const row = await auditDb(this.db).selectFrom('audit_log').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toEntry(row) : null;
  }
}
