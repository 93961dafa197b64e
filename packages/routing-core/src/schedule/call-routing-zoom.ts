// Call-handling routing ↔ Zoom Phone. The GET answers `routing{action,
// forward_to{extension_id, display_name, extension_number, phone_number,
// zcc_phone_number…}}` inside a sub-setting's `settings`; the PATCH takes one
// sub_setting_type `call_handling` with flat fields: `call_not_answer_action`
// and the one target field the action needs (`forward_to_extension_id`,
// `phone_number`, `forward_to_zcc_phone_number`), plus `holiday_id` on
// holiday_hours. Also the routing in words, for plans, diffs and pages.
import { callRoutingAction, type CallHandlingExtensionType } from '@switchboard/zoom-schema/call-handling-actions';
import { TARGET_KINDS, type TargetKind } from '@switchboard/zoom-schema/ivr-actions';
import type {
  ZoomCallHandlingEntryRead,
  ZoomCallHandlingRead,
  ZoomCallHandlingRoutingRead,
} from '@switchboard/zoom-schema/phone-call-handling';
import type { ZoomCallHandlingRoutingPatch } from '@switchboard/zoom-schema/phone-call-handling-write';
import { describeTarget, kindNoun, type TargetNamer } from '../ivr/describe';
import type { Target } from '../ivr/menu';
import { callRoutingIssues, type CallRouting } from './call-routing';
import { ScheduleNotWritableError } from './validate';

const targetKindOf = (type: string | undefined): TargetKind | null =>
  (TARGET_KINDS as readonly string[]).includes(type ?? '') ? (type as TargetKind) : null;

function routingEntry(entries: readonly ZoomCallHandlingEntryRead[]): ZoomCallHandlingRoutingRead | undefined {
  return (
    entries.find((e) => e.sub_setting_type === 'call_handling' && e.settings?.routing)?.settings?.routing ??
    entries.find((e) => e.settings?.routing)?.settings?.routing
  );
}

/** Zoom's `routing` → the normalized routing (the target the action uses, with Zoom's names). */
export function callRoutingFromZoom(routing: ZoomCallHandlingRoutingRead): CallRouting {
  const spec = callRoutingAction(routing.action);
  const f = routing.forward_to;
  let target: Target | null = null;
  if (spec && f) {
    if ((spec.target === 'extension' || spec.target === 'mailbox') && f.extension_id) {
      target = {
        extensionId: f.extension_id,
        ...(f.display_name ? { name: f.display_name } : {}),
        ...(f.extension_number !== undefined ? { extensionNumber: String(f.extension_number) } : {}),
        ...(spec.targetKind ? { type: spec.targetKind } : targetKindOf(f.extension_type) ? { type: targetKindOf(f.extension_type)! } : {}),
      };
    } else if (spec.target === 'phoneNumber' && f.phone_number) {
      target = { phoneNumber: f.phone_number, type: 'phoneNumber' };
    } else if (spec.target === 'contactCenterNumber' && f.zcc_phone_number) {
      target = {
        phoneNumber: f.zcc_phone_number,
        ...(f.zcc_phone_number_display_name ? { name: f.zcc_phone_number_display_name } : {}),
        type: 'contactCenter',
      };
    }
  }
  return { action: routing.action, target };
}

/** Where calls go in business hours (an auto receptionist's routing, a call queue's overflow); null when Zoom's answer has none. */
export function businessRoutingFromZoomPhone(read: ZoomCallHandlingRead): CallRouting | null {
  const routing = routingEntry(read.business_hours);
  return routing ? callRoutingFromZoom(routing) : null;
}

/** Where calls go when the extension is closed; null when Zoom's answer has no closed-hours routing. */
export function closedRoutingFromZoomPhone(read: ZoomCallHandlingRead): CallRouting | null {
  const routing = routingEntry(read.closed_hours);
  return routing ? callRoutingFromZoom(routing) : null;
}

/** Where calls go on one holiday; null when the holiday or its routing is not in Zoom's answer. */
export function holidayRoutingFromZoomPhone(read: ZoomCallHandlingRead, holidayId: string): CallRouting | null {
  const holiday = read.holiday_hours.find((h) => h.holiday_id === holidayId);
  const routing = holiday ? routingEntry(holiday.details) : undefined;
  return routing ? callRoutingFromZoom(routing) : null;
}

/**
 * PATCH …/closed_hours (or …/holiday_hours with `holidayId`) body that sets the
 * routing: only `call_not_answer_action` and the one target field its action
 * takes. Throws ScheduleNotWritableError (sentences) for a routing Zoom would refuse.
 */
export function callRoutingPatch(
  r: CallRouting,
  extensionType: CallHandlingExtensionType,
  holidayId?: string,
): ZoomCallHandlingRoutingPatch {
  const issues = callRoutingIssues(r, extensionType);
  if (issues.length > 0) throw new ScheduleNotWritableError(issues);
  const spec = callRoutingAction(r.action)!;
  const settings: ZoomCallHandlingRoutingPatch['settings'] = {
    ...(holidayId ? { holiday_id: holidayId } : {}),
    call_not_answer_action: r.action,
  };
  if (spec.target === 'extension' || (spec.target === 'mailbox' && r.target?.extensionId)) {
    settings.forward_to_extension_id = r.target!.extensionId!;
  } else if (spec.target === 'phoneNumber') {
    settings.phone_number = r.target!.phoneNumber!;
  } else if (spec.target === 'contactCenterNumber') {
    settings.forward_to_zcc_phone_number = r.target!.phoneNumber!;
  }
  return { sub_setting_type: 'call_handling', settings };
}

export type RoutingPeriod = 'closed' | 'holiday';


/**
 * "Forward to call queue Technical Support (ext 6002)", "Send to voicemail",
 * "Play the closed-hours menu" — names from the routing or the namer (the
 * directory), never a raw code unless Zoom sent one Switchboard does not know.
 */
export function describeCallRouting(r: CallRouting | null, period: RoutingPeriod, namer?: TargetNamer): string {
  if (r === null) return 'Not set in Zoom';
  const spec = callRoutingAction(r.action);
  if (!spec) return `A routing option Switchboard does not recognise (Zoom code ${r.action})`;
  if (spec.code === 14) return period === 'closed' ? 'Play the closed-hours menu' : "Play the holiday's menu";
  switch (spec.target) {
    case 'extension': {
      const who = describeTarget(r.target, spec.targetKind, namer);
      return spec.targetKind === 'user' && !who.startsWith('extension id') ? `Forward to ${who}` : `Forward to ${kindNoun(spec.targetKind!)} ${who}`;
    }
    case 'mailbox':
      return r.target?.extensionId ? `Send to the voicemail of ${describeTarget(r.target, targetKindOf(r.target.type), namer)}` : spec.label;
    case 'phoneNumber':
      return `Forward to ${describeTarget(r.target, 'phoneNumber', namer)}`;
    case 'contactCenterNumber':
      return `Forward to Zoom Contact Center ${r.target?.name ?? describeTarget(r.target, 'phoneNumber', namer)}`;
    case 'none':
      return spec.label;
  }
}
