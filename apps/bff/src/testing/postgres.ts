// The tests that need a real PostgreSQL (the migrations, the sign-in throttle
// across processes) share how they find one and when they may skip.
export const POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** On a machine without a server the PostgreSQL tests are reported as skipped, loudly. */
export async function postgresReachable(who: string): Promise<boolean> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    console.warn(`[${who}] no PostgreSQL at ${POSTGRES_URL}: the PostgreSQL test is skipped.`);
    return false;
  }
}

// Skipping is for a developer's machine without PostgreSQL; CI machines have
// one, so there a missing server fails the test instead of hiding it. CI
// systems spell it CI=true or CI=1; only an unset, empty, false or 0 means a
// developer's machine.
// eslint-disable-next-line no-restricted-properties -- test runner setting, not app configuration
export const requirePostgres = !['', 'false', '0'].includes((process.env.CI ?? '').toLowerCase());
