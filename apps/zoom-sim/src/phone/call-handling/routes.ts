// Call handling of users, call queues, auto receptionists and shared line
// groups, by extension id (all four operations are Light):
// GET    /phone/extension/{extensionId}/call_handling/settings
// POST   …/settings/{settingType}   holiday | call_forwarding          → 201
// PATCH  …/settings/{settingType}   custom_hours | call_handling | call_forwarding | holiday → 204
// DELETE …/settings/{settingType}?holiday_id= | ?call_forwarding_id=   → 204
// Reads and writes have different shapes (GET `routing{action, forward_to}`,
// PATCH `call_not_answer_action`, `forward_to_extension_id`), one sub-setting
// per write, and unknown fields are ignored with a 204.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SimContext } from '../../context';
import { commit } from '../../platform/api';
import { queryOf } from '../../platform/list';
import type { HandlingState, SettingType } from '../../state/call-handling';
import type { CallHandledExtension } from '../../state/store';
import { callHandlingRead, holidayHandling } from './read';
import type { Period } from './routing-read';
import { SUB_SETTING_TYPES, chError, findCallHandled, settingTypeOf, subSettingOf, validationFailed } from './request';
import type { CallHandlingParams } from './request';
import { createForwarding, forwardingDeleteChange, forwardingPatchChange } from './write-forwarding';
import type { ForwardingPatchSettings, ForwardingPostSettings } from './write-forwarding';
import { callHandlingChange } from './write-handling';
import type { CallHandlingSettings } from './write-handling';
import { customHoursChange } from './write-hours';
import type { CustomHoursSettings } from './write-hours';
import { createHoliday, findHoliday, holidayDeleteChange, holidayPatchChange } from './write-holiday';
import type { HolidaySettings } from './write-holiday';

type Req = FastifyRequest<{ Params: CallHandlingParams }>;

const PATH = '/phone/extension/:extensionId/call_handling/settings';

/** The period a call_handling PATCH addresses, with the handling it changes. */
function periodOf(request: Req, ext: CallHandledExtension, type: SettingType, holidayId: string | undefined): { period: Period; handling: HandlingState; holidayId?: string } {
  const ch = ext.record.callHandling;
  if (type === 'business_hours') return { period: 'business', handling: ch.business };
  if (type === 'closed_hours') return { period: 'closed', handling: ch.closed };
  const holiday = findHoliday(request, ext, holidayId);
  return { period: 'holiday', handling: holidayHandling(ext, holiday.id), holidayId: holiday.id };
}

function patchChange(request: Req, ctx: SimContext, ext: CallHandledExtension, type: SettingType): () => void {
  const sub = subSettingOf<Record<string, unknown>>(request, SUB_SETTING_TYPES);
  if (sub.type === 'custom_hours') {
    if (type !== 'business_hours') throw chError(request, 'notSupported');
    const change = customHoursChange(request, ext, sub.settings as CustomHoursSettings);
    return () => change(ext.record.callHandling);
  }
  if (sub.type === 'holiday') {
    if (type !== 'holiday_hours') throw chError(request, 'notSupported');
    return holidayPatchChange(request, ext, sub.settings as HolidaySettings);
  }
  if (sub.type === 'call_forwarding') return forwardingPatchChange(request, ctx.store, ext, type, sub.settings as ForwardingPatchSettings);
  const settings = sub.settings as CallHandlingSettings;
  const target = periodOf(request, ext, type, settings.holiday_id);
  const copy: HandlingState = structuredClone(target.handling);
  const change = callHandlingChange(request, ctx.store, ext, target.period, copy, settings);
  return () => {
    change(copy);
    const ch = ext.record.callHandling;
    if (target.period === 'business') ch.business = copy;
    else if (target.period === 'closed') ch.closed = copy;
    else ch.holidays[target.holidayId as string] = copy;
  };
}

export function registerCallHandlingRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get<{ Params: CallHandlingParams }>(PATH, async (request) => callHandlingRead(ctx.store, findCallHandled(ctx, request)));

  api.post<{ Params: CallHandlingParams }>(`${PATH}/:settingType`, async (request, reply) => {
    const ext = findCallHandled(ctx, request);
    const type = settingTypeOf(request);
    const sub = subSettingOf<Record<string, unknown>>(request, SUB_SETTING_TYPES);
    if (sub.type === 'holiday') {
      if (type !== 'holiday_hours') throw chError(request, 'notSupported');
      const holiday = createHoliday(request, ctx.store, ext, sub.settings as HolidaySettings);
      return reply.code(201).send({ holiday_id: holiday.id });
    }
    const entry = createForwarding(request, ctx.store, ext, type, sub.settings as ForwardingPostSettings);
    return reply.code(201).send({ call_forwarding_id: entry.id });
  });

  api.patch<{ Params: CallHandlingParams }>(`${PATH}/:settingType`, async (request, reply) => {
    const ext = findCallHandled(ctx, request);
    const change = patchChange(request, ctx, ext, settingTypeOf(request));
    commit(ctx, request, change);
    return reply.code(204).send();
  });

  api.delete<{ Params: CallHandlingParams }>(`${PATH}/:settingType`, async (request, reply) => {
    const ext = findCallHandled(ctx, request);
    const type = settingTypeOf(request);
    const { call_forwarding_id: forwardingId, holiday_id: holidayId } = queryOf(request);
    let change: () => void;
    if (forwardingId) change = forwardingDeleteChange(request, ext, type, forwardingId, holidayId || undefined);
    else if (holidayId && type === 'holiday_hours') change = holidayDeleteChange(request, ext, holidayId);
    else throw validationFailed();
    commit(ctx, request, change);
    return reply.code(204).send();
  });
}
