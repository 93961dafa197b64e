// The same migrations on PGlite (in memory) and on a real PostgreSQL.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, describe, expect, test } from 'vitest';
import { openDatabase } from './database';
import type { Database } from './database';
import { migrations } from './migrations';
import { toJson } from './json';
import { testDatabase } from '../testing/harness';
import { POSTGRES_URL, postgresReachable, requirePostgres } from '../testing/postgres';

const hasPostgres = await postgresReachable('migrations');

async function exercise(database: Database, schema = 'public') {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables where table_schema = ${schema} order by table_name`.execute(database.db);
  expect(tables.rows.map((r) => r.table_name)).toEqual(
    expect.arrayContaining(['audit_log', 'login_attempts', 'sessions', 'users']),
  );
  const id = `audit-${randomBytes(4).toString('hex')}`;
  await database.db
    .insertInto('audit_log')
    .values({
      id,
      actor: 'admin@example.com',
      action: 'ivr.apply',
      target: 'AR1',
      scope: 'business',
      before: toJson({ keys: { '1': 2 } }),
      after: toJson('plain string'),
      ops: toJson([{ method: 'PATCH' }]),
      outcome: 'applied',
    })
    .execute();
  const row = await database.db.selectFrom('audit_log').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  expect(row.before).toEqual({ keys: { '1': 2 } });
  expect(row.after).toBe('plain string');
  expect(row.ops).toEqual([{ method: 'PATCH' }]);
  expect(row.at).toBeInstanceOf(Date);
  await expect(
    database.db
      .insertInto('users')
      .values([
        { id: `u1-${id}`, email: `${id}@x.test`, name: 'A', role: 'admin', password_hash: 'h' },
        { id: `u2-${id}`, email: `${id}@x.test`, name: 'B', role: 'admin', password_hash: 'h' },
      ])
      .execute(),
  ).rejects.toThrow();
  expect(await database.ping()).toBe(true);
}

describe('migrations', () => {
  test('PGlite: every table exists, jsonb round-trips, email is unique', async () => {
    await exercise(await testDatabase());
  });

  const schema = `bff_test_${randomBytes(4).toString('hex')}`;
  let pg: Database | undefined;
  afterAll(async () => {
    if (!pg) return;
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(pg.db);
    await pg.close();
  });

  test.skipIf(!hasPostgres && !requirePostgres)('PostgreSQL: the same migrations run in their own schema, and twice is a no-op', async () => {
    pg = await openDatabase({ kind: 'postgres', url: POSTGRES_URL }, { schema });
    await exercise(pg, schema);
    const applied = await sql<{ name: string }>`select name from ${sql.id(schema, 'kysely_migration')} order by name`.execute(pg.db);
    expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(migrations));
    const again = await openDatabase({ kind: 'postgres', url: POSTGRES_URL }, { schema });
    await again.close();
  });
});
