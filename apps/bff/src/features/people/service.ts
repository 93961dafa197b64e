// Who signs in: list, invite, change role, disable or enable, reset a
// password, list and end sessions, and choose a password from a one-time
// link. Every change is recorded in the history (record.ts) in the same
// transaction. An admin cannot lock themselves out, nor leave no admin.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { InviteBody, Person, SignInSession, UpdatePersonBody } from '@switchboard/contract/people';
import type { Db } from '../../db/database';
import { hashPassword } from '../../auth/passwords';
import { AppError, notFound } from '../../http/app-error';
import { createLink, findUsableLink } from './links';
import { recordPersonChange } from './record';
import { roleWords, stateOf, statusWords, toPerson, type PersonRow } from './state';

export interface Actor {
  id: string;
  email: string;
  sessionId: string;
}

const PERSON_COLUMNS = ['id', 'email', 'name', 'role', 'created_at', 'disabled_at', 'password_set'] as const;

export class PeopleService {
  constructor(private readonly db: Db) {}

  async list(): Promise<Person[]> {
    const rows = await this.db
      .selectFrom('users')
      .leftJoin('sessions', (j) => j.onRef('sessions.user_id', '=', 'users.id').on('sessions.expires_at', '>', new Date()))
      .select(['users.id', 'users.email', 'users.name', 'users.role', 'users.created_at', 'users.disabled_at', 'users.password_set'])
      .select(sql<number>`count(sessions.id)::int`.as('sessions'))
      .groupBy('users.id')
      .orderBy('users.email')
      .execute();
    return rows.map((r) => toPerson(r, r.sessions));
  }

  private async row(db: Db, id: string): Promise<PersonRow> {
    const row = await db.selectFrom('users').select(PERSON_COLUMNS).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Nobody with that id signs in to Switchboard.');
    return row;
  }

  private async openSessions(db: Db, userId: string): Promise<number> {
    const r = await db
      .selectFrom('sessions')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('user_id', '=', userId)
      .where('expires_at', '>', new Date())
      .executeTakeFirstOrThrow();
    return r.n;
  }

  /** A new person: with a first password, or with a one-time link to choose one (shown once). */
  async invite(body: InviteBody, actor: Actor) {
    const email = body.email.trim().toLowerCase();
    return this.db.transaction().execute(async (trx) => {
      const taken = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
      if (taken) throw new AppError(409, 'conflict', `${email} already signs in to Switchboard.`);
      const id = randomUUID();
      const withPassword = body.password !== undefined;
      // Invited people get an unusable hash until they choose a password (and password_set keeps sign-in closed).
      const password_hash = await hashPassword(body.password ?? randomUUID() + randomUUID());
      await trx.insertInto('users').values({ id, email, name: body.name, role: body.role, password_hash, password_set: withPassword }).execute();
      const row = await this.row(trx, id);
      const link = withPassword ? null : await createLink(trx, { userId: id, purpose: 'invite', createdBy: actor.id });
      const auditId = await recordPersonChange(trx, {
        action: 'person.invite',
        actor,
        target: { id, name: body.name },
        before: null,
        after: stateOf(row),
        diff: [{ field: 'Access', before: 'none', after: `${roleWords(body.role)}, ${withPassword ? 'with a first password' : 'invited by a one-time link'}` }],
        message: withPassword ? `${email} can sign in as ${roleWords(body.role).toLowerCase()}.` : `${email} was invited as ${roleWords(body.role).toLowerCase()}.`,
      });
      return { person: toPerson(row, 0), link, auditId };
    });
  }

  async update(id: string, body: UpdatePersonBody, actor: Actor) {
    return this.db.transaction().execute(async (trx) => {
      // one admin change at a time, so two admins cannot demote each other to no admin at all
      await sql`select pg_advisory_xact_lock(7101)`.execute(trx);
      const before = await this.row(trx, id);
      const role = body.role ?? before.role;
      const disabled = body.disabled ?? before.disabled_at !== null;
      if (id === actor.id && (role !== before.role || disabled)) {
        throw new AppError(409, 'conflict', 'You cannot change your own role or disable your own account; ask another admin.');
      }
      if (before.role === 'admin' && before.disabled_at === null && (role !== 'admin' || disabled)) {
        const others = await trx
          .selectFrom('users')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('role', '=', 'admin')
          .where('disabled_at', 'is', null)
          .where('id', '!=', id)
          .executeTakeFirstOrThrow();
        if (others.n === 0) throw new AppError(409, 'conflict', `${before.email} is the only admin left; make someone else admin first.`);
      }
      const changes: { field: string; before: string; after: string }[] = [];
      if (role !== before.role) changes.push({ field: 'Role', before: roleWords(before.role), after: roleWords(role) });
      if (disabled !== (before.disabled_at !== null)) {
        changes.push({ field: 'Access', before: statusWords(stateOf(before).status), after: disabled ? 'Disabled' : statusWords(before.password_set ? 'active' : 'invited') });
      }
      if (changes.length === 0) return { person: toPerson(before, await this.openSessions(trx, id)), auditId: null };
      await trx
        .updateTable('users')
        .set({ role, disabled_at: disabled ? (before.disabled_at ?? new Date()) : null })
        .where('id', '=', id)
        .execute();
      // a new role or a disabled account: signed-in sessions end now (the next request signs in again, or cannot)
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
      const after = await this.row(trx, id);
      const auditId = await recordPersonChange(trx, {
        action: 'person.update',
        actor,
        target: { id, name: before.name },
        before: stateOf(before),
        after: stateOf(after),
        diff: changes,
        message: changes.map((c) => `${c.field}: ${c.after}`).join('; ') + '. Their open sessions were ended.',
      });
      return { person: toPerson(after, 0), auditId };
    });
  }

  /** A one-time link to choose a new password; the old one stops working and sessions end. */
  async resetPassword(id: string, actor: Actor) {
    return this.db.transaction().execute(async (trx) => {
      const before = await this.row(trx, id);
      if (before.disabled_at !== null) throw new AppError(409, 'conflict', `${before.email} is disabled; enable the account before resetting its password.`);
      await trx.updateTable('users').set({ password_set: false }).where('id', '=', id).execute();
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
      const link = await createLink(trx, { userId: id, purpose: 'reset', createdBy: actor.id });
      const after = await this.row(trx, id);
      const auditId = await recordPersonChange(trx, {
        action: 'person.reset-password',
        actor,
        target: { id, name: before.name },
        before: stateOf(before),
        after: stateOf(after),
        diff: [{ field: 'Password', before: 'set', after: 'to be chosen from a one-time link' }],
        message: `${before.email} chooses a new password from a one-time link; the old one no longer works.`,
      });
      return { person: toPerson(after, 0), link, auditId };
    });
  }

  async sessions(currentSessionId: string): Promise<SignInSession[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['sessions.id', 'sessions.public_id', 'sessions.created_at', 'sessions.expires_at', 'sessions.ip', 'users.id as user_id', 'users.email', 'users.name', 'users.role'])
      .where('sessions.expires_at', '>', new Date())
      .orderBy('sessions.created_at', 'desc')
      .execute();
    return rows
      .filter((r) => r.public_id !== null)
      .map((r) => ({
        id: r.public_id!,
        person: { id: r.user_id, email: r.email, name: r.name },
        role: r.role,
        createdAt: new Date(r.created_at).toISOString(),
        expiresAt: new Date(r.expires_at).toISOString(),
        ip: r.ip,
        current: r.id === currentSessionId,
      }));
  }

  async revokeSession(publicId: string, actor: Actor): Promise<{ auditId: string }> {
    return this.db.transaction().execute(async (trx) => {
      const s = await trx
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select(['sessions.id', 'users.id as user_id', 'users.name', 'users.email', 'users.role', 'users.created_at', 'users.disabled_at', 'users.password_set'])
        .where('sessions.public_id', '=', publicId)
        .executeTakeFirst();
      if (!s) throw notFound('That session has already ended.');
      await trx.deleteFrom('sessions').where('id', '=', s.id).execute();
      const state = stateOf({ ...s, id: s.user_id });
      const auditId = await recordPersonChange(trx, {
        action: 'session.revoke',
        actor,
        target: { id: s.user_id, name: s.name },
        before: state,
        after: state,
        diff: [{ field: 'Session', before: 'signed in', after: 'ended' }],
        message: s.id === actor.sessionId ? 'Signed themselves out there.' : `One of ${s.email}’s sessions was ended; that browser must sign in again.`,
      });
      return { auditId };
    });
  }

  linkInfo = (token: string) => findUsableLink(this.db, token);

  /** The person behind a one-time link chooses their password; they sign in with it afterwards. */
  async choosePassword(token: string, password: string): Promise<void> {
    const password_hash = await hashPassword(password);
    await this.db.transaction().execute(async (trx) => {
      const link = await findUsableLink(trx, token);
      if (!link) throw notFound('This link has expired or was already used. Ask an admin for a new one.');
      const before = await this.row(trx, link.userId);
      await trx.updateTable('users').set({ password_hash, password_set: true }).where('id', '=', link.userId).execute();
      await trx.updateTable('one_time_links').set({ used_at: new Date() }).where('token_hash', '=', link.tokenHash).execute();
      await trx.deleteFrom('sessions').where('user_id', '=', link.userId).execute();
      await recordPersonChange(trx, {
        action: 'person.update',
        actor: { id: link.userId, email: link.email },
        target: { id: link.userId, name: before.name },
        before: stateOf(before),
        after: stateOf({ ...before, password_set: true }),
        diff: [{ field: 'Password', before: link.purpose === 'invite' ? 'none yet' : 'reset', after: 'chosen' }],
        message: `${link.email} chose a password from a one-time link.`,
      });
    });
  }
}
