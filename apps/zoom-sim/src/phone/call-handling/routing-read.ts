// How routing reads back in GET …/call_handling/settings: `routing` and
// `busy_routing` with `forward_to{display_name, extension_id,
// extension_number, extension_type, id}` or `forward_to{phone_number,
// description}`, and the voicemail options only where the action is voicemail.
// Targets are resolved from the live account, so renames show up and deleted
// audio reads as `removed_<id>`.
import type { CallHandlingKind, RoutingState } from '../../state/call-handling';
import type { AccountStore } from '../../state/store';
import { NOT_ANSWERED_ACTIONS, PROMPT_OPTIONS, READ_EXTENSION_TYPES } from './rules';

export type Period = 'business' | 'closed' | 'holiday';

type Json = Record<string, unknown>;

/** An extension as `forward_to` / `operator` show it (the document lists four extension types). */
export function extensionRead(store: AccountStore, extensionId: string): Json {
  const ext = store.resolveExtension(extensionId);
  if (!ext) return { extension_id: extensionId };
  return {
    display_name: ext.displayName,
    extension_id: ext.extensionId,
    ...(ext.extensionNumber ? { extension_number: Number(ext.extensionNumber) } : {}),
    ...(READ_EXTENSION_TYPES.includes(ext.kind) ? { extension_type: ext.kind } : {}),
    id: ext.id,
  };
}

/** An audio prompt, or one of the documented options ('' default, '0' disabled, 'ring_tone'). */
export function promptRead(store: AccountStore, value: string): { id: string; name: string } {
  const option = PROMPT_OPTIONS[value];
  return option !== undefined ? { id: value, name: option } : store.audioRef(value);
}

function forwardTo(store: AccountStore, r: RoutingState, period: Period): Json | undefined {
  const rule = NOT_ANSWERED_ACTIONS.get(r.action);
  if (r.phoneNumber && rule?.target === 'phone_number') return { phone_number: r.phoneNumber, ...(r.description ? { description: r.description } : {}) };
  // The holiday read's forward_to has no Contact Center fields.
  if (r.zccPhoneNumber && rule?.target === 'zcc_phone_number' && period !== 'holiday') {
    const entry = store.state.contactCenterEntryPoints.find((e) => e.number === r.zccPhoneNumber);
    return { zcc_phone_number: r.zccPhoneNumber, ...(entry ? { zcc_phone_number_display_name: entry.name } : {}) };
  }
  if (r.forwardToExtensionId && (typeof rule?.target === 'object' || rule?.target === 'voicemail')) return extensionRead(store, r.forwardToExtensionId);
  return undefined;
}

/** `routing`: what happens to a call nobody answers in this period. */
export function routingRead(store: AccountStore, kind: CallHandlingKind, r: RoutingState, period: Period): Json {
  const out: Json = { action: r.action };
  const target = forwardTo(store, r, period);
  if (target) out.forward_to = target;
  if (r.action === 1) {
    if (r.voicemailGreetingId) out.voicemail_greeting = store.audioRef(r.voicemailGreetingId);
    if (kind !== 'autoReceptionist') out.connect_to_operator = r.connectToOperator ?? false;
    if (r.connectToOperator && r.operatorExtensionId) out.operator = extensionRead(store, r.operatorExtensionId);
    if (kind === 'user' || kind === 'sharedLineGroup') out.allow_callers_check_voicemail = r.allowCallersCheckVoicemail ?? false;
    const instructions = r.connectToOperator || r.allowCallersCheckVoicemail;
    // The holiday read documents no voicemail_leaving_instruction.
    if (r.voicemailLeavingInstructionId && instructions && period !== 'holiday') out.voicemail_leaving_instruction = store.audioRef(r.voicemailLeavingInstructionId);
    if (kind === 'user' && r.playCalleeVoicemailGreeting !== undefined) out.play_callee_voicemail_greeting = r.playCalleeVoicemailGreeting;
  }
  if (r.action === 12 && r.messageGreetingId && period !== 'holiday') out.message_greeting = store.audioRef(r.messageGreetingId);
  if ((r.action === 9 || r.action === 10) && r.requirePress1 !== undefined) out.require_press_1_before_connecting = r.requirePress1;
  if (kind === 'user' && r.action >= 2 && r.action <= 8 && r.overflowPlayCalleeVoicemailGreeting !== undefined) {
    out.overflow_play_callee_voicemail_greeting = r.overflowPlayCalleeVoicemailGreeting;
  }
  return out;
}

/** `busy_routing` (users): a call while the user is on another call. */
export function busyRoutingRead(store: AccountStore, r: RoutingState): Json {
  const out: Json = { action: r.action };
  const target = forwardTo(store, r, 'closed');
  if (target) out.forward_to = target;
  if ((r.action === 9 || r.action === 10) && r.requirePress1 !== undefined) out.require_press_1_before_connecting = r.requirePress1;
  if (r.action >= 2 && r.action <= 10 && r.playCalleeVoicemailGreeting !== undefined) out.busy_play_callee_voicemail_greeting = r.playCalleeVoicemailGreeting;
  return out;
}
