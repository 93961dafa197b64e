// Zoom Contact Center operating hours: business hours (/contact_center/business_hours)
// and closure sets (/contact_center/closures). Unlike Zoom Phone, a day may
// have several ranges, weekdays count from Monday (`day_of_week` 1 = Monday …
// 7 = Sunday, also `recurring_days_of_week`, sent as strings), and closures
// carry offsets (`…Z` or `…+10:00`) and recurrences. Read schemas are lenient;
// write schemas are strict objects holding only the documented fields.
import { z } from 'zod';
import { zoomPageSchema } from './pagination';

const int = z.number().int();
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected HH:mm (00:00–23:59)');
const dayOfWeek = int.min(1).max(7);

/** `hours.hour_type`: 1 = 24 hours, 7 days a week; 2 = custom hours. */
export const CC_HOUR_TYPE = { always: 1, custom: 2 } as const;
/** `custom_hour_type`: 0 disabled (closed), 1 24 hours, 2 customized (`custom_hour_ranges`). */
export const CC_DAY_TYPE = { closed: 0, allDay: 1, custom: 2 } as const;
/** `closure_hour_type`: 1 all day, 2 customized time. */
export const CC_CLOSURE_HOUR_TYPE = { allDay: 1, custom: 2 } as const;
/** `recurring_frequency`. */
export const CC_RECURRING_FREQUENCY = { never: 0, annually: 1, monthly: 2, weekly: 3 } as const;
/** `recurring_frequency_type`: 1 specific, 2 customized. */
export const CC_RECURRING_FREQUENCY_TYPE = { specific: 1, customized: 2 } as const;

// ── business hours ──────────────────────────────────────────────────────────

const rangeReadSchema = z.object({ start_time: z.string(), end_time: z.string() });

export const ccCustomHoursDayReadSchema = z.object({
  day_of_week: int,
  custom_hour_type: int,
  custom_hour_ranges: z.array(rangeReadSchema).optional(),
});
export type CcCustomHoursDayRead = z.infer<typeof ccCustomHoursDayReadSchema>;

export const ccHoursReadSchema = z.object({
  hour_type: int,
  custom_hours: z.array(ccCustomHoursDayReadSchema).optional(),
});

/** GET /contact_center/business_hours/{businessHourId}, and each item of the list. */
export const ccBusinessHoursReadSchema = z.object({
  business_hour_id: z.string(),
  business_hour_name: z.string().optional(),
  business_hour_description: z.string().optional(),
  timezone: z.string().optional(),
  account_default: z.boolean().optional(),
  hours: ccHoursReadSchema.optional(),
  queues_count: int.optional(),
  flows_count: int.optional(),
});
export type CcBusinessHoursRead = z.infer<typeof ccBusinessHoursReadSchema>;

export const ccBusinessHoursListSchema = zoomPageSchema(
  'business_hours',
  ccBusinessHoursReadSchema,
);

const rangeWriteSchema = z.strictObject({ start_time: clock, end_time: clock });

const daysWrite = <T extends z.ZodType>(type: T) =>
  z.array(
    z.strictObject({
      day_of_week: dayOfWeek,
      custom_hour_type: type,
      custom_hour_ranges: z.array(rangeWriteSchema).optional(),
    }),
  );

/** POST /contact_center/business_hours: `custom_hour_type` is documented as 1 or 2 only here. */
export const ccBusinessHoursPostSchema = z.strictObject({
  business_hour_name: z.string().min(1),
  business_hour_description: z.string().optional(),
  timezone: z.string().optional(),
  account_default: z.boolean().optional(),
  hours: z
    .strictObject({
      hour_type: z.union([z.literal(1), z.literal(2)]),
      custom_hours: daysWrite(z.union([z.literal(1), z.literal(2)])).optional(),
    })
    .optional(),
});
export type CcBusinessHoursPost = z.infer<typeof ccBusinessHoursPostSchema>;

/** PATCH /contact_center/business_hours/{businessHourId}: 0 (disabled) is allowed for a day. */
export const ccBusinessHoursPatchSchema = z.strictObject({
  business_hour_name: z.string().min(1).optional(),
  business_hour_description: z.string().optional(),
  timezone: z.string().optional(),
  // only `true` is accepted: the default cannot be made non-default (3611)
  account_default: z.literal(true).optional(),
  hours: z
    .strictObject({
      hour_type: z.union([z.literal(1), z.literal(2)]),
      custom_hours: daysWrite(z.union([z.literal(0), z.literal(1), z.literal(2)])).optional(),
    })
    .optional(),
});
export type CcBusinessHoursPatch = z.infer<typeof ccBusinessHoursPatchSchema>;

// ── closures ────────────────────────────────────────────────────────────────

/** `yyyy-MM-dd'T'HH:mm:ss'Z'` or with an offset (`…+10:00`). */
export const ccZonedDateTimeSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/,
    'Expected yyyy-MM-ddTHH:mm:ss with Z or an offset',
  );

export const ccClosureReadSchema = z.object({
  closure_id: z.string().optional(),
  closure_name: z.string(),
  closure_hour_type: int,
  start_time: z.string(),
  end_time: z.string(),
  recurring_frequency: int,
  recurring_frequency_type: int.optional(),
  recurring_month: int.optional(),
  recurring_week_interval: int.optional(),
  // documented as strings ("1"); numbers are read too
  recurring_days_of_week: z.array(z.union([z.string(), int])).optional(),
});
export type CcClosureRead = z.infer<typeof ccClosureReadSchema>;

/** GET /contact_center/closures/{closureSetId}, and each item of the list. */
export const ccClosureSetReadSchema = z.object({
  closure_set_id: z.string(),
  closure_set_name: z.string(),
  closure_set_description: z.string().optional(),
  timezone: z.string(),
  account_default: z.boolean().optional(),
  closures: z.array(ccClosureReadSchema).default([]),
  queues_count: int.optional(),
  flows_count: int.optional(),
});
export type CcClosureSetRead = z.infer<typeof ccClosureSetReadSchema>;

export const ccClosureSetListSchema = zoomPageSchema('closure_sets', ccClosureSetReadSchema);

const closureWriteFields = {
  closure_name: z.string().min(1),
  closure_hour_type: z.union([z.literal(1), z.literal(2)]),
  start_time: ccZonedDateTimeSchema,
  end_time: ccZonedDateTimeSchema,
  recurring_frequency: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  recurring_frequency_type: z.union([z.literal(1), z.literal(2)]).optional(),
  recurring_month: int.min(1).max(12).optional(),
  recurring_week_interval: int.min(1).max(12).optional(),
  recurring_days_of_week: z.array(z.enum(['1', '2', '3', '4', '5', '6', '7'])).optional(),
};

export const ccClosurePostItemSchema = z.strictObject(closureWriteFields);
export type CcClosurePostItem = z.infer<typeof ccClosurePostItemSchema>;

/** POST /contact_center/closures */
export const ccClosureSetPostSchema = z.strictObject({
  closure_set_name: z.string().min(1),
  closure_set_description: z.string().optional(),
  timezone: z.string().min(1),
  account_default: z.boolean().optional(),
  closures: z.array(ccClosurePostItemSchema).min(1),
});
export type CcClosureSetPost = z.infer<typeof ccClosureSetPostSchema>;

/** A PATCH item: with `closure_id` it edits (or, with `to_delete`, removes) that closure; without, it adds one. */
export const ccClosurePatchItemSchema = z.strictObject({
  closure_id: z.string().min(1).optional(),
  to_delete: z.boolean().optional(),
  ...z.strictObject(closureWriteFields).partial().shape,
});
export type CcClosurePatchItem = z.infer<typeof ccClosurePatchItemSchema>;

/** PATCH /contact_center/closures/{closureSetId} */
export const ccClosureSetPatchSchema = z.strictObject({
  closure_set_name: z.string().min(1),
  closure_set_description: z.string().optional(),
  timezone: z.string().min(1),
  account_default: z.boolean().optional(),
  closures: z.array(ccClosurePatchItemSchema),
});
export type CcClosureSetPatch = z.infer<typeof ccClosureSetPatchSchema>;
