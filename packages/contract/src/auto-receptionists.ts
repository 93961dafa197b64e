import { z } from 'zod';

export const siteRefSchema = z.object({ id: z.string(), name: z.string() });

export const autoReceptionistSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  extensionId: z.string(),
  extensionNumber: z.string(),
  site: siteRefSchema.nullable(),
  timezone: z.string().nullable(),
  phoneNumbers: z.array(z.string()),
});
export type AutoReceptionistSummary = z.infer<typeof autoReceptionistSummarySchema>;

export const autoReceptionistListQuerySchema = z.strictObject({
  q: z.string().trim().max(100, { error: 'Search text is limited to 100 characters.' }).optional(),
  siteId: z.string().max(64).optional(),
});

export const autoReceptionistListSchema = z.object({
  items: z.array(autoReceptionistSummarySchema),
  sites: z.array(siteRefSchema),
});
export type AutoReceptionistList = z.infer<typeof autoReceptionistListSchema>;

export const holidaySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** UTC instants as Zoom stores them (ISO 8601 with Z). */
  from: z.string(),
  to: z.string(),
});
export type Holiday = z.infer<typeof holidaySchema>;

export const autoReceptionistDetailSchema = autoReceptionistSummarySchema.extend({
  holidays: z.array(holidaySchema),
});
export type AutoReceptionistDetail = z.infer<typeof autoReceptionistDetailSchema>;

/** Path params: Zoom ids are URL-safe base64-ish strings. */
export const idParamSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'That id is not a Zoom id (letters, digits, - and _ only).' }),
});
