// Schema migrations, kept in code so the bundle carries them. PGlite and
// PostgreSQL run exactly the same list. Append new migrations; never edit one
// that has shipped.
import { Migrator, sql } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';

export const migrations: Record<string, Migration> = {
  '0001_users_sessions_audit': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'support', 'manager')`))
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex('sessions_user_id_idx').on('sessions').column('user_id').execute();
      await db.schema
        .createTable('login_attempts')
        .addColumn('id', 'bigserial', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('ip', 'text', (c) => c.notNull())
        .addColumn('succeeded', 'boolean', (c) => c.notNull())
        .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createIndex('login_attempts_email_ip_at_idx')
        .on('login_attempts')
        .columns(['email', 'ip', 'at'])
        .execute();
      await db.schema.createIndex('login_attempts_ip_at_idx').on('login_attempts').columns(['ip', 'at']).execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('scope', 'text')
        .addColumn('before', 'jsonb')
        .addColumn('after', 'jsonb')
        .addColumn('ops', 'jsonb')
        .addColumn('outcome', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_log_target_at_idx').on('audit_log').columns(['target', 'at']).execute();
    },
    async down(db: Kysely<unknown>) {
      for (const t of ['audit_log', 'login_attempts', 'sessions', 'users']) await db.schema.dropTable(t).execute();
    },
  },
  '0002_write_pipeline_jobs': {
    // The write pipeline's audit entries name the actor's email and the changed
    // object, and keep mismatches / diff / job id as details; background jobs
    // (bulk copy) keep their state so a reload or another tab can follow them.
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('audit_log')
        .addColumn('actor_email', 'text')
        .addColumn('target_name', 'text')
        .addColumn('details', 'jsonb')
        .execute();
      await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_by_email', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('input', 'jsonb', (c) => c.notNull())
        .addColumn('progress', 'jsonb', (c) => c.notNull())
        .addColumn('results', 'jsonb', (c) => c.notNull())
        .addColumn('summary', 'jsonb')
        .execute();
      await db.schema.createIndex('jobs_created_at_idx').on('jobs').column('created_at').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('jobs').execute();
      await db.schema.dropIndex('audit_log_at_idx').execute();
      await db.schema.alterTable('audit_log').dropColumn('details').dropColumn('target_name').dropColumn('actor_email').execute();
    },
  },
  '0003_write_ahead_history': {
    // The history is written ahead of every request to Zoom: an entry exists
    // (finished_at null) while its run goes on, owned by the process running it
    // (host|pid|boot) with a heartbeat, so another process can tell a write cut
    // off by a crash and mark it interrupted. Jobs carry the same owner and
    // heartbeat. `kind` names the object type written (ivr, hours, holiday…).
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('audit_log')
        .addColumn('kind', 'text', (c) => c.notNull().defaultTo('ivr'))
        .addColumn('finished_at', 'timestamptz')
        .addColumn('owner', 'text')
        .addColumn('heartbeat_at', 'timestamptz')
        .addColumn('provider_calls', 'integer')
        .execute();
      await sql`update audit_log set finished_at = at`.execute(db);
      await db.schema.createIndex('audit_log_finished_at_idx').on('audit_log').column('finished_at').execute();
      await db.schema.alterTable('jobs').addColumn('owner', 'text').addColumn('heartbeat_at', 'timestamptz').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('jobs').dropColumn('heartbeat_at').dropColumn('owner').execute();
      await db.schema.dropIndex('audit_log_finished_at_idx').execute();
      await db.schema
        .alterTable('audit_log')
        .dropColumn('provider_calls')
        .dropColumn('heartbeat_at')
        .dropColumn('owner')
        .dropColumn('finished_at')
        .dropColumn('kind')
        .execute();
    },
  },
  '0004_sign_in_throttle': {
    // Sign-in throttling per account and per address (docs/decisions/007):
    // a row is an attempt reserved before its password check (a failure unless
    // it succeeds). A success deletes its own address's rows for the account
    // and marks the account's rows from other addresses `cleared`: they no
    // longer lock the account but still count for their address.
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('login_attempts')
        .addColumn('cleared', 'boolean', (c) => c.notNull().defaultTo(false))
        .execute();
      await db.schema.createIndex('login_attempts_email_at_idx').on('login_attempts').columns(['email', 'at']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('login_attempts_email_at_idx').execute();
      await db.schema.alterTable('login_attempts').dropColumn('cleared').execute();
    },
  },
  '0005_people': {
    // People management (issue 13): an account can be disabled (it cannot sign
    // in and its sessions end at their next request) or invited (no password
    // chosen yet); a one-time link, stored as the hash of its token, lets the
    // person choose a password. Sessions keep the address they signed in from
    // and an opaque public id for listing and ending them.
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('users')
        .addColumn('disabled_at', 'timestamptz')
        .addColumn('password_set', 'boolean', (c) => c.notNull().defaultTo(true))
        .execute();
      await db.schema.alterTable('sessions').addColumn('ip', 'text').addColumn('public_id', 'text').execute();
      await sql`update sessions set public_id = substr(md5(id), 1, 24)`.execute(db);
      await db.schema
        .createTable('one_time_links')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('invite', 'reset')`))
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .addColumn('used_at', 'timestamptz')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('one_time_links').execute();
      await db.schema.alterTable('sessions').dropColumn('public_id').dropColumn('ip').execute();
      await db.schema.alterTable('users').dropColumn('password_set').dropColumn('disabled_at').execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Bring the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown>, schema?: string): Promise<string[]> {
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const what = failed ? `migration ${failed.migrationName}` : 'the migrations';
    throw new Error(`The database could not be prepared: ${what} failed (${(error as Error).message}).`, {
      cause: error,
    });
  }
  return (results ?? []).map((r) => r.migrationName);
}
