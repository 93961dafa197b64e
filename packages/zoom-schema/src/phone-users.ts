// Zoom Phone users: GET /phone/users (Medium) and GET /phone/users/{userId} (Light).
import { z } from 'zod';
import { zoomPageSchema } from './pagination';
import { zoomPhoneNumberRefSchema, zoomSiteRefSchema } from './phone-common';

const callingPlanSchema = z.object({ type: z.number().int(), name: z.string().optional() });

export const zoomPhoneUserSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  email: z.string().optional(),
  extension_id: z.string().optional(),
  extension_number: z.number().int().optional(),
  phone_user_id: z.string().optional(),
  status: z.string().optional(),
  activation_status: z.string().optional(),
  department: z.string().optional(),
  cost_center: z.string().optional(),
  site: zoomSiteRefSchema.optional(),
  phone_numbers: z.array(zoomPhoneNumberRefSchema).optional(),
  calling_plans: z.array(callingPlanSchema).optional(),
});
export type ZoomPhoneUser = z.infer<typeof zoomPhoneUserSchema>;

export const zoomPhoneUserListSchema = zoomPageSchema('users', zoomPhoneUserSchema);
export type ZoomPhoneUserList = z.infer<typeof zoomPhoneUserListSchema>;
