// The provider-neutral menu: what each key does, by kind, whatever the
// provider's codes. Zoom's code-based Menu (ivr/menu.ts) and Zendesk's routes
// both map to and from it (zoom-adapter.ts, zendesk-adapter.ts); which keys
// and kinds a provider takes is in capabilities.ts, never in provider checks.
import { z } from 'zod';

/** Every key a provider may offer, in reading order ("default": any other key, Zendesk's catch-all). */
export const MENU_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#', 'default'] as const;
export type MenuKey = (typeof MENU_KEYS)[number];

/**
 * What a key can do. forward: to people or groups (targets); voicemail: of a
 * target (none: the menu's owner); menu: another menu; repeat / rootMenu /
 * previousMenu: menu navigation; external: a phone number; meetingNumber: a
 * meeting service's number; textback: send a text; disconnect: hang up.
 */
export const ROUTE_KINDS = [
  'forward',
  'voicemail',
  'menu',
  'repeat',
  'rootMenu',
  'previousMenu',
  'external',
  'meetingNumber',
  'textback',
  'disconnect',
] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

const MAX_NAME = 200;

/**
 * Built twice, as the Zoom menu is (ivr/menu.ts): leniently for menus read
 * (unknown fields dropped) and strictly for menus a browser sends (an unknown
 * field is refused, never silently ignored).
 */
function neutralObjects(strict: boolean) {
  const object = <S extends z.ZodRawShape>(shape: S) => (strict ? z.strictObject(shape) : z.object(shape));
  /** A target by the provider's id; `type` is the provider's kind of object (Zoom's directory type, "group"). */
  const targetRef = object({
    type: z.string().min(1).max(40),
    id: z.string().min(1).max(100),
    name: z.string().max(MAX_NAME).optional(),
    extensionNumber: z.string().max(32).optional(),
  });
  const menuRef = object({ id: z.string().min(1).max(100), name: z.string().max(MAX_NAME).optional() });
  const route = z.discriminatedUnion('kind', [
    object({ kind: z.literal('forward'), targets: z.array(targetRef).max(20) }),
    object({ kind: z.literal('voicemail'), targets: z.array(targetRef).max(20), greetingId: z.string().max(100).nullable().optional() }),
    object({ kind: z.literal('menu'), menu: menuRef }),
    object({ kind: z.literal('repeat') }),
    object({ kind: z.literal('rootMenu') }),
    object({ kind: z.literal('previousMenu') }),
    object({ kind: z.literal('external'), phoneNumber: z.string().max(32) }),
    object({ kind: z.literal('meetingNumber'), phoneNumber: z.string().max(32) }),
    object({ kind: z.literal('textback'), text: z.string().max(1000) }),
    object({ kind: z.literal('disconnect') }),
  ]);
  /** Keys a menu uses; a key left out does nothing (Zoom: disabled; Zendesk: no route). */
  const keys = object(Object.fromEntries(MENU_KEYS.map((k) => [k, route.optional()])) as Record<MenuKey, z.ZodOptional<typeof route>>);
  const menu = object({
    greeting: object({ id: z.string().max(100).nullable(), name: z.string().max(MAX_NAME).optional() }),
    /** When the caller presses nothing; null where the provider has no such setting. */
    noAction: object({ repeat: z.union([z.literal(1), z.literal(2), z.literal(3)]), route }).nullable(),
    keys,
  });
  return { targetRef, menuRef, route, keys, menu };
}

const read = neutralObjects(false);
const sent = neutralObjects(true);

export const targetRefSchema = read.targetRef;
export type TargetRef = z.infer<typeof targetRefSchema>;
export const routeSchema = read.route;
export type Route = z.infer<typeof routeSchema>;
export type RouteOf<K extends RouteKind> = Extract<Route, { kind: K }>;
export const menuKeyRoutesSchema = read.keys;
export type MenuKeyRoutes = z.infer<typeof menuKeyRoutesSchema>;
/** A provider-neutral menu as read. */
export const neutralMenuSchema = read.menu;
export type NeutralMenu = z.infer<typeof neutralMenuSchema>;
/** A provider-neutral menu as a browser sends it: unknown fields refused. */
export const sentNeutralMenuSchema = sent.menu;

/** The keys a menu uses, in reading order. */
export function usedKeys(menu: NeutralMenu): MenuKey[] {
  return MENU_KEYS.filter((k) => menu.keys[k] !== undefined);
}
