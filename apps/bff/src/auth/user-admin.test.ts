import { describe, expect, it } from 'vitest';
import { testDatabase } from '../testing/harness';
import { verifyPassword } from './passwords';
import { newUserSchema, upsertUser } from './user-admin';

describe('upsertUser (the add-user command)', () => {
  it('creates a user, then resets role and password for the same email', async () => {
    const { db } = await testDatabase();
    const email = `ops-${Date.now()}@example.org`;
    expect(await upsertUser(db, { email, role: 'support', name: 'Ops', password: 'correct horse battery' })).toBe('created');
    expect(await upsertUser(db, { email: email.toUpperCase(), role: 'admin', name: 'Ops', password: 'another long secret' })).toBe('updated');
    const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
    expect(row.role).toBe('admin');
    expect(await verifyPassword('another long secret', row.password_hash)).toBe(true);
    expect(await verifyPassword('correct horse battery', row.password_hash)).toBe(false);
  });

  it('refuses weak passwords and unknown roles with sentences', () => {
    const short = newUserSchema.safeParse({ email: 'a@b.co', role: 'admin', name: 'A', password: 'short' });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe('Use a password of at least 12 characters.');
    const role = newUserSchema.safeParse({ email: 'a@b.co', role: 'root', name: 'A', password: 'long enough password' });
    expect(role.error?.issues.map((i) => i.message)).toContain('The role must be admin, support or manager.');
  });
});
