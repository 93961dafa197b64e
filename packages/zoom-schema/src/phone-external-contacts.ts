// Zoom Phone external contacts: list and get (both Light). Here `phone_numbers`
// is an array of strings and `extension_number` a string, unlike elsewhere.
import { z } from 'zod';
import { zoomPageSchema } from './pagination';

export const zoomExternalContactSchema = z.object({
  external_contact_id: z.string(),
  id: z.string().optional(),
  name: z.string(),
  email: z.string().optional(),
  description: z.string().optional(),
  extension_number: z.string().optional(),
  phone_numbers: z.array(z.string()).optional(),
  auto_call_recorded: z.boolean().optional(),
  enable_internal_extension: z.boolean().optional(),
});
export type ZoomExternalContact = z.infer<typeof zoomExternalContactSchema>;

export const zoomExternalContactListSchema = zoomPageSchema('external_contacts', zoomExternalContactSchema);
export type ZoomExternalContactList = z.infer<typeof zoomExternalContactListSchema>;
