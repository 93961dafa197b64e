// A users row as the contract's person, and as the history keeps it.
import type { Person } from '@switchboard/contract/people';
import type { Role } from '@switchboard/contract/session';

export interface PersonRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  created_at: Date;
  disabled_at: Date | null;
  password_set: boolean;
}

export type PersonState = { email: string; role: Role; status: Person['status'] };

export const statusOf = (r: Pick<PersonRow, 'disabled_at' | 'password_set'>): Person['status'] =>
  r.disabled_at !== null ? 'disabled' : r.password_set ? 'active' : 'invited';

export const stateOf = (r: PersonRow): PersonState => ({ email: r.email, role: r.role, status: statusOf(r) });

export const toPerson = (r: PersonRow, sessions: number): Person => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  status: statusOf(r),
  createdAt: new Date(r.created_at).toISOString(),
  sessions,
});

const ROLE_WORDS: Record<Role, string> = { admin: 'Admin', support: 'Support', manager: 'Manager' };
export const roleWords = (r: Role) => ROLE_WORDS[r];
const STATUS_WORDS: Record<Person['status'], string> = { active: 'Can sign in', invited: 'Invited', disabled: 'Disabled' };
export const statusWords = (s: Person['status']) => STATUS_WORDS[s];
