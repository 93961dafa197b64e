// Zoom Phone sites: GET /phone/sites (Medium) and GET /phone/sites/{siteId} (Light).
// Zoom's site objects carry no time zone; auto receptionists and users do.
import { z } from 'zod';
import { zoomPageSchema } from './pagination';

export const zoomSiteMainAutoReceptionistSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  extension_id: z.string().optional(),
  extension_number: z.number().int().optional(),
});

export const zoomSiteSchema = z.object({
  id: z.string(),
  name: z.string(),
  site_code: z.number().int().optional(),
  country: z.object({ code: z.string(), name: z.string().optional() }).optional(),
  main_auto_receptionist: zoomSiteMainAutoReceptionistSchema.optional(),
  short_extension: z.object({ length: z.number().int() }).optional(),
});
export type ZoomSite = z.infer<typeof zoomSiteSchema>;

export const zoomSiteListSchema = zoomPageSchema('sites', zoomSiteSchema);
export type ZoomSiteList = z.infer<typeof zoomSiteListSchema>;
