// The storage suite runs each case on every database Switchboard supports:
// PGlite (the embedded default) and PostgreSQL (DATABASE_URL), the latter in a
// schema of its own per run so runs never see each other's rows. In CI a
// missing PostgreSQL fails the suite instead of skipping it.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { openDatabase } from '../db/database';
import type { Database } from '../db/database';
import { testDatabase } from './harness';
import { POSTGRES_URL, postgresReachable, requirePostgres } from './postgres';

export interface StorageBackend {
  name: 'PGlite' | 'PostgreSQL';
  /** false only on a developer's machine without PostgreSQL (announced loudly). */
  available: boolean;
  open(): Promise<Database>;
  /** Drops what the run created (PostgreSQL: its schema). */
  dispose(): Promise<void>;
}

/** The worker's shared in-memory PGlite (harness.ts): a second one would cost another half gigabyte. */
function pglite(): StorageBackend {
  return { name: 'PGlite', available: true, open: testDatabase, dispose: async () => undefined };
}

async function postgres(who: string): Promise<StorageBackend> {
  const schema = `sb_storage_${randomBytes(5).toString('hex')}`;
  const reachable = await postgresReachable(who);
  let db: Promise<Database> | undefined;
  return {
    name: 'PostgreSQL',
    // CI never skips: an unreachable server there makes open() fail the tests.
    available: reachable || requirePostgres,
    open: () => (db ??= openDatabase({ kind: 'postgres', url: POSTGRES_URL }, { schema })),
    async dispose() {
      if (!db) return;
      const opened = await db.catch(() => null);
      if (!opened) return;
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(opened.db);
      await opened.close();
    },
  };
}

export async function storageBackends(who: string): Promise<StorageBackend[]> {
  return [pglite(), await postgres(who)];
}
