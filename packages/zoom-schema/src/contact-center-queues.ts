// Zoom Contact Center queues (/contact_center/queues) and their operating
// hours: which business-hours set and closure set a queue uses. Read schemas
// are lenient; the write schema holds only the documented fields Switchboard sends.
import { z } from 'zod';
import { zoomPageSchema } from './pagination';

export const ccQueueReadSchema = z.object({
  queue_id: z.string(),
  cc_queue_id: z.string().optional(),
  queue_name: z.string(),
  channel: z.string().optional(),
  channel_types: z.array(z.string()).optional(),
  modified_by: z.string().optional(),
  last_modified_time: z.string().optional(),
});
export type CcQueueRead = z.infer<typeof ccQueueReadSchema>;

export const ccQueueListSchema = zoomPageSchema('queues', ccQueueReadSchema);

/** GET /contact_center/queues/{queueId}/operating_hours */
export const ccQueueOperatingHoursReadSchema = z.object({
  business_hour_id: z.string().optional(),
  business_hour_name: z.string().optional(),
  account_default_business_hour: z.boolean().optional(),
  closure_set_id: z.string().optional(),
  closure_set_name: z.string().optional(),
  account_default_closure_set: z.boolean().optional(),
  operating_hours_overflow_enabled: z.boolean().optional(),
  /** While closed, engagements may hear this audio asset (a goodbye message). */
  overflow_to_goodbye_message_asset_id: z.string().optional(),
});
export type CcQueueOperatingHoursRead = z.infer<typeof ccQueueOperatingHoursReadSchema>;

/** PATCH /contact_center/queues/{queueId}/operating_hours: a chosen set each (an empty closure set id: none). */
export const ccQueueOperatingHoursPatchSchema = z.strictObject({
  operating_hours_business_hour_id: z.string().min(1).optional(),
  account_default_business_hour: z.boolean().optional(),
  operating_hours_closure_set_id: z.string().optional(),
  account_default_closure_set: z.boolean().optional(),
});
export type CcQueueOperatingHoursPatch = z.infer<typeof ccQueueOperatingHoursPatchSchema>;

/** GET /contact_center/business_hours/{id}/queues and /closures/{id}/queues */
export const ccUsingQueuesSchema = zoomPageSchema(
  'queues',
  z.object({ queue_id: z.string(), queue_name: z.string().optional() }),
);
