// Small shapes that many Zoom Phone payloads share (site and phone-number
// references). Read schemas are lenient: every field Zoom may omit is optional.
import { z } from 'zod';

export const zoomSiteRefSchema = z.object({ id: z.string(), name: z.string().optional() });
export type ZoomSiteRef = z.infer<typeof zoomSiteRefSchema>;

export const zoomPhoneNumberRefSchema = z.object({
  id: z.string().optional(),
  number: z.string(),
  source: z.string().optional(),
  status: z.string().optional(),
  display_name: z.string().optional(),
});
export type ZoomPhoneNumberRef = z.infer<typeof zoomPhoneNumberRefSchema>;

/** Zoom documents extension numbers as int64 on most objects and as strings on others. */
export const zoomExtensionNumberSchema = z.union([z.number().int(), z.string()]);

/** `yyyy-MM-dd'T'HH:mm:ss'Z'` — the UTC timestamp format Zoom Phone uses. */
export const zoomUtcDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'Expected yyyy-MM-ddTHH:mm:ssZ (UTC)');
