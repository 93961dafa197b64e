// Zoom Phone common areas: list (Medium) and get (Light). Zoom's common-area
// objects have no `extension_id`; their `id` is what routing targets use.
import { z } from 'zod';
import { zoomPageSchema } from './pagination';
import { zoomPhoneNumberRefSchema, zoomSiteRefSchema } from './phone-common';

export const zoomCommonAreaSchema = z.object({
  id: z.string(),
  display_name: z.string(),
  extension_number: z.number().int().optional(),
  status: z.string().optional(),
  site: zoomSiteRefSchema.optional(),
  phone_numbers: z.array(zoomPhoneNumberRefSchema).optional(),
});
export type ZoomCommonArea = z.infer<typeof zoomCommonAreaSchema>;

export const zoomCommonAreaListSchema = zoomPageSchema('common_areas', zoomCommonAreaSchema);
export type ZoomCommonAreaList = z.infer<typeof zoomCommonAreaListSchema>;

export const zoomCommonAreaDetailSchema = zoomCommonAreaSchema.extend({
  timezone: z.string().optional(),
  cost_center: z.string().optional(),
  department: z.string().optional(),
});
export type ZoomCommonAreaDetail = z.infer<typeof zoomCommonAreaDetailSchema>;
