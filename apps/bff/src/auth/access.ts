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

/**
 * The role sets, named by what they allow. Routes pick one of these. Each is
 * the contract's permission table (packages/contract/src/permissions.ts), the
 * one the web app asks before offering anything, so the two cannot disagree.
 */
export const POLICIES = {
  /** Read routing: directory, auto receptionists, IVR menus, hours, holidays, the holiday calendar, Contact Center, the routing explorer. */
  readRouting: { roles: POLICY.readRouting },
  /** Change IVR menus, business hours and closed-hours routing (editMenus and editHours are the same roles: access.test.ts). */
  editRouting: { roles: POLICY.editMenus },
  /** Change holidays (one extension's, or many in a bulk job): managers review and edit holiday hours. */
  editHolidays: { roles: POLICY.editHolidays },
  /** People who sign in, their roles and sessions. */
  managePeople: { roles: POLICY.managePeople },
  /** Change Contact Center business hours, closure sets, queues' operating hours and assets. */
  editContactCenter: { roles: POLICY.editContactCenter },
  /** Connection and Zoom app set-up. */
  admin: { roles: POLICY.admin },
  /** Read the change history. */
  readAudit: { roles: POLICY.readHistory },
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
