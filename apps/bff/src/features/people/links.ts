// One-time links to choose a password (an invitation or a reset): the token is
// shown once, in the answer that created it; only its hash is stored. Using a
// link sets the password, marks the link used and ends the person's other links.
import { createHash, randomBytes } from 'node:crypto';
import type { LinkInfo } from '@switchboard/contract/people';
import type { Db } from '../../db/database';

export const LINK_LIFETIME_HOURS = { invite: 7 * 24, reset: 24 } as const;
export type LinkPurpose = keyof typeof LINK_LIFETIME_HOURS;

export const hashLinkToken = (token: string) => createHash('sha256').update(`link:${token}`).digest('hex');

export async function createLink(
  db: Db,
  input: { userId: string; purpose: LinkPurpose; createdBy: string },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + LINK_LIFETIME_HOURS[input.purpose] * 3_600_000);
  // a new link replaces any earlier one that was not used
  await db.deleteFrom('one_time_links').where('user_id', '=', input.userId).where('used_at', 'is', null).execute();
  await db
    .insertInto('one_time_links')
    .values({ token_hash: hashLinkToken(token), user_id: input.userId, purpose: input.purpose, expires_at: expiresAt, created_by: input.createdBy })
    .execute();
  return { token, expiresAt };
}

/** The link's person and purpose while it may still be used; null when unknown, used or expired. */
export async function findUsableLink(db: Db, token: string): Promise<(LinkInfo & { userId: string; tokenHash: string }) | null> {
  const row = await db
    .selectFrom('one_time_links')
    .innerJoin('users', 'users.id', 'one_time_links.user_id')
    .select([
      'one_time_links.token_hash',
      'one_time_links.purpose',
      'one_time_links.expires_at',
      'one_time_links.used_at',
      'users.id as user_id',
      'users.email',
      'users.name',
      'users.disabled_at',
    ])
    .where('one_time_links.token_hash', '=', hashLinkToken(token))
    .executeTakeFirst();
  if (!row || row.used_at !== null || row.disabled_at !== null) return null;
  const expiresAt = new Date(row.expires_at);
  if (expiresAt.getTime() <= Date.now()) return null;
  return { userId: row.user_id, tokenHash: row.token_hash, email: row.email, name: row.name, purpose: row.purpose, expiresAt: expiresAt.toISOString() };
}
