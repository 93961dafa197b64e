// Sign-in, session lookup and sign-out. The cookie carries a random token;
// the database keeps only its sha256, the user, a CSRF token and the expiry.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Role } from '@switchboard/contract/session';
import type { Db } from '../db/database';
import type { UserRow } from '../db/tables';
import { HashingBusyError, burnPasswordCheck, hashPassword, verifyPassword } from './passwords';
import type { LoginThrottle } from './throttle';

export interface SessionUser {
  sessionId: string;
  user: { id: string; email: string; name: string };
  role: Role;
  csrfToken: string;
  expiresAt: Date;
}

export type SignInResult =
  | { ok: true; token: string; session: SessionUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; scope: 'account' | 'address'; retryAfterSeconds: number }
  /** Too many password checks waiting; nothing was counted. */
  | { ok: false; reason: 'busy' };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class SessionService {
  constructor(
    private readonly db: Db,
    private readonly throttle: LoginThrottle,
    private readonly ttlHours: number,
  ) {}

  get ttlSeconds(): number {
    return Math.round(this.ttlHours * 3600);
  }

  async signIn(emailInput: string, password: string, ip: string): Promise<SignInResult> {
    const email = emailInput.trim().toLowerCase();
    // Counted before the (slow) check, so concurrent guesses cannot slip past the limit.
    const reservation = await this.throttle.reserve(email, ip);
    if (!reservation.ok) return { ok: false, reason: 'throttled', scope: reservation.scope, retryAfterSeconds: reservation.retryAfterSeconds };
    // An account with no recent failures is most likely a person signing in, not
    // a storm: its check goes ahead of the storm's in the hashing line.
    const lane = reservation.earlierFailures === 0 ? 'front' : 'back';
    let user: UserRow | undefined;
    let ok: boolean;
    try {
      user = await this.findUser(email);
      // A disabled account, or an invited one that has not chosen a password, answers like a wrong password.
      const usable = user && user.disabled_at === null && user.password_set;
      ok = usable ? await verifyPassword(password, user!.password_hash, { lane }) : await burnPasswordCheck(password, { lane });
    } catch (err) {
      // the password was never checked, so the attempt must not count against anyone
      await this.throttle.release(reservation.id);
      if (err instanceof HashingBusyError) return { ok: false, reason: 'busy' };
      throw err;
    }
    if (!user || !ok) {
      await this.throttle.failed();
      return { ok: false, reason: 'invalid' };
    }
    await this.throttle.succeeded(email, ip);

    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const id = hashToken(token);
    await this.db
      .insertInto('sessions')
      .values({ id, user_id: user.id, csrf_token: csrfToken, expires_at: expiresAt, ip, public_id: randomBytes(12).toString('hex') })
      .execute();
    return {
      ok: true,
      token,
      session: {
        sessionId: id,
        user: { id: user.id, email: user.email, name: user.name },
        role: user.role,
        csrfToken,
        expiresAt,
      },
    };
  }

  private findUser(email: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  }

  async lookup(token: string): Promise<SessionUser | null> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'sessions.id',
        'sessions.csrf_token',
        'sessions.expires_at',
        'users.id as user_id',
        'users.email',
        'users.name',
        'users.role',
        'users.disabled_at',
      ])
      .where('sessions.id', '=', hashToken(token))
      .executeTakeFirst();
    if (!row) return null;
    // A disabled account's sessions stop at their next request.
    if (row.disabled_at !== null) {
      await this.db.deleteFrom('sessions').where('user_id', '=', row.user_id).execute();
      return null;
    }
    const expiresAt = new Date(row.expires_at);
    if (expiresAt.getTime() <= Date.now()) {
      await this.db.deleteFrom('sessions').where('id', '=', row.id).execute();
      return null;
    }
    return {
      sessionId: row.id,
      user: { id: row.user_id, email: row.email, name: row.name },
      role: row.role,
      csrfToken: row.csrf_token,
      expiresAt,
    };
  }

  async signOut(sessionId: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', sessionId).execute();
  }

  async deleteExpired(): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute();
  }

  /** Create the user if the email is not taken yet (the password is hashed only then). */
  async ensureUser(u: { email: string; name: string; role: Role; password: string }): Promise<void> {
    const email = u.email.toLowerCase();
    const exists = await this.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (exists) return;
    const password_hash = await hashPassword(u.password);
    await this.db
      .insertInto('users')
      .values({ id: randomUUID(), email, name: u.name, role: u.role, password_hash })
      .onConflict((oc) => oc.column('email').doNothing())
      .execute();
  }
}
