// Zoom Phone numbers: list (Medium) and get (Light).
import { z } from 'zod';
import { zoomPageSchema } from './pagination';
import { zoomSiteRefSchema } from './phone-common';

export const zoomPhoneNumberAssigneeSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  extension_number: z.number().int().optional(),
  type: z.string(),
});

export const zoomPhoneNumberSchema = z.object({
  id: z.string(),
  number: z.string(),
  display_name: z.string().optional(),
  assignee: zoomPhoneNumberAssigneeSchema.optional(),
  capability: z.array(z.string()).optional(),
  location: z.string().optional(),
  number_type: z.string().optional(),
  source: z.string().optional(),
  status: z.string().optional(),
  site: zoomSiteRefSchema.optional(),
});
export type ZoomPhoneNumber = z.infer<typeof zoomPhoneNumberSchema>;

export const zoomPhoneNumberListSchema = zoomPageSchema('phone_numbers', zoomPhoneNumberSchema);
export type ZoomPhoneNumberList = z.infer<typeof zoomPhoneNumberListSchema>;
