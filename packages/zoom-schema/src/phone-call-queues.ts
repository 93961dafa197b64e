// Zoom Phone call queues: list (Medium), get (Light), members list (Medium).
import { z } from 'zod';
import { zoomPageSchema } from './pagination';
import { zoomPhoneNumberRefSchema, zoomSiteRefSchema } from './phone-common';

export const zoomCallQueueSchema = z.object({
  id: z.string(),
  name: z.string(),
  extension_id: z.string().optional(),
  extension_number: z.number().int().optional(),
  status: z.string().optional(),
  site: zoomSiteRefSchema.optional(),
  phone_numbers: z.array(zoomPhoneNumberRefSchema).optional(),
});
export type ZoomCallQueue = z.infer<typeof zoomCallQueueSchema>;

export const zoomCallQueueListSchema = zoomPageSchema('call_queues', zoomCallQueueSchema);
export type ZoomCallQueueList = z.infer<typeof zoomCallQueueListSchema>;

const memberRefSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  extension_id: z.string().optional(),
  level: z.string().optional(),
  receive_call: z.boolean().optional(),
});

export const zoomCallQueueDetailSchema = zoomCallQueueSchema.extend({
  cost_center: z.string().optional(),
  department: z.string().optional(),
  timezone: z.string().optional(),
  audio_prompt_language: z.string().optional(),
  members: z
    .object({ users: z.array(memberRefSchema).optional(), common_areas: z.array(memberRefSchema).optional() })
    .optional(),
});
export type ZoomCallQueueDetail = z.infer<typeof zoomCallQueueDetailSchema>;

/** GET /phone/call_queues/{callQueueId}/members */
export const zoomCallQueueMemberSchema = memberRefSchema;
export type ZoomCallQueueMember = z.infer<typeof zoomCallQueueMemberSchema>;
export const zoomCallQueueMemberListSchema = zoomPageSchema('call_queue_members', zoomCallQueueMemberSchema);
export type ZoomCallQueueMemberList = z.infer<typeof zoomCallQueueMemberListSchema>;
