// Where a call goes when an extension is closed (or on a holiday): the
// normalized routing of Zoom Phone's call handling (`routing{action,
// forward_to}` in the GET, `call_not_answer_action` + target in the PATCH).
// `action` is Zoom's code, words come from zoom-schema's catalog; the target
// is the IVR menu's Target (an extension id, or a phone number). Two routings
// are the same when they send a call to the same place: names, extension
// numbers and a target the action does not use never count.
import { z } from 'zod';
import {
  callRoutingAction,
  type CallHandlingExtensionType,
} from '@switchboard/zoom-schema/call-handling-actions';
import { E164, targetSchema } from '../ivr/menu';
import { stableStringify } from '../ivr/semantic';
import { fnv1a64 } from '../ivr/version';
import type { ScheduleIssue, WeekSchedule } from './model';

export const callRoutingSchema = z.object({
  action: z.number().int(),
  target: targetSchema.nullable(),
});
export type CallRouting = z.infer<typeof callRoutingSchema>;

/** As a browser sends it: unknown fields refused; names it may carry are ignored when writing. */
export const sentCallRoutingSchema = z.strictObject({
  action: z.number({ error: 'action must be a number (a routing option).' }).int(),
  target: z
    .strictObject({
      extensionId: z.string().min(1).max(100).optional(),
      phoneNumber: z.string().min(1).max(32).optional(),
      name: z.string().max(200).optional(),
      extensionNumber: z.string().max(32).optional(),
      type: z.string().max(40).optional(),
    })
    .nullable(),
});

/** The part of a routing that decides where calls go. */
export function canonicalCallRouting(r: CallRouting): { action: number; to: string | null } {
  const spec = callRoutingAction(r.action);
  if (!spec) return { action: r.action, to: null };
  switch (spec.target) {
    case 'extension':
    case 'mailbox':
      return { action: r.action, to: r.target?.extensionId ?? null };
    case 'phoneNumber':
    case 'contactCenterNumber':
      return { action: r.action, to: r.target?.phoneNumber ?? null };
    case 'none':
      return { action: r.action, to: null };
  }
}

export function sameCallRouting(a: CallRouting | null, b: CallRouting | null): boolean {
  if (a === null || b === null) return a === b;
  return stableStringify(canonicalCallRouting(a)) === stableStringify(canonicalCallRouting(b));
}

/** The routing without the names a browser may have sent (names come from the directory). */
export function routingWithoutNames(r: CallRouting): CallRouting {
  if (!r.target) return { action: r.action, target: null };
  const { extensionId, phoneNumber } = r.target;
  return {
    action: r.action,
    target: {
      ...(extensionId !== undefined ? { extensionId } : {}),
      ...(phoneNumber !== undefined ? { phoneNumber } : {}),
    },
  };
}

const EXTENSION_NOUN: Record<CallHandlingExtensionType, string> = {
  user: 'a user',
  callQueue: 'a call queue',
  autoReceptionist: 'an auto receptionist',
  sharedLineGroup: 'a shared line group',
};

/** Sentences for a routing Zoom would refuse for this kind of extension; empty when it may be written. */
export function callRoutingIssues(r: CallRouting, extensionType: CallHandlingExtensionType): ScheduleIssue[] {
  const spec = callRoutingAction(r.action);
  const at = (...path: (string | number)[]) => ['closedRouting', ...path];
  if (!spec) return [{ path: at('action'), message: 'Closed-hours routing: choose one of the routing options.' }];
  if (!spec.appliesTo.includes(extensionType)) {
    return [{ path: at('action'), message: `Closed-hours routing: "${spec.label}" is not available for ${EXTENSION_NOUN[extensionType]}.` }];
  }
  if (!spec.writable) {
    return [{ path: at('action'), message: `Closed-hours routing: "${spec.label}" can only be set in Zoom's admin portal.` }];
  }
  const t = r.target;
  if (spec.target === 'extension' && !t?.extensionId) {
    return [{ path: at('target'), message: `Closed-hours routing: choose where "${spec.label}" should go.` }];
  }
  if (spec.target === 'mailbox' && t?.extensionId && extensionType !== 'autoReceptionist' && extensionType !== 'callQueue') {
    return [{ path: at('target'), message: 'Closed-hours routing: only an auto receptionist or a call queue can leave voicemail with another extension.' }];
  }
  if (spec.target === 'phoneNumber' || spec.target === 'contactCenterNumber') {
    const n = t?.phoneNumber ?? '';
    if (!n) return [{ path: at('target', 'phoneNumber'), message: 'Closed-hours routing: enter the phone number to forward to.' }];
    if (!E164.test(n)) {
      return [{ path: at('target', 'phoneNumber'), message: `Closed-hours routing: "${n}" is not a phone number in international format, e.g. +14155550123.` }];
    }
  }
  return [];
}

/** An extension's hours as one value: the week and where calls go when closed. */
export interface HoursState {
  schedule: WeekSchedule;
  closedRouting: CallRouting | null;
}

/** The version of an extension's hours: a hash of what they do (names and key order never count). */
export function hoursVersion(s: HoursState): string {
  return fnv1a64(
    stableStringify({ schedule: s.schedule, closedRouting: s.closedRouting ? canonicalCallRouting(s.closedRouting) : null }),
  );
}
