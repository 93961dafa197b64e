// Creating sign-ins when real Zoom credentials are configured (no demo users
// then). Used by the `add-user` command; kept apart from the HTTP layer.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ROLES, loginBodySchema } from '@switchboard/contract/session';
import type { Db } from '../db/database';
import { hashPassword } from './passwords';

export const newUserSchema = z.object({
  email: loginBodySchema.shape.email,
  role: z.enum(ROLES, { error: 'The role must be admin, support or manager.' }),
  name: z.string().trim().min(1, { error: 'Give the person a name.' }).max(120),
  password: z
    .string()
    .min(12, { error: 'Use a password of at least 12 characters.' })
    .max(200, { error: 'Passwords are limited to 200 characters.' }),
});
export type NewUser = z.infer<typeof newUserSchema>;

/** Create the user, or reset their role, name and password if the email exists. */
export async function upsertUser(db: Db, input: NewUser): Promise<'created' | 'updated'> {
  const u = newUserSchema.parse(input);
  const email = u.email.toLowerCase();
  const password_hash = await hashPassword(u.password);
  const existing = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) {
    await db.updateTable('users').set({ name: u.name, role: u.role, password_hash, password_set: true }).where('id', '=', existing.id).execute();
    await db.deleteFrom('sessions').where('user_id', '=', existing.id).execute();
    return 'updated';
  }
  await db.insertInto('users').values({ id: randomUUID(), email, name: u.name, role: u.role, password_hash }).execute();
  return 'created';
}
