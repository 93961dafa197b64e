// What every call-handling write reads from its request: the extension, the
// setting type, and the one sub-setting of the body (checked against that
// sub-setting's documented shape; unknown fields are allowed and ignored, as
// Zoom does). The answers the documents give, and those decided where they
// are silent (platform/decisions.ts), are named here once.
import type { FastifyRequest } from 'fastify';
import type { SchemaFact } from '@switchboard/zoom-facts/facts';
import { validateValue } from '@switchboard/zoom-facts/validate';
import type { SimContext } from '../../context';
import { DECIDED } from '../../platform/decisions';
import type { DecidedAnswer } from '../../platform/decisions';
import { VALIDATION_FAILED, validationError } from '../../platform/errors';
import type { ZoomApiError } from '../../platform/errors';
import { documentedError, documentedOrDecided, operationOf } from '../../platform/operations';
import type { SettingType } from '../../state/call-handling';
import type { CallHandledExtension } from '../../state/store';

export const CH_MESSAGES = {
  unknownExtension: 'Extension does not exist: {0}',
  unknownHoliday: 'Holiday does not exist.',
  unknownForwarding: 'Call forwarding does not exist: {callForwardingId}.',
  notSupported: 'This operation is not supported.',
  customHours: 'Invalid customer hours from/to time for weekday: {weekday}.',
  holidayTime: 'Invalid holiday from/to time.',
  selfOperator: 'You cannot assign yourself as the operator.',
  ringModeAndWait: 'The user business hours ring mode and max wait time need to be set together.',
  instructionNoOperator:
    "Since 'Allow callers to reach an operator' and 'Allow callers to check voicemail' are disabled, you can't update the voicemail leaving instruction.",
  instructionNoVoicemail:
    "The forwarding of busy on another call and the forwarding of unanswered calls both are not 'Forward to voicemail/videomail', so you can't update the voicemail leaving instruction.",
} as const;

type MessageKey = keyof typeof CH_MESSAGES;

const DECIDED_FOR: Partial<Record<MessageKey, DecidedAnswer>> = {
  unknownExtension: DECIDED.unknownExtension,
  unknownHoliday: DECIDED.unknownHoliday,
  notSupported: DECIDED.notSupported,
  holidayTime: DECIDED.invalidHolidayTime,
};

/** The operation's documented answer for this message, or the decided one where it documents none. */
export function chError(request: FastifyRequest, key: MessageKey, ...values: string[]): ZoomApiError {
  const decided = DECIDED_FOR[key];
  return decided ? documentedOrDecided(request, CH_MESSAGES[key], decided, ...values) : documentedError(request, CH_MESSAGES[key], ...values);
}

export const validationFailed = () => validationError(VALIDATION_FAILED);

export interface CallHandlingParams {
  extensionId: string;
  settingType?: string;
}

/** Users, auto receptionists, call queues and shared line groups; anything else is unknown here. */
export function findCallHandled(ctx: SimContext, request: FastifyRequest<{ Params: CallHandlingParams }>): CallHandledExtension {
  const id = request.params.extensionId;
  const ext = ctx.store.callHandled(id);
  if (!ext) throw chError(request, 'unknownExtension', id);
  return ext;
}

const SETTING_TYPES: readonly string[] = ['business_hours', 'closed_hours', 'holiday_hours'];

export function settingTypeOf(request: FastifyRequest<{ Params: CallHandlingParams }>): SettingType {
  const type = request.params.settingType ?? '';
  if (!SETTING_TYPES.includes(type)) throw validationFailed();
  return type as SettingType;
}

export interface SubSetting<S> {
  type: string;
  settings: S;
}

/** The documented variant of the body for this sub_setting_type (the body is "one of" them). */
function variantOf(request: FastifyRequest, type: string): SchemaFact | undefined {
  const schema = operationOf(request).body?.find((b) => b.contentType === 'application/json')?.schema;
  const variants = schema && 'oneOf' in schema ? schema.oneOf : schema ? [schema] : [];
  return variants.find((v) => {
    const sub = 'properties' in v ? v.properties?.sub_setting_type : undefined;
    return sub !== undefined && 'enum' in sub && (sub.enum as unknown[] | undefined)?.includes(type);
  });
}

/**
 * The body's sub-setting, valid against its documented shape. A sub_setting_type
 * the operation does not take is "not supported"; a missing one, or a field of
 * the wrong type, "Validation Failed.".
 */
export function subSettingOf<S extends object>(request: FastifyRequest, known: readonly string[]): SubSetting<S> {
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw validationFailed();
  const type = (body as { sub_setting_type?: unknown }).sub_setting_type;
  if (typeof type !== 'string' || !known.includes(type)) throw validationFailed();
  const variant = variantOf(request, type);
  if (!variant) throw chError(request, 'notSupported');
  if (validateValue(variant, body, { unknownFields: 'allow' }).length > 0) throw validationFailed();
  const settings = (body as { settings?: S }).settings ?? ({} as S);
  return { type, settings };
}

export const SUB_SETTING_TYPES = ['custom_hours', 'call_handling', 'call_forwarding', 'holiday'] as const;
