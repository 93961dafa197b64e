// What each role may do, in one table. The web app asks `can(role, …)` for
// every link, button and sentence that offers an action, so nothing offers a
// role what it cannot do; the BFF's route guard (apps/bff/src/auth/access.ts)
// is to be switched to the same table. A permission names what a person does,
// not a route: a route that serves several (a job's retry) asks for each.
import type { Role } from './session';

export const PERMISSIONS = [
  'readRouting',
  'editMenus',
  'editHours',
  'editHolidays',
  'editContactCenter',
  'startJobs',
  'readHistory',
  'managePeople',
  'admin',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Who may do what. Support reads; managers also edit holidays (alone and in bulk); admins do everything. */
export const POLICY: Readonly<Record<Permission, readonly Role[]>> = {
  /** Auto receptionists, menus in words, Contact Center hours, closures, queues, flows and assets, routing diagrams, hours, holidays, the holiday calendar and its exports, the routing explorer (trace, problems, search). */
  readRouting: ['admin', 'support', 'manager'],
  /** Edit IVR menus and copy them to other auto receptionists. */
  editMenus: ['admin'],
  /** Business hours and where calls go when an extension is closed. */
  editHours: ['admin'],
  /** Add, change and delete holidays, one extension at a time or many at once. */
  editHolidays: ['admin', 'manager'],
  /** Contact Center: business hours, closure sets, queues' operating hours, the asset library (everyone reads them, flows too). */
  editContactCenter: ['admin'],
  /** Start, follow and retry background jobs (of the kinds the role may edit: a copy needs editMenus, a bulk holiday editHolidays). */
  startJobs: ['admin', 'manager'],
  /** The change history. */
  readHistory: ['admin', 'support', 'manager'],
  /** Who signs in: invite people, change roles, reset passwords, disable accounts, end sessions. */
  managePeople: ['admin'],
  /** The Zoom connection, its scopes and the set-up. */
  admin: ['admin'],
};

/** Whether `role` may do it; nobody signed in may do nothing. */
export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role != null && POLICY[permission].includes(role);
}

/** What the people who may do it are called, in a sentence: "admins", "admins and managers". */
const ROLE_PLURAL: Record<Role, string> = { admin: 'admins', support: 'support staff', manager: 'managers' };

/** Each permission as the end of "Only admins …": the words a refusal uses. */
export const PERMISSION_WORDS: Readonly<Record<Permission, string>> = {
  readRouting: 'read routing',
  editMenus: 'edit and copy menus',
  editHours: 'change business hours and closed-hours routing',
  editHolidays: 'add, change and delete holidays',
  editContactCenter: 'change Contact Center hours, closures, queues and assets',
  startJobs: 'start and follow background jobs',
  readHistory: 'read the change history',
  managePeople: 'manage who signs in',
  admin: 'see the Zoom set-up',
};

/** "Only admins and managers add, change and delete holidays." */
export function whoMay(permission: Permission): string {
  const roles = POLICY[permission].map((r) => ROLE_PLURAL[r]);
  const list = roles.length <= 1 ? (roles[0] ?? 'nobody') : `${roles.slice(0, -1).join(', ')} and ${roles.at(-1)}`;
  return `Only ${list} ${PERMISSION_WORDS[permission]}.`;
}

/** What a background job writes decides who may start or retry it. */
export const JOB_PERMISSION = { 'copy-ivr': 'editMenus', 'add-holiday': 'editHolidays' } as const satisfies Record<string, Permission>;

/** Whether `role` may start (or retry) a job of this kind. */
export function canRunJob(role: Role | null | undefined, kind: keyof typeof JOB_PERMISSION): boolean {
  return can(role, 'startJobs') && can(role, JOB_PERMISSION[kind]);
}
