// A call queue as the routing diagram shows it: who answers the calls a key sends there.
import { z } from 'zod';

/** Path params: a Zoom call queue id (not its extension id). */
export const callQueueIdParamSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'That id is not a Zoom id (letters, digits, - and _ only).' }),
});

export const callQueueMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** From the account's directory; null when Zoom lists the member without one. */
  extensionNumber: z.string().nullable(),
});
export type CallQueueMember = z.infer<typeof callQueueMemberSchema>;

export const callQueueSchema = z.object({
  id: z.string(),
  name: z.string(),
  extensionNumber: z.string().nullable(),
  /** Users and common areas, by name. */
  members: z.array(callQueueMemberSchema),
});
export type CallQueue = z.infer<typeof callQueueSchema>;
