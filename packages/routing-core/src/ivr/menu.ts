// The normalized IVR menu: provider-neutral, used by the SPA, the BFF and the
// planner alike. `menuSchema` accepts any well-formed menu (what Zoom may
// return); `desiredMenuSchema` refuses unknown fields and adds the rules a
// menu must meet before it may be written (catalog codes per key, required
// targets, E.164 numbers…).
import { z } from 'zod';
import {
  IVR_KEYS,
  TARGET_KINDS,
  actionSpec,
  isActionAllowedForKey,
  type IvrKey,
} from '@switchboard/zoom-schema/ivr-actions';
import { isRemovedAudioId } from '@switchboard/zoom-schema/phone-ivr';

/**
 * The menu's objects, built two ways: leniently for menus read (from Zoom, or
 * the BFF's answers: unknown fields are dropped, so a newer BFF does not break
 * an older page) and strictly for menus a browser sends back (an unknown field
 * is refused, never silently ignored). A target's `name`, `extensionNumber`
 * and `type` are known fields: a menu sent back exactly as read is accepted.
 */
function menuObjects(strict: boolean) {
  const object = <S extends z.ZodRawShape>(shape: S) => (strict ? z.strictObject(shape) : z.object(shape));
  const target = object({
    extensionId: z.string().min(1).optional(),
    phoneNumber: z.string().min(1).optional(),
    name: z.string().optional(),
    extensionNumber: z.string().optional(),
    type: z.enum(TARGET_KINDS).optional(),
  });
  const keyAction = object({
    action: z.number().int(),
    target: target.nullable(),
    voicemailGreetingId: z.string().nullable().optional(),
  });
  const noAction = object({
    repeat: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    action: z.number().int(),
    target: target.nullable(),
  });
  const prompt = object({ id: z.string().nullable(), name: z.string().optional() });
  const keys = object(
    Object.fromEntries(IVR_KEYS.map((k) => [k, keyAction])) as Record<IvrKey, typeof keyAction>,
  );
  const menu = object({ prompt, noAction, keys });
  return { target, keyAction, noAction, prompt, keys, menu };
}

const read = menuObjects(false);
const sent = menuObjects(true);

export const targetSchema = read.target;
export type Target = z.infer<typeof targetSchema>;

export const keyActionSchema = read.keyAction;
export type KeyAction = z.infer<typeof keyActionSchema>;

export const noActionSchema = read.noAction;
export type NoAction = z.infer<typeof noActionSchema>;

export const promptSchema = read.prompt;
export type Prompt = z.infer<typeof promptSchema>;

export const menuKeysSchema = read.keys;

/** A menu as read: any well-formed menu (what Zoom may return). */
export const menuSchema = read.menu;
export type Menu = z.infer<typeof menuSchema>;

/** A menu as a browser sends it back (e.g. the one an edit started from): unknown fields refused. */
export const sentMenuSchema = sent.menu;

export const hoursSchema = z.enum(['business', 'closed']);
export type Hours = z.infer<typeof hoursSchema>;

/** E.164: a plus, a non-zero country digit, 7–15 digits in all. */
export const E164 = /^\+[1-9]\d{6,14}$/;

/** Issues for one key action; `path` is relative to the key action. */
export function keyActionIssues(key: IvrKey, ka: KeyAction): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  const spec = actionSpec(ka.action);
  if (!spec || !isActionAllowedForKey(key, ka.action)) {
    out.push({
      path: ['action'],
      message:
        key === '*' || key === '#'
          ? `Key ${key} can only repeat the greeting, return to the root or previous menu, or be disabled.`
          : `Key ${key} cannot use that action.`,
    });
    return out;
  }
  if (spec.target === 'extension' && !ka.target?.extensionId) {
    out.push({ path: ['target'], message: `Key ${key}: choose where "${spec.label}" should go.` });
  }
  if (spec.target === 'phoneNumber') {
    const n = ka.target?.phoneNumber ?? '';
    if (!n) out.push({ path: ['target', 'phoneNumber'], message: `Key ${key}: enter the phone number to forward to.` });
    else if (!E164.test(n))
      out.push({
        path: ['target', 'phoneNumber'],
        message: `Key ${key}: "${n}" is not a phone number in international format, e.g. +14155550123.`,
      });
  }
  if (spec.voicemailGreeting === 'required' && !ka.voicemailGreetingId) {
    out.push({ path: ['voicemailGreetingId'], message: `Key ${key}: choose the voicemail greeting to play.` });
  }
  if (spec.voicemailGreeting === 'none' && ka.voicemailGreetingId) {
    out.push({ path: ['voicemailGreetingId'], message: `Key ${key}: "${spec.label}" takes no voicemail greeting.` });
  }
  if (ka.voicemailGreetingId && isRemovedAudioId(ka.voicemailGreetingId)) {
    out.push({
      path: ['voicemailGreetingId'],
      message: `Key ${key}: the voicemail greeting was deleted from the audio library; choose another.`,
    });
  }
  return out;
}

/** Zoom's ids: url-safe letters and digits (22 for most objects; room for longer ones). */
const ZOOM_ID = /^[A-Za-z0-9_-]{1,100}$/;
/** Names and extension numbers a browser may send back with a menu as read (ignored when writing). */
const MAX_NAME = 200;
const MAX_EXTENSION_NUMBER = 32;

/** Ids and words of a target that cannot be Zoom's: refused before anything is planned. */
function targetFormIssues(where: string, t: Target | null): { path: string[]; message: string }[] {
  if (!t) return [];
  const out: { path: string[]; message: string }[] = [];
  if (t.extensionId !== undefined && !ZOOM_ID.test(t.extensionId)) {
    out.push({ path: ['target', 'extensionId'], message: `${where}: "${clip(t.extensionId)}" is not a Zoom id (letters, digits, - and _, at most 100).` });
  }
  if (t.name !== undefined && t.name.length > MAX_NAME) {
    out.push({ path: ['target', 'name'], message: `${where}: the target's name is longer than ${MAX_NAME} characters.` });
  }
  if (t.extensionNumber !== undefined && t.extensionNumber.length > MAX_EXTENSION_NUMBER) {
    out.push({ path: ['target', 'extensionNumber'], message: `${where}: the extension number is longer than ${MAX_EXTENSION_NUMBER} characters.` });
  }
  return out;
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** A menu that may be written: no unknown fields, ids that can be Zoom's, and every rule of the action catalog holds. */
export const desiredMenuSchema = sentMenuSchema.superRefine((menu, ctx) => {
  for (const key of IVR_KEYS) {
    const ka = menu.keys[key];
    for (const issue of targetFormIssues(`Key ${key}`, ka.target)) ctx.addIssue({ code: 'custom', path: ['keys', key, ...issue.path], message: issue.message });
    if (ka.voicemailGreetingId && !ZOOM_ID.test(ka.voicemailGreetingId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['keys', key, 'voicemailGreetingId'],
        message: `Key ${key}: "${clip(ka.voicemailGreetingId)}" is not a Zoom audio id.`,
      });
    }
  }
  for (const issue of targetFormIssues('When the caller presses nothing', menu.noAction.target)) {
    ctx.addIssue({ code: 'custom', path: ['noAction', ...issue.path], message: issue.message });
  }
  if (menu.prompt.id && !ZOOM_ID.test(menu.prompt.id)) {
    ctx.addIssue({ code: 'custom', path: ['prompt', 'id'], message: `Greeting prompt: "${clip(menu.prompt.id)}" is not a Zoom audio id.` });
  }
  if ((menu.prompt.name?.length ?? 0) > MAX_NAME) {
    ctx.addIssue({ code: 'custom', path: ['prompt', 'name'], message: `Greeting prompt: the name is longer than ${MAX_NAME} characters.` });
  }
  for (const key of IVR_KEYS) {
    for (const issue of keyActionIssues(key, menu.keys[key])) {
      ctx.addIssue({ code: 'custom', path: ['keys', key, ...issue.path], message: issue.message });
    }
  }
  const na = actionSpec(menu.noAction.action);
  if (!na || !na.noAction) {
    ctx.addIssue({
      code: 'custom',
      path: ['noAction', 'action'],
      message: 'When the caller presses nothing, the call can only be disconnected or forwarded.',
    });
  } else if (na.target === 'extension' && !menu.noAction.target?.extensionId) {
    ctx.addIssue({
      code: 'custom',
      path: ['noAction', 'target'],
      message: `When the caller presses nothing: choose where "${na.label}" should go.`,
    });
  }
  if (isRemovedAudioId(menu.prompt.id)) {
    ctx.addIssue({
      code: 'custom',
      path: ['prompt', 'id'],
      message: 'The greeting prompt was deleted from the audio library; choose another prompt.',
    });
  }
});

/**
 * The menu as far as Zoom is concerned: targets by id or number only, the
 * prompt by id. A browser may send back a menu as it read it; the names and
 * extension numbers it carries are never believed (the BFF names everything
 * from its own reads of Zoom).
 */
export function withoutNames(menu: Menu): Menu {
  const target = (t: Target | null): Target | null =>
    t ? { ...(t.extensionId !== undefined ? { extensionId: t.extensionId } : {}), ...(t.phoneNumber !== undefined ? { phoneNumber: t.phoneNumber } : {}) } : null;
  const keys = Object.fromEntries(
    IVR_KEYS.map((k) => [k, { ...menu.keys[k], target: target(menu.keys[k].target) }]),
  ) as Menu['keys'];
  return { prompt: { id: menu.prompt.id }, noAction: { ...menu.noAction, target: target(menu.noAction.target) }, keys };
}
