// current menu → desired menu → the fewest Zoom writes, in Zoom's documented
// PATCH shape. Zoom takes ONE key_action per PATCH and silently ignores
// anything else (`key_actions`…), so a menu is written as one PATCH per
// changed key plus one PATCH carrying the greeting prompt and/or the
// no-action behaviour when either changed. Equal menus (by meaning) plan
// nothing. Order follows the menu: prompt/no-action first, then keys 1–9, 0, *, #.
//
// Zoom's PATCH has no way to remove a greeting prompt (an empty or unknown
// `audio_prompt_id` is rejected), so a desired "no prompt" over an existing one
// is refused here with a sentence instead of sending a write bound to fail.
import { actionSpec, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import type { ZoomIvrKeyActionWrite, ZoomIvrPatch } from '@switchboard/zoom-schema/phone-ivr';
import { isRemovedAudioId } from '@switchboard/zoom-schema/phone-ivr';
import { describeField, lowerFirst, type TargetNamer } from './describe';
import { diffMenus, type MenuChange } from './diff';
import { keyActionIssues, type Hours, type KeyAction, type Menu, type NoAction } from './menu';

export { diffMenus, type MenuChange } from './diff';

export interface IvrScope {
  hours: Hours;
  /** When set, the holiday's menu is written and `hours` is not sent. */
  holidayId?: string;
}
export interface IvrLocation extends IvrScope {
  /** The auto receptionist's id (Zoom `autoReceptionistId`). */
  arId: string;
}

export type IvrOpField = `key:${IvrKey}` | 'prompt' | 'noAction' | 'prompt+noAction';

export interface PlannedIvrOp {
  description: string;
  field: IvrOpField;
  request: { method: 'PATCH'; path: string; body: ZoomIvrPatch };
}

/** Thrown when a part of the desired menu that would be written breaks Zoom's rules. */
export class MenuNotWritableError extends Error {
  constructor(readonly issues: { field: string; message: string }[]) {
    super(issues.map((i) => i.message).join(' '));
    this.name = 'MenuNotWritableError';
  }
}

export function ivrPath(arId: string): string {
  return `/phone/auto_receptionists/${encodeURIComponent(arId)}/ivr`;
}

export function scopeBody(scope: IvrScope): Pick<ZoomIvrPatch, 'holiday_id' | 'hours_type'> {
  if (scope.holidayId) return { holiday_id: scope.holidayId };
  return { hours_type: scope.hours === 'closed' ? 'closed_hours' : 'business_hours' };
}

/** One key in the write shape: only the fields its action takes. */
export function keyActionWrite(key: IvrKey, ka: KeyAction): ZoomIvrKeyActionWrite {
  const spec = actionSpec(ka.action);
  const out: ZoomIvrKeyActionWrite = { key, action: ka.action };
  if (spec?.target === 'extension' && ka.target?.extensionId) out.target = { extension_id: ka.target.extensionId };
  if (spec?.target === 'phoneNumber' && ka.target?.phoneNumber) out.target = { phone_number: ka.target.phoneNumber };
  if (spec && spec.voicemailGreeting !== 'none' && ka.voicemailGreetingId) {
    out.voicemail_greeting_id = ka.voicemailGreetingId;
  }
  return out;
}

export function noActionWrite(na: NoAction): NonNullable<ZoomIvrPatch['caller_enters_no_action']> {
  const out: NonNullable<ZoomIvrPatch['caller_enters_no_action']> = {
    action: na.action,
    audio_prompt_repeat: na.repeat,
  };
  if (actionSpec(na.action)?.target === 'extension' && na.target?.extensionId) {
    out.forward_to_extension_id = na.target.extensionId;
  }
  return out;
}

function promptIssues(desired: Menu): string[] {
  if (!desired.prompt.id) return ['Zoom cannot remove a greeting prompt once one is set; choose another prompt instead.'];
  if (isRemovedAudioId(desired.prompt.id)) {
    return ['The greeting prompt was deleted from the audio library; choose another prompt.'];
  }
  return [];
}

function noActionIssues(na: NoAction): string[] {
  const spec = actionSpec(na.action);
  if (!spec || !spec.noAction) return ['When the caller presses nothing, the call can only be disconnected or forwarded.'];
  if (spec.target === 'extension' && !na.target?.extensionId) {
    return [`When the caller presses nothing: choose where "${spec.label}" should go.`];
  }
  return [];
}

const sentence = (c: MenuChange): string => `${describeField(c.field)}: ${lowerFirst(c.after)} instead of ${lowerFirst(c.before)}`;

export function planIvr(current: Menu, desired: Menu, target: IvrLocation, namer?: TargetNamer): PlannedIvrOp[] {
  const changes = diffMenus(current, desired, namer);
  const issues: { field: string; message: string }[] = [];
  for (const c of changes) {
    if (c.field === 'prompt') issues.push(...promptIssues(desired).map((message) => ({ field: c.field, message })));
    if (c.field === 'noAction') issues.push(...noActionIssues(desired.noAction).map((message) => ({ field: c.field, message })));
    if (c.field.startsWith('key:')) {
      const key = c.field.slice(4) as IvrKey;
      issues.push(...keyActionIssues(key, desired.keys[key]).map((i) => ({ field: c.field, message: i.message })));
    }
  }
  if (issues.length > 0) throw new MenuNotWritableError(issues);

  const path = ivrPath(target.arId);
  const scope = scopeBody(target);
  const ops: PlannedIvrOp[] = [];
  const head = changes.filter((c) => c.field === 'prompt' || c.field === 'noAction');
  if (head.length > 0) {
    const body: ZoomIvrPatch = {};
    if (head.some((c) => c.field === 'prompt')) body.audio_prompt_id = desired.prompt.id!;
    if (head.some((c) => c.field === 'noAction')) body.caller_enters_no_action = noActionWrite(desired.noAction);
    ops.push({
      description: head.map(sentence).join('. '),
      field: head.length === 2 ? 'prompt+noAction' : (head[0]!.field as 'prompt' | 'noAction'),
      request: { method: 'PATCH', path, body: { ...body, ...scope } },
    });
  }
  for (const c of changes) {
    if (!c.field.startsWith('key:')) continue;
    const key = c.field.slice(4) as IvrKey;
    ops.push({
      description: sentence(c),
      field: c.field,
      request: { method: 'PATCH', path, body: { ...scope, key_action: keyActionWrite(key, desired.keys[key]) } },
    });
  }
  return ops;
}
