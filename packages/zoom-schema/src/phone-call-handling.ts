// Zoom Phone call handling (/phone/extension/{extensionId}/call_handling/settings).
// Like the IVR, the read and write shapes differ: GET answers `routing{action,
// forward_to{…}}` inside `settings`, while PATCH takes flat fields
// (`call_not_answer_action`, `forward_to_extension_id`, …), and every write
// carries exactly ONE `sub_setting_type`. Read schemas are lenient; write
// schemas are strict objects, so a field Zoom does not document (and would
// silently ignore) cannot be sent.
import { z } from 'zod';
import { zoomExtensionNumberSchema } from './phone-common';

export const zoomCallHandlingSettingTypeSchema = z.enum([
  'business_hours',
  'closed_hours',
  'holiday_hours',
]);
export type ZoomCallHandlingSettingType = z.infer<typeof zoomCallHandlingSettingTypeSchema>;

export const zoomCallHandlingSubSettingTypeSchema = z.enum([
  'custom_hours',
  'call_handling',
  'call_forwarding',
  'holiday',
]);
export type ZoomCallHandlingSubSettingType = z.infer<typeof zoomCallHandlingSubSettingTypeSchema>;

/** `custom_hours_settings[].type`: 0 disabled (closed), 1 24 hours, 2 customized (`from`/`to`). */
export const ZOOM_PHONE_DAY_TYPE = { closed: 0, allDay: 1, custom: 2 } as const;
/** `settings.type` of the custom_hours sub-setting: 1 = 24 hours, 7 days a week; 2 = custom hours. */
export const ZOOM_PHONE_HOURS_TYPE = { always: 1, custom: 2 } as const;

/** `HH:mm`, 24-hour clock, as the custom hours documents give it. */
export const zoomClockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected HH:mm (00:00–23:59)');

const promptRefSchema = z.object({ id: z.string().optional(), name: z.string().optional() });

const extensionRefSchema = z.object({
  display_name: z.string().optional(),
  extension_id: z.string().optional(),
  extension_number: zoomExtensionNumberSchema.optional(),
  extension_type: z.string().optional(),
  id: z.string().optional(),
});

const forwardToReadSchema = extensionRefSchema.extend({
  description: z.string().optional(),
  phone_number: z.string().optional(),
  voicemail_greeting: promptRefSchema.optional(),
  zcc_phone_number: z.string().optional(),
  zcc_phone_number_display_name: z.string().optional(),
  partner_contact_center_id: z.string().optional(),
  pcc_phone_number_display_name: z.string().optional(),
  teams_app_id: z.string().optional(),
  teams_voice_app_name: z.string().optional(),
});

/** Where an unanswered (or busy) call goes: `routing` / `busy_routing` in the GET answer. */
export const zoomCallHandlingRoutingReadSchema = z.object({
  action: z.number().int(),
  forward_to: forwardToReadSchema.optional(),
  operator: extensionRefSchema.optional(),
  connect_to_operator: z.boolean().optional(),
  allow_callers_check_voicemail: z.boolean().optional(),
  voicemail_greeting: promptRefSchema.optional(),
  voicemail_leaving_instruction: promptRefSchema.optional(),
  message_greeting: promptRefSchema.optional(),
  require_press_1_before_connecting: z.boolean().optional(),
  overflow_play_callee_voicemail_greeting: z.boolean().optional(),
  play_callee_voicemail_greeting: z.boolean().optional(),
  busy_play_callee_voicemail_greeting: z.boolean().optional(),
});
export type ZoomCallHandlingRoutingRead = z.infer<typeof zoomCallHandlingRoutingReadSchema>;

export const zoomCustomHoursDayReadSchema = z.object({
  weekday: z.number().int(),
  type: z.number().int(),
  from: z.string().optional(),
  to: z.string().optional(),
});
export type ZoomCustomHoursDayRead = z.infer<typeof zoomCustomHoursDayReadSchema>;

const callForwardingReadSchema = z.object({
  id: z.string().optional(),
  description: z.string().optional(),
  enable: z.boolean().optional(),
  phone_number: z.string().optional(),
  external_contact: z
    .object({
      external_contact_id: z.string().optional(),
      name: z.string().optional(),
      email: z.string().optional(),
      phone_numbers: z.array(z.string()).optional(),
    })
    .optional(),
});

/** `settings` of one sub-setting; which fields come back depends on `sub_setting_type`. */
export const zoomCallHandlingSettingsReadSchema = z.object({
  // custom_hours
  type: z.number().int().optional(),
  custom_hours_settings: z.array(zoomCustomHoursDayReadSchema).optional(),
  allow_members_to_reset: z.boolean().optional(),
  // call_handling
  routing: zoomCallHandlingRoutingReadSchema.optional(),
  busy_routing: zoomCallHandlingRoutingReadSchema.optional(),
  ring_mode: z.string().optional(),
  max_wait_time: z.number().int().optional(),
  max_call_in_queue: z.number().int().optional(),
  wrap_up_time: z.number().int().optional(),
  receive_call: z.boolean().optional(),
  greeting_prompt: promptRefSchema.optional(),
  music_on_hold: promptRefSchema.optional(),
  audio_while_connecting: promptRefSchema.optional(),
  call_distribution: z
    .object({
      handle_multiple_calls: z.boolean().optional(),
      ring_duration: z.number().int().optional(),
      ring_mode: z.string().optional(),
      skip_offline_device_phone_number: z.boolean().optional(),
    })
    .optional(),
  // call_forwarding
  call_forwarding_settings: z.array(callForwardingReadSchema).optional(),
  require_press_1_before_connecting: z.boolean().optional(),
  // holiday: UTC instants
  name: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
});
export type ZoomCallHandlingSettingsRead = z.infer<typeof zoomCallHandlingSettingsReadSchema>;

export const zoomCallHandlingEntryReadSchema = z.object({
  settings: zoomCallHandlingSettingsReadSchema.optional(),
  sub_setting_type: z.string().optional(),
});
export type ZoomCallHandlingEntryRead = z.infer<typeof zoomCallHandlingEntryReadSchema>;

export const zoomHolidayHoursReadSchema = z.object({
  holiday_id: z.string().optional(),
  details: z.array(zoomCallHandlingEntryReadSchema).default([]),
});
export type ZoomHolidayHoursRead = z.infer<typeof zoomHolidayHoursReadSchema>;

/** GET /phone/extension/{extensionId}/call_handling/settings */
export const zoomCallHandlingReadSchema = z.object({
  business_hours: z.array(zoomCallHandlingEntryReadSchema).default([]),
  closed_hours: z.array(zoomCallHandlingEntryReadSchema).default([]),
  holiday_hours: z.array(zoomHolidayHoursReadSchema).default([]),
});
export type ZoomCallHandlingRead = z.infer<typeof zoomCallHandlingReadSchema>;
