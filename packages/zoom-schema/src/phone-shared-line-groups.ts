// Zoom Phone shared line groups: list (Medium) and get (Light).
import { z } from 'zod';
import { zoomPageSchema } from './pagination';
import { zoomPhoneNumberRefSchema, zoomSiteRefSchema } from './phone-common';

export const zoomSharedLineGroupSchema = z.object({
  id: z.string(),
  display_name: z.string(),
  extension_id: z.string().optional(),
  extension_number: z.number().int().optional(),
  status: z.string().optional(),
  site: zoomSiteRefSchema.optional(),
  phone_numbers: z.array(zoomPhoneNumberRefSchema).optional(),
});
export type ZoomSharedLineGroup = z.infer<typeof zoomSharedLineGroupSchema>;

export const zoomSharedLineGroupListSchema = zoomPageSchema('shared_line_groups', zoomSharedLineGroupSchema);
export type ZoomSharedLineGroupList = z.infer<typeof zoomSharedLineGroupListSchema>;

const memberSchema = z.object({ id: z.string(), name: z.string().optional(), extension_id: z.string().optional() });

export const zoomSharedLineGroupDetailSchema = zoomSharedLineGroupSchema.extend({
  timezone: z.string().optional(),
  primary_number: z.string().optional(),
  members: z
    .object({ users: z.array(memberSchema).optional(), common_areas: z.array(memberSchema).optional() })
    .optional(),
});
export type ZoomSharedLineGroupDetail = z.infer<typeof zoomSharedLineGroupDetailSchema>;
