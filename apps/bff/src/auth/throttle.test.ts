// The reservation itself, on PGlite and on PostgreSQL shared by two
// connection pools (as two BFF processes would share it): concurrent attempts
// must not get past the limits however they interleave.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../db/database';
import type { Database } from '../db/database';
import { testDatabase } from '../testing/harness';
import { POSTGRES_URL, postgresReachable, requirePostgres } from '../testing/postgres';
import { LoginThrottle, THROTTLE } from './throttle';
import type { Reservation } from './throttle';

const hasPostgres = await postgresReachable('throttle');
const unique = () => randomBytes(4).toString('hex');
const email = (label: string) => `${label}-${unique()}@example.test`;
const address = () => `10.${randomBytes(3).join('.')}`;
const granted = (rs: Reservation[]) => rs.filter((r) => r.ok).length;

/** Each throttle stands for one BFF process; they take turns sending attempts. */
function concurrencyTests(name: string, throttles: () => Promise<LoginThrottle[]>) {
  describe(name, () => {
    test('40 concurrent attempts for one account from 4 addresses: exactly 5 are let through', async () => {
      const ts = await throttles();
      const account = email('storm');
      const ips = [address(), address(), address(), address()];
      const results = await Promise.all(Array.from({ length: 40 }, (_, i) => ts[i % ts.length]!.reserve(account, ips[i % 4]!)));
      expect(granted(results)).toBe(THROTTLE.failuresPerAccount);
      const refused = results.filter((r) => !r.ok);
      expect(refused.every((r) => r.scope === 'account' && r.retryAfterSeconds > 880 && r.retryAfterSeconds <= 900)).toBe(true);
      // the reservations handed out said how many came before them: 0, 1, 2, 3, 4
      const earlier = results.flatMap((r) => (r.ok ? [r.earlierFailures] : [])).sort();
      expect(earlier).toEqual([0, 1, 2, 3, 4]);
    });

    test('30 concurrent attempts for 30 accounts from one address: exactly 10 accounts are let through', async () => {
      const ts = await throttles();
      const ip = address();
      const accounts = Array.from({ length: 30 }, () => email('spray'));
      const results = await Promise.all(accounts.map((a, i) => ts[i % ts.length]!.reserve(a, ip)));
      expect(granted(results)).toBe(THROTTLE.accountsPerAddress);
      expect(results.filter((r) => !r.ok).every((r) => r.scope === 'address')).toBe(true);
      // an account the address already failed against may still be tried from there
      const tried = accounts[results.findIndex((r) => r.ok)]!;
      expect((await ts[0]!.reserve(tried, ip)).ok).toBe(true);
    });
  });
}

concurrencyTests('PGlite', async () => [new LoginThrottle((await testDatabase()).db)]);

const schema = `bff_throttle_${unique()}`;
const pools: Database[] = [];
afterAll(async () => {
  if (!pools.length) return;
  await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(pools[0]!.db);
  for (const p of pools) await p.close();
});
if (hasPostgres || requirePostgres) {
  concurrencyTests('PostgreSQL, two connection pools', async () => {
    if (!pools.length) {
      pools.push(await openDatabase({ kind: 'postgres', url: POSTGRES_URL }, { schema }));
      pools.push(await openDatabase({ kind: 'postgres', url: POSTGRES_URL }, { schema }));
    }
    return pools.map((p) => new LoginThrottle(p.db));
  });
} else {
  test.skip('PostgreSQL, two connection pools (no server)', () => {});
}

describe('outcomes', () => {
  const throttle = async () => {
    const db = (await testDatabase()).db;
    return { db, t: new LoginThrottle(db) };
  };

  test('a success clears the account everywhere, forgives its own address, and leaves other addresses counting it', async () => {
    const { db, t } = await throttle();
    const account = email('typo');
    const [home, elsewhere] = [address(), address()];
    for (let i = 0; i < 4; i++) expect((await t.reserve(account, i % 2 ? home : elsewhere)).ok).toBe(true);
    await t.succeeded(account, home);
    const rows = await db.selectFrom('login_attempts').select(['ip', 'cleared']).where('email', '=', account).execute();
    expect(rows).toEqual([
      { ip: elsewhere, cleared: true },
      { ip: elsewhere, cleared: true },
    ]);
    // five more failures allowed for the account, and the other address still counts it as failed against
    for (let i = 0; i < 5; i++) expect(await t.reserve(account, home)).toMatchObject({ ok: true, earlierFailures: i });
    expect(await t.reserve(account, elsewhere)).toMatchObject({ ok: false, scope: 'account' });
  });

  test('a released attempt does not count', async () => {
    const { t } = await throttle();
    const account = email('busy');
    const ip = address();
    for (let i = 0; i < 20; i++) {
      const r = await t.reserve(account, ip);
      expect(r.ok).toBe(true);
      if (r.ok) await t.release(r.id);
    }
  });

  test('failures leave the window after 15 minutes; Retry-After counts to the moment the account may try again', async () => {
    const { db, t } = await throttle();
    const account = email('window');
    const ip = address();
    for (let i = 0; i < 5; i++) await t.reserve(account, ip);
    // the newest failure is 10 minutes old: the lock ends in 5 minutes
    await db.updateTable('login_attempts').set({ at: sql<Date>`now() - interval '10 minutes'` }).where('email', '=', account).execute();
    const locked = await t.reserve(account, ip);
    expect(locked).toMatchObject({ ok: false, scope: 'account' });
    if (!locked.ok) expect(locked.retryAfterSeconds).toBeGreaterThan(295);
    if (!locked.ok) expect(locked.retryAfterSeconds).toBeLessThanOrEqual(300);
    await db.updateTable('login_attempts').set({ at: sql<Date>`now() - interval '16 minutes'` }).where('email', '=', account).execute();
    expect(await t.reserve(account, ip)).toMatchObject({ ok: true, earlierFailures: 0 });
  });
});
