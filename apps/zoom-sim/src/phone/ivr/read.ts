// The IVR as Zoom reads it back (GET): audio_prompt{id,name},
// caller_enters_no_action{action,audio_prompt_repeat,forward_to{…}} and
// key_actions[] with target{…} and voicemail_greeting{id,name}. Targets are
// resolved from the live account, so renames show up and deleted audio reads
// as `removed_<id>`.
import { NO_ACTION_ACTIONS, ruleOf } from './rules';
import type { Key } from './rules';
import type { IvrMenuState, KeyActionState } from '../../state/records';
import type { AccountStore } from '../../state/store';

/** Zoom lists keys 0–9, then * and #. */
export const READ_KEY_ORDER: Key[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#'];

function extensionTarget(store: AccountStore, extensionId: string) {
  const ext = store.resolveExtension(extensionId);
  if (!ext) return { extension_id: extensionId };
  return {
    display_name: ext.displayName,
    extension_id: ext.extensionId,
    // Contact Center entry points have no extension number.
    ...(ext.extensionNumber ? { extension_number: ext.extensionNumber } : {}),
    id: ext.id,
  };
}

function keyActionRead(store: AccountStore, key: Key, k: KeyActionState) {
  const target = ruleOf(k.action)?.target;
  const out: Record<string, unknown> = { action: k.action, key };
  if (typeof target === 'object' && target !== null && k.extensionId) out.target = extensionTarget(store, k.extensionId);
  if (target === 'phone_number' && k.phoneNumber) out.target = { phone_number: k.phoneNumber };
  if (k.voicemailGreetingId) out.voicemail_greeting = store.audioRef(k.voicemailGreetingId);
  return out;
}

export function ivrRead(store: AccountStore, menu: IvrMenuState) {
  const out: Record<string, unknown> = {};
  if (menu.audioPromptId) out.audio_prompt = store.audioRef(menu.audioPromptId);
  const noAction: Record<string, unknown> = { action: menu.noAction.action, audio_prompt_repeat: menu.noAction.repeat };
  if (menu.noAction.forwardToExtensionId && NO_ACTION_ACTIONS.get(menu.noAction.action)?.target) {
    noAction.forward_to = extensionTarget(store, menu.noAction.forwardToExtensionId);
  }
  out.caller_enters_no_action = noAction;
  out.key_actions = READ_KEY_ORDER.map((key) => keyActionRead(store, key, menu.keys[key]));
  return out;
}
