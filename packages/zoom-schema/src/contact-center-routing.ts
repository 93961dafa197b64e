// Contact Center reads the routing explorer needs to follow a call: flows
// (list, Medium), a flow's export (Light; a JSON file of widgets — its shape is
// not documented, so only the widgets' `type` and a "route to" widget's
// `queue_id` are relied on), queues (list, Medium) and a queue's operating
// hours (Light: the business-hours and closure sets it uses and its overflow).
// Read schemas are lenient: fields Switchboard does not use may come and go.
import { z } from 'zod';
import { zoomPageSchema } from './pagination';

export const ccFlowReadSchema = z.object({
  flow_id: z.string(),
  flow_name: z.string().optional(),
  channel: z.string().optional(),
  status: z.string().optional(),
  entry_points: z.array(z.object({ entry_id: z.string() })).optional(),
});
export type CcFlowRead = z.infer<typeof ccFlowReadSchema>;
export const ccFlowListSchema = zoomPageSchema('flows', ccFlowReadSchema);

export const ccFlowWidgetSchema = z.looseObject({ type: z.string(), queue_id: z.string().optional() });
export const ccFlowExportSchema = z.object({
  flow_id: z.string().optional(),
  widgets: z.array(ccFlowWidgetSchema).default([]),
});
export type CcFlowExport = z.infer<typeof ccFlowExportSchema>;
/** The widget type that sends the engagement to a queue. */
export const CC_ROUTE_TO_WIDGET = 'route_to';

export const ccQueueReadSchema = z.object({
  queue_id: z.string(),
  cc_queue_id: z.string().optional(),
  queue_name: z.string().optional(),
  channel: z.string().optional(),
  channel_types: z.array(z.string()).optional(),
  agents_count: z.number().int().optional(),
});
export type CcQueueRead = z.infer<typeof ccQueueReadSchema>;
export const ccQueueListSchema = zoomPageSchema('queues', ccQueueReadSchema);

/** GET /contact_center/queues/{queueId}/operating_hours */
export const ccQueueOperatingHoursSchema = z.object({
  business_hour_id: z.string().optional(),
  closure_set_id: z.string().optional(),
  operating_hours_overflow_enabled: z.boolean().optional(),
  overflow_to_default_goodbye_message: z.boolean().optional(),
  overflow_to_goodbye_message_asset_id: z.string().optional(),
  overflow_to_queue_id: z.string().optional(),
  overflow_to_flow_id: z.string().optional(),
  overflow_to_inbox_id: z.string().optional(),
  overflow_to_inbox_name: z.string().optional(),
});
export type CcQueueOperatingHours = z.infer<typeof ccQueueOperatingHoursSchema>;
