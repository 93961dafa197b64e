// The jobs table (migration 0002), typed for Kysely on top of db/tables.ts.
import type { ColumnType, Generated } from 'kysely';
import type { Db } from '../../db/database';

type Json = ColumnType<unknown, string, string>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface JobsTable {
  id: string;
  kind: string;
  status: string;
  created_by: string;
  created_by_email: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  input: Json;
  progress: Json;
  results: Json;
  summary: Json | null;
  /** host|pid|boot of the process running the job (lib/process-identity.ts), and its heartbeat. */
  owner: string | null;
  heartbeat_at: Timestamp | null;
}

export const jobsDb = (db: Db) => db.withTables<{ jobs: JobsTable }>();
