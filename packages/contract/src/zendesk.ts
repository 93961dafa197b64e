// Zendesk Talk IVRs, the second provider: IVRs with their menus, a menu in the
// provider-neutral shape (routing-core's menu-model), its plan and its write
// (the same outcome body as Zoom's menus). Ids are Zendesk's, as strings.
import { z } from 'zod';
import { neutralMenuSchema, sentNeutralMenuSchema } from '@switchboard/routing-core/menu-model/neutral-menu';

const zendeskId = (what: string) =>
  z.string().regex(/^[1-9][0-9]{0,18}$/, { error: `That ${what} id is not a Zendesk id (digits).` });

export const zendeskIvrParamsSchema = z.strictObject({ ivrId: zendeskId('IVR') });
export const zendeskMenuParamsSchema = z.strictObject({ ivrId: zendeskId('IVR'), menuId: zendeskId('menu') });

export const zendeskIvrSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The Talk numbers that answer with this IVR, by name. */
  phoneNumbers: z.array(z.string()),
  menus: z.array(z.object({ id: z.string(), name: z.string(), default: z.boolean() })),
});
export type ZendeskIvr = z.infer<typeof zendeskIvrSchema>;

export const zendeskIvrListSchema = z.object({ items: z.array(zendeskIvrSchema) });
export type ZendeskIvrList = z.infer<typeof zendeskIvrListSchema>;

export const zendeskMenuResponseSchema = z.object({ menu: neutralMenuSchema, version: z.string() });
export type ZendeskMenuResponse = z.infer<typeof zendeskMenuResponseSchema>;

export const zendeskMenuWriteBodySchema = z.strictObject({
  baseVersion: z.string().min(1, { error: 'baseVersion is required: load the menu before changing it.' }),
  menu: sentNeutralMenuSchema,
});
export type ZendeskMenuWriteBody = z.infer<typeof zendeskMenuWriteBodySchema>;

/** What a Zendesk menu's keys can route to: the account's groups and greetings. */
export const zendeskChoicesSchema = z.object({
  groups: z.array(z.object({ id: z.string(), name: z.string() })),
  greetings: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ZendeskChoices = z.infer<typeof zendeskChoicesSchema>;
