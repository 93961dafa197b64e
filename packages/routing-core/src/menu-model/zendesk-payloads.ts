// The client's belief about Zendesk Talk's IVR payloads (what the BFF reads
// and writes), from zendesk-talk-ivr-api.txt and the menus-and-routes facts.
// Answers are read leniently (extra fields kept out, not refused); write
// bodies are exactly what the documents name. The simulator has its own
// reading (packages/zendesk-facts); the conformance check holds the two apart.
import { z } from 'zod';

export const ZENDESK_KEYPRESSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', 'default'] as const;
export const ZENDESK_ROUTE_ACTIONS = ['group', 'voicemail', 'phone_number', 'textback', 'menu'] as const;
export type ZendeskRouteAction = (typeof ZENDESK_ROUTE_ACTIONS)[number];

const id = z.number().int().positive();

export const zendeskRouteOptionsSchema = z.object({
  group_ids: z.array(id).optional(),
  phone_number: z.string().optional(),
  sms_text: z.string().optional(),
  menu_id: id.optional(),
});
export type ZendeskRouteOptions = z.infer<typeof zendeskRouteOptionsSchema>;

export const zendeskRouteReadSchema = z.object({
  id,
  keypress: z.string(),
  action: z.string(),
  options: zendeskRouteOptionsSchema.nullish(),
  option_text: z.string().nullish(),
});
export type ZendeskRouteRead = z.infer<typeof zendeskRouteReadSchema>;

export const zendeskMenuReadSchema = z.object({
  id,
  name: z.string(),
  default: z.boolean(),
  greeting_id: id.nullish(),
  routes: z.array(zendeskRouteReadSchema),
});
export type ZendeskMenuRead = z.infer<typeof zendeskMenuReadSchema>;

export const zendeskIvrReadSchema = z.object({
  id,
  name: z.string(),
  menus: z.array(zendeskMenuReadSchema),
  phone_number_ids: z.array(z.number().int()).nullish(),
  phone_number_names: z.array(z.string()).nullish(),
});
export type ZendeskIvrRead = z.infer<typeof zendeskIvrReadSchema>;

/** A route as written: POST carries the keypress, PUT only what changes. */
export interface ZendeskRouteWrite {
  ivr_route: { keypress?: string; action: ZendeskRouteAction; options: ZendeskRouteOptions };
}
export interface ZendeskMenuWrite {
  ivr_menu: { greeting_id: number };
}

/** Groups and greetings to pick from (decision 013's lists): `{id, name}`. */
export const zendeskNamedSchema = z.object({ id, name: z.string() });
