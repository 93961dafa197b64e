// The columns migration 0002 added to audit_log, typed for Kysely on top of
// db/tables.ts (which describes 0001).
import type { ColumnType } from 'kysely';
import type { Db } from '../../db/database';

type Json = ColumnType<unknown, string, string>;

export interface AuditLogColumns0002 {
  actor_email: string | null;
  target_name: string | null;
  /** {hours, holidayId, mismatches, diff, message, jobId} */
  details: Json | null;
}

export const auditDb = (db: Db) => db.withTables<{ audit_log: AuditLogColumns0002 }>();
