import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, expect, test } from 'vitest';
import { openDatabase } from './database';

const root = mkdtempSync(path.join(tmpdir(), 'sb-data-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('PGlite on disk: creates missing parent directories, one instance per directory, closes with its last user', async () => {
  const dataDir = path.join(root, 'nested', 'data');
  const a = await openDatabase({ kind: 'pglite', dataDir });
  const b = await openDatabase({ kind: 'pglite', dataDir });
  expect(existsSync(dataDir)).toBe(true);
  expect(b.db).toBe(a.db);
  await a.close();
  expect(await b.ping()).toBe(true);
  await b.close();
  expect(await b.ping()).toBe(false);
  // reopening finds the migrated schema and its data
  const c = await openDatabase({ kind: 'pglite', dataDir });
  const tables = await sql<{ n: number }>`select count(*)::int as n from kysely_migration`.execute(c.db);
  expect(tables.rows[0]!.n).toBeGreaterThan(0);
  await c.close();
}, 60_000);
