// Sign-in throttling backed by the login_attempts table, so it holds across
// restarts and replicas: 5 failures per email + address, or 30 per address,
// within 15 minutes lock that pair (or address) out until the window passes.
import type { Db } from '../db/database';

export const THROTTLE = { windowMinutes: 15, perEmailAndIp: 5, perIp: 30 } as const;

export class LoginThrottle {
  constructor(
    private readonly db: Db,
    private readonly limits: { windowMinutes: number; perEmailAndIp: number; perIp: number } = THROTTLE,
  ) {}

  private since(): Date {
    return new Date(Date.now() - this.limits.windowMinutes * 60_000);
  }

  async isLockedOut(email: string, ip: string): Promise<boolean> {
    const since = this.since();
    const row = await this.db
      .selectFrom('login_attempts')
      .select((eb) => [
        eb.fn.countAll<string>().filterWhere('email', '=', email).as('pair'),
        eb.fn.countAll<string>().as('ip'),
      ])
      .where('ip', '=', ip)
      .where('succeeded', '=', false)
      .where('at', '>', since)
      .executeTakeFirst();
    return Number(row?.pair ?? 0) >= this.limits.perEmailAndIp || Number(row?.ip ?? 0) >= this.limits.perIp;
  }

  async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    if (succeeded) {
      // A successful sign-in clears this pair's failures.
      await this.db.deleteFrom('login_attempts').where('email', '=', email).where('ip', '=', ip).execute();
    }
    await this.db.insertInto('login_attempts').values({ email, ip, succeeded }).execute();
    // Keep the table small: forget attempts older than a day.
    await this.db
      .deleteFrom('login_attempts')
      .where('at', '<', new Date(Date.now() - 24 * 3_600_000))
      .execute();
  }
}
