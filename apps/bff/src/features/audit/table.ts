// The columns migrations 0002 and 0003 added to audit_log, typed for Kysely on
// top of db/tables.ts (which describes 0001).
import type { ColumnType, Generated } from 'kysely';
import type { Db } from '../../db/database';

type Json = ColumnType<unknown, string, string>;

export interface AuditLogColumns0002 {
  actor_email: string | null;
  target_name: string | null;
  /** {hours, holidayId, mismatches, diff, message, jobId} */
  details: Json | null;
}

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface AuditLogColumns0003 {
  kind: Generated<string>;
  /** null while the run goes on (written ahead); set when it finished or was found interrupted. */
  finished_at: Timestamp | null;
  /** host|pid|boot of the process running the write (lib/process-identity.ts). */
  owner: string | null;
  heartbeat_at: Timestamp | null;
  /** Zoom calls the run made: reads and sent requests. */
  provider_calls: number | null;
}

export const auditDb = (db: Db) => db.withTables<{ audit_log: AuditLogColumns0002 & AuditLogColumns0003 }>();

/** The object types the history records (the `kind` column). */
export type AuditKind = 'ivr' | 'hours' | 'holiday' | 'person';
