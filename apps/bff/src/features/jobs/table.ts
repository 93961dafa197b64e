// The jobs table (migration 0002), typed for Kysely on top of db/tables.ts.
import type { ColumnType, Generated } from 'kysely';
import type { AddHolidayJob, CopyIvrJob, Job, JobSummary } from '@switchboard/contract/jobs';
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

/** A stored row as the contract's job (JSON columns are written only from contract-shaped values). */
export function jobFromRow(row: {
  id: string;
  kind: string;
  status: string;
  created_by: string;
  created_by_email: string | null;
  created_at: Date;
  updated_at: Date;
  input: unknown;
  progress: unknown;
  results: unknown;
  summary: unknown;
}): Job {
  const common = {
    id: row.id,
    status: row.status as Job['status'],
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    createdBy: { id: row.created_by, email: row.created_by_email },
    progress: row.progress as Job['progress'],
    summary: (row.summary ?? null) as JobSummary | null,
  };
  if (row.kind === 'add-holiday') {
    return { ...common, kind: 'add-holiday', input: row.input as AddHolidayJob['input'], results: (row.results ?? []) as AddHolidayJob['results'] };
  }
  return { ...common, kind: 'copy-ivr', input: row.input as CopyIvrJob['input'], results: (row.results ?? []) as CopyIvrJob['results'] };
}
