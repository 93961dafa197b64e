// Sign-in throttling (docs/decisions/007-sign-in-throttling.md), backed by the
// login_attempts table so it holds across restarts and across processes that
// share a PostgreSQL database.
//
// An attempt is reserved BEFORE its password is checked, in one transaction
// that holds a lock for the account and one for the address, so concurrent
// attempts cannot all read "4 failures" and all go on to hash. A reserved
// attempt counts as a failure until it succeeds. Within a rolling 15 minutes:
// - per account (whatever address the guesses come from): 5 failures lock the
//   account until the oldest of them is 15 minutes old;
// - per address: failures against 10 different accounts mean the address is
//   spraying; it may go on with those accounts (each still under its own
//   limit) but not try new ones. A storm against one account is one account.
// A storm against one account therefore never blocks another account, from
// the same address or any other. Unknown emails are throttled like real ones.
import { sql } from 'kysely';
import type { Db } from '../db/database';

export const THROTTLE = { windowMinutes: 15, failuresPerAccount: 5, accountsPerAddress: 10 } as const;
export type ThrottleLimits = { windowMinutes: number; failuresPerAccount: number; accountsPerAddress: number };

export type Reservation =
  | { ok: true; id: number; earlierFailures: number }
  | { ok: false; scope: 'account' | 'address'; retryAfterSeconds: number };

// Two-key advisory locks: the first key keeps accounts and addresses (and any
// other user of advisory locks) apart; a hashtext collision only makes two
// accounts wait for each other. Account before address, always: no deadlock.
const ACCOUNT_LOCK = 7_001;
const ADDRESS_LOCK = 7_002;

export class LoginThrottle {
  constructor(
    private readonly db: Db,
    private readonly limits: ThrottleLimits = THROTTLE,
  ) {}

  /** The database's clock decides the window, so every process agrees on it. */
  private window() {
    return sql<Date>`now() - make_interval(mins => ${this.limits.windowMinutes})`;
  }

  /** Seconds until `at` (a timestamp inside the window) leaves it; at least 1. */
  private secondsUntilOut(at: string) {
    return sql<number>`greatest(1, ceil(extract(epoch from (${sql.raw(at)} + make_interval(mins => ${this.limits.windowMinutes}) - now()))))::int`;
  }

  /** Count this attempt, or refuse it without counting when the account or the address is over its limit. */
  async reserve(email: string, ip: string): Promise<Reservation> {
    const { failuresPerAccount, accountsPerAddress } = this.limits;
    return this.db.transaction().execute(async (trx): Promise<Reservation> => {
      await sql`select pg_advisory_xact_lock(${ACCOUNT_LOCK}, hashtext(${email}))`.execute(trx);
      // the failuresPerAccount-th newest failure: once it leaves the window the account may try again
      const account = await trx
        .selectFrom('login_attempts')
        .select([
          sql<number>`count(*)::int`.as('failures'),
          this.secondsUntilOut(`(array_agg(at order by at desc))[${failuresPerAccount}]`).as('retry_after'),
        ])
        .where('email', '=', email)
        .where('cleared', '=', false)
        .where('at', '>', this.window())
        .executeTakeFirstOrThrow();
      if (account.failures >= failuresPerAccount) {
        return { ok: false, scope: 'account', retryAfterSeconds: account.retry_after };
      }

      await sql`select pg_advisory_xact_lock(${ADDRESS_LOCK}, hashtext(${ip}))`.execute(trx);
      const address = await trx
        .selectFrom(
          trx
            .selectFrom('login_attempts')
            .select(['email', sql<Date>`max(at)`.as('last')])
            .where('ip', '=', ip)
            .where('at', '>', this.window())
            .groupBy('email')
            .as('failed'),
        )
        .select([
          sql<number>`count(*)::int`.as('accounts'),
          sql<boolean>`coalesce(bool_or(email = ${email}), false)`.as('known'),
          this.secondsUntilOut(`(array_agg(last order by last desc))[${accountsPerAddress}]`).as('retry_after'),
        ])
        .executeTakeFirstOrThrow();
      if (!address.known && address.accounts >= accountsPerAddress) {
        return { ok: false, scope: 'address', retryAfterSeconds: address.retry_after };
      }

      const row = await trx
        .insertInto('login_attempts')
        .values({ email, ip, succeeded: false })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { ok: true, id: Number(row.id), earlierFailures: account.failures };
    });
  }

  /**
   * The password was right: the account's failures stop counting against it,
   * and this address is forgiven for this account (whoever is there knows the
   * password, so those were typos, not spraying). Failures from other
   * addresses still count for those addresses.
   */
  async succeeded(email: string, ip: string): Promise<void> {
    await this.db.deleteFrom('login_attempts').where('email', '=', email).where('ip', '=', ip).execute();
    await this.db.updateTable('login_attempts').set({ cleared: true }).where('email', '=', email).where('cleared', '=', false).execute();
    await this.forgetOld();
  }

  /** The password was wrong: the reservation stays as the failure. */
  async failed(): Promise<void> {
    await this.forgetOld();
  }

  /** The password was never checked (the server was busy): the attempt must not count. */
  async release(id: number): Promise<void> {
    await this.db.deleteFrom('login_attempts').where('id', '=', id).execute();
  }

  /** Keep the table small: attempts older than a day matter to no limit. */
  private async forgetOld(): Promise<void> {
    await this.db
      .deleteFrom('login_attempts')
      .where('at', '<', sql<Date>`now() - interval '1 day'`)
      .execute();
  }
}
