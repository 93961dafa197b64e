// Who may call what, in one place. Every /api route declares `config.access`
// with one of these rules; the guard (guard.ts) enforces it and refuses to
// start the server if a route forgets to declare one.
import { POLICY } from '@switchboard/contract/permissions';
import type { Role } from '@switchboard/contract/session';

export type AccessRule =
  /** No sign-in needed (health, sign-in itself, the OpenAPI document). */
  | { public: true }
  /** Any signed-in user (their own session). */
  | { signedIn: true }
  /** Signed in with one of these roles. */
  | { roles: readonly Role[] };

/** The role sets, named by what they allow. Routes pick one of these. */
export const POLICIES = {
  /** Read routing: directory, auto receptionists, IVR menus, hours, holidays, the holiday calendar. */
  readRouting: { roles: ['admin', 'support', 'manager'] },
  /** Change IVR menus, business hours and closed-hours routing. */
  editRouting: { roles: ['admin'] },
  /** Change holidays (one extension's, or many in a bulk job): managers review and edit holiday hours. */
  editHolidays: { roles: ['admin', 'manager'] },
  /** People who sign in, their roles and sessions (packages/contract/src/permissions.ts). */
  managePeople: { roles: POLICY.managePeople },
  /** Connection and Zoom app set-up. */
  admin: { roles: ['admin'] },
  /** Read the change history: every role (support reads it for the menus it can see, which today is all of them). */
  readAudit: { roles: ['admin', 'support', 'manager'] },
  public: { public: true },
  signedIn: { signedIn: true },
} as const satisfies Record<string, AccessRule>;

export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden';

export function decideAccess(rule: AccessRule, role: Role | null): AccessDecision {
  if ('public' in rule) return 'allow';
  if (role === null) return 'unauthenticated';
  if ('signedIn' in rule) return 'allow';
  return rule.roles.includes(role) ? 'allow' : 'forbidden';
}
