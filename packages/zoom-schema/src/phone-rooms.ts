// Zoom Rooms under a Zoom Phone license: list (GET /phone/rooms). An IVR key
// forwards to a room's `extension_id` (action 3).
import { z } from 'zod';
import { zoomPageSchema } from './pagination';
import { zoomExtensionNumberSchema, zoomPhoneNumberRefSchema, zoomSiteRefSchema } from './phone-common';

export const zoomRoomSchema = z.object({
  id: z.string(),
  name: z.string(),
  extension_id: z.string().optional(),
  extension_number: zoomExtensionNumberSchema.optional(),
  site: zoomSiteRefSchema.optional(),
  phone_numbers: z.array(zoomPhoneNumberRefSchema).optional(),
});
export type ZoomRoom = z.infer<typeof zoomRoomSchema>;

export const zoomRoomListSchema = zoomPageSchema('rooms', zoomRoomSchema);
