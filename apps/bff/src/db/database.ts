// One Kysely instance per process over PGlite (default, in DATA_DIR or in
// memory) or PostgreSQL (DATABASE_URL). Both run the same migrations.
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Config } from '../config/env';
import { migrateToLatest } from './migrations';
import type { Tables } from './tables';

export type Db = Kysely<Tables>;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

async function openPglite(dataDir: string | null): Promise<Kysely<Tables>> {
  const [{ PGlite }, { PGliteDialect }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('kysely-pglite-dialect'),
  ]);
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = dataDir ? new PGlite(dataDir) : new PGlite();
  await pglite.waitReady;
  return new Kysely<Tables>({ dialect: new PGliteDialect(pglite) });
}

/**
 * PGlite is single-user: two instances on one directory would corrupt it, and
 * each costs hundreds of MB. So a directory is opened once per process and
 * shared; it closes when its last user closes it.
 */
const sharedPglite = new Map<string, { kysely: Promise<Kysely<Tables>>; users: number }>();

function pgliteFor(dataDir: string | null): { kysely: Promise<Kysely<Tables>>; release(): Promise<void> } {
  if (dataDir === null) {
    const kysely = openPglite(null);
    return { kysely, release: async () => (await kysely).destroy() };
  }
  let entry = sharedPglite.get(dataDir);
  if (!entry) {
    entry = { kysely: openPglite(dataDir), users: 0 };
    sharedPglite.set(dataDir, entry);
    entry.kysely.catch(() => sharedPglite.delete(dataDir));
  }
  entry.users++;
  const e = entry;
  let released = false;
  return {
    kysely: e.kysely,
    async release() {
      if (released) return;
      released = true;
      if (--e.users === 0) {
        sharedPglite.delete(dataDir);
        await (await e.kysely).destroy();
      }
    },
  };
}

async function openPostgres(url: string, schema?: string): Promise<Kysely<Tables>> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Open and migrate the configured database. `schema` (PostgreSQL only) puts
 * every table in that schema, which tests use to stay isolated.
 */
export async function openDatabase(db: Config['db'], opts: { schema?: string } = {}): Promise<Database> {
  let kysely: Kysely<Tables>;
  let release: () => Promise<void>;
  if (db.kind === 'postgres') {
    kysely = await openPostgres(db.url, opts.schema);
    release = () => kysely.destroy();
  } else {
    const shared = pgliteFor(db.dataDir);
    release = shared.release;
    kysely = await shared.kysely.catch(async (err: unknown) => {
      await release();
      throw err;
    });
  }
  try {
    if (opts.schema) await sql`create schema if not exists ${sql.id(opts.schema)}`.execute(kysely);
    await migrateToLatest(kysely as Kysely<unknown>, opts.schema);
  } catch (err) {
    await release();
    throw err;
  }
  return {
    kind: db.kind,
    db: kysely,
    async ping() {
      try {
        await sql`select 1`.execute(kysely);
        return true;
      } catch {
        return false;
      }
    },
    close: release,
  };
}
