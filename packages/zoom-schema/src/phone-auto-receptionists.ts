// Zoom Phone auto receptionists: list (Medium), get (Medium), add (Light),
// update (Light), delete non-primary (Light). The IVR lives in phone-ivr.ts.
import { z } from 'zod';
import { zoomPageSchema } from './pagination';
import { zoomPhoneNumberRefSchema, zoomSiteRefSchema, zoomUtcDateTimeSchema } from './phone-common';

export const ZOOM_AUDIO_PROMPT_LANGUAGES = [
  'en-US', 'en-GB', 'es-US', 'fr-CA', 'da-DK', 'de-DE', 'es-ES', 'fr-FR',
  'it-IT', 'nl-NL', 'pt-PT', 'ja', 'ko-KR', 'pt-BR', 'zh-CN',
] as const;

/** One holiday of an auto receptionist; `from`/`to` are UTC. */
export const zoomHolidayHoursSchema = z.object({
  id: z.string(),
  name: z.string(),
  from: z.string(),
  to: z.string(),
});
export type ZoomHolidayHours = z.infer<typeof zoomHolidayHoursSchema>;

/** The same, as written (strict UTC format). */
export const zoomHolidayHoursWriteSchema = z.object({
  name: z.string().min(1),
  from: zoomUtcDateTimeSchema,
  to: zoomUtcDateTimeSchema,
});

export const zoomAutoReceptionistSchema = z.object({
  id: z.string(),
  name: z.string(),
  extension_id: z.string().optional(),
  extension_number: z.number().int().optional(),
  timezone: z.string().optional(),
  audio_prompt_language: z.string().optional(),
  cost_center: z.string().nullish(),
  department: z.string().nullish(),
  holiday_hours: z.array(zoomHolidayHoursSchema).optional(),
  phone_numbers: z.array(zoomPhoneNumberRefSchema).optional(),
  site: zoomSiteRefSchema.optional(),
});
export type ZoomAutoReceptionist = z.infer<typeof zoomAutoReceptionistSchema>;

export const zoomAutoReceptionistListSchema = zoomPageSchema('auto_receptionists', zoomAutoReceptionistSchema);
export type ZoomAutoReceptionistList = z.infer<typeof zoomAutoReceptionistListSchema>;

/** The detail documents no `id` (the caller asked for it by id); only the list's items carry one. */
export const zoomAutoReceptionistDetailSchema = zoomAutoReceptionistSchema.extend({
  id: z.string().optional(),
  default_transcription_language: z.string().optional(),
  recording_storage_location: z.string().optional(),
});
export type ZoomAutoReceptionistDetail = z.infer<typeof zoomAutoReceptionistDetailSchema>;

/** POST /phone/auto_receptionists */
export const zoomAutoReceptionistCreateSchema = z.object({
  name: z.string().min(1),
  site_id: z.string().optional(),
});
export type ZoomAutoReceptionistCreate = z.infer<typeof zoomAutoReceptionistCreateSchema>;

export const zoomAutoReceptionistCreatedSchema = z.object({
  id: z.string(),
  name: z.string(),
  extension_number: z.number().int(),
});
export type ZoomAutoReceptionistCreated = z.infer<typeof zoomAutoReceptionistCreatedSchema>;

/** PATCH /phone/auto_receptionists/{id} */
export const zoomAutoReceptionistUpdateSchema = z.object({
  name: z.string().min(1).optional(),
  extension_number: z.number().int().optional(),
  timezone: z.string().optional(),
  audio_prompt_language: z.enum(ZOOM_AUDIO_PROMPT_LANGUAGES).optional(),
  default_transcription_language: z.enum(ZOOM_AUDIO_PROMPT_LANGUAGES).optional(),
  cost_center: z.string().optional(),
  department: z.string().optional(),
  recording_storage_location: z.string().optional(),
});
export type ZoomAutoReceptionistUpdate = z.infer<typeof zoomAutoReceptionistUpdateSchema>;
