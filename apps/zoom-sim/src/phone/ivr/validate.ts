// Validation of PATCH …/ivr with the operation's documented code-300
// messages, driven by the simulator's own action rules (./rules.ts). The body
// has already been checked against the documented field types. Returns the
// changes to apply; throws ZoomApiError otherwise, before anything changes.
import { VALIDATION_FAILED, validationError } from '../../platform/errors';
import type { IvrMenuState, KeyActionState } from '../../state/records';
import type { AccountStore } from '../../state/store';
import { KEYS, NO_ACTION_ACTIONS, keyActionRule } from './rules';
import type { ActionRule, Key } from './rules';

export const IVR_MESSAGES = {
  action: 'The action value is not correct.',
  repeat: 'The number of times to repeat the audio prompt is required and can not be greater than 3.',
  noAction: 'The action value set for if caller enters no action after the prompt played is not correct.',
  noActionTarget: 'The id for noAction to forward to is not correct.',
  greeting: 'Voicemail greeting file id is required.',
  phoneNumber: 'The phone number to forward to is required.',
} as const;

/** The documented PATCH body, as far as the simulator reads it. */
export interface IvrPatchBody {
  audio_prompt_id?: string;
  caller_enters_no_action?: { action?: number; audio_prompt_repeat?: number; forward_to_extension_id?: string };
  holiday_id?: string;
  hours_type?: string;
  key_action?: { key?: string; action?: number; target?: { extension_id?: string; phone_number?: string }; voicemail_greeting_id?: string };
}

const E164 = /^\+[1-9]\d{6,14}$/;

export type IvrChange = (menu: IvrMenuState) => void;

function liveAudio(store: AccountStore, id: string | undefined): boolean {
  return !!id && !id.startsWith('removed_') && !!store.audio(id);
}

function extensionOf(store: AccountStore, rule: ActionRule, id: string | undefined): string | undefined {
  if (typeof rule.target !== 'object' || rule.target === null) return undefined;
  const ext = id ? store.resolveExtension(id) : undefined;
  return ext && ext.kind === rule.target.extension ? id : undefined;
}

function validateKeyAction(store: AccountStore, ka: NonNullable<IvrPatchBody['key_action']>): [Key, KeyActionState] {
  if (!(KEYS as readonly string[]).includes(ka.key ?? '')) throw validationError(VALIDATION_FAILED);
  const key = ka.key as Key;
  const rule = ka.action === undefined ? undefined : keyActionRule(key, ka.action);
  if (!rule || ka.action === undefined) throw validationError(IVR_MESSAGES.action);
  const next: KeyActionState = { action: ka.action };
  if (rule.target === 'phone_number') {
    const number = ka.target?.phone_number;
    if (!number || !E164.test(number)) throw validationError(IVR_MESSAGES.phoneNumber);
    next.phoneNumber = number;
  } else if (rule.target) {
    const id = extensionOf(store, rule, ka.target?.extension_id);
    // The docs give no message of their own for a wrong key target (decision 006).
    if (!id) throw validationError(IVR_MESSAGES.action);
    next.extensionId = id;
  }
  const greeting = ka.voicemail_greeting_id;
  if (rule.greeting === 'required' && !liveAudio(store, greeting)) throw validationError(IVR_MESSAGES.greeting);
  if (rule.greeting !== 'ignored' && greeting !== undefined && greeting !== '') {
    if (!liveAudio(store, greeting)) throw validationError(IVR_MESSAGES.greeting);
    next.voicemailGreetingId = greeting;
  }
  return [key, next];
}

function validateNoAction(store: AccountStore, na: NonNullable<IvrPatchBody['caller_enters_no_action']>) {
  const rule = na.action === undefined ? undefined : NO_ACTION_ACTIONS.get(na.action);
  if (!rule || na.action === undefined) throw validationError(IVR_MESSAGES.noAction);
  const repeat = na.audio_prompt_repeat;
  if (repeat === undefined || repeat < 1 || repeat > 3) throw validationError(IVR_MESSAGES.repeat);
  let forwardTo: string | null = null;
  if (rule.target) {
    const id = extensionOf(store, rule, na.forward_to_extension_id);
    if (!id) throw validationError(IVR_MESSAGES.noActionTarget);
    forwardTo = id;
  }
  return { action: na.action, repeat, forwardToExtensionId: forwardTo };
}

/** Validate the whole body first; only then is anything applied. */
export function validateIvrPatch(store: AccountStore, body: IvrPatchBody): IvrChange[] {
  const changes: IvrChange[] = [];
  if (body.caller_enters_no_action) {
    const noAction = validateNoAction(store, body.caller_enters_no_action);
    changes.push((m) => {
      m.noAction = noAction;
    });
  }
  if (body.key_action) {
    const [key, next] = validateKeyAction(store, body.key_action);
    changes.push((m) => {
      m.keys[key] = next;
    });
  }
  if (body.audio_prompt_id !== undefined) {
    const id = body.audio_prompt_id;
    // The docs list no message for a bad prompt id; the simulator answers "Validation Failed." (decision 006).
    if (!liveAudio(store, id)) throw validationError(VALIDATION_FAILED);
    changes.push((m) => {
      m.audioPromptId = id;
    });
  }
  return changes;
}
