// Row types of the BFF's own tables (the migrations in migrations.ts create them).
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Role } from '@switchboard/contract/session';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: read as parsed JSON, written as a JSON string (see db/json.ts). */
type Json = ColumnType<unknown, string, string>;

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  created_at: Generated<Date>;
  /** Set when an admin disabled the account (migration 0005). */
  disabled_at: Timestamp | null;
  /** false while an invited person has not chosen a password (migration 0005). */
  password_set: Generated<boolean>;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a stolen table does not yield usable cookies. */
  id: string;
  user_id: string;
  csrf_token: string;
  expires_at: Timestamp;
  created_at: Generated<Date>;
  /** The address it signed in from (migration 0005). */
  ip: string | null;
  /** An opaque id for listing and ending it (migration 0005). */
  public_id: string | null;
}

/** A one-time link to choose a password: an invitation or a reset (migration 0005). */
export interface OneTimeLinksTable {
  /** sha256 of the link's token. */
  token_hash: string;
  user_id: string;
  purpose: 'invite' | 'reset';
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_by: string;
  created_at: Generated<Date>;
}

/** One sign-in attempt, reserved before its password check (auth/throttle.ts). */
export interface LoginAttemptsTable {
  id: Generated<number>;
  /** The normalized email as typed, whether or not an account has it. */
  email: string;
  ip: string;
  /** Always false: a row is a failure until its attempt succeeds, and then it is deleted. */
  succeeded: boolean;
  /** A later success for the account cleared it: it no longer locks the account, but still counts for its address. */
  cleared: Generated<boolean>;
  at: Generated<Date>;
}

export interface AuditLogTable {
  id: string;
  at: Generated<Date>;
  actor: string;
  action: string;
  /** e.g. the auto receptionist id */
  target: string;
  /** e.g. "business", "closed" or "holiday:<id>" */
  scope: string | null;
  before: Json | null;
  after: Json | null;
  ops: Json | null;
  outcome: string;
}

export interface Tables {
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  one_time_links: OneTimeLinksTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type AuditRow = Selectable<AuditLogTable>;
