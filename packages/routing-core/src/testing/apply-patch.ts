// Test support: a pure reference of what Zoom does with one PATCH …/ivr body
// on the menu of the hours type / holiday the body names. The property tests
// check that planned ops, applied with it, give the desired menu; the
// simulator's behaviour should match it.
//
// Semantics mirrored (Zoom's PATCH doc plus the forum report):
// - Unknown fields are ignored (the body is parsed with zoomIvrPatchSchema,
//   which strips them).
// - `key_action` replaces that key wholesale: action, target, greeting. A field
//   the action does not take is not kept.
// - `caller_enters_no_action` replaces the no-action behaviour;
//   `audio_prompt_repeat` is required with it.
// - `audio_prompt_id` sets the greeting prompt; "" or a deleted (removed_)
//   id is rejected: the API cannot remove a prompt.
// - A body Zoom would answer with 400 throws (action not allowed for the key,
//   missing target or greeting, repeat outside 1–3).
import { actionSpec, isActionAllowedForKey, IVR_KEYS, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import { isRemovedAudioId, zoomIvrPatchSchema } from '@switchboard/zoom-schema/phone-ivr';
import { keyActionIssues, type KeyAction, type Menu, type NoAction } from '../ivr/menu';

export class ZoomPatchRejected extends Error {}

export function applyPatch(menu: Menu, rawBody: unknown): Menu {
  const body = zoomIvrPatchSchema.parse(rawBody);
  const next: Menu = structuredClone(menu);
  if (body.audio_prompt_id !== undefined) {
    if (!body.audio_prompt_id || isRemovedAudioId(body.audio_prompt_id)) {
      throw new ZoomPatchRejected('The audio prompt file id is not correct.');
    }
    next.prompt = { id: body.audio_prompt_id };
  }
  const na = body.caller_enters_no_action;
  if (na) {
    const spec = actionSpec(na.action);
    if (!spec?.noAction) throw new ZoomPatchRejected('The action value set for if caller enters no action is not correct.');
    const repeat = na.audio_prompt_repeat;
    if (repeat === undefined || repeat < 1 || repeat > 3) throw new ZoomPatchRejected('The number of times to repeat the audio prompt is required and can not be greater than 3.');
    if (spec.target === 'extension' && !na.forward_to_extension_id) {
      throw new ZoomPatchRejected('The id for noAction to forward to is not correct.');
    }
    const noAction: NoAction = {
      repeat: repeat as 1 | 2 | 3,
      action: na.action,
      target: spec.target === 'extension' ? { extensionId: na.forward_to_extension_id! } : null,
    };
    next.noAction = noAction;
  }
  const ka = body.key_action;
  if (ka) {
    if (!(IVR_KEYS as readonly string[]).includes(ka.key)) throw new ZoomPatchRejected(`Unknown key ${ka.key}.`);
    const key = ka.key as IvrKey;
    if (!isActionAllowedForKey(key, ka.action)) throw new ZoomPatchRejected('The action value is not correct.');
    const spec = actionSpec(ka.action)!;
    const written: KeyAction = {
      action: ka.action,
      target:
        spec.target === 'extension' && ka.target?.extension_id
          ? { extensionId: ka.target.extension_id }
          : spec.target === 'phoneNumber' && ka.target?.phone_number
            ? { phoneNumber: ka.target.phone_number }
            : null,
      voicemailGreetingId: spec.voicemailGreeting === 'none' ? null : (ka.voicemail_greeting_id ?? null),
    };
    const issues = keyActionIssues(key, written);
    if (issues.length > 0) throw new ZoomPatchRejected(issues.map((i) => i.message).join(' '));
    next.keys[key] = written;
  }
  return next;
}
