// Contact Center queues and their operating hours: which business-hours set
// and closure set each queue uses (names from Zoom), changed through plan →
// apply → verify → audit.
import { z } from 'zod';
import { baseVersionSchema, ccIdSchema } from './cc-common';

export const ccQueueSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** voice, chat, SMS, … as Zoom names the channel. */
  channel: z.string(),
  businessHoursId: z.string().nullable(),
  businessHoursName: z.string().nullable(),
  /** The queue follows the account's default business hours (and changes with it). */
  followsDefaultBusinessHours: z.boolean(),
  closureSetId: z.string().nullable(),
  closureSetName: z.string().nullable(),
  followsDefaultClosureSet: z.boolean(),
  /** The version of the queue's operating hours: the baseVersion of a change. */
  version: z.string(),
});
export type CcQueue = z.infer<typeof ccQueueSchema>;

export const ccQueueListSchema = z.object({ items: z.array(ccQueueSchema) });
export type CcQueueList = z.infer<typeof ccQueueListSchema>;

/** PUT /api/cc/queues/:id/operating-hours (and …/plan); closureSetId null: no closure set. */
export const operatingHoursWriteBodySchema = z.strictObject({
  baseVersion: baseVersionSchema,
  businessHoursId: ccIdSchema,
  closureSetId: ccIdSchema.nullable(),
});
export type OperatingHoursWriteBody = z.infer<typeof operatingHoursWriteBodySchema>;
