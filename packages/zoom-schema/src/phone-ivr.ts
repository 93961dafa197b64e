// Zoom Phone auto-receptionist IVR payloads. The read shape (GET) and the
// write shape (PATCH) differ: see DESIGN.md "IVR read ≠ write". zod objects
// strip unknown keys, which is exactly how Zoom treats them (ignored, 204).
import { z } from 'zod';

export const zoomHoursTypeSchema = z.enum(['business_hours', 'closed_hours']);
export type ZoomHoursType = z.infer<typeof zoomHoursTypeSchema>;

const zoomIvrTargetReadSchema = z.object({
  display_name: z.string().optional(),
  extension_id: z.string().optional(),
  extension_number: z.union([z.string(), z.number()]).optional(),
  id: z.string().optional(),
  phone_number: z.string().optional(),
});
export type ZoomIvrTargetRead = z.infer<typeof zoomIvrTargetReadSchema>;

export const zoomIvrKeyActionReadSchema = z.object({
  key: z.string(),
  action: z.number().int(),
  target: zoomIvrTargetReadSchema.optional(),
  voicemail_greeting: z.object({ id: z.string().optional(), name: z.string().optional() }).optional(),
});
export type ZoomIvrKeyActionRead = z.infer<typeof zoomIvrKeyActionReadSchema>;

/** GET /phone/auto_receptionists/{id}/ivr?hours_type=&holiday_id= */
export const zoomIvrReadSchema = z.object({
  audio_prompt: z.object({ id: z.string().optional(), name: z.string().optional() }).optional(),
  caller_enters_no_action: z
    .object({
      action: z.number().int(),
      audio_prompt_repeat: z.number().int().optional(),
      forward_to: zoomIvrTargetReadSchema.omit({ phone_number: true }).optional(),
    })
    .optional(),
  key_actions: z.array(zoomIvrKeyActionReadSchema).default([]),
});
export type ZoomIvrRead = z.infer<typeof zoomIvrReadSchema>;

/** One key per PATCH: the documented write shape. */
export const zoomIvrKeyActionWriteSchema = z.object({
  key: z.string(),
  action: z.number().int(),
  target: z
    .object({ extension_id: z.string().optional(), phone_number: z.string().optional() })
    .optional(),
  voicemail_greeting_id: z.string().optional(),
});
export type ZoomIvrKeyActionWrite = z.infer<typeof zoomIvrKeyActionWriteSchema>;

/** PATCH /phone/auto_receptionists/{id}/ivr — hours_type / holiday_id go in the body. */
export const zoomIvrPatchSchema = z.object({
  audio_prompt_id: z.string().optional(),
  caller_enters_no_action: z
    .object({
      action: z.number().int(),
      audio_prompt_repeat: z.number().int().optional(),
      forward_to_extension_id: z.string().optional(),
    })
    .optional(),
  holiday_id: z.string().optional(),
  hours_type: zoomHoursTypeSchema.optional(),
  key_action: zoomIvrKeyActionWriteSchema.optional(),
});
export type ZoomIvrPatch = z.infer<typeof zoomIvrPatchSchema>;

export const REMOVED_AUDIO_PREFIX = 'removed_';
export const isRemovedAudioId = (id: string | null | undefined): boolean =>
  typeof id === 'string' && id.startsWith(REMOVED_AUDIO_PREFIX);
