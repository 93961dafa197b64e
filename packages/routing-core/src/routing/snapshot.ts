// The account as the routing tracer and the problems report see it: one value,
// built by the BFF from Zoom's reads and cached. Phone numbers (E.164) point at
// the extension or Contact Center entry point they are assigned to; everything
// else is in ./snapshot-phone and ./snapshot-cc. `takenAt` is when it was read:
// the problems report judges "upcoming" holidays from it (routing-core has no clock).
import { z } from 'zod';
import { contactCenterSnapshotSchema } from './snapshot-cc';
import {
  autoReceptionistSchema,
  callQueueSchema,
  commonAreaSchema,
  externalContactSchema,
  otherExtensionSchema,
  sharedLineGroupSchema,
  userSchema,
} from './snapshot-phone';

export const phoneNumberAssigneeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('extension'), extensionId: z.string().min(1) }),
  z.object({ type: z.literal('ccEntryPoint'), entryPointId: z.string().min(1) }),
]);
export type PhoneNumberAssignee = z.infer<typeof phoneNumberAssigneeSchema>;

export const snapshotPhoneNumberSchema = z.object({
  /** E.164 as Zoom stores it. */
  number: z.string().min(1),
  /** null: the account's number, assigned to nothing. */
  assignee: phoneNumberAssigneeSchema.nullable(),
});
export type SnapshotPhoneNumber = z.infer<typeof snapshotPhoneNumberSchema>;

export const siteSchema = z.object({ id: z.string().min(1), name: z.string() });
export type Site = z.infer<typeof siteSchema>;

export const routingSnapshotSchema = z.object({
  /** ISO instant the snapshot was read. */
  takenAt: z.string(),
  /** ISO 3166 alpha-2 country for numbers typed without a country code (e.g. "AU"); null: international format only. */
  defaultCountry: z.string().length(2).nullable().default(null),
  /** The countries of the account's sites (ISO alpha-2): national numbers are also read in each (an account in several countries). */
  countries: z.array(z.string().length(2)).default([]),
  sites: z.array(siteSchema).default([]),
  phoneNumbers: z.array(snapshotPhoneNumberSchema).default([]),
  autoReceptionists: z.array(autoReceptionistSchema).default([]),
  callQueues: z.array(callQueueSchema).default([]),
  users: z.array(userSchema).default([]),
  sharedLineGroups: z.array(sharedLineGroupSchema).default([]),
  commonAreas: z.array(commonAreaSchema).default([]),
  otherExtensions: z.array(otherExtensionSchema).default([]),
  externalContacts: z.array(externalContactSchema).default([]),
  /** The Phone audio library (greeting prompts, voicemail greetings), for names in sentences. */
  audio: z.array(z.object({ id: z.string().min(1), name: z.string() })).default([]),
  contactCenter: contactCenterSnapshotSchema.default({
    entryPoints: [],
    flows: [],
    queues: [],
    businessHours: [],
    closureSets: [],
  }),
});
/** The snapshot as parsed (defaults filled in): what `trace` and `findProblems` take. */
export type RoutingSnapshot = z.infer<typeof routingSnapshotSchema>;
/** The snapshot as written (defaults may be left out): what fixtures and the BFF build. */
export type RoutingSnapshotInput = z.input<typeof routingSnapshotSchema>;
