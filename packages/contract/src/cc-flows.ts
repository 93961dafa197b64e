// Contact Center flows (read-only): list, detail with entry points, and the
// flow's export as a JSON download.
import { z } from 'zod';

export const ccEntryPointSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The phone number callers dial (voice), or null. */
  number: z.string().nullable(),
  language: z.string().nullable(),
});

export const ccFlowSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  channel: z.string(),
  status: z.string(),
  modifiedBy: z.string().nullable(),
  lastModified: z.string().nullable(),
  entryPoints: z.array(ccEntryPointSchema),
});
export type CcFlowSummary = z.infer<typeof ccFlowSummarySchema>;

export const ccFlowListSchema = z.object({ items: z.array(ccFlowSummarySchema) });
export type CcFlowList = z.infer<typeof ccFlowListSchema>;

export const ccFlowResponseSchema = z.object({
  flow: ccFlowSummarySchema.extend({
    versions: z.array(
      z.object({ id: z.string(), version: z.number().nullable(), description: z.string(), status: z.string(), lastModified: z.string().nullable() }),
    ),
  }),
});
export type CcFlowResponse = z.infer<typeof ccFlowResponseSchema>;
