// Validation of PATCH …/ivr, with Zoom's code-300 messages, driven by the
// action catalog. Returns the change to apply; throws ZoomApiError otherwise.
import { IVR_KEYS, actionSpec, isActionAllowedForKey } from '@switchboard/zoom-schema/ivr-actions';
import type { IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import type { ZoomIvrPatch } from '@switchboard/zoom-schema/phone-ivr';
import { VALIDATION_FAILED, validationError } from '../../platform/errors';
import type { IvrMenuState, KeyActionState } from '../../state/records';
import type { AccountStore } from '../../state/store';

export const IVR_MESSAGES = {
  action: 'The action value is not correct.',
  repeat: 'The number of times to repeat the audio prompt is required and can not be greater than 3.',
  noAction: 'The action value set for if caller enters no action after the prompt played is not correct.',
  noActionTarget: 'The id for noAction to forward to is not correct.',
  greeting: 'Voicemail greeting file id is required.',
  phoneNumber: 'The phone number to forward to is required.',
  audioPrompt: 'The audio prompt file id is not correct.',
} as const;

const E164 = /^\+?[1-9]\d{6,14}$/;

export type IvrChange = (menu: IvrMenuState) => void;

function liveAudio(store: AccountStore, id: string | undefined): boolean {
  return !!id && !id.startsWith('removed_') && !!store.audio(id);
}

function validateKeyAction(store: AccountStore, ka: NonNullable<ZoomIvrPatch['key_action']>): [IvrKey, KeyActionState] {
  if (!(IVR_KEYS as readonly string[]).includes(ka.key)) throw validationError(VALIDATION_FAILED);
  const key = ka.key as IvrKey;
  const spec = actionSpec(ka.action);
  if (!spec || !isActionAllowedForKey(key, ka.action)) throw validationError(IVR_MESSAGES.action);
  const next: KeyActionState = { action: ka.action };
  if (spec.target === 'extension') {
    const id = ka.target?.extension_id;
    const ext = id ? store.resolveExtension(id) : undefined;
    if (!id || !ext || ext.kind !== spec.targetKind) throw validationError(IVR_MESSAGES.action);
    next.extensionId = id;
  } else if (spec.target === 'phoneNumber') {
    const number = ka.target?.phone_number;
    if (!number || !E164.test(number)) throw validationError(IVR_MESSAGES.phoneNumber);
    next.phoneNumber = number;
  }
  if (spec.voicemailGreeting !== 'none') {
    const greeting = ka.voicemail_greeting_id;
    if (spec.voicemailGreeting === 'required' && !liveAudio(store, greeting)) throw validationError(IVR_MESSAGES.greeting);
    if (greeting !== undefined && greeting !== '') {
      if (!liveAudio(store, greeting)) throw validationError(IVR_MESSAGES.greeting);
      next.voicemailGreetingId = greeting;
    }
  }
  return [key, next];
}

function validateNoAction(store: AccountStore, na: NonNullable<ZoomIvrPatch['caller_enters_no_action']>) {
  const spec = actionSpec(na.action);
  if (!spec || !spec.noAction) throw validationError(IVR_MESSAGES.noAction);
  const repeat = na.audio_prompt_repeat;
  if (repeat === undefined || repeat < 1 || repeat > 3) throw validationError(IVR_MESSAGES.repeat);
  let forwardTo: string | null = null;
  if (spec.target === 'extension') {
    const id = na.forward_to_extension_id;
    const ext = id ? store.resolveExtension(id) : undefined;
    if (!id || !ext || ext.kind !== spec.targetKind) throw validationError(IVR_MESSAGES.noActionTarget);
    forwardTo = id;
  }
  return { action: na.action, repeat, forwardToExtensionId: forwardTo };
}

/** Validate the whole body first; only then is anything applied. */
export function validateIvrPatch(store: AccountStore, body: ZoomIvrPatch): IvrChange[] {
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
    if (!liveAudio(store, id)) throw validationError(IVR_MESSAGES.audioPrompt);
    changes.push((m) => {
      m.audioPromptId = id;
    });
  }
  return changes;
}
