import { z } from 'zod';

export const ROLES = ['admin', 'support', 'manager'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const loginBodySchema = z.strictObject({
  email: z.email({ error: 'Enter the email address you sign in with.' }).max(254),
  password: z.string().min(1, { error: 'Enter your password.' }).max(200),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const sessionSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  role: roleSchema,
  csrfToken: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

/** Header every write (POST/PUT/PATCH/DELETE other than sign-in) must carry. */
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'sb_session';

/** Demo sign-ins (demo mode only; listed on the login page). */
export const DEMO_PASSWORD = 'switchboard-demo';
export const DEMO_USERS = [
  { email: 'admin@example.com', role: 'admin', name: 'Avery Admin', blurb: 'Edits menus, hours, holidays and Contact Center; reverts changes; manages people and the Zoom set-up' },
  { email: 'support@example.com', role: 'support', name: 'Sam Support', blurb: 'Reads routing, menus, hours and Contact Center; traces calls in the routing explorer' },
  { email: 'manager@example.com', role: 'manager', name: 'Morgan Manager', blurb: 'Reads everything; adds, changes and reverts holidays, one extension or many at once' },
] as const satisfies readonly { email: string; role: Role; name: string; blurb: string }[];
