// The people who sign in to Switchboard and their sessions (admins only):
// invite (a one-time link, or a first password), change roles, reset
// passwords, disable accounts, list and end sessions.
import { z } from 'zod';
import { loginBodySchema, roleSchema } from './session';

/** active: can sign in; invited: has not chosen a password yet; disabled: cannot sign in, sessions ended. */
export const USER_STATUSES = ['active', 'invited', 'disabled'] as const;

export const personSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  status: z.enum(USER_STATUSES),
  createdAt: z.string(),
  /** Open sessions (signed in somewhere). */
  sessions: z.number().int(),
});
export type Person = z.infer<typeof personSchema>;
export const personListSchema = z.object({ items: z.array(personSchema) });
export type PersonList = z.infer<typeof personListSchema>;

export const passwordSchema = z
  .string()
  .min(12, { error: 'Use a password of at least 12 characters.' })
  .max(200, { error: 'Passwords are limited to 200 characters.' });

export const inviteBodySchema = z.strictObject({
  email: loginBodySchema.shape.email,
  name: z.string().trim().min(1, { error: 'Give the person a name.' }).max(120, { error: 'Names are limited to 120 characters.' }),
  role: roleSchema,
  /** A first password to hand over yourself; without it the answer holds a one-time link. */
  password: passwordSchema.optional(),
});
export type InviteBody = z.infer<typeof inviteBodySchema>;

/** A one-time link to choose a password: shown once, never stored in clear. */
export const oneTimeLinkSchema = z.object({ url: z.string(), expiresAt: z.string() });
export type OneTimeLink = z.infer<typeof oneTimeLinkSchema>;

export const inviteAnswerSchema = z.object({ person: personSchema, link: oneTimeLinkSchema.nullable(), auditId: z.string() });
export type InviteAnswer = z.infer<typeof inviteAnswerSchema>;

export const personIdParamSchema = z.strictObject({ id: z.uuid({ error: 'That is not a person’s id.' }) });

export const updatePersonBodySchema = z
  .strictObject({ role: roleSchema.optional(), disabled: z.boolean().optional() })
  .refine((b) => b.role !== undefined || b.disabled !== undefined, { error: 'Say what to change: role or disabled.' });
export type UpdatePersonBody = z.infer<typeof updatePersonBodySchema>;

export const personAnswerSchema = z.object({ person: personSchema, auditId: z.string().nullable() });
export type PersonAnswer = z.infer<typeof personAnswerSchema>;

export const resetAnswerSchema = z.object({ person: personSchema, link: oneTimeLinkSchema, auditId: z.string() });
export type ResetAnswer = z.infer<typeof resetAnswerSchema>;

export const signInSessionSchema = z.object({
  /** An opaque id for ending it (not the cookie, not its hash). */
  id: z.string(),
  person: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  role: roleSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
  /** The network address it signed in from, as the BFF saw it. */
  ip: z.string().nullable(),
  /** The session asking. */
  current: z.boolean(),
});
export type SignInSession = z.infer<typeof signInSessionSchema>;
export const sessionListSchema = z.object({ items: z.array(signInSessionSchema) });
export type SessionList = z.infer<typeof sessionListSchema>;
export const sessionIdParamSchema = z.strictObject({
  id: z.string().regex(/^[a-f0-9]{24}$/, { error: 'That is not a session id.' }),
});

/** The one-time link's token, from its URL. */
export const linkTokenParamSchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: 'That link is not a Switchboard link.' }),
});
export const linkInfoSchema = z.object({ email: z.string(), name: z.string(), purpose: z.enum(['invite', 'reset']), expiresAt: z.string() });
export type LinkInfo = z.infer<typeof linkInfoSchema>;
export const choosePasswordBodySchema = z.strictObject({ password: passwordSchema });
export type ChoosePasswordBody = z.infer<typeof choosePasswordBodySchema>;
