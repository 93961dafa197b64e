// Zoom Contact Center flows (/contact_center/flows): list, get, entry points,
// and the flows that use a business-hours or closure set. Read only.
import { z } from 'zod';
import { zoomPageSchema } from './pagination';

export const ccFlowEntryReadSchema = z.object({
  entry_id: z.string(),
  entry_name: z.string().optional(),
  entry_number: z.string().optional(),
  entry_language: z.string().optional(),
});

export const ccFlowReadSchema = z.object({
  flow_id: z.string(),
  flow_name: z.string(),
  flow_description: z.string().optional(),
  channel: z.string().optional(),
  status: z.string().optional(),
  modified_by: z.string().optional(),
  last_modified_time: z.string().optional(),
  entry_points: z.array(ccFlowEntryReadSchema).optional(),
  flow_versions: z
    .array(
      z.object({
        flow_version_id: z.string().optional(),
        flow_version: z.number().optional(),
        flow_version_description: z.string().optional(),
        flow_version_status: z.string().optional(),
        flow_version_last_modified_time: z.string().optional(),
      }),
    )
    .optional(),
});
export type CcFlowRead = z.infer<typeof ccFlowReadSchema>;

export const ccFlowListSchema = zoomPageSchema('flows', ccFlowReadSchema);

/** GET /contact_center/business_hours/{id}/flows and /closures/{id}/flows */
export const ccUsingFlowsSchema = zoomPageSchema(
  'flows',
  z.object({ flow_id: z.string(), flow_name: z.string().optional() }),
);
