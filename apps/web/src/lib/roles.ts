import { roleSchema, type Role } from '@switchboard/contract/session';

const LABELS: Record<Role, string> = { admin: 'Admin', support: 'Support', manager: 'Manager' };

/** "Admin" for `admin`; unknown roles are shown as sent, capitalised. */
export function roleLabel(role: string): string {
  const parsed = roleSchema.safeParse(role);
  if (parsed.success) return LABELS[parsed.data];
  return role.charAt(0).toUpperCase() + role.slice(1);
}
