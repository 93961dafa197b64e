// Test support: the GET …/ivr answer Zoom would give for a menu (read shape,
// with display names), the inverse of menuFromZoom. Keys left at Zoom's
// default may be omitted, as Zoom may omit them.
import { IVR_KEYS, actionSpec, defaultKeyAction } from '@switchboard/zoom-schema/ivr-actions';
import type { ZoomIvrRead, ZoomIvrTargetRead } from '@switchboard/zoom-schema/phone-ivr';
import type { Menu, Target } from '../ivr/menu';

function targetRead(t: Target | null): ZoomIvrTargetRead | undefined {
  if (!t) return undefined;
  const out: ZoomIvrTargetRead = {};
  if (t.extensionId) out.extension_id = t.extensionId;
  if (t.phoneNumber) out.phone_number = t.phoneNumber;
  if (t.name) out.display_name = t.name;
  if (t.extensionNumber) out.extension_number = t.extensionNumber;
  return out;
}

export function zoomReadFromMenu(menu: Menu, opts: { omitDefaults?: boolean } = {}): ZoomIvrRead {
  const key_actions: ZoomIvrRead['key_actions'] = [];
  for (const key of IVR_KEYS) {
    const ka = menu.keys[key];
    if (opts.omitDefaults && ka.action === defaultKeyAction(key) && !ka.voicemailGreetingId) continue;
    const item: ZoomIvrRead['key_actions'][number] = { key, action: ka.action };
    const target = targetRead(ka.target);
    if (target) item.target = target;
    if (ka.voicemailGreetingId) item.voicemail_greeting = { id: ka.voicemailGreetingId };
    key_actions.push(item);
  }
  const read: ZoomIvrRead = {
    key_actions,
    caller_enters_no_action: { action: menu.noAction.action, audio_prompt_repeat: menu.noAction.repeat },
  };
  if (menu.prompt.id) read.audio_prompt = menu.prompt.name ? { id: menu.prompt.id, name: menu.prompt.name } : { id: menu.prompt.id };
  const fwd = actionSpec(menu.noAction.action)?.target === 'extension' ? targetRead(menu.noAction.target) : undefined;
  if (fwd && read.caller_enters_no_action) read.caller_enters_no_action.forward_to = fwd;
  return read;
}
