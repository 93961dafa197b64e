// The Contact Center half of the routing snapshot: entry points start flows,
// flows route to queues, queues are open by their business hours and closed
// by their closure set, and send calls to their overflow when closed. A flow
// is a graph of widgets at Zoom; the tracer needs only where it sends a voice
// call (the queue of its "route to queue" step), so that is all it keeps
// (docs/decisions/012-routing-trace.md).
import { z } from 'zod';
import { closureSchema } from '../schedule/closures';
import { timezoneSchema, weekScheduleSchema } from '../schedule/model';

const id = z.string().min(1);

/** An entry point: how a call enters Contact Center (its number is in the snapshot's `phoneNumbers`). */
export const ccEntryPointSchema = z.object({ id, name: z.string(), flowId: z.string().nullable() });
export type CcEntryPoint = z.infer<typeof ccEntryPointSchema>;

export const ccFlowSchema = z.object({
  id,
  name: z.string(),
  /** The queue the flow routes voice calls to; null when it routes to none. */
  queueId: z.string().nullable(),
});
export type CcFlow = z.infer<typeof ccFlowSchema>;

/** What a closed queue does with a call (Zoom's operating-hours overflow). */
export const ccOverflowSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('queue'), queueId: id }),
  z.object({ kind: z.literal('flow'), flowId: id }),
  z.object({ kind: z.literal('inbox'), inboxId: id, name: z.string() }),
  z.object({ kind: z.literal('goodbye') }),
]);
export type CcOverflow = z.infer<typeof ccOverflowSchema>;

export const ccQueueSchema = z.object({
  id,
  name: z.string(),
  /** null: open around the clock. */
  businessHoursId: z.string().nullable(),
  closureSetId: z.string().nullable(),
  /** Agents assigned to the queue; null when the snapshot did not count them. */
  agentCount: z.number().int().nonnegative().nullable().default(null),
  /** null: overflow off (a closed queue disconnects the call). */
  overflow: ccOverflowSchema.nullable().default(null),
});
export type CcQueue = z.infer<typeof ccQueueSchema>;

export const ccBusinessHoursSchema = z.object({ id, name: z.string(), schedule: weekScheduleSchema });
export type CcBusinessHours = z.infer<typeof ccBusinessHoursSchema>;

export const ccClosureSetSchema = z.object({
  id,
  name: z.string(),
  timezone: timezoneSchema,
  /** Each closure with its recurrence; occurrences are on the wall clock of the closure's zone. */
  closures: z.array(closureSchema),
});
export type CcClosureSet = z.infer<typeof ccClosureSetSchema>;

export const contactCenterSnapshotSchema = z.object({
  entryPoints: z.array(ccEntryPointSchema).default([]),
  flows: z.array(ccFlowSchema).default([]),
  queues: z.array(ccQueueSchema).default([]),
  businessHours: z.array(ccBusinessHoursSchema).default([]),
  closureSets: z.array(ccClosureSetSchema).default([]),
});
export type ContactCenterSnapshot = z.infer<typeof contactCenterSnapshotSchema>;
