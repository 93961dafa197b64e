// The routing part of a `call_handling` PATCH: call_not_answer_action and its
// target and voicemail options, and (users) busy_on_another_call_action.
// Options the document says do not apply to this kind of extension are
// ignored, like unknown fields. A target that does not fit the action answers
// "Validation Failed." (no message of its own is documented).
import type { FastifyRequest } from 'fastify';
import type { CallHandlingKind, RoutingState } from '../../state/call-handling';
import type { AccountStore, CallHandledExtension } from '../../state/store';
import { chError, validationFailed } from './request';
import { BUSY_ACTIONS, E164, MAILBOX_KINDS, NOT_ANSWERED_ACTIONS, OPERATOR_KINDS } from './rules';
import type { RoutingRule } from './rules';

export interface RoutingPatch {
  call_not_answer_action?: number;
  forward_to_extension_id?: string;
  phone_number?: string;
  description?: string;
  forward_to_zcc_phone_number?: string;
  voicemail_greeting_id?: string;
  message_greeting_id?: string;
  connect_to_operator?: boolean;
  operator_extension_id?: string;
  allow_callers_check_voicemail?: boolean;
  voicemail_leaving_instruction_id?: string;
  un_answered_require_press_1_before_connecting?: boolean;
  play_callee_voicemail_greeting?: boolean;
  overflow_play_callee_voicemail_greeting?: boolean;
  busy_on_another_call_action?: number;
  busy_forward_to_extension_id?: string;
  busy_phone_number?: string;
  busy_description?: string;
  busy_require_press_1_before_connecting?: boolean;
  busy_play_callee_voicemail_greeting?: boolean;
}

const TARGET_FIELDS = ['forwardToExtensionId', 'phoneNumber', 'description', 'zccPhoneNumber'] as const;

/** A live audio id, or '' (back to the default: the field is cleared). */
export function audioOption(store: AccountStore, id: string | undefined): string | undefined {
  if (id === undefined || id === '') return id;
  if (id.startsWith('removed_') || !store.audio(id)) throw validationFailed();
  return id;
}

function ruleFor(rules: ReadonlyMap<number, RoutingRule>, kind: CallHandlingKind, action: number): RoutingRule {
  const rule = rules.get(action);
  // Actions for things the account does not have (partner contact centers, Teams) cannot be set.
  if (!rule || !rule.kinds.includes(kind) || rule.unavailable) throw validationFailed();
  return rule;
}

interface TargetInput {
  extensionId?: string;
  phoneNumber?: string;
  description?: string;
  zccPhoneNumber?: string;
}

/** Start from the current routing; a new action drops the old action's target. */
function withTarget(store: AccountStore, ext: CallHandledExtension, current: RoutingState, action: number, rule: RoutingRule, input: TargetInput): RoutingState {
  const next: RoutingState = { ...current, action };
  const touched = action !== current.action || Object.values(input).some((v) => v !== undefined);
  // An untouched target stays as it is, even one that has since been deleted.
  if (!touched) return next;
  if (action !== current.action) for (const f of TARGET_FIELDS) delete next[f];
  const t = rule.target;
  if (t === 'voicemail') {
    // Only an auto receptionist or a call queue leaves voicemail with another extension.
    if (input.extensionId !== undefined && (ext.kind === 'autoReceptionist' || ext.kind === 'callQueue')) {
      const target = input.extensionId === '' ? undefined : store.resolveExtension(input.extensionId);
      if (input.extensionId !== '' && (!target || !MAILBOX_KINDS.includes(target.kind))) throw validationFailed();
      next.forwardToExtensionId = target?.extensionId;
    }
  } else if (t === 'phone_number') {
    next.phoneNumber = input.phoneNumber ?? next.phoneNumber;
    if (!next.phoneNumber || !E164.test(next.phoneNumber)) throw validationFailed();
    if (input.description !== undefined) next.description = input.description;
  } else if (t === 'zcc_phone_number') {
    next.zccPhoneNumber = input.zccPhoneNumber ?? next.zccPhoneNumber;
    if (!store.state.contactCenterEntryPoints.some((e) => e.number === next.zccPhoneNumber)) throw validationFailed();
  } else if (t) {
    const id = input.extensionId ?? next.forwardToExtensionId;
    const target = id ? store.resolveExtension(id) : undefined;
    if (!target || target.kind !== t.extension) throw validationFailed();
    next.forwardToExtensionId = target.extensionId;
  }
  return next;
}

function notAnswered(store: AccountStore, ext: CallHandledExtension, current: RoutingState, p: RoutingPatch, request: FastifyRequest): RoutingState {
  const kind = ext.kind;
  const action = p.call_not_answer_action ?? current.action;
  const rule = ruleFor(NOT_ANSWERED_ACTIONS, kind, action);
  const next = withTarget(store, ext, current, action, rule, {
    extensionId: p.forward_to_extension_id,
    phoneNumber: p.phone_number,
    description: p.description,
    zccPhoneNumber: p.forward_to_zcc_phone_number,
  });
  const greeting = audioOption(store, p.voicemail_greeting_id);
  if (greeting !== undefined) next.voicemailGreetingId = greeting || undefined;
  const message = audioOption(store, p.message_greeting_id);
  if (message !== undefined) next.messageGreetingId = message || undefined;
  const withOperator = kind !== 'autoReceptionist';
  if (withOperator && p.connect_to_operator !== undefined) next.connectToOperator = p.connect_to_operator;
  if (withOperator && p.operator_extension_id !== undefined) {
    if (p.operator_extension_id === ext.record.extensionId) throw chError(request, 'selfOperator');
    const operator = store.resolveExtension(p.operator_extension_id);
    if (!operator || !OPERATOR_KINDS.includes(operator.kind)) throw validationFailed();
    next.operatorExtensionId = operator.extensionId;
  }
  if ((kind === 'user' || kind === 'sharedLineGroup') && p.allow_callers_check_voicemail !== undefined) next.allowCallersCheckVoicemail = p.allow_callers_check_voicemail;
  if (kind === 'user') {
    if (p.un_answered_require_press_1_before_connecting !== undefined) next.requirePress1 = p.un_answered_require_press_1_before_connecting;
    if (p.play_callee_voicemail_greeting !== undefined) next.playCalleeVoicemailGreeting = p.play_callee_voicemail_greeting;
    if (p.overflow_play_callee_voicemail_greeting !== undefined) next.overflowPlayCalleeVoicemailGreeting = p.overflow_play_callee_voicemail_greeting;
  }
  return next;
}

function busy(store: AccountStore, ext: CallHandledExtension, current: RoutingState, p: RoutingPatch): RoutingState {
  const action = p.busy_on_another_call_action ?? current.action;
  const rule = ruleFor(BUSY_ACTIONS, ext.kind, action);
  const next = withTarget(store, ext, current, action, rule, { extensionId: p.busy_forward_to_extension_id, phoneNumber: p.busy_phone_number, description: p.busy_description });
  if (p.busy_require_press_1_before_connecting !== undefined) next.requirePress1 = p.busy_require_press_1_before_connecting;
  if (p.busy_play_callee_voicemail_greeting !== undefined) next.playCalleeVoicemailGreeting = p.busy_play_callee_voicemail_greeting;
  return next;
}

export interface RoutingChange {
  routing: RoutingState;
  busyRouting?: RoutingState;
}

/** The routing after the patch, validated; nothing is changed yet. */
export function nextRouting(request: FastifyRequest, store: AccountStore, ext: CallHandledExtension, current: RoutingChange, p: RoutingPatch): RoutingChange {
  const routing = notAnswered(store, ext, current.routing, p, request);
  // busy_on_another_call_action: "only the User supports it" — others ignore the busy fields.
  const busyRouting = current.busyRouting && ext.kind === 'user' ? busy(store, ext, current.busyRouting, p) : current.busyRouting;
  if (p.voicemail_leaving_instruction_id !== undefined && ext.kind !== 'autoReceptionist') {
    if (routing.action !== 1 && busyRouting?.action !== 1) throw chError(request, 'instructionNoVoicemail');
    if (!routing.connectToOperator && !routing.allowCallersCheckVoicemail) throw chError(request, 'instructionNoOperator');
    routing.voicemailLeavingInstructionId = audioOption(store, p.voicemail_leaving_instruction_id) || undefined;
  }
  return { routing, busyRouting };
}
